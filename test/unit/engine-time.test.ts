import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  closeDayEvents,
  createDayState,
  execute,
  isHoliday,
  isOpen,
  nextOpening,
  type SiteConfig,
  siteLocalParts,
} from '../../shared/domain/index.js';
import { instantOfLocal, localDay, localParts, nextLocalMidnight } from '../../shared/i18n/time.js';
import { testContext, testSiteConfig } from '../support/fixtures.js';
import { harness } from '../support/engine-harness.js';

const ZONE = 'Asia/Ho_Chi_Minh';
/** An instant written with an explicit +07:00 offset, independent of any zone code. */
const at = (local: string) => Date.parse(`${local}+07:00`);

const OFFICE = [
  { start: '07:00', end: '11:30' },
  { start: '13:00', end: '17:00' },
];

function officeHours(holidays: string[] = []): SiteConfig {
  const config = testSiteConfig();
  config.site = {
    ...config.site,
    openingHours: { '1': OFFICE, '2': OFFICE, '3': OFFICE, '4': OFFICE, '5': OFFICE },
    holidays,
  };
  return config;
}

function issueAt(config: SiteConfig, instant: number) {
  const state = createDayState('site-a', localDay(instant, ZONE));
  return execute(config, state, { type: 'ticket:issue', procedureId: 'p-khaisinh' }, testContext(instant));
}

function codeOf(result: ReturnType<typeof issueAt>): string {
  return result.ok ? 'ok' : result.error.code;
}

describe('the test process', () => {
  it('runs in a zone far from the site so zone mistakes show', () => {
    expect(new Date(at('2026-03-02T08:00:00')).getHours()).not.toBe(8);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
  });
});

describe('local days', () => {
  it('puts 23:59:59 and 00:00:01 (+07) on different local days', () => {
    expect(localDay(at('2026-03-02T23:59:59'), ZONE)).toBe('2026-03-02');
    expect(localDay(at('2026-03-03T00:00:01'), ZONE)).toBe('2026-03-03');
  });

  it('finds the local midnight between them', () => {
    expect(nextLocalMidnight(at('2026-03-02T23:59:59'), ZONE)).toBe(at('2026-03-03T00:00:00'));
    expect(instantOfLocal('2026-03-02', 7 * 60, ZONE)).toBe(at('2026-03-02T07:00:00'));
  });

  it('resets numbering between 23:59:59 and 00:00:01 local time', () => {
    const config = testSiteConfig();
    const late = harness(config, at('2026-03-02T23:59:58'));
    late.issue();
    late.advance(1000);
    expect(late.issue().displayNumber).toBe('A002');
    late.advance(2000);
    // The old day refuses once the clock is past local midnight …
    expect(late.refused({ type: 'ticket:issue', procedureId: 'p-khaisinh' })).toBe('wrong_day');
    for (const e of closeDayEvents(late.state, late.ctx.now)) applyEvent(late.state, e);
    expect([...late.state.tickets.values()].every((t) => t.status === 'expired')).toBe(true);
    // … and the new day starts at A001.
    const early = harness(config, at('2026-03-03T00:00:01'));
    expect(early.state.day).toBe('2026-03-03');
    expect(early.issue()).toMatchObject({ displayNumber: 'A001', day: '2026-03-03' });
  });
});

describe('opening windows 07:00–11:30 and 13:00–17:00, Monday to Friday', () => {
  const config = officeHours();
  it.each([
    ['2026-03-02T06:59:59', 'outside_opening_hours'],
    ['2026-03-02T07:00:00', 'ok'],
    ['2026-03-02T11:29:59', 'ok'],
    ['2026-03-02T11:30:00', 'outside_opening_hours'],
    ['2026-03-02T12:59:59', 'outside_opening_hours'],
    ['2026-03-02T13:00:00', 'ok'],
    ['2026-03-06T16:59:59', 'ok'],
    ['2026-03-06T17:00:00', 'outside_opening_hours'],
    ['2026-03-07T09:00:00', 'outside_opening_hours'],
    ['2026-03-08T09:00:00', 'outside_opening_hours'],
  ])('answers %s +07 with %s', (local, expected) => {
    expect(codeOf(issueAt(config, at(local)))).toBe(expected);
    expect(isOpen(config.site, at(local))).toBe(expected === 'ok');
  });

  it.each([
    ['2026-03-02T06:00:00', '2026-03-02T07:00:00'],
    ['2026-03-02T11:45:00', '2026-03-02T13:00:00'],
    ['2026-03-02T17:30:00', '2026-03-03T07:00:00'],
    ['2026-03-06T17:00:00', '2026-03-09T07:00:00'],
    ['2026-03-07T10:00:00', '2026-03-09T07:00:00'],
  ])('gives the next opening after %s +07 as %s +07', (local, expected) => {
    expect(nextOpening(config.site, at(local))).toBe(at(expected));
  });

  it('tells a refused kiosk when it opens next', () => {
    const result = issueAt(config, at('2026-03-06T17:00:00'));
    expect(result.ok ? null : result.error.details).toEqual({ nextOpening: at('2026-03-09T07:00:00') });
  });
});

describe('holidays', () => {
  const config = officeHours(['2026-04-30', '2026-05-01']);

  it('refuses with holiday on a holiday during normal opening hours', () => {
    expect(isHoliday(config.site, at('2026-04-30T09:00:00'))).toBe(true);
    expect(codeOf(issueAt(config, at('2026-04-30T09:00:00')))).toBe('holiday');
  });

  it('judges the holiday by the local date, not the UTC date', () => {
    // 06:30 on 1 May +07 is still 30 April in UTC; 00:30 on 2 May +07 is 1 May in UTC.
    expect(isHoliday(config.site, at('2026-05-01T06:30:00'))).toBe(true);
    expect(isHoliday(config.site, at('2026-05-02T00:30:00'))).toBe(false);
  });

  it('points past the holidays to the next working morning', () => {
    const result = issueAt(config, at('2026-04-30T09:00:00'));
    // 2 and 3 May 2026 are a weekend.
    expect(result.ok ? null : result.error.details).toEqual({ nextOpening: at('2026-05-04T07:00:00') });
  });
});

describe('the engine’s cached site clock', () => {
  const zones = [
    'Asia/Ho_Chi_Minh',
    'America/Los_Angeles',
    'Europe/London',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
  ];

  it('agrees with Intl for any instant in any zone, across DST changes', () => {
    const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(instant, { minLength: 1, maxLength: 8 }),
        (zone, times) => {
          for (const t of times) {
            // Probe the instant and its neighbours, so cached hours are reused and crossed.
            for (const probe of [t, t + 1000, t + 3_599_999, t - 1]) {
              expect(siteLocalParts(probe, zone)).toEqual(localParts(probe, zone));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['America/Los_Angeles', '2026-03-08T10:00:00Z'],
    ['America/Los_Angeles', '2026-11-01T09:00:00Z'],
    // Lord Howe moves by 30 minutes at 15:30 UTC: the change falls inside a UTC hour.
    ['Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
  ])('agrees with Intl minute by minute around the %s change at %s', (zone, change) => {
    const at = Date.parse(change);
    for (let t = at - 2 * 3_600_000; t < at + 2 * 3_600_000; t += 60_000) {
      expect(siteLocalParts(t, zone)).toEqual(localParts(t, zone));
    }
  });
});
