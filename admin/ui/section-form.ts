// The base of the settings forms: a draft copied from the centre's saved section (reset only
// when the saved content itself changes), saved with PUT, then the configuration reloaded.
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { api, sitePath } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import { AdminElement } from './admin-page.js';

export abstract class SectionForm<T> extends AdminElement {
  @state() protected draft: T | null = null;
  private savedJson = '';

  /** The saved section, or null while the configuration loads. */
  protected abstract saved(env: AdminEnv): T | null;
  /** Where it is saved, e.g. "/settings/display". */
  protected abstract readonly path: string;
  /** The body to send (defaults to the draft). */
  protected body(draft: T): unknown {
    return draft;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    super.willUpdate(changed);
    const saved = this.env ? this.saved(this.env) : null;
    const json = JSON.stringify(saved);
    if (saved && json !== this.savedJson) {
      this.savedJson = json;
      this.draft = structuredClone(saved);
    }
  }

  protected patch(p: Partial<T>): void {
    if (this.draft) this.draft = { ...this.draft, ...p };
  }

  protected async save(): Promise<void> {
    const draft = this.draft;
    if (!draft) return;
    const env = this.e;
    const ok = await this.run(() =>
      api(sitePath(env.siteId, this.path), { method: 'PUT', body: this.body(draft) }),
    );
    if (!ok) return;
    await env.reload();
    env.notify(this.t('common.saved'), 'ok');
  }

  protected saveBar(testid: string) {
    return html`${this.renderProblems()}
      <div class="toolbar">
        <button class="primary" data-testid=${`${testid}-save`} ?disabled=${this.busy} @click=${() => void this.save()}>
          ${this.t('common.save')}
        </button>
      </div>`;
  }
}
