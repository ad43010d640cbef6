// The catalogue as a flat table, one procedure per row, keyed by mã TTHC. Vietnamese headers;
// reading also accepts the headers without diacritics and a few English names.
import type { LocalizedText, ProcessingTime, Procedure, SiteConfig } from '../../shared/domain/model.js';

export const CATALOGUE_COLUMNS = [
  { key: 'code', header: 'Mã TTHC', aliases: ['ma thu tuc', 'code', 'procedure code'], width: 26 },
  { key: 'name', header: 'Tên thủ tục', aliases: ['ten', 'name'], width: 50 },
  { key: 'nameEn', header: 'Tên thủ tục (tiếng Anh)', aliases: ['name en'], width: 40 },
  { key: 'nameKm', header: 'Tên thủ tục (tiếng Khmer)', aliases: ['name km'], width: 30 },
  { key: 'fieldCode', header: 'Mã lĩnh vực', aliases: ['field code'], width: 12 },
  { key: 'fieldName', header: 'Lĩnh vực', aliases: ['field'], width: 24 },
  { key: 'fieldNameEn', header: 'Lĩnh vực (tiếng Anh)', aliases: ['field en'], width: 24 },
  { key: 'fieldNameKm', header: 'Lĩnh vực (tiếng Khmer)', aliases: ['field km'], width: 24 },
  { key: 'series', header: 'Dãy số', aliases: ['series'], width: 10 },
  { key: 'timeValue', header: 'Thời hạn giải quyết', aliases: ['processing time'], width: 12 },
  { key: 'timeUnit', header: 'Đơn vị thời hạn', aliases: ['unit'], width: 16 },
  { key: 'fee', header: 'Phí, lệ phí', aliases: ['phi le phi', 'le phi', 'fee'], width: 30 },
  { key: 'feeEn', header: 'Phí, lệ phí (tiếng Anh)', aliases: ['fee en'], width: 30 },
  { key: 'feeKm', header: 'Phí, lệ phí (tiếng Khmer)', aliases: ['fee km'], width: 20 },
  { key: 'documents', header: 'Thành phần hồ sơ', aliases: ['ho so', 'documents'], width: 60 },
  { key: 'documentsEn', header: 'Thành phần hồ sơ (tiếng Anh)', aliases: ['documents en'], width: 40 },
  { key: 'documentsKm', header: 'Thành phần hồ sơ (tiếng Khmer)', aliases: ['documents km'], width: 30 },
  {
    key: 'keywords',
    header: 'Từ khoá tìm kiếm',
    aliases: ['tu khoa', 'keywords', 'synonyms', 'tu dong nghia'],
    width: 40,
  },
  { key: 'retired', header: 'Ngừng tiếp nhận', aliases: ['retired'], width: 10 },
  { key: 'id', header: 'Mã nội bộ', aliases: ['id'], width: 24 },
] as const;

export type ColumnKey = (typeof CATALOGUE_COLUMNS)[number]['key'];
/** A row read from a file: a missing key means the file has no such column (keep the value). */
export type CatalogueRow = Partial<Record<ColumnKey, string>>;

export const TIME_UNITS: Record<ProcessingTime['unit'], string> = {
  working_days: 'ngày làm việc',
  days: 'ngày',
  hours: 'giờ',
  same_day: 'trong ngày',
};

/** Keywords in one cell ("công chứng, sao y"); reading also splits on ";" and line breaks. */
export const KEYWORD_SEPARATOR = ', ';

/** Lower case, no diacritics, single spaces: how headers and labels are compared. */
export function plain(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const lines = (items: readonly LocalizedText[] | undefined, pick: (t: LocalizedText) => string | undefined) =>
  (items ?? []).map((t) => (pick(t) ?? '').replace(/\s*\n\s*/g, ' ')).join('\n');

function rowOf(config: SiteConfig, p: Procedure): Record<ColumnKey, string> {
  const field = config.fields.find((f) => f.id === p.fieldId);
  const docs = p.documents ?? [];
  const anyDocs = (pick: (t: LocalizedText) => string | undefined) =>
    docs.some((d) => pick(d)) ? lines(docs, pick) : '';
  return {
    code: p.code,
    name: p.name.vi,
    nameEn: p.name.en ?? '',
    nameKm: p.name.km ?? '',
    fieldCode: field?.code ?? '',
    fieldName: field?.name.vi ?? '',
    fieldNameEn: field?.name.en ?? '',
    fieldNameKm: field?.name.km ?? '',
    series: p.seriesId,
    timeValue: p.processingTime ? String(p.processingTime.value) : '',
    timeUnit: p.processingTime ? TIME_UNITS[p.processingTime.unit] : '',
    fee: p.fee?.vi ?? '',
    feeEn: p.fee?.en ?? '',
    feeKm: p.fee?.km ?? '',
    documents: lines(docs, (d) => d.vi),
    documentsEn: anyDocs((d) => d.en),
    documentsKm: anyDocs((d) => d.km),
    keywords: (p.keywords ?? []).join(KEYWORD_SEPARATOR),
    retired: p.retired ? 'x' : '',
    id: p.id,
  };
}

/** Header row + one row per procedure, field by field in catalogue order. */
export function catalogueTable(config: SiteConfig): string[][] {
  const order = new Map(config.fields.map((f, i) => [f.id, i]));
  const procedures = [...config.procedures].sort(
    (a, b) => (order.get(a.fieldId) ?? 1e9) - (order.get(b.fieldId) ?? 1e9),
  );
  return [
    CATALOGUE_COLUMNS.map((c) => c.header),
    ...procedures.map((p) => {
      const row = rowOf(config, p);
      return CATALOGUE_COLUMNS.map((c) => row[c.key]);
    }),
  ];
}

export const CATALOGUE_WIDTHS = CATALOGUE_COLUMNS.map((c) => c.width);

export interface TableRows {
  rows: { line: number; row: CatalogueRow }[];
  unknownHeaders: string[];
}

/** Maps a table with a header row to rows keyed by column; unknown columns are reported. */
export function rowsOfTable(table: readonly (readonly string[])[]): TableRows {
  const [header = [], ...body] = table;
  const byName = new Map<string, ColumnKey>();
  for (const c of CATALOGUE_COLUMNS) {
    byName.set(plain(c.header), c.key);
    for (const a of c.aliases) byName.set(plain(a), c.key);
  }
  const keys = header.map((h) => byName.get(plain(h)) ?? null);
  const unknownHeaders = header.filter((h, i) => keys[i] === null && h.trim() !== '');
  const rows = body.flatMap((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return [];
    const row: CatalogueRow = {};
    keys.forEach((key, j) => {
      if (key && row[key] === undefined) row[key] = (cells[j] ?? '').normalize('NFC');
    });
    return [{ line: i + 2, row }];
  });
  return { rows, unknownHeaders };
}
