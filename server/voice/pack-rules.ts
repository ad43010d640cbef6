// The rules a centre's own voice clips must meet, one place: the file name is a clip id of the
// language's vocabulary plus .wav or .ogg, the audio is WAV (PCM) or Ogg (Vorbis/Opus), mono or
// stereo, of a plausible length for what it says, and not too big. A zip holds one pack.
import type JSZip from 'jszip';
import { type ClipKind, type VoiceLocale, vocabulary } from '../../shared/voice/vocabulary.js';
import { loadJsZip } from '../heavy-modules.js';
import { type AudioInfo, AudioFormatError, audioInfo } from './audio-info.js';

export const MAX_ZIP_BYTES = 30 * 1024 * 1024;
export const MAX_CLIP_BYTES = 2 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 400;

/** Shortest and longest duration (ms) per kind of clip. */
export const DURATION_LIMITS: Readonly<Record<ClipKind, readonly [number, number]>> = {
  chime: [200, 5000],
  number: [100, 2500],
  letter: [100, 2500],
  phrase: [150, 6000],
};

export type ClipProblemCode =
  | 'not_zip'
  | 'too_many_files'
  | 'bad_name'
  | 'unknown_clip'
  | 'duplicate_clip'
  | 'too_large'
  | 'bad_format'
  | 'empty_audio'
  | 'too_short'
  | 'too_long';

export interface ClipProblem {
  /** The file in the upload ("" for the upload as a whole). */
  file: string;
  code: ClipProblemCode;
  message: string;
}

export interface CheckedClip {
  id: string;
  kind: ClipKind;
  text: string;
  bytes: Uint8Array;
  info: AudioInfo;
}

const NAME = /^([a-z0-9_]+)\.(wav|ogg)$/i;

/** Checks one clip's audio against its id; a list of problems (empty: usable). */
export function checkClip(
  locale: VoiceLocale,
  id: string,
  bytes: Uint8Array,
  file = `${id}`,
): { clip: CheckedClip | null; problems: ClipProblem[] } {
  const entry = vocabulary(locale).get(id);
  if (entry === undefined) {
    const message = `"${id}" is not a clip of the ${locale} voice`;
    return { clip: null, problems: [{ file, code: 'unknown_clip', message }] };
  }
  if (bytes.length > MAX_CLIP_BYTES) {
    const message = `${Math.round(bytes.length / 1024)} KB, at most ${MAX_CLIP_BYTES / 1024} KB`;
    return { clip: null, problems: [{ file, code: 'too_large', message }] };
  }
  let info: AudioInfo;
  try {
    info = audioInfo(bytes);
  } catch (error) {
    if (!(error instanceof AudioFormatError)) throw error;
    return { clip: null, problems: [{ file, code: error.code, message: error.message }] };
  }
  const [min, max] = DURATION_LIMITS[entry.kind];
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  if (info.durationMs < min) {
    const message = `${seconds(info.durationMs)} long, at least ${seconds(min)}`;
    return { clip: null, problems: [{ file, code: 'too_short', message }] };
  }
  if (info.durationMs > max) {
    const message = `${seconds(info.durationMs)} long, at most ${seconds(max)} (trim the silence)`;
    return { clip: null, problems: [{ file, code: 'too_long', message }] };
  }
  return { clip: { id, kind: entry.kind, text: entry.text, bytes, info }, problems: [] };
}

/** A file of the zip that is not a clip: folders, macOS and hidden files, a manifest or readme. */
function ignored(path: string): boolean {
  const name = path.split('/').pop() ?? '';
  return (
    path.endsWith('/') ||
    path.startsWith('__MACOSX/') ||
    name.startsWith('.') ||
    /^(manifest\.json|readme(\.\w+)?|license(\.\w+)?)$/i.test(name)
  );
}

export interface CheckedPack {
  clips: CheckedClip[];
  problems: ClipProblem[];
}

/** Reads a zip of clips (<clip id>.wav|.ogg, in its root or one folder) and checks each one. */
export async function checkPackZip(locale: VoiceLocale, zip: Uint8Array): Promise<CheckedPack> {
  const whole = (code: ClipProblemCode, message: string): CheckedPack => ({
    clips: [],
    problems: [{ file: '', code, message }],
  });
  if (zip.length > MAX_ZIP_BYTES) return whole('too_large', `the zip is over ${MAX_ZIP_BYTES >> 20} MB`);
  let archive: JSZip;
  try {
    archive = await (await loadJsZip()).loadAsync(zip, { checkCRC32: true });
  } catch {
    return whole('not_zip', 'not a zip file');
  }
  const files = Object.values(archive.files).filter((f) => !f.dir && !ignored(f.name));
  if (files.length > MAX_ZIP_ENTRIES) {
    return whole('too_many_files', `${files.length} files, at most ${MAX_ZIP_ENTRIES}`);
  }
  const clips: CheckedClip[] = [];
  const problems: ClipProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const parts = file.name.split('/');
    const match = parts.length <= 2 ? NAME.exec(parts[parts.length - 1]) : null;
    if (match === null) {
      problems.push({
        file: file.name,
        code: 'bad_name',
        message: 'name a clip <clip id>.wav or <clip id>.ogg, e.g. num_1.wav',
      });
      continue;
    }
    const id = match[1].toLowerCase();
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({ file: file.name, code: 'duplicate_clip', message: `${id} is also in ${earlier}` });
      continue;
    }
    seen.set(id, file.name);
    // The declared size is checked before inflating, so a zip bomb is not expanded.
    const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    if (typeof declared === 'number' && declared > MAX_CLIP_BYTES) {
      problems.push({ file: file.name, code: 'too_large', message: `over ${MAX_CLIP_BYTES / 1024} KB` });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await file.async('uint8array');
    } catch {
      problems.push({ file: file.name, code: 'not_zip', message: 'cannot be read from the zip (damaged)' });
      continue;
    }
    const checked = checkClip(locale, id, bytes, file.name);
    problems.push(...checked.problems);
    if (checked.clip) clips.push(checked.clip);
  }
  return { clips, problems };
}
