// Cài đặt › Lịch hẹn: bookings and remote tickets of the centre — on/off, days ahead, the
// check-in window, the priority of booked tickets, limits per phone number, how long personal
// data is kept, and per procedure the slot length, capacity and the shares open to bookings and
// remote tickets. Saved as the settings section "appointments".
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { defaultAppointmentSettings } from '../../shared/protocol/appointment-defaults.js';
import type {
  AppointmentProcedure,
  AppointmentSettings,
} from '../../shared/protocol/appointment-settings.js';
import { localized } from '../../shared/i18n/messages.js';
import { I18nController } from '../../shared/ui/locale.js';
import type { AdminEnv } from '../env.js';
import { checkbox, numberInput, select } from '../ui/form.js';
import { SectionForm } from '../ui/section-form.js';
import { type AppointmentAdminKey, appointmentAdminMessages } from './appointments-i18n.js';

@customElement('luot-appointments-form')
export class AppointmentsForm extends SectionForm<AppointmentSettings> {
  protected readonly path = '/settings/appointments';
  private readonly words = new I18nController<AppointmentAdminKey>(this, appointmentAdminMessages);

  protected saved(env: AdminEnv) {
    if (!env.site) return null;
    return env.site.settings.appointments ?? defaultAppointmentSettings();
  }

  private patchProcedure(i: number, p: Partial<AppointmentProcedure>): void {
    const d = this.draft;
    if (!d) return;
    this.patch({ procedures: d.procedures.map((row, j) => (j === i ? { ...row, ...p } : row)) });
  }

  protected override renderPage(env: AdminEnv) {
    const d = this.draft;
    if (!d) return nothing;
    const w = (k: AppointmentAdminKey) => this.words.t(k);
    const num = (
      testid: string,
      label: string,
      value: number,
      min: number,
      max: number,
      set: (v: number) => void,
      hint?: string,
    ) =>
      numberInput({
        label,
        testid,
        min,
        max,
        value,
        ...(hint ? { hint } : {}),
        onInput: (v) => set(v ?? min),
      });
    return html`<div class="grid">
        <div class="wide">${checkbox({ label: w('appt.enabled'), testid: 'appt-enabled', checked: d.enabled, onChange: (v) => this.patch({ enabled: v }) })}</div>
        ${num('appt-days', w('appt.daysAhead'), d.daysAhead, 0, 90, (v) => this.patch({ daysAhead: v }))}
        ${num('appt-early', w('appt.early'), d.checkInEarlyMinutes, 0, 240, (v) => this.patch({ checkInEarlyMinutes: v }))}
        ${num('appt-late', w('appt.late'), d.checkInLateMinutes, 0, 240, (v) => this.patch({ checkInLateMinutes: v }))}
        ${num('appt-lead', w('appt.lead'), d.bookedLeadMinutes, 0, 120, (v) => this.patch({ bookedLeadMinutes: v }), w('appt.leadHint'))}
        ${num('appt-max-active', w('appt.maxActive'), d.maxActivePerPhone, 1, 20, (v) => this.patch({ maxActivePerPhone: v }))}
        ${num('appt-max-day', w('appt.maxDay'), d.maxPerPhonePerDay, 1, 20, (v) => this.patch({ maxPerPhonePerDay: v }))}
        ${num('appt-retention', w('appt.retention'), d.retentionDays, 1, 365, (v) => this.patch({ retentionDays: v }), w('appt.retentionHint'))}
        <div class="wide">${checkbox({ label: w('appt.remote'), testid: 'appt-remote', checked: d.remote.enabled, onChange: (v) => this.patch({ remote: { ...d.remote, enabled: v } }) })}</div>
        ${num('appt-notify', w('appt.notifyAhead'), d.remote.notifyAhead, 0, 200, (v) => this.patch({ remote: { ...d.remote, notifyAhead: v } }))}
      </div>
      <h2>${w('appt.procedures')}</h2>
      ${d.procedures.length === 0 ? html`<p class="muted">${w('appt.none')}</p>` : nothing}
      ${d.procedures.map((row, i) => this.renderRow(env, row, i))}
      <div class="toolbar">
        <button type="button" data-testid="appt-add" @click=${() => this.addRow(env)}>${w('appt.add')}</button>
      </div>
      ${this.saveBar('appointments')}`;
  }

  private addRow(env: AdminEnv): void {
    const d = this.draft;
    const taken = new Set(d?.procedures.map((p) => p.procedureId));
    const first = env.site?.config.procedures.find((p) => !p.retired && !taken.has(p.id));
    if (!d || !first) return;
    const row = {
      procedureId: first.id,
      slotMinutes: 30,
      capacity: 4,
      bookingSharePercent: 50,
      remoteSharePercent: 0,
    };
    this.patch({ procedures: [...d.procedures, row] });
  }

  private renderRow(env: AdminEnv, row: AppointmentProcedure, i: number) {
    const w = (k: AppointmentAdminKey) => this.words.t(k);
    const options = (env.site?.config.procedures ?? [])
      .filter((p) => !p.retired)
      .map((p) => ({ value: p.id, label: `${p.code} · ${localized(p.name, this.locale)}` }));
    const n = (key: keyof AppointmentProcedure, label: AppointmentAdminKey, min: number, max: number) =>
      numberInput({
        label: w(label),
        testid: `appt-${i}-${key}`,
        min,
        max,
        value: row[key] as number,
        onInput: (v) => this.patchProcedure(i, { [key]: v ?? min }),
      });
    return html`<div class="grid" data-testid=${`appt-row-${i}`}>
      ${select({ label: w('appt.procedure'), testid: `appt-${i}-procedure`, value: row.procedureId, options, onChange: (v) => this.patchProcedure(i, { procedureId: v }) })}
      ${n('slotMinutes', 'appt.slotMinutes', 5, 240)}
      ${n('capacity', 'appt.capacity', 1, 500)}
      ${n('bookingSharePercent', 'appt.bookingShare', 0, 100)}
      ${n('remoteSharePercent', 'appt.remoteShare', 0, 100)}
      <div class="toolbar">
        <button type="button" data-testid=${`appt-${i}-remove`} @click=${() => {
          const d = this.draft;
          if (d) this.patch({ procedures: d.procedures.filter((_, j) => j !== i) });
        }}>${w('appt.remove')}</button>
      </div>
    </div>`;
  }
}
