// Opening windows per weekday (several periods a day, typed 24-hour HH:MM whatever the browser's
// language) and holidays as named date ranges (dd/mm/yyyy), in the centre's local time.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Site, TimeWindow } from '../../shared/domain/model.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { setupMessages } from '../setup-i18n.js';
import { SectionForm } from '../ui/section-form.js';
import { formatDay, parseDay, parseTime } from '../ui/dates.js';
import { addRange, groupHolidays, removeDays } from './holiday-ranges.js';
import { holidayName, publicHolidays } from './vn-holidays.js';

type Day = '1' | '2' | '3' | '4' | '5' | '6' | '7';
const DAYS: Day[] = ['1', '2', '3', '4', '5', '6', '7'];

@customElement('luot-hours-form')
export class HoursForm extends SectionForm<Site> {
  protected readonly path = '/config/site';

  protected saved(env: AdminEnv): Site | null {
    return env.site?.config.site ?? null;
  }

  protected override body(d: Site): unknown {
    const { id: _id, ...rest } = d;
    const holidays = [...new Set(rest.holidays.filter((h) => h !== ''))].sort();
    const names = Object.fromEntries(
      Object.entries(rest.holidayNames ?? {}).filter(([day, name]) => holidays.includes(day) && name.trim()),
    );
    return { ...rest, holidays, holidayNames: names };
  }

  /** The centre's current year (server time in the centre's zone). */
  private year(): number {
    const env = this.env;
    if (!env) return new Date().getUTCFullYear();
    const zone = env.site?.config.site.timeZone ?? 'Asia/Ho_Chi_Minh';
    return Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric' }).format(env.serverNow()),
    );
  }

  /** The year's public holidays added in one click (the admin reviews them before saving). */
  private addPublicHolidays(): void {
    const d = this.draft;
    if (!d) return;
    let next = { holidays: d.holidays, holidayNames: d.holidayNames ?? {} };
    for (const h of publicHolidays(this.year())) {
      next = addRange(next.holidays, next.holidayNames, { from: h.date, to: h.date, name: h.name });
    }
    this.patch(next);
  }

  private setWindows(day: Day, windows: TimeWindow[]): void {
    const d = this.draft;
    if (!d) return;
    const openingHours = { ...d.openingHours };
    if (windows.length === 0) delete openingHours[day];
    else openingHours[day] = windows;
    this.patch({ openingHours });
  }

  private timeInput(value: string, testid: string, label: string, onInput: (v: string) => void) {
    return html`<input
      type="text"
      inputmode="numeric"
      placeholder="HH:MM"
      size="5"
      maxlength="5"
      data-testid=${testid}
      aria-label=${label}
      .value=${value}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const time = parseTime(input.value);
        input.setCustomValidity(time ? '' : this.t('dates.badTime'));
        if (time) onInput(time);
      }}
    />`;
  }

  private from = '';
  private to = '';
  private name = '';

  private addHolidayRange(): void {
    const d = this.draft;
    if (!d) return;
    const from = parseDay(this.from);
    const to = this.to.trim() ? parseDay(this.to) : from;
    if (!from || !to || to < from) {
      this.e.notify(this.t('dates.badRange'), 'error');
      return;
    }
    this.patch(addRange(d.holidays, d.holidayNames ?? {}, { from, to, name: this.name }));
    this.from = '';
    this.to = '';
    this.name = '';
  }

  private renderHolidays(d: Site) {
    const t = this.t;
    const names = d.holidayNames ?? {};
    const ranges = groupHolidays(
      d.holidays.filter((h) => h !== ''),
      Object.fromEntries(d.holidays.map((h) => [h, names[h] ?? holidayName(h) ?? ''])),
    );
    const field = (key: 'from' | 'to' | 'name', label: string, placeholder: string) => html`<label>
      ${label}
      <input
        type="text"
        data-testid=${`holiday-${key}`}
        placeholder=${placeholder}
        .value=${live(this[key])}
        @input=${(e: Event) => {
          this[key] = (e.target as HTMLInputElement).value;
        }}
      />
    </label>`;
    return html`<h2>${t('hours.holidays')}</h2>
      ${ranges.length === 0 ? html`<p class="muted">${t('hours.noHolidays')}</p>` : nothing}
      ${
        ranges.length > 0
          ? html`<table data-testid="holiday-table">
              <tbody>
                ${ranges.map(
                  (r) => html`<tr data-testid=${`holiday-${r.from}`}>
                    <td class="num">${r.from === r.to ? formatDay(r.from) : `${formatDay(r.from)} – ${formatDay(r.to)}`}</td>
                    <td>${r.name}</td>
                    <td class="num">${t('dates.days', { n: r.days.length })}</td>
                    <td style="width: 60px">
                      <button class="small" aria-label=${t('dates.remove')} @click=${() =>
                        this.patch(removeDays(d.holidays, names, r.days))}>×</button>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
      <div class="toolbar">
        ${field('from', t('dates.from'), 'dd/mm/yyyy')} ${field('to', t('dates.to'), 'dd/mm/yyyy')}
        ${field('name', t('dates.name'), 'Tết Nguyên đán')}
        <button class="small" data-testid="holiday-add" @click=${() => this.addHolidayRange()}>+ ${t('hours.addHoliday')}</button>
        <button class="small" data-testid="holiday-public" @click=${() => this.addPublicHolidays()}>
          + ${setupMessages.t(this.locale, 'holidays.addYear', { year: String(this.year()) })}
        </button>
      </div>`;
  }

  protected override renderPage(_env: AdminEnv) {
    const d = this.draft;
    if (!d) return nothing;
    const t = this.t;
    return html`
      <table data-testid="hours-table">
        <tbody>
          ${DAYS.map((day) => {
            const windows = d.openingHours[day] ?? [];
            const dayName = t(`hours.weekday.${day}` as AdminKey);
            return html`<tr>
              <th scope="row" style="width: 140px">${dayName}</th>
              <td>
                ${windows.length === 0 ? html`<span class="muted">${t('hours.closed')}</span>` : nothing}
                ${windows.map(
                  (w, i) => html`<span class="toolbar" style="display: inline-flex; margin-right: 16px">
                    ${this.timeInput(w.start, `hours-${day}-${i}-start`, `${dayName} ${i + 1}`, (v) =>
                      this.setWindows(
                        day,
                        windows.map((x, j) => (j === i ? { ...x, start: v } : x)),
                      ),
                    )}
                    –
                    ${this.timeInput(w.end, `hours-${day}-${i}-end`, `${dayName} ${i + 1}`, (v) =>
                      this.setWindows(
                        day,
                        windows.map((x, j) => (j === i ? { ...x, end: v } : x)),
                      ),
                    )}
                    <button class="small" aria-label=${t('hours.removeWindow')} @click=${() =>
                      this.setWindows(
                        day,
                        windows.filter((_, j) => j !== i),
                      )}>×</button>
                  </span>`,
                )}
              </td>
              <td style="width: 130px">
                <button
                  class="small"
                  data-testid=${`hours-${day}-add`}
                  ?disabled=${windows.length >= 8}
                  @click=${() => this.setWindows(day, [...windows, windows.length === 0 ? { start: '07:30', end: '11:30' } : { start: '13:30', end: '17:00' }])}
                >
                  + ${t('hours.addWindow')}
                </button>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${this.renderHolidays(d)}
      ${this.saveBar('hours')}
    `;
  }
}
