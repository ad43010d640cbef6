// Cross-references a site's configuration must keep, beyond what each schema checks alone:
// unique ids and codes, procedures in a known field and series, counters serving known series,
// one number per open counter. Returns the problems as {path, message}; empty means consistent.
import type { SiteConfig } from '../../shared/domain/model.js';

export interface ConfigIssue {
  path: string;
  message: string;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string | null): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    if (k === null) return;
    seen.set(k, [...(seen.get(k) ?? []), i]);
  });
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

function reportDuplicates<T>(
  issues: ConfigIssue[],
  collection: string,
  items: readonly T[],
  key: (item: T) => string | null,
  what: string,
): void {
  for (const [value, at] of duplicates(items, key)) {
    issues.push({ path: `${collection}.${at[1]}`, message: `${what} "${value}" bị trùng.` });
  }
}

export function configIssues(config: SiteConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  reportDuplicates(issues, 'fields', config.fields, (f) => f.id, 'Mã nội bộ lĩnh vực');
  reportDuplicates(issues, 'fields', config.fields, (f) => f.code.trim().toUpperCase(), 'Mã lĩnh vực');
  reportDuplicates(issues, 'procedures', config.procedures, (p) => p.id, 'Mã nội bộ thủ tục');
  reportDuplicates(issues, 'procedures', config.procedures, (p) => p.code.trim() || null, 'Mã TTHC');
  reportDuplicates(issues, 'series', config.series, (s) => s.id, 'Mã dãy số');
  reportDuplicates(issues, 'series', config.series, (s) => s.prefix || null, 'Chữ đầu dãy số');
  reportDuplicates(issues, 'counters', config.counters, (c) => c.id, 'Mã quầy');
  reportDuplicates(
    issues,
    'counters',
    config.counters,
    (c) => (c.retired ? null : String(c.number)),
    'Số quầy',
  );
  reportDuplicates(issues, 'priorityCategories', config.priorityCategories, (c) => c.id, 'Mã đối tượng');

  const fieldIds = new Set(config.fields.map((f) => f.id));
  const seriesIds = new Set(config.series.map((s) => s.id));
  config.procedures.forEach((p, i) => {
    if (!fieldIds.has(p.fieldId)) {
      issues.push({ path: `procedures.${i}.fieldId`, message: `Không có lĩnh vực "${p.fieldId}".` });
    }
    if (!seriesIds.has(p.seriesId)) {
      issues.push({ path: `procedures.${i}.seriesId`, message: `Không có dãy số "${p.seriesId}".` });
    }
  });
  config.counters.forEach((c, i) => {
    c.series.forEach((s, j) => {
      if (!seriesIds.has(s.seriesId)) {
        issues.push({ path: `counters.${i}.series.${j}`, message: `Không có dãy số "${s.seriesId}".` });
      }
    });
    reportDuplicates(issues, `counters.${i}.series`, c.series, (s) => s.seriesId, 'Dãy số');
  });
  return issues;
}
