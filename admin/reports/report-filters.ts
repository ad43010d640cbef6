// The filter bar: date range and the field, procedure, series, counter, officer, channel and
// priority to report on. Emits `apply` with the filters as query parameters.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { ReportOptions } from '../../shared/protocol/report-views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { reportMessages } from './i18n.js';
import { reportStyles } from './styles.js';

export type FilterValues = Record<
  'from' | 'to' | 'fieldId' | 'procedureId' | 'seriesId' | 'counterId' | 'officerId' | 'channel' | 'priority',
  string
>;

export const EMPTY_FILTERS: Omit<FilterValues, 'from' | 'to'> = {
  fieldId: '',
  procedureId: '',
  seriesId: '',
  counterId: '',
  officerId: '',
  channel: '',
  priority: '',
};

const CHANNELS = ['kiosk', 'staff', 'phone', 'appointment'] as const;

@customElement('luot-report-filters')
export class ReportFilters extends LitElement {
  static override styles = [
    tokens,
    base,
    reportStyles,
    css`
      form {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(190px, 1fr));
        gap: 10px 14px;
        align-items: end;
      }
      label {
        display: grid;
        gap: 4px;
        font-size: 0.85rem;
        font-weight: 600;
        color: var(--luot-text-muted);
      }
      input,
      select {
        font: inherit;
        font-size: 0.95rem;
        min-height: 40px;
        padding: 6px 8px;
        border: 1px solid var(--luot-border);
        border-radius: 8px;
        color: var(--luot-text);
        background: var(--luot-bg);
        width: 100%;
      }
      .actions {
        display: flex;
        gap: 8px;
        grid-column: span 2;
        white-space: nowrap;
      }
    `,
  ];

  @property({ attribute: false }) options: ReportOptions | null = null;
  @property({ attribute: false }) values: FilterValues | null = null;
  @state() private draft: FilterValues | null = null;

  private readonly i18n = new I18nController(this, reportMessages);

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('values') && this.values) this.draft = { ...this.values };
  }

  private set(key: keyof FilterValues, value: string): void {
    if (!this.draft) return;
    const next = { ...this.draft, [key]: value };
    if (key === 'fieldId' && value) {
      const p = this.options?.procedures.find((x) => x.id === next.procedureId);
      if (p && p.fieldId !== value) next.procedureId = '';
    }
    this.draft = next;
  }

  private apply(event: Event): void {
    event.preventDefault();
    if (!this.draft) return;
    this.dispatchEvent(new CustomEvent<FilterValues>('apply', { detail: { ...this.draft } }));
  }

  private reset(): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...EMPTY_FILTERS };
    this.dispatchEvent(new CustomEvent<FilterValues>('apply', { detail: { ...this.draft } }));
  }

  private select(key: keyof FilterValues, label: string, choices: { id: string; name: string }[]) {
    const value = this.draft?.[key] ?? '';
    return html`<label>
      ${label}
      <select data-testid="reports-filter-${key}" @change=${(e: Event) => this.set(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ''}>${this.i18n.t('rp.all')}</option>
        ${choices.map((c) => html`<option value=${c.id} ?selected=${value === c.id}>${c.name}</option>`)}
      </select>
    </label>`;
  }

  override render() {
    const o = this.options;
    const d = this.draft;
    if (!o || !d) return nothing;
    const loc = this.i18n.locale;
    const procedures = o.procedures
      .filter((p) => !d.fieldId || p.fieldId === d.fieldId)
      .map((p) => ({ id: p.id, name: `${localized(p.name, loc)} (${p.code})` }));
    return html`<form @submit=${this.apply} aria-label=${this.i18n.t('rp.filters')}>
      <label>
        ${this.i18n.t('rp.from')}
        <input type="date" data-testid="reports-filter-from" .value=${d.from} max=${d.to} required
          @change=${(e: Event) => this.set('from', (e.target as HTMLInputElement).value)} />
      </label>
      <label>
        ${this.i18n.t('rp.to')}
        <input type="date" data-testid="reports-filter-to" .value=${d.to} min=${d.from} required
          @change=${(e: Event) => this.set('to', (e.target as HTMLInputElement).value)} />
      </label>
      ${this.select(
        'fieldId',
        this.i18n.t('rp.field'),
        o.fields.map((f) => ({ id: f.id, name: localized(f.name, loc) })),
      )}
      ${this.select('procedureId', this.i18n.t('rp.procedure'), procedures)}
      ${this.select(
        'seriesId',
        this.i18n.t('rp.series'),
        o.series.map((s) => ({
          id: s.id,
          name: `${s.prefix ? `${s.prefix} – ` : ''}${localized(s.name, loc)}`,
        })),
      )}
      ${this.select(
        'counterId',
        this.i18n.t('rp.counter'),
        o.counters.map((c) => ({ id: c.id, name: localized(c.name, loc) })),
      )}
      ${this.select('officerId', this.i18n.t('rp.officer'), o.officers)}
      ${this.select(
        'channel',
        this.i18n.t('rp.channel'),
        CHANNELS.map((c) => ({ id: c, name: this.i18n.t(`rp.channel.${c}`) })),
      )}
      ${this.select('priority', this.i18n.t('rp.priority'), [
        { id: 'none', name: this.i18n.t('rp.priorityNone') },
        { id: 'any', name: this.i18n.t('rp.priorityAny') },
        ...o.priorities.map((p) => ({ id: p.id, name: localized(p.name, loc) })),
      ])}
      <div class="actions">
        <button class="primary" type="submit" data-testid="reports-apply">${this.i18n.t('rp.apply')}</button>
        <button type="button" data-testid="reports-reset" @click=${this.reset}>${this.i18n.t('rp.reset')}</button>
      </div>
    </form>`;
  }
}
