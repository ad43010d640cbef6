// Opening windows per weekday (several periods a day) and holidays, in the centre's local time.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Site, TimeWindow } from '../../shared/domain/model.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { SectionForm } from '../ui/section-form.js';

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
    return { ...rest, holidays: [...new Set(rest.holidays.filter((h) => h !== ''))].sort() };
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
      type="time"
      data-testid=${testid}
      aria-label=${label}
      .value=${value === '24:00' ? '23:59' : value}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />`;
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
      <h2>${t('hours.holidays')}</h2>
      ${d.holidays.length === 0 ? html`<p class="muted">${t('hours.noHolidays')}</p>` : nothing}
      <div class="toolbar">
        ${d.holidays.map(
          (h, i) => html`<span class="tag">
            <input
              type="date"
              data-testid=${`holiday-${i}`}
              aria-label=${t('hours.holidays')}
              .value=${h}
              @input=${(e: Event) => this.patch({ holidays: d.holidays.map((x, j) => (j === i ? (e.target as HTMLInputElement).value : x)) })}
            />
            <button class="small" aria-label=${t('hours.removeWindow')} @click=${() => this.patch({ holidays: d.holidays.filter((_, j) => j !== i) })}>×</button>
          </span>`,
        )}
        <button class="small" data-testid="holiday-add" @click=${() => this.patch({ holidays: [...d.holidays, ''] })}>+ ${t('hours.addHoliday')}</button>
      </div>
      ${this.saveBar('hours')}
    `;
  }
}
