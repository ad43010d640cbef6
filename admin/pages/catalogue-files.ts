// Import the catalogue from CSV/XLSX (check first, then apply) and export it.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ImportResultView } from '../../shared/protocol/admin-views.js';
import { sitePath, upload } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import { AdminElement } from '../ui/admin-page.js';

@customElement('luot-catalogue-files')
export class CatalogueFiles extends AdminElement {
  @state() private file: File | null = null;
  @state() private result: ImportResultView | null = null;

  private async send(dryRun: boolean): Promise<void> {
    const file = this.file;
    if (!file) return;
    const env = this.e;
    const format = /\.csv$/i.test(file.name) ? 'csv' : 'xlsx';
    const result = await this.run(() =>
      upload<ImportResultView>(
        sitePath(env.siteId, `/catalogue-import?format=${format}${dryRun ? '&dryRun=1' : ''}`),
        file,
      ),
    );
    if (!result) return;
    this.result = result;
    if (result.applied) {
      await env.reload();
      env.notify(this.t('import.applied'), 'ok');
    }
  }

  protected override renderPage(env: AdminEnv) {
    const t = this.t;
    const r = this.result;
    return html`
      <section class="panel">
        <h2>${t('import.title')}</h2>
        <p class="muted">${t('import.help')}</p>
        <div class="toolbar">
          <label class="field">
            ${t('import.file')}
            <input
              type="file"
              data-testid="import-file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              @change=${(e: Event) => {
                this.file = (e.target as HTMLInputElement).files?.[0] ?? null;
                this.result = null;
              }}
            />
          </label>
          <button data-testid="import-check" ?disabled=${!this.file || this.busy} @click=${() => void this.send(true)}>
            ${t('import.check')}
          </button>
          <button
            class="primary"
            data-testid="import-apply"
            ?disabled=${!this.file || this.busy}
            @click=${() => void this.send(false)}
          >
            ${t('import.apply')}
          </button>
        </div>
        ${this.renderProblems()}
        ${
          r
            ? html`<div data-testid="import-result" role="status">
              <p>
                <strong>${r.dryRun ? t('import.dryRun') : r.applied ? t('import.applied') : t('import.nothing')}</strong>
                ${t('import.result', {
                  rows: r.summary.rows,
                  created: r.summary.created,
                  updated: r.summary.updated,
                  unchanged: r.summary.unchanged,
                  skipped: r.summary.skipped,
                  fieldsCreated: r.summary.fieldsCreated,
                })}
              </p>
              ${
                r.unknownHeaders.length > 0
                  ? html`<p class="warnings">${t('import.unknownHeaders', { headers: r.unknownHeaders.join(', ') })}</p>`
                  : nothing
              }
              ${
                r.summary.warnings.length > 0
                  ? html`<table data-testid="import-warnings">
                    <tbody>
                      ${r.summary.warnings.slice(0, 300).map(
                        (w) => html`<tr>
                          <td class="num">${t('import.line', { line: w.line })}</td>
                          <td class="warnings">${w.message}</td>
                        </tr>`,
                      )}
                    </tbody>
                  </table>`
                  : nothing
              }
            </div>`
            : nothing
        }
      </section>
      <section class="panel" style="margin-top: 16px">
        <h2>${t('export.title')}</h2>
        <div class="toolbar">
          <a class="button primary" data-testid="export-xlsx" href=${sitePath(env.siteId, '/catalogue-export?format=xlsx')} download
            >${t('export.xlsx')}</a
          >
          <a class="button" data-testid="export-csv" href=${sitePath(env.siteId, '/catalogue-export?format=csv')} download
            >${t('export.csv')}</a
          >
        </div>
      </section>
    `;
  }
}
