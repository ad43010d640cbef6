// A centre's own voice packs, in the data directory:
//   voice/clips/<sha256 16 hex>.<wav|ogg>   the recordings, named by content (immutable, shared)
//   voice/packs/<siteId>/<locale>.json       which recording says which clip id
// The manifest a display loads merges the centre's clips over the built-in pack: a clip the
// centre has not recorded yet is spoken by the built-in voice (or, with no built-in pack for the
// language, is missing, and the display falls back to speech synthesis when enabled).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  type ClipEntry,
  type ClipPackManifest,
  parseClipPackManifest,
} from '../../shared/voice/clip-pack.js';
import { type VoiceLocale, vocabulary } from '../../shared/voice/vocabulary.js';
import { loadJsZip } from '../heavy-modules.js';
import { writeFileDurably } from '../store/durable-file.js';
import type { CheckedClip } from './pack-rules.js';

/** Public name of a stored clip: "c-" + content hash + extension. */
export const STORED_CLIP = /^c-([0-9a-f]{16})\.(wav|ogg)$/;

const packSchema = z.strictObject({
  locale: z.string(),
  version: z.string(),
  updatedAt: z.number(),
  clips: z.record(
    z.string(),
    z.strictObject({
      file: z.string().regex(STORED_CLIP),
      durationMs: z.number().positive(),
      kind: z.enum(['chime', 'number', 'letter', 'phrase']),
      text: z.string(),
    }),
  ),
});
export type StoredPack = z.infer<typeof packSchema>;

export interface ClipStatus {
  id: string;
  kind: string;
  text: string;
  /** The centre's recording, if any. */
  own: { file: string; durationMs: number } | null;
  /** The built-in pack has this clip. */
  builtIn: boolean;
}

export interface PackStatus {
  locale: VoiceLocale;
  version: string | null;
  updatedAt: number | null;
  recorded: number;
  total: number;
  /** Clip ids the centre has not recorded (spoken by the built-in voice where it has them). */
  missing: string[];
  clips: ClipStatus[];
}

export class VoicePackStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    readonly dir: string,
    /** Folders holding the built-in packs (<dir>/<locale>/manifest.json). */
    private readonly builtInDirs: readonly string[],
  ) {}

  private packPath(siteId: string, locale: string): string {
    return join(this.dir, 'packs', siteId, `${locale}.json`);
  }

  clipPath(file: string): string | null {
    const match = STORED_CLIP.exec(file);
    return match ? join(this.dir, 'clips', `${match[1]}.${match[2]}`) : null;
  }

  /** One change at a time per site and language. */
  private serial<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(key) ?? Promise.resolve()).then(task, task);
    this.queues.set(
      key,
      run.catch(() => undefined),
    );
    return run;
  }

  async read(siteId: string, locale: string): Promise<StoredPack | null> {
    const path = this.packPath(siteId, locale);
    if (!existsSync(path)) return null;
    return packSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  }

  async builtIn(locale: string): Promise<ClipPackManifest | null> {
    for (const dir of this.builtInDirs) {
      const path = join(dir, locale, 'manifest.json');
      if (existsSync(path)) return parseClipPackManifest(JSON.parse(await readFile(path, 'utf8')));
    }
    return null;
  }

  /** Locales the site has its own pack for. */
  async locales(siteId: string): Promise<string[]> {
    const found: string[] = [];
    for (const locale of ['vi', 'en', 'km']) if (await this.read(siteId, locale)) found.push(locale);
    return found;
  }

  private async storeClip(clip: CheckedClip): Promise<string> {
    const hash = createHash('sha256').update(clip.bytes).digest('hex').slice(0, 16);
    const file = `c-${hash}.${clip.info.format}`;
    const path = this.clipPath(file) as string;
    if (!existsSync(path)) {
      await mkdir(join(this.dir, 'clips'), { recursive: true });
      await writeFileDurably(path, clip.bytes);
    }
    return file;
  }

  private async write(siteId: string, locale: string, clips: StoredPack['clips'], now: number) {
    const pack: StoredPack = { locale, version: String(now), updatedAt: now, clips };
    await mkdir(join(this.dir, 'packs', siteId), { recursive: true });
    await writeFileDurably(this.packPath(siteId, locale), `${JSON.stringify(pack, null, 2)}\n`);
    return pack;
  }

  private async entries(clips: readonly CheckedClip[]): Promise<StoredPack['clips']> {
    const result: StoredPack['clips'] = {};
    for (const clip of clips) {
      result[clip.id] = {
        file: await this.storeClip(clip),
        durationMs: Math.round(clip.info.durationMs * 10) / 10,
        kind: clip.kind,
        text: clip.text,
      };
    }
    return result;
  }

  /** Replaces the site's pack of a language with these clips (an upload of a whole pack). */
  replace(siteId: string, locale: VoiceLocale, clips: readonly CheckedClip[], now: number) {
    return this.serial(`${siteId}/${locale}`, async () =>
      this.write(siteId, locale, await this.entries(clips), now),
    );
  }

  /** Sets some clips, keeping the others (a recording session saves clip by clip). */
  merge(siteId: string, locale: VoiceLocale, clips: readonly CheckedClip[], now: number) {
    return this.serial(`${siteId}/${locale}`, async () => {
      const current = (await this.read(siteId, locale))?.clips ?? {};
      return this.write(siteId, locale, { ...current, ...(await this.entries(clips)) }, now);
    });
  }

  /** Drops one clip from the site's pack (the built-in voice says it again). */
  removeClip(siteId: string, locale: VoiceLocale, id: string, now: number) {
    return this.serial(`${siteId}/${locale}`, async () => {
      const current = await this.read(siteId, locale);
      if (!current || !Object.hasOwn(current.clips, id)) return current;
      const { [id]: _dropped, ...rest } = current.clips;
      return this.write(siteId, locale, rest, now);
    });
  }

  /** Back to the built-in voice for the language. */
  remove(siteId: string, locale: VoiceLocale) {
    return this.serial(`${siteId}/${locale}`, () => rm(this.packPath(siteId, locale), { force: true }));
  }

  /** The manifest a display of the site loads: own clips over the built-in ones. */
  async mergedManifest(
    siteId: string,
    locale: string,
  ): Promise<(ClipPackManifest & { source: string }) | null> {
    const own = await this.read(siteId, locale);
    if (!own) return null;
    const builtIn = await this.builtIn(locale);
    const clips: Record<string, ClipEntry> = {};
    if (builtIn) {
      // A built-in file is served from the same /clips/<locale>/ folder.
      for (const [id, entry] of Object.entries(builtIn.clips)) clips[id] = entry;
    }
    for (const [id, entry] of Object.entries(own.clips)) clips[id] = entry;
    return {
      locale,
      version: `${builtIn?.version ?? '0'}+${own.version}`,
      source: `centre recordings (${Object.keys(own.clips).length} clips)${builtIn ? ' over the built-in voice' : ''}`,
      clips,
    };
  }

  /** What the recording kit shows: every clip of the vocabulary, recorded or not. */
  async status(siteId: string, locale: VoiceLocale): Promise<PackStatus> {
    const own = await this.read(siteId, locale);
    const builtIn = await this.builtIn(locale);
    const clips: ClipStatus[] = [...vocabulary(locale)].map(([id, entry]) => {
      const mine = own?.clips[id];
      return {
        id,
        kind: entry.kind,
        text: entry.text,
        own: mine ? { file: mine.file, durationMs: mine.durationMs } : null,
        builtIn: builtIn !== null && Object.hasOwn(builtIn.clips, id),
      };
    });
    return {
      locale,
      version: own?.version ?? null,
      updatedAt: own?.updatedAt ?? null,
      recorded: clips.filter((c) => c.own).length,
      total: clips.length,
      missing: clips.filter((c) => !c.own).map((c) => c.id),
      clips,
    };
  }

  /** The site's own clips as a zip (<clip id>.<ext>), to keep or to move to another centre. */
  async zip(siteId: string, locale: VoiceLocale): Promise<Uint8Array | null> {
    const own = await this.read(siteId, locale);
    if (!own) return null;
    const JSZip = await loadJsZip();
    const archive = new JSZip();
    for (const [id, entry] of Object.entries(own.clips)) {
      const path = this.clipPath(entry.file);
      if (path && existsSync(path))
        archive.file(`${id}.${entry.file.split('.').pop()}`, await readFile(path));
    }
    return archive.generateAsync({ type: 'uint8array', compression: 'STORE' });
  }
}
