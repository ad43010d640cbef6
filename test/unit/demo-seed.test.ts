import { describe, expect, it } from 'vitest';
import {
  countersFor,
  createDayState,
  execute,
  isOpen,
  pickNext,
  type SiteConfig,
  type Ticket,
} from '../../shared/domain/index.js';
import { instantOfLocal, weekdayOf } from '../../shared/i18n/time.js';
import { ratingSettingsSchema, siteConfigSchema } from '../../shared/protocol/config-schemas.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { DEMO_RATING, DEMO_STAFF, demoSiteConfig } from '../../server/seed/index.js';
import { testContext } from '../support/fixtures.js';

const CODE = /^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.H\d{2})?$/;
const FULL_CODE = /^\d\.\d{6}\.\d{3}\.\d{2}\.\d{2}\.H\d{2}$/;
const ZONE = 'Asia/Ho_Chi_Minh';
/** A Sunday. */
const SUNDAY = '2026-03-08';

function strings(value: unknown, path = '$'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      [`${path}.${k}#key`, k] as [string, string],
      ...strings(v, `${path}.${k}`),
    ]);
  }
  return [];
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** Issues one ticket per procedure (and one per priority category) at the given instant. */
function issueAll(config: SiteConfig, at: number) {
  const state = createDayState(config.site.id, SUNDAY);
  const ctx = testContext(at);
  const failures: string[] = [];
  for (const p of config.procedures) {
    const r = execute(config, state, { type: 'ticket:issue', procedureId: p.id }, ctx);
    if (!r.ok) failures.push(`${p.id}: ${r.error.code}`);
    ctx.advance(1000);
  }
  config.priorityCategories.forEach((c, i) => {
    const procedureId = config.procedures[(i * 7) % config.procedures.length].id;
    const r = execute(config, state, { type: 'ticket:issue', procedureId, priorityId: c.id }, ctx);
    if (!r.ok) failures.push(`${c.id}: ${r.error.code}`);
    ctx.advance(1000);
  });
  return { state, ctx, failures };
}

describe('demo seed', () => {
  const config = demoSiteConfig();

  it('is a valid site configuration', () => {
    const parsed = siteConfigSchema.safeParse(config);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(config.site.id).toBe('demo');
    expect(demoSiteConfig('other').site.id).toBe('other');
  });

  it('hands out independent copies', () => {
    const a = demoSiteConfig();
    a.procedures.pop();
    a.site.name.vi = 'x';
    const b = demoSiteConfig();
    expect(b.procedures.length).toBe(config.procedures.length);
    expect(b.site.name.vi).toBe(config.site.name.vi);
  });

  it('has a realistic catalogue: ≥ 8 fields, ≥ 40 procedures, translated field names', () => {
    expect(config.fields.length).toBeGreaterThanOrEqual(8);
    expect(config.procedures.length).toBeGreaterThanOrEqual(40);
    for (const f of config.fields) {
      expect(f.name.en, f.id).toBeTruthy();
      expect(f.name.km, f.id).toMatch(/[\u1780-\u17ff]/);
    }
    const withEnglish = config.procedures.filter((p) => p.name.en).length;
    expect(withEnglish / config.procedures.length).toBeGreaterThan(0.8);
    for (const p of config.procedures) {
      expect(p.processingTime, p.id).toBeDefined();
      expect(p.fee?.vi, p.id).toBeTruthy();
      expect(p.documents?.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.documents?.length, p.id).toBeLessThanOrEqual(4);
    }
    // Every field has procedures.
    for (const f of config.fields)
      expect(
        config.procedures.some((p) => p.fieldId === f.id),
        f.id,
      ).toBe(true);
  });

  it('links every procedure to an existing field and series', () => {
    const fieldIds = new Set(config.fields.map((f) => f.id));
    const seriesIds = new Set(config.series.map((s) => s.id));
    expect(config.procedures.filter((p) => !fieldIds.has(p.fieldId)).map((p) => p.id)).toEqual([]);
    expect(config.procedures.filter((p) => !seriesIds.has(p.seriesId)).map((p) => p.id)).toEqual([]);
  });

  it('has 6 counters that between them serve every series, with each ordering policy', () => {
    expect(config.counters.length).toBe(6);
    const served = new Set(config.counters.flatMap((c) => c.series.map((s) => s.seriesId)));
    expect(config.series.filter((s) => !served.has(s.id)).map((s) => s.id)).toEqual([]);
    const seriesIds = new Set(config.series.map((s) => s.id));
    for (const c of config.counters)
      for (const s of c.series) expect(seriesIds.has(s.seriesId), c.id).toBe(true);
    expect(new Set(config.counters.map((c) => c.zone))).toEqual(new Set(['A', 'B']));
    expect(config.counters.filter((c) => c.policy === 'strict').length).toBeGreaterThanOrEqual(1);
    expect(config.counters.find((c) => c.policy === 'interleave')?.interleaveRatio).toBe(3);
    expect(config.counters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('numbers tickets with letter series and one numeric block 1001–1999', () => {
    const letters = config.series.filter((s) => s.prefix !== '');
    expect(letters.map((s) => s.prefix)).toEqual(['A', 'B', 'C', 'D', 'E']);
    for (const s of letters) expect(s.padding).toBe(3);
    const numeric = config.series.filter((s) => s.prefix === '');
    expect(numeric.map((s) => [s.start, s.end])).toEqual([[1001, 1999]]);
    for (const s of config.series) {
      expect(s.onExhausted).toBe('refuse');
      expect(s.targetWaitMinutes).toBeGreaterThanOrEqual(15);
      expect(s.targetWaitMinutes).toBeLessThanOrEqual(30);
      expect(s.dailyCap === 0 || s.dailyCap >= 200, s.id).toBe(true);
    }
  });

  it('uses unique ids and codes', () => {
    const ids = [
      ...config.fields.map((f) => f.id),
      ...config.procedures.map((p) => p.id),
      ...config.series.map((s) => s.id),
      ...config.counters.map((c) => c.id),
      ...config.priorityCategories.map((c) => c.id),
    ];
    expect(duplicates(ids)).toEqual([]);
    expect(duplicates(config.procedures.map((p) => p.code))).toEqual([]);
    expect(duplicates(config.procedures.map((p) => p.code.slice(0, 8)))).toEqual([]);
    expect(duplicates(config.fields.map((f) => f.code))).toEqual([]);
    expect(duplicates(DEMO_RATING.reasons.map((r) => r.id))).toEqual([]);
    expect(duplicates(DEMO_STAFF.map((s) => s.username))).toEqual([]);
  });

  it('writes mã TTHC in the expected form, mostly with the province suffix', () => {
    const codes = config.procedures.map((p) => p.code);
    const matching = codes.filter((c) => CODE.test(c));
    expect(matching.length / codes.length).toBeGreaterThanOrEqual(0.9);
    expect(codes.filter((c) => FULL_CODE.test(c)).length / codes.length).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps every string NFC-normalised', () => {
    const all = [
      ...strings(config, 'config'),
      ...strings(DEMO_RATING, 'rating'),
      ...strings(DEMO_STAFF, 'staff'),
    ];
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter(([, s]) => s !== s.normalize('NFC')).map(([path]) => path)).toEqual([]);
  });

  it('defines the priority categories of NĐ 118/2025 and the Law on the Elderly', () => {
    const byId = new Map(config.priorityCategories.map((c) => [c.id, c]));
    expect([...byId.keys()].sort()).toEqual(['cao-tuoi', 'co-cong', 'khuyet-tat', 'mang-thai']);
    expect(byId.get('cao-tuoi')?.ageThreshold).toBe(60);
    for (const c of config.priorityCategories) {
      expect(c.requiresConfirmation, c.id).toBe(true);
      expect(c.legalBasis?.vi, c.id).toBeTruthy();
      expect(`${c.legalBasis?.vi}`, c.id).not.toMatch(/107\/2021|61\/2018/);
      expect(c.name.en, c.id).toBeTruthy();
      expect(c.name.km, c.id).toMatch(/[\u1780-\u17ff]/);
    }
  });

  it('is open around the clock with no holidays', () => {
    expect(config.site.holidays).toEqual([]);
    expect(config.site.timeZone).toBe(ZONE);
    expect(config.site.province.vi).toBe('Tỉnh Vĩnh Long');
    for (const lang of ['vi', 'en', 'km'] as const)
      expect(config.site.closedMessage?.[lang], lang).toBeTruthy();
    for (let d = 0; d < 7; d++) {
      const day = `2026-03-0${2 + d}`;
      for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
        expect(isOpen(config.site, instantOfLocal(day, minutes, ZONE)), `${day} ${minutes}`).toBe(true);
      }
    }
  });

  it('issues a ticket for every procedure at 03:00 on a Sunday, and every ticket gets called', () => {
    expect(weekdayOf(SUNDAY)).toBe(7);
    const { state, ctx, failures } = issueAll(config, instantOfLocal(SUNDAY, 3 * 60, ZONE));
    expect(failures).toEqual([]);
    const tickets = [...state.tickets.values()];
    expect(tickets.length).toBe(config.procedures.length + config.priorityCategories.length);
    expect(tickets.filter((t) => t.priorityToConfirm).length).toBe(config.priorityCategories.length);
    for (const t of tickets) expect(countersFor(config, t).length, t.displayNumber).toBeGreaterThan(0);
    expect(duplicates(tickets.map((t) => t.displayNumber))).toEqual([]);
    expect(
      tickets.filter((t) => t.seriesId === 's-khac').every((t) => /^1\d{3}$/.test(t.displayNumber)),
    ).toBe(true);

    // Drain the queue: each counter calls whom pickNext chooses, then finishes.
    const calledBy = new Map<string, string>();
    for (let round = 0; round < tickets.length + 1; round++) {
      let progress = false;
      for (const c of config.counters) {
        const next: Ticket | null = pickNext(config, state, c, state.counters.get(c.id), ctx.now);
        if (!next) continue;
        const call = execute(config, state, { type: 'counter:call-next', counterId: c.id }, ctx);
        expect(call.ok && call.ticketId).toBe(next.id);
        calledBy.set(next.id, c.id);
        ctx.advance(60_000);
        expect(execute(config, state, { type: 'counter:finish', counterId: c.id }, ctx).ok).toBe(true);
        progress = true;
      }
      if (!progress) break;
    }
    expect(tickets.filter((t) => !calledBy.has(t.id)).map((t) => t.displayNumber)).toEqual([]);
    expect(tickets.every((t) => t.status === 'done')).toBe(true);
  });

  it('issues tickets at any hour of any weekday', () => {
    for (let d = 0; d < 7; d++) {
      const day = `2026-03-0${2 + d}`;
      for (const hour of [0, 5, 12, 19, 23]) {
        const state = createDayState(config.site.id, day);
        const ctx = testContext(instantOfLocal(day, hour * 60 + 59, ZONE));
        const p = config.procedures[(d * 5 + hour) % config.procedures.length];
        const r = execute(config, state, { type: 'ticket:issue', procedureId: p.id }, ctx);
        expect(r.ok, `${day} ${hour}:59 ${p.id}`).toBe(true);
      }
    }
  });

  it('rates on a 3-level scale that fits the site settings', () => {
    expect(DEMO_RATING.scale).toBe(3);
    expect(DEMO_RATING.levels.map((l) => l.level)).toEqual([3, 2, 1]);
    expect(DEMO_RATING.levels.map((l) => l.label.vi)).toEqual(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    expect(DEMO_RATING.lowLevels).toEqual([1]);
    expect(DEMO_RATING.reasons.length).toBeGreaterThanOrEqual(5);
    for (const r of DEMO_RATING.reasons) expect(r.label.km, r.id).toMatch(/[\u1780-\u17ff]/);
    const settings = { ...defaultSiteSettings().rating, ...DEMO_RATING };
    const parsed = ratingSettingsSchema.safeParse(settings);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has three officers sitting at existing counters', () => {
    expect(DEMO_STAFF.length).toBe(3);
    const counterIds = new Set(config.counters.map((c) => c.id));
    for (const s of DEMO_STAFF) {
      expect(s.username).toMatch(/^canbo\d$/);
      expect(s.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(s.counterIds.length).toBeGreaterThan(0);
      for (const c of s.counterIds) expect(counterIds.has(c), `${s.username} ${c}`).toBe(true);
      expect(JSON.stringify(s)).not.toMatch(/password/i);
    }
  });
});
