// Imported on-time figures per site, kept in <dir>/<siteId>/dossiers.json (written durably).
// A re-import of the same procedure and month replaces the earlier figure; nothing is duplicated.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../store/durable-file.js';
import { DIR_MODE } from '../store/permissions.js';
import { CorruptDataError } from '../store/errors.js';
import type { DossierFigure } from './dossier-parse.js';

const recordSchema = z.strictObject({
  code: z.string().min(1).max(40),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  total: z.number().int().min(0),
  onTime: z.number().int().min(0),
  late: z.number().int().min(0),
  early: z.number().int().min(0).optional(),
  meanDays: z.number().min(0).optional(),
  deadlineDays: z.number().positive().optional(),
  importedAt: z.number(),
});
const fileSchema = z.strictObject({ version: z.literal(1), records: z.array(recordSchema) });

export type DossierRecord = z.infer<typeof recordSchema>;

export class DossierStore {
  private readonly memory = new Map<string, DossierRecord[]>();
  private chain: Promise<unknown> = Promise.resolve();

  /** dir null keeps the figures in memory only (stores without a data directory). */
  constructor(private readonly dir: string | null) {}

  private path(siteId: string): string | null {
    return this.dir ? join(this.dir, siteId, 'dossiers.json') : null;
  }

  async list(siteId: string): Promise<DossierRecord[]> {
    const cached = this.memory.get(siteId);
    if (cached) return cached;
    const path = this.path(siteId);
    if (!path) return [];
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const parsed = fileSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new CorruptDataError(path, 'not a dossier figures file');
    this.memory.set(siteId, parsed.data.records);
    return parsed.data.records;
  }

  /** Adds or replaces figures; resolves once they are on disk. Returns how many were replaced. */
  upsert(siteId: string, figures: readonly DossierFigure[], now: number): Promise<number> {
    const step = this.chain.then(async () => {
      const records = new Map((await this.list(siteId)).map((r) => [`${r.code}|${r.month}`, r]));
      let replaced = 0;
      for (const f of figures) {
        const key = `${f.code}|${f.month}`;
        if (records.has(key)) replaced += 1;
        records.set(key, {
          code: f.code,
          month: f.month,
          total: f.total,
          onTime: f.onTime,
          late: f.late,
          ...(f.early !== undefined ? { early: f.early } : {}),
          ...(f.meanDays !== undefined ? { meanDays: f.meanDays } : {}),
          ...(f.deadlineDays !== undefined ? { deadlineDays: f.deadlineDays } : {}),
          importedAt: now,
        });
      }
      const next = [...records.values()].sort(
        (a, b) => a.month.localeCompare(b.month) || a.code.localeCompare(b.code),
      );
      const path = this.path(siteId);
      if (path) {
        await mkdir(join(path, '..'), { recursive: true, mode: DIR_MODE });
        await writeFileDurably(path, `${JSON.stringify({ version: 1, records: next })}\n`);
      }
      this.memory.set(siteId, next);
      return replaced;
    });
    this.chain = step.catch(() => undefined);
    return step;
  }
}
