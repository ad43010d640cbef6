// The base of every console page and editor: the environment from the shell, the dictionary,
// the shared styles, and run() which performs an API call and reports success or the error.
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { base, reducedMotion, tokens } from '../../shared/ui/tokens.js';
import { I18nController } from '../../shared/ui/locale.js';
import { errorParts } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import { adminMessages } from '../i18n.js';
import { adminStyles } from './styles.js';

export interface Issue {
  path: string;
  message: string;
}

export class AdminElement extends LitElement {
  static override styles = [tokens, base, reducedMotion, adminStyles];

  @property({ attribute: false }) env: AdminEnv | null = null;
  @state() protected busy = false;
  @state() protected errorText = '';
  @state() protected issues: Issue[] = [];
  @state() protected warnings: string[] = [];

  protected readonly i18n = new I18nController(this, adminMessages);

  override render(): unknown {
    return this.env ? this.renderPage(this.env) : nothing;
  }

  /** The page itself, once the shell has given it its environment. */
  protected renderPage(_env: AdminEnv): unknown {
    return nothing;
  }

  /** The environment (pages only act once they are rendered with one). */
  protected get e(): AdminEnv {
    if (!this.env) throw new Error('the admin shell has not set env');
    return this.env;
  }

  get t() {
    return this.i18n.t.bind(this.i18n);
  }

  protected get locale() {
    return this.i18n.locale;
  }

  /** Runs an API call: busy while it runs, errors shown under the form, success announced. */
  protected async run<T>(action: () => Promise<T>, success?: string): Promise<T | undefined> {
    this.busy = true;
    this.errorText = '';
    this.issues = [];
    try {
      const result = await action();
      if (success) this.e.notify(success, 'ok');
      return result;
    } catch (error) {
      const parts = errorParts(error);
      this.errorText = this.i18n.error(parts.code);
      if (parts.code === 'invalid_input' || parts.code === 'conflict') {
        this.errorText = `${this.errorText} ${parts.message}`;
      }
      this.issues = parts.issues;
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  protected renderProblems(): TemplateResult | typeof nothing {
    if (!this.errorText && this.warnings.length === 0) return nothing;
    return html`
      ${
        this.errorText
          ? html`<div class="issues" role="alert" data-testid="form-error">
            <strong>${this.errorText}</strong>
            ${
              this.issues.length > 0
                ? html`<ul>
                  ${this.issues.map((i) => html`<li><span class="code">${i.path}</span>: ${i.message}</li>`)}
                </ul>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${
        this.warnings.length > 0
          ? html`<div class="warnings" role="status" data-testid="form-warnings">
            <strong>${this.t('common.warnings')}:</strong>
            <ul>
              ${this.warnings.map((w) => html`<li>${w}</li>`)}
            </ul>
          </div>`
          : nothing
      }
    `;
  }

  get langLabels() {
    return { vi: this.t('lang.label.vi'), en: this.t('lang.label.en'), km: this.t('lang.label.km') };
  }
}
