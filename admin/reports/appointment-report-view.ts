// Báo cáo › Tổng quan › appointments of the period: booked against shown and missed, punctuality
// of check-ins, and the mean wait of booked, walk-in and remote citizens.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AppointmentReport } from '../../shared/protocol/appointment-views.js';
import { api } from '../../shared/ui/api.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { type AppointmentAdminKey, appointmentAdminMessages } from '../settings/appointments-i18n.js';
import { adminStyles } from '../ui/styles.js';

const minutes = (ms: number | null) => (ms === null ? '–' : `${Math.round(ms / 60_000)} ph`);

@customElement('luot-appointment-report')
export class AppointmentReportView extends LitElement {
  static override styles = [tokens, base, adminStyles];

  @property() siteId = '';
  @property() from = '';
  @property() to = '';
  @state() private report: AppointmentReport | null = null;
  private readonly i18n = new I18nController<AppointmentAdminKey>(this, appointmentAdminMessages);

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('from') || changed.has('to') || changed.has('siteId')) && this.siteId && this.from) {
      const q = `from=${this.from}&to=${this.to}`;
      void api<AppointmentReport>(`/api/sites/${encodeURIComponent(this.siteId)}/appointments/report?${q}`)
        .then((r) => {
          this.report = r;
        })
        .catch(() => {
          this.report = null;
        });
    }
  }

  override render() {
    const r = this.report;
    if (!r || (r.booked === 0 && r.cancelled === 0 && r.waits.remote.count === 0)) return nothing;
    const t = (k: AppointmentAdminKey, p?: Record<string, number>) => this.i18n.t(k, p);
    return html`<h2>${t('appt.report')}</h2>
      <table data-testid="appt-report">
        <tbody>
          <tr><th>${t('appt.booked')}</th><td class="num" data-testid="appt-report-booked">${r.booked}</td></tr>
          <tr><th>${t('appt.shown')}</th><td class="num" data-testid="appt-report-shown">${r.shown}</td></tr>
          <tr><th>${t('appt.missed')}</th><td class="num">${r.missed}</td></tr>
          <tr><th>${t('appt.cancelled')}</th><td class="num">${r.cancelled}</td></tr>
          <tr><td colspan="2">${t('appt.punctuality', r.punctuality)}</td></tr>
          <tr><th>${t('appt.waitBooked')}</th><td class="num">${minutes(r.waits.booked.meanMs)}</td></tr>
          <tr><th>${t('appt.waitWalkIn')}</th><td class="num">${minutes(r.waits.walkIn.meanMs)}</td></tr>
          <tr><th>${t('appt.waitRemote')}</th><td class="num">${minutes(r.waits.remote.meanMs)}</td></tr>
        </tbody>
      </table>`;
  }
}
