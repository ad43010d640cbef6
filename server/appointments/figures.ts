// Figures about appointments: today's slots for the monitor (booked, checked in, missed), and the
// report (booked vs shown, punctuality, and waits of booked, walk-in and remote citizens — the
// waits read from the same day rows as every other report).
import { type Booking, isMissed } from '../../shared/domain/appointments.js';
import { CHANNELS } from '../../shared/domain/model.js';
import { siteTime } from '../../shared/domain/site-clock.js';
import type { AppointmentReport, TodaySlot } from '../../shared/protocol/appointment-views.js';
import { scanDays } from '../reports/context.js';
import { UNMEASURED } from '../reports/day-rows.js';
import type { ReportService } from '../reports/report-service.js';
import type { Appointments } from './appointments.js';

/** A check-in up to this long after the booked time is on time. */
const ON_TIME_MS = 5 * 60_000;

export async function todaySlots(appts: Appointments, siteId: string): Promise<TodaySlot[]> {
  const hub = appts.hub(siteId);
  const settings = hub.settings.appointments;
  const now = appts.now();
  const site = await appts.site(siteId);
  const slots = new Map<string, TodaySlot>();
  for (const b of site.book.day(siteTime(now, hub.config.site.timeZone).day)) {
    if (b.kind !== 'slot') continue;
    const key = `${b.start}|${b.procedureId}`;
    let slot = slots.get(key);
    if (!slot) {
      slot = { start: b.start, procedureId: b.procedureId, booked: 0, checkedIn: 0, missed: 0, cancelled: 0 };
      slots.set(key, slot);
    }
    if (b.status === 'cancelled') slot.cancelled++;
    else {
      slot.booked++;
      if (b.status === 'checked_in') slot.checkedIn++;
      else if (settings && isMissed(b, settings, now)) slot.missed++;
    }
  }
  return [...slots.values()].sort((a, b) => a.start - b.start || a.procedureId.localeCompare(b.procedureId));
}

export async function appointmentReport(
  appts: Appointments,
  reports: ReportService,
  siteId: string,
  from: string,
  to: string,
): Promise<AppointmentReport> {
  const hub = appts.hub(siteId);
  const settings = hub.settings.appointments;
  const now = appts.now();
  const site = await appts.site(siteId);
  const report: AppointmentReport = {
    from,
    to,
    booked: 0,
    shown: 0,
    missed: 0,
    cancelled: 0,
    punctuality: { early: 0, onTime: 0, late: 0 },
    waits: {
      booked: { count: 0, meanMs: null },
      walkIn: { count: 0, meanMs: null },
      remote: { count: 0, meanMs: null },
    },
  };
  const inRange = (b: Booking) => b.kind === 'slot' && b.day >= from && b.day <= to;
  for (const b of site.book.all().filter(inRange)) {
    if (b.status === 'cancelled') {
      report.cancelled++;
      continue;
    }
    report.booked++;
    if (b.status === 'checked_in' && b.checkedInAt !== null) {
      report.shown++;
      const late = b.checkedInAt - b.start;
      if (late < 0) report.punctuality.early++;
      else if (late <= ON_TIME_MS) report.punctuality.onTime++;
      else report.punctuality.late++;
    } else if (settings && isMissed(b, settings, now)) report.missed++;
  }
  const sums = { booked: 0, walkIn: 0, remote: 0 };
  const kindOf = (channel: number): keyof typeof sums => {
    const name = CHANNELS[channel];
    return name === 'appointment' ? 'booked' : name === 'remote' ? 'remote' : 'walkIn';
  };
  await scanDays(reports.context(hub), { from, to }, (rows) => {
    for (let i = 0; i < rows.n; i++) {
      if (rows.wait[i] === UNMEASURED) continue;
      const kind = kindOf(rows.channel[i]);
      report.waits[kind].count++;
      sums[kind] += rows.wait[i];
    }
  });
  for (const kind of Object.keys(sums) as (keyof typeof sums)[]) {
    const w = report.waits[kind];
    w.meanMs = w.count > 0 ? Math.round(sums[kind] / w.count) : null;
  }
  return report;
}
