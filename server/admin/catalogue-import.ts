// Merging an imported catalogue table into a site's configuration (pure). Procedures are keyed by
// mã TTHC, then by the internal id, then by field + name, so a re-import updates and never
// duplicates. Odd codes, unknown series and new fields are warnings, never refusals; a row
// without a name is skipped with a warning. Procedures missing from the file are left as they are.
import type {
  Field,
  LocalizedText,
  ProcessingTime,
  Procedure,
  SiteConfig,
} from '../../shared/domain/model.js';
import { idSchema, procedureCodeWarning } from '../../shared/protocol/config-schemas.js';
import { type CatalogueRow, plain, TIME_UNITS } from './catalogue-table.js';

export interface ImportWarning {
  line: number;
  message: string;
}

export interface ImportSummary {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  fieldsCreated: number;
  fieldsUpdated: number;
  warnings: ImportWarning[];
}

const clean = (v: string | undefined) => (v ?? '').normalize('NFC').trim();

function localizedOf(vi: string, en: string | undefined, km: string | undefined, old?: LocalizedText) {
  const out: LocalizedText = { vi };
  const e = en === undefined ? old?.en : clean(en);
  const k = km === undefined ? old?.km : clean(km);
  if (e) out.en = e;
  if (k) out.km = k;
  return out;
}

function sameText(a: LocalizedText, b: LocalizedText): boolean {
  return a.vi === b.vi && (a.en ?? '') === (b.en ?? '') && (a.km ?? '') === (b.km ?? '');
}

function canonical(p: Procedure): string {
  const lt = (t: LocalizedText | undefined) => (t ? [t.vi, t.en ?? '', t.km ?? ''] : null);
  return JSON.stringify([
    p.code,
    lt(p.name),
    p.fieldId,
    p.seriesId,
    p.processingTime ? [p.processingTime.value, p.processingTime.unit] : null,
    lt(p.fee),
    (p.documents ?? []).map(lt),
    p.keywords ?? [],
    p.retired === true,
  ]);
}

const UNIT_OF = new Map<string, ProcessingTime['unit']>();
for (const [unit, label] of Object.entries(TIME_UNITS) as [ProcessingTime['unit'], string][]) {
  UNIT_OF.set(plain(label), unit);
  UNIT_OF.set(plain(unit), unit);
}
UNIT_OF.set('ngay lam viec', 'working_days');
UNIT_OF.set('trong ngay lam viec', 'same_day');

/** The procedure schema's limits on keywords (shared/protocol/config-schemas.ts). */
const MAX_KEYWORDS = 30;
const MAX_KEYWORD_LENGTH = 60;

const YES = new Set(['x', 'co', 'yes', 'true', '1', 'ngung']);

function slug(value: string): string {
  return plain(value).replace(/ /g, '-').slice(0, 40) || 'x';
}

function freeId(prefix: string, base: string, taken: Set<string>): string {
  let id = `${prefix}-${slug(base)}`;
  for (let n = 2; taken.has(id); n++) id = `${prefix}-${slug(base)}-${n}`;
  taken.add(id);
  return id;
}

export class CatalogueImport {
  readonly config: SiteConfig;
  readonly summary: ImportSummary = {
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    fieldsCreated: 0,
    fieldsUpdated: 0,
    warnings: [],
  };
  private readonly procedureIds: Set<string>;
  private readonly fieldIds: Set<string>;
  private readonly seenCodes = new Set<string>();
  private readonly touchedFields = new Set<string>();

  constructor(config: SiteConfig) {
    this.config = structuredClone(config);
    this.procedureIds = new Set(this.config.procedures.map((p) => p.id));
    this.fieldIds = new Set(this.config.fields.map((f) => f.id));
  }

  private skip(line: number, message: string): void {
    this.summary.skipped += 1;
    this.warn(line, message);
  }

  private warn(line: number, message: string): void {
    this.summary.warnings.push({ line, message });
  }

  apply(rows: readonly { line: number; row: CatalogueRow }[]): this {
    for (const { line, row } of rows) {
      this.summary.rows += 1;
      this.applyRow(line, row);
    }
    return this;
  }

  private applyRow(line: number, row: CatalogueRow): void {
    const code = clean(row.code);
    const name = clean(row.name);
    if (code && this.seenCodes.has(code)) {
      this.skip(line, `Mã TTHC "${code}" xuất hiện nhiều lần: bỏ qua dòng này.`);
      return;
    }
    const field = this.fieldFor(line, row);
    const existing = this.find(code, clean(row.id), name, field?.id);
    if (!name && !existing) {
      this.skip(line, 'Thiếu tên thủ tục: bỏ qua dòng này.');
      return;
    }
    if (!field && !existing) {
      this.skip(line, 'Thiếu lĩnh vực (mã hoặc tên): bỏ qua dòng này.');
      return;
    }
    if (code) this.seenCodes.add(code);
    const odd = code ? procedureCodeWarning(code) : 'Chưa có mã TTHC.';
    if (odd) this.warn(line, odd);
    const fieldId = field?.id ?? existing?.fieldId ?? '';
    const next: Procedure = {
      id: existing?.id ?? this.newProcedureId(clean(row.id), code || name),
      code: row.code === undefined && existing ? existing.code : code,
      name: localizedOf(name || (existing?.name.vi ?? ''), row.nameEn, row.nameKm, existing?.name),
      fieldId,
      seriesId: this.seriesFor(line, row.series, existing, fieldId),
    };
    const time = this.processingTime(line, row, existing);
    if (time) next.processingTime = time;
    const fee = this.fee(row, existing);
    if (fee) next.fee = fee;
    const documents = this.documents(row, existing);
    if (documents.length > 0) next.documents = documents;
    const keywords = this.keywords(line, row, existing);
    if (keywords.length > 0) next.keywords = keywords;
    const retired = row.retired === undefined ? existing?.retired === true : YES.has(plain(row.retired));
    if (retired) next.retired = true;

    if (!existing) {
      this.config.procedures.push(next);
      this.summary.created += 1;
    } else if (canonical(existing) === canonical(next)) {
      this.summary.unchanged += 1;
    } else {
      this.config.procedures[this.config.procedures.indexOf(existing)] = next;
      this.summary.updated += 1;
    }
  }

  private find(code: string, id: string, name: string, fieldId: string | undefined): Procedure | undefined {
    const { procedures } = this.config;
    if (code) {
      const byCode = procedures.find((p) => p.code.trim() === code);
      if (byCode) return byCode;
    }
    if (id) {
      const byId = procedures.find((p) => p.id === id);
      if (byId && (!code || !byId.code.trim() || !this.seenCodes.has(byId.code.trim()))) return byId;
    }
    if (!code && name && fieldId) {
      const key = plain(name);
      return procedures.find((p) => p.fieldId === fieldId && plain(p.name.vi) === key);
    }
    return undefined;
  }

  private newProcedureId(requested: string, base: string): string {
    if (requested && idSchema.safeParse(requested).success && !this.procedureIds.has(requested)) {
      this.procedureIds.add(requested);
      return requested;
    }
    return freeId('p', base, this.procedureIds);
  }

  private fieldFor(line: number, row: CatalogueRow): Field | undefined {
    const code = clean(row.fieldCode);
    const name = clean(row.fieldName);
    const { fields } = this.config;
    let field = code
      ? fields.find((f) => f.code.trim().toUpperCase() === code.toUpperCase())
      : name
        ? fields.find((f) => plain(f.name.vi) === plain(name))
        : undefined;
    if (!field && !code && !name) return undefined;
    if (!field) {
      field = {
        id: freeId('f', code || name, this.fieldIds),
        code: code || slug(name).toUpperCase().slice(0, 20),
        name: localizedOf(name || code, row.fieldNameEn, row.fieldNameKm),
      };
      fields.push(field);
      this.touchedFields.add(field.id);
      this.summary.fieldsCreated += 1;
      this.warn(line, `Lĩnh vực mới "${field.name.vi}" (mã ${field.code}) được tạo.`);
      return field;
    }
    if (!this.touchedFields.has(field.id)) {
      this.touchedFields.add(field.id);
      const renamed = localizedOf(name || field.name.vi, row.fieldNameEn, row.fieldNameKm, field.name);
      if (!sameText(renamed, field.name)) {
        field = { ...field, name: renamed };
        fields[fields.findIndex((f) => f.id === field?.id)] = field;
        this.summary.fieldsUpdated += 1;
      }
    }
    return field;
  }

  private seriesFor(
    line: number,
    cell: string | undefined,
    existing: Procedure | undefined,
    fieldId: string,
  ) {
    const value = clean(cell);
    const { series, procedures } = this.config;
    if (value) {
      const key = value.toUpperCase();
      const found =
        series.find((s) => s.id === value) ??
        series.find((s) => s.prefix !== '' && s.prefix === key) ??
        series.find((s) => plain(s.name.vi) === plain(value));
      if (found) return found.id;
    }
    const fallback =
      existing?.seriesId ?? procedures.find((p) => p.fieldId === fieldId)?.seriesId ?? series[0]?.id ?? '';
    if (value) this.warn(line, `Không có dãy số "${value}": dùng dãy "${fallback}".`);
    return fallback;
  }

  private processingTime(line: number, row: CatalogueRow, existing: Procedure | undefined) {
    if (row.timeValue === undefined && row.timeUnit === undefined) return existing?.processingTime;
    const rawValue = clean(row.timeValue).replace(',', '.');
    const rawUnit = clean(row.timeUnit);
    if (!rawValue && !rawUnit) return undefined;
    const unit = rawUnit ? UNIT_OF.get(plain(rawUnit)) : rawValue === '0' ? 'same_day' : 'working_days';
    const value = rawValue ? Number(rawValue) : 0;
    if (!unit || !Number.isFinite(value) || value < 0 || value > 1000) {
      this.warn(line, `Thời hạn "${rawValue} ${rawUnit}" không đọc được: giữ nguyên.`);
      return existing?.processingTime;
    }
    return { value, unit };
  }

  private fee(row: CatalogueRow, existing: Procedure | undefined): LocalizedText | undefined {
    if (row.fee === undefined) return existing?.fee;
    const vi = clean(row.fee);
    return vi ? localizedOf(vi, row.feeEn, row.feeKm, existing?.fee) : undefined;
  }

  /** The words citizens type for it: split on commas, semicolons and line breaks, trimmed, each
   *  once; a keyword longer than the catalogue allows, or past the 30th, is left out with a warning. */
  private keywords(line: number, row: CatalogueRow, existing: Procedure | undefined): string[] {
    if (row.keywords === undefined) return existing?.keywords ?? [];
    const words: string[] = [];
    for (const part of row.keywords.split(/[,;\r\n]+/)) {
      const word = clean(part);
      if (!word || words.includes(word)) continue;
      if (word.length > MAX_KEYWORD_LENGTH || words.length >= MAX_KEYWORDS) {
        this.warn(
          line,
          `Từ khoá "${word.slice(0, 20)}…" bị bỏ qua (tối đa ${MAX_KEYWORDS} từ khoá, mỗi từ khoá ${MAX_KEYWORD_LENGTH} ký tự).`,
        );
        continue;
      }
      words.push(word);
    }
    return words;
  }

  private documents(row: CatalogueRow, existing: Procedure | undefined): LocalizedText[] {
    if (row.documents === undefined) return existing?.documents ?? [];
    const split = (v: string | undefined) => (v === undefined ? undefined : v.split(/\r?\n/));
    const vi = split(row.documents) ?? [];
    const en = split(row.documentsEn);
    const km = split(row.documentsKm);
    const old = existing?.documents ?? [];
    return vi.flatMap((line, i) => {
      const text = clean(line);
      if (!text) return [];
      return [localizedOf(text, en ? (en[i] ?? '') : undefined, km ? (km[i] ?? '') : undefined, old[i])];
    });
  }
}
