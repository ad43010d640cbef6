// A small JSON document kept with lowdb, written durably (temp file, fsync, rename, fsync dir)
// and validated on load. One Low instance per file, owned by one module: lowdb coalesces writes
// within a writer, and two writers on one file would lose data.
import { copyFile, readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { writeFileDurably } from './durable-file.js';
import { CorruptDataError, StoreWriteError } from './errors.js';

class DurableJsonAdapter<T> {
  constructor(
    private readonly path: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw new CorruptDataError(this.path, `not valid JSON (${(error as Error).message})`);
    }
    const result = this.schema.safeParse(parsed);
    if (!result.success) {
      const first = result.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
      throw new CorruptDataError(this.path, `unexpected content at ${first}`);
    }
    return result.data;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data, null, 1));
  }
}

export class JsonDocument<T> {
  private readonly low: Low<T>;
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    schema: z.ZodType<T>,
    defaults: T,
  ) {
    this.low = new Low<T>(new DurableJsonAdapter(path, schema), defaults);
  }

  /** Loads the file (or creates it with the defaults). Throws CorruptDataError on a bad file. */
  static async open<T>(path: string, schema: z.ZodType<T>, defaults: T): Promise<JsonDocument<T>> {
    const doc = new JsonDocument(path, schema, defaults);
    await doc.low.read();
    return doc;
  }

  get data(): T {
    return this.low.data;
  }

  /**
   * Applies a change and resolves once it is on disk. Changes are serialised in call order. A
   * change that throws is taken back whole. When
   * the disk refuses the write, the change is taken back in memory too (the file still holds the
   * content before it) and a StoreWriteError says which file and why.
   */
  update<R>(change: (data: T) => R): Promise<R> {
    const run = this.chain.then(async () => {
      const before = structuredClone(this.low.data);
      let result: R;
      try {
        result = change(this.low.data);
      } catch (error) {
        // A refused change (thrown half-way) leaves nothing of itself behind.
        this.low.data = before;
        throw error;
      }
      try {
        await this.low.write();
      } catch (error) {
        this.low.data = before;
        throw StoreWriteError.of(this.path, error);
      }
      return result;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Keeps a copy before a migration rewrites the file. */
  async backup(suffix: string): Promise<string> {
    const target = `${this.path}.${suffix}.bak`;
    await copyFile(this.path, target);
    return target;
  }
}
