// Importing on-time figures from the provincial one-stop system (CSV or XLSX). The file goes
// to the server as it is; the server reads it and answers with what it kept and skipped.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { DossierImportResult } from '../../shared/protocol/report-views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { reportMessages } from './i18n.js';
import { reportStyles } from './styles.js';

const MAX_BYTES = 5 * 1024 * 1024;

interface ImportError {
  code?: string;
  details?: { errors?: DossierImportResult['errors']; warnings?: DossierImportResult['warnings'] };
}

@customElement('luot-dossier-import')
export class DossierImport extends LitElement {
  static override styles = [
    tokens,
    base,
    reportStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: center;
      }
      .result {
        margin-top: 8px;
      }
      .error {
        color: var(--luot-error);
        font-weight: 600;
      }
      ul {
        margin: 4px 0;
        max-height: 160px;
        overflow: auto;
      }
    `,
  ];

  @property() siteId = '';
  @state() private busy = false;
  @state() private result: DossierImportResult | null = null;
  @state() private error = '';
  @state() private errorLines: DossierImportResult['errors'] = [];
  @query('input[type=file]') private input?: HTMLInputElement;

  private readonly i18n = new I18nController(this, reportMessages);

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const file = this.input?.files?.[0];
    if (!file) return;
    this.result = null;
    this.error = '';
    this.errorLines = [];
    if (file.size > MAX_BYTES) {
      this.error = this.i18n.t('rp.import.tooBig');
      return;
    }
    this.busy = true;
    try {
      const res = await fetch(`/api/sites/${encodeURIComponent(this.siteId)}/reports/dossiers/import`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': file.type || 'application/octet-stream' },
        body: await file.arrayBuffer(),
      });
      const data: unknown = await res.json().catch(() => null);
      if (res.ok) {
        this.result = data as DossierImportResult;
        this.dispatchEvent(new CustomEvent('imported', { bubbles: true, composed: true }));
      } else {
        const error = (data as { error?: ImportError } | null)?.error;
        this.error = this.i18n.error(error?.code);
        this.errorLines = error?.details?.errors ?? [];
      }
    } catch {
      this.error = this.i18n.error('network');
    } finally {
      this.busy = false;
    }
  }

  private lines(title: string, list: DossierImportResult['errors']) {
    if (list.length === 0) return nothing;
    return html`<p>${title}:</p>
      <ul>
        ${list.map((l) => html`<li>${this.i18n.t('rp.import.line', { line: l.line, message: l.message })}</li>`)}
      </ul>`;
  }

  override render() {
    const r = this.result;
    return html`<h3>${this.i18n.t('rp.import.title')}</h3>
      <p class="muted">${this.i18n.t('rp.import.help')}</p>
      <form @submit=${this.submit}>
        <label>
          ${this.i18n.t('rp.import.file')}
          <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="reports-import-file" />
        </label>
        <button class="primary" type="submit" ?disabled=${this.busy} data-testid="reports-import-submit">
          ${this.i18n.t('rp.import.send')}
        </button>
      </form>
      <div class="result" role="status" data-testid="reports-import-result">
        ${r ? html`<p>${this.i18n.t('rp.import.done', { imported: r.imported, replaced: r.replaced })}</p>` : nothing}
        ${this.error ? html`<p class="error">${this.error}</p>` : nothing}
        ${r ? this.lines(this.i18n.t('rp.import.warnings'), r.warnings) : nothing}
        ${this.lines(this.i18n.t('rp.import.errors'), r ? r.errors : this.errorLines)}
      </div>`;
  }
}
