// Giám sát › today's appointment slots: per slot and procedure, how many were booked, have checked
// in, were missed, were cancelled. Read every 30 seconds (and when the page opens).
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LocalizedText } from '../../shared/domain/model.js';
import { localized } from '../../shared/i18n/messages.js';
import { formatLocalTime } from '../../shared/i18n/time.js';
import type { TodaySlot } from '../../shared/protocol/appointment-views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { api, sitePath } from '../admin-api.js';
import { type AppointmentAdminKey, appointmentAdminMessages } from '../settings/appointments-i18n.js';
import { adminStyles } from '../ui/styles.js';

const REFRESH_MS = 30_000;

@customElement('luot-appointment-slots')
export class AppointmentSlots extends LitElement {
  static override styles = [tokens, base, adminStyles];

  @property() siteId = '';
  @property() timeZone = 'Asia/Ho_Chi_Minh';
  @property({ attribute: false }) procedureName: (id: string) => LocalizedText | undefined = () => undefined;
  @state() private slots: TodaySlot[] | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly i18n = new I18nController<AppointmentAdminKey>(this, appointmentAdminMessages);

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => void this.load(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('siteId') && this.siteId) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.siteId) return;
    try {
      this.slots = await api<TodaySlot[]>(sitePath(this.siteId, '/appointments/today'));
    } catch {
      this.slots = [];
    }
  }

  override render() {
    const t = (k: AppointmentAdminKey) => this.i18n.t(k);
    if (!this.slots) return nothing;
    if (this.slots.length === 0)
      return html`<p class="muted" data-testid="appt-today-empty">${t('appt.todayEmpty')}</p>`;
    return html`<table data-testid="appt-today">
      <thead>
        <tr>
          <th>${t('appt.time')}</th><th>${t('appt.procedure')}</th><th class="num">${t('appt.booked')}</th>
          <th class="num">${t('appt.checkedIn')}</th><th class="num">${t('appt.missed')}</th><th class="num">${t('appt.cancelled')}</th>
        </tr>
      </thead>
      <tbody>
        ${this.slots.map(
          (s) => html`<tr>
            <td>${formatLocalTime(s.start, this.timeZone)}</td>
            <td>${localized(this.procedureName(s.procedureId), this.i18n.locale) || s.procedureId}</td>
            <td class="num">${s.booked}</td><td class="num">${s.checkedIn}</td>
            <td class="num">${s.missed}</td><td class="num">${s.cancelled}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
