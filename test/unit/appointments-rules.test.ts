// The booking rules with a fixed clock: slots inside opening hours, capacity and its share,
// days ahead, holidays, limits per phone number, the check-in window, retention and remote tickets.
import { describe, expect, it } from 'vitest';
import {
  type Booking,
  bookingRefusal,
  checkInTiming,
  checkInWindow,
  computeSlots,
  isMissed,
  normalizePhone,
  remoteRefusal,
  retentionOver,
  slotStarts,
} from '../../shared/domain/appointments.js';
import type { Site } from '../../shared/domain/model.js';
import { instantOfLocal } from '../../shared/i18n/time.js';
import type { AppointmentSettings } from '../../shared/protocol/appointment-settings.js';
import { MONDAY_8AM, testSiteConfig } from '../support/fixtures.js';

const TZ = 'Asia/Ho_Chi_Minh';
const MIN = 60_000;
const at = (day: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return instantOfLocal(day, h * 60 + m, TZ);
};

function officeSite(): Site {
  const site = testSiteConfig().site;
  const morning = [
    { start: '07:30', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ];
  site.openingHours = {
    '1': morning,
    '2': morning,
    '3': morning,
    '4': morning,
    '5': morning,
    '6': [{ start: '07:30', end: '11:30' }],
  };
  site.holidays = ['2026-03-04'];
  return site;
}

function settings(over: Partial<AppointmentSettings> = {}): AppointmentSettings {
  return {
    enabled: true,
    daysAhead: 7,
    checkInEarlyMinutes: 15,
    checkInLateMinutes: 10,
    bookedLeadMinutes: 0,
    maxActivePerPhone: 2,
    maxPerPhonePerDay: 1,
    retentionDays: 30,
    remote: { enabled: true, notifyAhead: 5 },
    procedures: [
      {
        procedureId: 'p-khaisinh',
        slotMinutes: 30,
        capacity: 4,
        bookingSharePercent: 50,
        remoteSharePercent: 10,
      },
    ],
    ...over,
  };
}

let seq = 0;
function booking(over: Partial<Booking>): Booking {
  seq += 1;
  return {
    code: `C${seq}`,
    manageToken: `tok-${seq}`,
    siteId: 'site-a',
    kind: 'slot',
    procedureId: 'p-khaisinh',
    start: at('2026-03-02', '09:00'),
    slotMinutes: 30,
    day: '2026-03-02',
    name: 'Nguyễn Văn A',
    phone: '0912345678',
    language: 'vi',
    requestId: `req-${seq}-xxxxxx`,
    createdAt: MONDAY_8AM,
    status: 'booked',
    cancelledAt: null,
    checkedInAt: null,
    ticketId: null,
    purged: false,
    ...over,
  };
}

describe('slots', () => {
  it('fills each opening window with whole slots only', () => {
    const starts = slotStarts(officeSite(), settings().procedures[0], '2026-03-02');
    // 07:30–11:30 = 8 slots, 13:30–17:00 = 7 slots of 30 minutes.
    expect(starts).toHaveLength(15);
    expect(starts[0]).toBe(at('2026-03-02', '07:30'));
    expect(starts.at(-1)).toBe(at('2026-03-02', '16:30'));
    expect(starts).not.toContain(at('2026-03-02', '11:30'));
  });

  it('has no slots on a holiday or a closed weekday', () => {
    const rule = settings().procedures[0];
    expect(slotStarts(officeSite(), rule, '2026-03-04')).toEqual([]);
    expect(slotStarts(officeSite(), rule, '2026-03-08')).toEqual([]);
  });

  it('offers only the booking share of each slot and only slots after now', () => {
    const slots = computeSlots(officeSite(), settings(), 'p-khaisinh', '2026-03-02', [], MONDAY_8AM);
    expect(slots[0]).toEqual({ start: at('2026-03-02', '08:30'), capacity: 2, left: 2 });
    expect(slots.some((s) => s.start <= MONDAY_8AM)).toBe(false);
  });

  it('counts bookings that hold a seat, not cancelled ones', () => {
    const start = at('2026-03-02', '09:00');
    const list = [booking({ start }), booking({ start, status: 'cancelled', cancelledAt: MONDAY_8AM })];
    const slot = computeSlots(officeSite(), settings(), 'p-khaisinh', '2026-03-02', list, MONDAY_8AM).find(
      (s) => s.start === start,
    );
    expect(slot).toEqual({ start, capacity: 2, left: 1 });
  });

  it('offers nothing beyond the days ahead or for a procedure without bookings', () => {
    expect(computeSlots(officeSite(), settings(), 'p-khaisinh', '2026-03-10', [], MONDAY_8AM)).toEqual([]);
    expect(computeSlots(officeSite(), settings(), 'p-khaisinh', '2026-03-09', [], MONDAY_8AM)).not.toEqual(
      [],
    );
    expect(computeSlots(officeSite(), settings(), 'p-kethon', '2026-03-03', [], MONDAY_8AM)).toEqual([]);
    expect(
      computeSlots(officeSite(), settings({ enabled: false }), 'p-khaisinh', '2026-03-03', [], MONDAY_8AM),
    ).toEqual([]);
  });
});

describe('booking refusals', () => {
  const req = (start: number, phone = '0912345678') => ({ procedureId: 'p-khaisinh', start, phone });

  it('accepts a free slot', () => {
    expect(
      bookingRefusal(officeSite(), settings(), req(at('2026-03-03', '09:00')), [], MONDAY_8AM),
    ).toBeNull();
  });

  it('refuses a full slot with slot_full', () => {
    const start = at('2026-03-03', '09:00');
    const list = [
      booking({ start, day: '2026-03-03', phone: '0911111111' }),
      booking({ start, day: '2026-03-03', phone: '0922222222' }),
    ];
    expect(bookingRefusal(officeSite(), settings(), req(start), list, MONDAY_8AM)?.code).toBe('slot_full');
  });

  it('refuses a holiday with closed_day', () => {
    expect(
      bookingRefusal(officeSite(), settings(), req(at('2026-03-04', '09:00')), [], MONDAY_8AM)?.code,
    ).toBe('closed_day');
  });

  it('refuses a time that is not a slot start, a past slot, or a slot beyond the days ahead', () => {
    expect(
      bookingRefusal(officeSite(), settings(), req(at('2026-03-03', '09:10')), [], MONDAY_8AM)?.code,
    ).toBe('slot_unavailable');
    expect(
      bookingRefusal(officeSite(), settings(), req(at('2026-03-02', '07:30')), [], MONDAY_8AM)?.code,
    ).toBe('slot_unavailable');
    expect(
      bookingRefusal(officeSite(), settings(), req(at('2026-03-03', '12:00')), [], MONDAY_8AM)?.code,
    ).toBe('slot_unavailable');
    expect(
      bookingRefusal(officeSite(), settings(), req(at('2026-03-10', '09:00')), [], MONDAY_8AM)?.code,
    ).toBe('slot_unavailable');
  });

  it('limits bookings per phone per day', () => {
    const list = [booking({ start: at('2026-03-03', '08:00'), day: '2026-03-03' })];
    const refusal = bookingRefusal(
      officeSite(),
      settings(),
      req(at('2026-03-03', '10:00')),
      list,
      MONDAY_8AM,
    );
    expect(refusal?.code).toBe('phone_limit');
    expect(refusal?.details).toMatchObject({ kind: 'day', limit: 1 });
    // Another number is not limited by it.
    expect(
      bookingRefusal(
        officeSite(),
        settings(),
        req(at('2026-03-03', '10:00'), '0987654321'),
        list,
        MONDAY_8AM,
      ),
    ).toBeNull();
  });

  it('limits active bookings per phone; a cancelled or missed one no longer counts', () => {
    const list = [
      booking({ start: at('2026-03-03', '08:00'), day: '2026-03-03' }),
      booking({ start: at('2026-03-05', '08:00'), day: '2026-03-05' }),
    ];
    const target = req(at('2026-03-06', '09:00'));
    expect(bookingRefusal(officeSite(), settings(), target, list, MONDAY_8AM)?.details).toMatchObject({
      kind: 'active',
    });
    list[1].status = 'cancelled';
    expect(bookingRefusal(officeSite(), settings(), target, list, MONDAY_8AM)).toBeNull();
    list[1].status = 'booked';
    // Once the first booking's window has closed, it is missed and frees the phone.
    const later = at('2026-03-03', '08:11');
    expect(bookingRefusal(officeSite(), settings(), target, list, later)).toBeNull();
  });

  it('moving a booking does not count the booking being moved', () => {
    const mine = booking({ start: at('2026-03-03', '08:00'), day: '2026-03-03' });
    const target = req(at('2026-03-03', '10:00'));
    expect(bookingRefusal(officeSite(), settings(), target, [mine], MONDAY_8AM)?.code).toBe('phone_limit');
    expect(bookingRefusal(officeSite(), settings(), target, [mine], MONDAY_8AM, mine.code)).toBeNull();
  });

  it('refuses everything when appointments are off', () => {
    expect(
      bookingRefusal(
        officeSite(),
        settings({ enabled: false }),
        req(at('2026-03-03', '09:00')),
        [],
        MONDAY_8AM,
      )?.code,
    ).toBe('appointments_closed');
    expect(
      bookingRefusal(officeSite(), undefined, req(at('2026-03-03', '09:00')), [], MONDAY_8AM)?.code,
    ).toBe('appointments_closed');
  });
});

describe('check-in window', () => {
  const start = at('2026-03-02', '09:00');

  it('opens early and closes late by the settings, both ends included', () => {
    expect(checkInWindow(start, settings())).toEqual({
      opensAt: start - 15 * MIN,
      closesAt: start + 10 * MIN,
    });
    expect(checkInTiming(start, settings(), start - 15 * MIN - 1)).toBe('too_early');
    expect(checkInTiming(start, settings(), start - 15 * MIN)).toBe('open');
    expect(checkInTiming(start, settings(), start + 10 * MIN)).toBe('open');
    expect(checkInTiming(start, settings(), start + 10 * MIN + 1)).toBe('too_late');
  });

  it('calls a booking missed once its window closed without a check-in', () => {
    const b = booking({ start });
    expect(isMissed(b, settings(), start + 10 * MIN)).toBe(false);
    expect(isMissed(b, settings(), start + 10 * MIN + 1)).toBe(true);
    expect(isMissed({ ...b, status: 'checked_in' }, settings(), start + 60 * MIN)).toBe(false);
  });
});

describe('personal data', () => {
  it('is due for erasure only after the retention period', () => {
    const b = booking({});
    expect(retentionOver(b, settings({ retentionDays: 30 }), b.start + 30 * 86_400_000)).toBe(false);
    expect(retentionOver(b, settings({ retentionDays: 30 }), b.start + 30 * 86_400_000 + 1)).toBe(true);
    expect(retentionOver({ ...b, purged: true }, settings(), b.start + 400 * 86_400_000)).toBe(false);
  });

  it('normalises Vietnamese phone numbers and rejects others', () => {
    expect(normalizePhone('0912 345 678')).toBe('0912345678');
    expect(normalizePhone('+84 912.345.678')).toBe('0912345678');
    expect(normalizePhone('84912345678')).toBe('0912345678');
    expect(normalizePhone('091234567')).toBeNull();
    expect(normalizePhone('0012345678')).toBeNull();
  });
});

describe('remote tickets', () => {
  it('are limited to a share of the day capacity and one per phone a day', () => {
    const site = officeSite();
    // 15 slots × 4 = 60 a day; 10 % = 6 remote tickets.
    const remote = (phone: string) => booking({ kind: 'remote', phone, start: MONDAY_8AM });
    const five = ['0900000001', '0900000002', '0900000003', '0900000004', '0900000005'].map(remote);
    expect(remoteRefusal(site, settings(), 'p-khaisinh', '0911111111', five, MONDAY_8AM)).toBeNull();
    expect(remoteRefusal(site, settings(), 'p-khaisinh', '0900000001', five, MONDAY_8AM)?.code).toBe(
      'phone_limit',
    );
    const six = [...five, remote('0900000006')];
    expect(remoteRefusal(site, settings(), 'p-khaisinh', '0911111111', six, MONDAY_8AM)?.code).toBe(
      'slot_full',
    );
  });

  it('are refused where the site does not allow them', () => {
    const off = settings({ remote: { enabled: false, notifyAhead: 5 } });
    expect(remoteRefusal(officeSite(), off, 'p-khaisinh', '0911111111', [], MONDAY_8AM)?.code).toBe(
      'appointments_closed',
    );
    expect(remoteRefusal(officeSite(), settings(), 'p-kethon', '0911111111', [], MONDAY_8AM)?.code).toBe(
      'procedure_not_bookable',
    );
  });
});
