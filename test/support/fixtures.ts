// A small site configuration and a deterministic engine context for tests.
import {
  DEFAULT_RULES,
  type EngineContext,
  newWaitingTicket,
  type QueueRules,
  type SiteConfig,
  type Ticket,
} from '../../shared/domain/index.js';
import { instantOfLocal } from '../../shared/i18n/time.js';

const ALL_DAY = [{ start: '00:00', end: '24:00' }];

type CounterConfig = SiteConfig['counters'][number];

/** A further counter of the test centre: "Quầy <number>" in zone B. */
export function zoneBCounter(
  id: string,
  number: number,
  rest: Omit<CounterConfig, 'id' | 'number' | 'name' | 'zone'>,
): CounterConfig {
  return { id, number, name: { vi: `Quầy ${number}` }, zone: 'B', ...rest };
}

export function testSiteConfig(overrides: Partial<QueueRules> = {}): SiteConfig {
  return {
    site: {
      id: 'site-a',
      name: {
        vi: 'Trung tâm Phục vụ hành chính công phường Thử Nghiệm',
        en: 'Test Ward Public Service Centre',
      },
      ward: { vi: 'Phường Thử Nghiệm' },
      province: { vi: 'Tỉnh Vĩnh Long' },
      timeZone: 'Asia/Ho_Chi_Minh',
      openingHours: {
        '1': ALL_DAY,
        '2': ALL_DAY,
        '3': ALL_DAY,
        '4': ALL_DAY,
        '5': ALL_DAY,
        '6': ALL_DAY,
        '7': ALL_DAY,
      },
      holidays: [],
    },
    fields: [
      { id: 'f-hotich', code: 'HT', name: { vi: 'Hộ tịch', en: 'Civil status' } },
      { id: 'f-datdai', code: 'DD', name: { vi: 'Đất đai', en: 'Land' } },
    ],
    procedures: [
      {
        id: 'p-khaisinh',
        code: '1.001193.000.00.00.H59',
        name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
        fieldId: 'f-hotich',
        seriesId: 's-a',
      },
      {
        id: 'p-kethon',
        code: '1.000894.000.00.00.H59',
        name: { vi: 'Đăng ký kết hôn', en: 'Marriage registration' },
        fieldId: 'f-hotich',
        seriesId: 's-a',
      },
      {
        id: 'p-datdai',
        code: '1.004227.000.00.00.H59',
        name: { vi: 'Đăng ký biến động đất đai', en: 'Land change registration' },
        fieldId: 'f-datdai',
        seriesId: 's-b',
      },
    ],
    series: [
      {
        id: 's-a',
        name: { vi: 'Hộ tịch' },
        prefix: 'A',
        start: 1,
        end: 999,
        step: 1,
        padding: 3,
        dailyCap: 0,
        onExhausted: 'refuse',
        targetWaitMinutes: 15,
      },
      {
        id: 's-b',
        name: { vi: 'Đất đai' },
        prefix: '',
        start: 1001,
        end: 1999,
        step: 1,
        padding: 4,
        dailyCap: 0,
        onExhausted: 'refuse',
        targetWaitMinutes: 20,
      },
    ],
    counters: [
      {
        id: 'c1',
        number: 1,
        name: { vi: 'Quầy 1' },
        zone: 'A',
        series: [{ seriesId: 's-a' }],
        policy: 'fifo',
      },
      {
        id: 'c2',
        number: 2,
        name: { vi: 'Quầy 2' },
        zone: 'A',
        series: [{ seriesId: 's-a' }, { seriesId: 's-b' }],
        policy: 'strict',
      },
      {
        id: 'c3',
        number: 3,
        name: { vi: 'Quầy 3' },
        zone: 'B',
        series: [{ seriesId: 's-b' }],
        policy: 'interleave',
        interleaveRatio: 3,
      },
    ],
    priorityCategories: [
      { id: 'elderly', name: { vi: 'Người cao tuổi' }, ageThreshold: 60, requiresConfirmation: true },
      { id: 'disabled', name: { vi: 'Người khuyết tật' }, requiresConfirmation: false },
    ],
    rules: { ...DEFAULT_RULES, ...overrides },
  };
}

/** 08:00 site-local on a Monday (2026-03-02), as an instant. */
export const MONDAY_8AM = instantOfLocal('2026-03-02', 8 * 60, 'Asia/Ho_Chi_Minh');

/** A context whose clock the test moves and whose ids count up. */
export function testContext(start = MONDAY_8AM): EngineContext & { advance(ms: number): void } {
  let n = 0;
  const ctx = {
    now: start,
    newId: () => `t${++n}`,
    newToken: () => `tok${n}-${'x'.repeat(20)}`,
    advance(ms: number) {
      ctx.now += ms;
    },
  };
  return ctx;
}

/** A waiting ticket A001 of the fixture site (Hộ tịch, Đăng ký khai sinh), issued at MONDAY_8AM. */
export function sampleTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    ...newWaitingTicket({
      id: 't1',
      siteId: 'site-a',
      day: '2026-03-02',
      seriesId: 's-a',
      issueIndex: 1,
      number: 1,
      displayNumber: 'A001',
      procedureId: 'p-khaisinh',
      fieldId: 'f-hotich',
      priorityId: null,
      priorityToConfirm: false,
      channel: 'kiosk',
      language: 'vi',
      requestId: null,
      statusToken: 'tok',
      issuedAt: MONDAY_8AM,
    }),
    ...overrides,
  };
}
