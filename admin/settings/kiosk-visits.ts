// The kiosk's visit tiles as the console edits them (settings.kiosk.visits): pure functions from
// the saved setting to the editor's rows and back, so the form keeps no rules of its own.
import { type LocalizedText, VISIT_KINDS, type VisitKind } from '../../shared/domain/model.js';
import type { KioskVisits } from '../../shared/protocol/config-schemas.js';

export interface VisitRow {
  kind: VisitKind;
  on: boolean;
  procedureId: string;
  /** Empty Vietnamese text: the kiosk's own words. */
  label: LocalizedText;
}

/** One row per kind, in the tiles' order (kinds the centre did not order follow). */
export function visitRows(visits: KioskVisits | undefined): VisitRow[] {
  const v = visits ?? {};
  const order = [...new Set([...(v.order ?? []), ...VISIT_KINDS])];
  return order.map((kind) => ({
    kind,
    on: Boolean(v[kind]),
    procedureId: v[kind] ?? '',
    label: v.labels?.[kind] ?? { vi: '' },
  }));
}

/** The setting the rows stand for: shown kinds with their procedure, the order, non-empty words. */
export function visitsOf(rows: readonly VisitRow[]): KioskVisits {
  const visits: KioskVisits = { order: rows.map((r) => r.kind) };
  const labels: NonNullable<KioskVisits['labels']> = {};
  for (const r of rows) {
    if (r.on && r.procedureId) visits[r.kind] = r.procedureId;
    const vi = r.label.vi.trim();
    if (vi) {
      const label: LocalizedText = { vi };
      if (r.label.en?.trim()) label.en = r.label.en.trim();
      if (r.label.km?.trim()) label.km = r.label.km.trim();
      labels[r.kind] = label;
    }
  }
  if (Object.keys(labels).length > 0) visits.labels = labels;
  return visits;
}

/** The rows with one moved up (-1) or down (+1); unchanged at either end. */
export function moveRow(rows: readonly VisitRow[], index: number, by: -1 | 1): VisitRow[] {
  const to = index + by;
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** Kinds shown without a procedure (the form refuses to save them). */
export function rowsMissingProcedure(rows: readonly VisitRow[]): VisitKind[] {
  return rows.filter((r) => r.on && !r.procedureId).map((r) => r.kind);
}
