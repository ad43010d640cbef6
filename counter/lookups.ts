// Names behind the ids a ticket carries: procedure, field, priority category, series (with its
// target wait). Built from the public catalogue and the officer series list.
import type { Locale } from '../shared/domain/model.js';
import { localized } from '../shared/i18n/messages.js';
import type { Catalogue, CatalogueProcedure, SeriesInfo } from '../shared/protocol/views.js';

export interface ProcedureGroup {
  fieldId: string;
  fieldName: string;
  procedures: { id: string; code: string; name: string }[];
}

export class Lookups {
  private readonly procedures = new Map<string, CatalogueProcedure>();
  private readonly fields = new Map<string, Catalogue['fields'][number]>();
  private readonly priorities = new Map<string, Catalogue['priorityCategories'][number]>();
  private readonly seriesById = new Map<string, SeriesInfo>();

  constructor(
    readonly catalogue: Catalogue | null,
    readonly series: SeriesInfo[],
  ) {
    for (const f of catalogue?.fields ?? []) {
      this.fields.set(f.id, f);
      for (const p of f.procedures) this.procedures.set(p.id, p);
    }
    for (const c of catalogue?.priorityCategories ?? []) this.priorities.set(c.id, c);
    for (const s of series) this.seriesById.set(s.id, s);
  }

  procedureName(id: string, locale: Locale): string {
    return localized(this.procedures.get(id)?.name, locale) || id;
  }

  fieldName(id: string, locale: Locale): string {
    return localized(this.fields.get(id)?.name, locale) || id;
  }

  priorityName(id: string, locale: Locale): string {
    return localized(this.priorities.get(id)?.name, locale) || id;
  }

  seriesOf(id: string): SeriesInfo | undefined {
    return this.seriesById.get(id);
  }

  seriesName(id: string, locale: Locale): string {
    return localized(this.seriesById.get(id)?.name, locale) || id;
  }

  /** Every procedure by field, the counter's own series first: for "procedure actually handled". */
  procedureGroups(locale: Locale, preferredSeries: readonly string[]): ProcedureGroup[] {
    const fields = this.catalogue?.fields ?? [];
    const rank = (f: Catalogue['fields'][number]) =>
      f.procedures.some((p) => preferredSeries.includes(p.seriesId)) ? 0 : 1;
    return [...fields]
      .sort((a, b) => rank(a) - rank(b))
      .map((f) => ({
        fieldId: f.id,
        fieldName: localized(f.name, locale),
        procedures: f.procedures.map((p) => ({ id: p.id, code: p.code, name: localized(p.name, locale) })),
      }));
  }
}
