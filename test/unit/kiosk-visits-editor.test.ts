// The console's visit-tile editor: the saved setting to rows and back (order, on/off, words),
// moving rows, refusing a shown tile without a procedure, and its words complete in en and km.
import { describe, expect, it } from 'vitest';
import { moveRow, rowsMissingProcedure, visitRows, visitsOf } from '../../admin/settings/kiosk-visits.js';
import { visitsMessages } from '../../admin/settings/kiosk-visits-i18n.js';
import { kioskVisitsSchema } from '../../shared/protocol/config-schemas.js';

describe('visit tiles in the console', () => {
  it('reads the demo setting in the default order, every tile on with the kiosk’s own words', () => {
    const rows = visitRows({ result: 'p-1', supplement: 'p-2', inquiry: 'p-3' });
    expect(rows.map((r) => [r.kind, r.on, r.procedureId, r.label.vi])).toEqual([
      ['result', true, 'p-1', ''],
      ['supplement', true, 'p-2', ''],
      ['inquiry', true, 'p-3', ''],
    ]);
    expect(visitRows(undefined).every((r) => !r.on)).toBe(true);
  });

  it('writes back order, shown tiles and non-empty words only, valid for the schema', () => {
    let rows = visitRows({ result: 'p-1', supplement: 'p-2', inquiry: 'p-3', order: ['supplement'] });
    expect(rows.map((r) => r.kind)).toEqual(['supplement', 'result', 'inquiry']);
    rows = moveRow(rows, 2, -1);
    rows = moveRow(rows, 1, -1);
    expect(rows.map((r) => r.kind)).toEqual(['inquiry', 'supplement', 'result']);
    expect(moveRow(rows, 0, -1)).toEqual(rows);
    expect(moveRow(rows, 2, 1)).toEqual(rows);
    rows = rows.map((r) =>
      r.kind === 'supplement'
        ? { ...r, on: false }
        : r.kind === 'inquiry'
          ? { ...r, label: { vi: ' Hỏi đáp ', en: 'Questions', km: '' } }
          : r,
    );
    const visits = visitsOf(rows);
    expect(visits).toEqual({
      order: ['inquiry', 'supplement', 'result'],
      result: 'p-1',
      inquiry: 'p-3',
      labels: { inquiry: { vi: 'Hỏi đáp', en: 'Questions' } },
    });
    expect(kioskVisitsSchema.safeParse(visits).success).toBe(true);
    expect(visitRows(visits).map((r) => [r.kind, r.on])).toEqual([
      ['inquiry', true],
      ['supplement', false],
      ['result', true],
    ]);
  });

  it('names a shown tile without a procedure', () => {
    const rows = visitRows({ result: 'p-1' }).map((r) => (r.kind === 'inquiry' ? { ...r, on: true } : r));
    expect(rowsMissingProcedure(rows)).toEqual(['inquiry']);
  });

  it('the schema refuses a kind listed twice and an unknown kind', () => {
    expect(kioskVisitsSchema.safeParse({ order: ['result', 'result'] }).success).toBe(false);
    expect(kioskVisitsSchema.safeParse({ order: ['coffee'] }).success).toBe(false);
    expect(kioskVisitsSchema.safeParse({ labels: { coffee: { vi: 'x' } } }).success).toBe(false);
    expect(kioskVisitsSchema.safeParse({ labels: { result: { vi: '' } } }).success).toBe(false);
  });

  it('has every word in English and Khmer', () => {
    const khmer = /[\u1780-\u17FF]/u;
    for (const [key, vi] of Object.entries(visitsMessages.vi)) {
      const k = key as keyof typeof visitsMessages.vi;
      expect(visitsMessages.en[k], key).toBeTruthy();
      expect(visitsMessages.km[k], key).toMatch(khmer);
      const ph = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).join();
      expect(ph(visitsMessages.en[k]), key).toBe(ph(vi));
      expect(ph(visitsMessages.km[k] ?? ''), key).toBe(ph(vi));
    }
  });
});
