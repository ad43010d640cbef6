// Picks a day and a free time of a procedure (used to book and to change a booking). Fires
// "slot-pick" with the slot's start (epoch ms).
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Slot } from '../../shared/domain/appointments.js';
import { addDays, formatLocalTime, weekdayOf } from '../../shared/i18n/time.js';
import { api } from '../../shared/ui/api.js';
import { I18nController } from '../../shared/ui/locale.js';
import { type BookingKey, bookingMessages } from './booking-i18n.js';
import { bookingStyles } from './booking-styles.js';

const WEEKDAY: Record<string, string[]> = {
  vi: ['', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  en: ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  km: ['', 'ច័ន្ទ', 'អង្គារ', 'ពុធ', 'ព្រហ', 'សុក្រ', 'សៅរ៍', 'អាទិត្យ'],
};

@customElement('luot-slot-picker')
export class SlotPicker extends LitElement {
  static override styles = bookingStyles;

  @property() siteId = '';
  @property() procedureId = '';
  @property() today = '';
  @property() lastDay = '';
  @property() timeZone = 'Asia/Ho_Chi_Minh';
  @property({ type: Number }) selected: number | null = null;

  @state() private day = '';
  @state() private slots: Slot[] | null = null;

  private readonly i18n = new I18nController<BookingKey>(this, bookingMessages);

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('today') || changed.has('procedureId')) && this.today) this.pickDay(this.today);
  }

  private days(): string[] {
    const days: string[] = [];
    for (let d = this.today; d <= this.lastDay && days.length < 92; d = addDays(d, 1)) days.push(d);
    return days;
  }

  private pickDay(day: string): void {
    this.day = day;
    this.slots = null;
    const q = `procedureId=${encodeURIComponent(this.procedureId)}&date=${day}`;
    void api<Slot[]>(`/api/sites/${encodeURIComponent(this.siteId)}/appointments/slots?${q}`)
      .then((slots) => {
        if (this.day === day) this.slots = slots;
      })
      .catch(() => {
        if (this.day === day) this.slots = [];
      });
  }

  override render() {
    const { i18n } = this;
    const names = WEEKDAY[i18n.locale] ?? WEEKDAY.vi;
    return html`<h2>${i18n.t('book.step.date')}</h2>
      <div class="days" role="group" aria-label=${i18n.t('book.step.date')}>
        ${this.days().map(
          (d) => html`<button
            type="button"
            class="slot"
            data-testid=${`day-${d}`}
            aria-pressed=${d === this.day ? 'true' : 'false'}
            @click=${() => this.pickDay(d)}
          >
            ${names[weekdayOf(d)]}<small>${d.slice(8)}/${d.slice(5, 7)}</small>
          </button>`,
        )}
      </div>
      <h2>${i18n.t('book.step.slot')}</h2>
      ${this.renderSlots()}`;
  }

  private renderSlots() {
    const { i18n } = this;
    if (!this.slots) return html`<p class="muted">${i18n.t('common.loading')}</p>`;
    if (this.slots.every((s) => s.left === 0)) {
      return html`<p class="notice" data-testid="no-slots">${i18n.t('book.noSlots')}</p>`;
    }
    return html`<div class="slots">
      ${this.slots.map((s) => {
        const time = formatLocalTime(s.start, this.timeZone);
        return html`<button
          type="button"
          class="slot"
          data-testid=${`slot-${time}`}
          ?disabled=${s.left === 0}
          aria-pressed=${s.start === this.selected ? 'true' : 'false'}
          @click=${() => this.dispatchEvent(new CustomEvent('slot-pick', { detail: s.start }))}
        >
          ${time}<small>${s.left > 0 ? i18n.t('book.left', { n: s.left }) : i18n.t('book.full')}</small>
        </button>`;
      })}
    </div>
    ${nothing}`;
  }
}
