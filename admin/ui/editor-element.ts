// The base of the inline editors: save an item of a configuration collection (create or
// replace), reload the centre's configuration, report warnings, and close.
import { html } from 'lit';
import { api, sitePath } from '../admin-api.js';
import { AdminElement } from './admin-page.js';

export type CollectionPath = 'fields' | 'procedures' | 'series' | 'counters' | 'priority-categories';

export class EditorElement extends AdminElement {
  protected close(): void {
    this.dispatchEvent(new CustomEvent('done', { bubbles: true, composed: true }));
  }

  /** POST (new) or PUT (existing id); true when saved. */
  protected async saveItem(collection: CollectionPath, id: string | null, body: object): Promise<boolean> {
    const env = this.e;
    const path = id ? `/config/${collection}/${encodeURIComponent(id)}` : `/config/${collection}`;
    const result = await this.run(() =>
      api<{ warnings?: string[] }>(sitePath(env.siteId, path), { method: id ? 'PUT' : 'POST', body }),
    );
    if (!result) return false;
    await env.reload();
    const warnings = result.warnings ?? [];
    env.notify(
      warnings.length > 0 ? `${this.t('common.saved')} ${warnings.join(' ')}` : this.t('common.saved'),
      warnings.length > 0 ? 'warn' : 'ok',
    );
    this.close();
    return true;
  }

  protected renderButtons(onSave: () => void, testid: string) {
    return html`<div class="toolbar">
      <button class="primary" data-testid=${`${testid}-save`} ?disabled=${this.busy} @click=${onSave}>
        ${this.t('common.save')}
      </button>
      <button data-testid=${`${testid}-cancel`} @click=${() => this.close()}>${this.t('common.cancel')}</button>
    </div>`;
  }
}
