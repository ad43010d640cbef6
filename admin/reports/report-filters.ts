// The filter bar: date range and the field, procedure, series, counter, officer, channel and
// priority to report on. Emits `apply` with the filters as query parameters.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized } from '../../shared/i18n/messages.js';
import type { ReportOptions } from '../../shared/protocol/report-views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { formatDay, parseDay } from '../ui/dates.js';
import { reportMessages } from './i18n.js';
import { PERIODS, type Period, periodOf, periodRange } from './periods.js';
import { printMessages } from './print-i18n.js';
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
      .periods {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-bottom: 12px;
      }
      .periods button[aria-pressed='true'] {
        background: var(--luot-primary);
        color: var(--luot-on-primary);
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

  /** A typed dd/mm/yyyy date: kept when it is a real date, refused with a message otherwise;
   *  an end before the start is refused on the end field (the form does not submit). */
  private setDay(key: 'from' | 'to', input: HTMLInputElement): void {
    const day = parseDay(input.value);
    input.setCustomValidity(day ? '' : printMessages.t(this.i18n.locale, 'date.invalid'));
    if (!day) {
      input.reportValidity();
      return;
    }
    input.value = formatDay(day);
    this.set(key, day);
    const to = this.renderRoot.querySelector<HTMLInputElement>('[data-testid="reports-filter-to"]');
    if (!to || !this.draft || parseDay(to.value) === null) return;
    const reversed = this.draft.from > this.draft.to;
    to.setCustomValidity(reversed ? printMessages.t(this.i18n.locale, 'date.order') : '');
    if (reversed) to.reportValidity();
  }

  private apply(event: Event): void {
    event.preventDefault();
    if (!this.draft) return;
    this.dispatchEvent(new CustomEvent<FilterValues>('apply', { detail: { ...this.draft } }));
  }

  /** One click: the period's dates, applied at once. */
  private pick(period: Period): void {
    if (!this.draft || !this.options) return;
    for (const input of this.renderRoot.querySelectorAll('input')) input.setCustomValidity('');
    this.draft = { ...this.draft, ...periodRange(period, this.options.today) };
    this.dispatchEvent(new CustomEvent<FilterValues>('apply', { detail: { ...this.draft } }));
  }

  private renderPeriods(today: string) {
    const chosen = this.draft ? periodOf(this.draft, today) : null;
    return html`<div class="periods" role="group" aria-label=${printMessages.t(this.i18n.locale, 'period.label')}>
      ${PERIODS.map(
        (p) => html`<button
          type="button"
          data-testid="reports-period-${p}"
          aria-pressed=${chosen === p ? 'true' : 'false'}
          @click=${() => this.pick(p)}
        >
          ${printMessages.t(this.i18n.locale, `period.${p}`)}
        </button>`,
      )}
    </div>`;
  }

  /** A date typed dd/mm/yyyy whatever the browser's language (a native date input follows it). */
  private dayField(key: 'from' | 'to', label: string, value: string) {
    return html`<label>
      ${label}
      <input type="text" inputmode="numeric" autocomplete="off" required maxlength="10"
        data-testid="reports-filter-${key}"
        placeholder=${printMessages.t(this.i18n.locale, 'date.placeholder')}
        .value=${live(formatDay(value))}
        @change=${(e: Event) => this.setDay(key, e.target as HTMLInputElement)} />
    </label>`;
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
    return html`${this.renderPeriods(o.today)}<form @submit=${this.apply} aria-label=${this.i18n.t('rp.filters')}>
      ${this.dayField('from', this.i18n.t('rp.from'), d.from)}
      ${this.dayField('to', this.i18n.t('rp.to'), d.to)}
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
