// Thủ tục: the procedures table (search without diacritics, filter by field, inline edit,
// retire), the fields table, and catalogue import/export.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Procedure } from '../../shared/domain/model.js';
import '../editors/field-editor.js';
import '../editors/procedure-editor.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { AdminElement } from '../ui/admin-page.js';
import { tabs } from '../ui/tabs.js';
import { loc, matches } from '../ui/text.js';
import './catalogue-files.js';

type Tab = 'procedures' | 'fields' | 'import';
const MAX_ROWS = 400;

@customElement('luot-procedures-page')
export class ProceduresPage extends AdminElement {
  @state() private tab: Tab = 'procedures';
  @state() private query = '';
  @state() private fieldFilter = '';
  @state() private showRetired = false;
  /** Id being edited, or 'new'. */
  @state() private editing: string | null = null;

  private timeText(p: Procedure): string {
    const pt = p.processingTime;
    if (!pt) return '';
    const unit = this.t(`procedures.unit.${pt.unit}` as AdminKey);
    return pt.unit === 'same_day' ? unit : `${pt.value} ${unit}`;
  }

  private renderProcedures(env: AdminEnv) {
    const site = env.site;
    if (!site) return html`<p class="muted">${this.t('common.loading')}</p>`;
    const { config, codeWarnings } = site;
    const t = this.t;
    const fieldName = (id: string) => loc(config.fields.find((f) => f.id === id)?.name, this.locale);
    const seriesPrefix = (id: string) => config.series.find((s) => s.id === id)?.prefix || '#';
    const rows = config.procedures.filter(
      (p) =>
        (this.showRetired || !p.retired) &&
        (!this.fieldFilter || p.fieldId === this.fieldFilter) &&
        matches(this.query, p.code, p.name.vi, p.name.en, fieldName(p.fieldId)),
    );
    const editor = (p: Procedure | null) =>
      html`<luot-procedure-editor .env=${env} .procedure=${p} @done=${() => (this.editing = null)}></luot-procedure-editor>`;
    return html`
      <div class="toolbar">
        <input
          class="search"
          type="search"
          data-testid="procedure-search"
          placeholder=${t('common.search')}
          aria-label=${t('common.search')}
          .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        />
        <select
          data-testid="procedure-field-filter"
          aria-label=${t('procedures.field')}
          @change=${(e: Event) => (this.fieldFilter = (e.target as HTMLSelectElement).value)}
        >
          <option value="">${t('common.all')}</option>
          ${config.fields.map((f) => html`<option value=${f.id} ?selected=${f.id === this.fieldFilter}>${loc(f.name, this.locale)}</option>`)}
        </select>
        <label class="check">
          <input type="checkbox" .checked=${this.showRetired} @change=${(e: Event) => (this.showRetired = (e.target as HTMLInputElement).checked)} />
          ${t('procedures.showRetired')}
        </label>
        <span class="grow"></span>
        <span class="muted">${t('common.count', { n: rows.length })}</span>
        <button
          class="primary"
          data-testid="procedure-new"
          ?disabled=${config.fields.length === 0}
          title=${config.fields.length === 0 ? t('procedures.needField') : ''}
          @click=${() => (this.editing = 'new')}
        >
          + ${t('common.new')}
        </button>
      </div>
      ${this.editing === 'new' ? html`<div class="panel">${editor(null)}</div>` : nothing}
      ${config.procedures.length === 0 ? html`<p class="muted">${t('procedures.empty')}</p>` : nothing}
      <table data-testid="procedure-table">
        <thead>
          <tr>
            <th>${t('procedures.code')}</th>
            <th>${t('procedures.name')}</th>
            <th>${t('procedures.field')}</th>
            <th>${t('procedures.series')}</th>
            <th>${t('procedures.time')}</th>
            <th>${t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.slice(0, MAX_ROWS).map((p) =>
            this.editing === p.id
              ? html`<tr class="editing"><td colspan="6">${editor(p)}</td></tr>`
              : html`<tr class=${p.retired ? 'retired' : ''} data-testid=${`procedure-row-${p.id}`}>
                  <td class="code">
                    ${p.code || t('common.none')}
                    ${codeWarnings[p.id] ? html`<span class="tag warn" title=${codeWarnings[p.id]}>⚠ ${t('procedures.codeWarning')}</span>` : nothing}
                  </td>
                  <td>${loc(p.name, this.locale)} ${p.retired ? html`<span class="tag">${t('common.retired')}</span>` : nothing}</td>
                  <td>${fieldName(p.fieldId)}</td>
                  <td>${seriesPrefix(p.seriesId)}</td>
                  <td>${this.timeText(p)}</td>
                  <td>
                    <button class="small" data-testid=${`procedure-edit-${p.id}`} @click=${() => (this.editing = p.id)}>
                      ${t('common.edit')}
                    </button>
                  </td>
                </tr>`,
          )}
        </tbody>
      </table>
      ${rows.length > MAX_ROWS ? html`<p class="muted">${MAX_ROWS} / ${rows.length}</p>` : nothing}
    `;
  }

  private renderFields(env: AdminEnv) {
    const site = env.site;
    if (!site) return nothing;
    const t = this.t;
    const { config } = site;
    const editor = (f: (typeof config.fields)[number] | null) =>
      html`<luot-field-editor .env=${env} .field=${f} @done=${() => (this.editing = null)}></luot-field-editor>`;
    return html`
      <div class="toolbar">
        <span class="grow"></span>
        <button class="primary" data-testid="field-new" @click=${() => (this.editing = 'new')}>+ ${t('common.new')}</button>
      </div>
      ${this.editing === 'new' ? html`<div class="panel">${editor(null)}</div>` : nothing}
      <table data-testid="field-table">
        <thead>
          <tr>
            <th>${t('fields.code')}</th>
            <th>${t('fields.name')}</th>
            <th class="num">${t('fields.procedures')}</th>
            <th>${t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${config.fields.map((f) =>
            this.editing === f.id
              ? html`<tr class="editing"><td colspan="4">${editor(f)}</td></tr>`
              : html`<tr class=${f.retired ? 'retired' : ''} data-testid=${`field-row-${f.id}`}>
                  <td class="code">${f.code}</td>
                  <td>${f.icon ?? ''} ${loc(f.name, this.locale)} ${f.retired ? html`<span class="tag">${t('common.retired')}</span>` : nothing}</td>
                  <td class="num">${config.procedures.filter((p) => p.fieldId === f.id && !p.retired).length}</td>
                  <td>
                    <button class="small" data-testid=${`field-edit-${f.id}`} @click=${() => (this.editing = f.id)}>${t('common.edit')}</button>
                  </td>
                </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  protected override renderPage(env: AdminEnv) {
    const t = this.t;
    return html`
      <h1>${t('nav.procedures')}</h1>
      ${tabs<Tab>(
        [
          { id: 'procedures', label: t('procedures.tab.procedures') },
          { id: 'fields', label: t('procedures.tab.fields') },
          { id: 'import', label: t('procedures.tab.import') },
        ],
        this.tab,
        (id) => {
          this.tab = id;
          this.editing = null;
        },
        'procedures-tab',
      )}
      ${
        this.tab === 'procedures'
          ? this.renderProcedures(env)
          : this.tab === 'fields'
            ? this.renderFields(env)
            : html`<luot-catalogue-files .env=${env}></luot-catalogue-files>`
      }
    `;
  }
}
