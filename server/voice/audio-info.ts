// What an uploaded voice clip is, read from its bytes alone: WAV (RIFF, PCM or IEEE float) or
// Ogg (Vorbis or Opus). Enough to check the format and measure the duration without decoding;
// a file that is neither, or whose header lies, is refused with a code.

export type AudioFormat = 'wav' | 'ogg';

export interface AudioInfo {
  format: AudioFormat;
  /** "pcm", "float", "vorbis" or "opus". */
  codec: string;
  sampleRate: number;
  channels: number;
  durationMs: number;
}

export type AudioProblemCode = 'bad_format' | 'empty_audio';

export class AudioFormatError extends Error {
  constructor(
    readonly code: AudioProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'AudioFormatError';
  }
}

const bad = (message: string) => new AudioFormatError('bad_format', message);

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function wavInfo(bytes: Uint8Array): AudioInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (ascii(bytes, 8, 4) !== 'WAVE') throw bad('RIFF file that is not WAVE');
  let offset = 12;
  let fmt: { codec: string; channels: number; sampleRate: number; blockAlign: number } | null = null;
  let dataBytes: number | null = null;
  while (offset + 8 <= bytes.length) {
    const id = ascii(bytes, offset, 4);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > bytes.length) throw bad('WAV "fmt " chunk too short');
      const tag = view.getUint16(body, true);
      const codec = tag === 1 || tag === 0xfffe ? 'pcm' : tag === 3 ? 'float' : null;
      if (codec === null) throw bad(`WAV encoding ${tag} is not PCM`);
      fmt = {
        codec,
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        blockAlign: view.getUint16(body + 12, true),
      };
    } else if (id === 'data') {
      // A streaming writer may leave the size at 0 or 0xFFFFFFFF: count what is there.
      dataBytes = Math.min(size, bytes.length - body);
      break;
    }
    offset = body + size + (size % 2);
  }
  if (fmt === null) throw bad('WAV without a "fmt " chunk');
  if (dataBytes === null) throw bad('WAV without a "data" chunk');
  if (fmt.channels < 1 || fmt.channels > 2) throw bad(`WAV with ${fmt.channels} channels (1 or 2)`);
  if (fmt.sampleRate < 8000 || fmt.sampleRate > 96_000) throw bad(`WAV at ${fmt.sampleRate} Hz`);
  if (fmt.blockAlign < 1) throw bad('WAV block size 0');
  const frames = Math.floor(dataBytes / fmt.blockAlign);
  return {
    format: 'wav',
    codec: fmt.codec,
    sampleRate: fmt.sampleRate,
    channels: fmt.channels,
    durationMs: (frames / fmt.sampleRate) * 1000,
  };
}

interface OggPage {
  granule: bigint;
  /** The first packet's bytes (enough for the identification header). */
  payload: Uint8Array;
  next: number;
}

function oggPage(bytes: Uint8Array, offset: number): OggPage {
  if (ascii(bytes, offset, 4) !== 'OggS') throw bad(`Ogg page expected at byte ${offset}`);
  if (offset + 27 > bytes.length) throw bad('Ogg page header cut short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const granule = view.getBigInt64(offset + 6, true);
  const segments = bytes[offset + 26];
  const table = offset + 27;
  if (table + segments > bytes.length) throw bad('Ogg segment table cut short');
  let size = 0;
  for (let i = 0; i < segments; i++) size += bytes[table + i];
  const start = table + segments;
  if (start + size > bytes.length) throw bad('Ogg page cut short');
  return { granule, payload: bytes.subarray(start, start + size), next: start + size };
}

function oggInfo(bytes: Uint8Array): AudioInfo {
  const first = oggPage(bytes, 0);
  const head = first.payload;
  let codec: string;
  let sampleRate: number;
  let channels: number;
  let preSkip = 0;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (head.length >= 30 && head[0] === 1 && ascii(head, 1, 6) === 'vorbis') {
    codec = 'vorbis';
    channels = head[11];
    sampleRate = view.getUint32(12, true);
  } else if (head.length >= 19 && ascii(head, 0, 8) === 'OpusHead') {
    codec = 'opus';
    channels = head[9];
    preSkip = view.getUint16(10, true);
    sampleRate = 48_000; // Opus granule positions always count 48 kHz samples.
  } else {
    throw bad('Ogg stream that is neither Vorbis nor Opus');
  }
  if (channels < 1 || channels > 2) throw bad(`Ogg with ${channels} channels (1 or 2)`);
  if (sampleRate < 8000 || sampleRate > 192_000) throw bad(`Ogg at ${sampleRate} Hz`);
  let granule = 0n;
  let offset = first.next;
  while (offset < bytes.length) {
    const page = oggPage(bytes, offset);
    if (page.granule > granule) granule = page.granule;
    offset = page.next;
  }
  const samples = Number(granule) - preSkip;
  return {
    format: 'ogg',
    codec,
    sampleRate,
    channels,
    durationMs: (Math.max(0, samples) / sampleRate) * 1000,
  };
}

/** Reads the format and duration of a clip; AudioFormatError when it is not usable audio. */
export function audioInfo(bytes: Uint8Array): AudioInfo {
  if (bytes.length < 44) throw bad('file too short to be audio');
  const magic = ascii(bytes, 0, 4);
  const info =
    magic === 'RIFF'
      ? wavInfo(bytes)
      : magic === 'OggS'
        ? oggInfo(bytes)
        : (() => {
            throw bad('not a WAV or Ogg file');
          })();
  if (!(info.durationMs > 0)) throw new AudioFormatError('empty_audio', 'the clip holds no sound');
  return info;
}
