// The recording kit's sound processing, in the browser: a microphone recording is decoded, mixed
// to mono, trimmed of the silence before and after the word (with 30 ms kept), evened to a
// common peak level (−3 dBFS) and written as 16-bit PCM WAV, the format the server checks.

const THRESHOLD = 0.02;
const KEEP_S = 0.03;
const TARGET_PEAK = 0.708; // −3 dBFS

export function mono(buffer: AudioBuffer): Float32Array {
  const out = new Float32Array(buffer.length);
  for (let c = 0; c < buffer.numberOfChannels; c++) {
    const data = buffer.getChannelData(c);
    for (let i = 0; i < data.length; i++) out[i] += data[i] / buffer.numberOfChannels;
  }
  return out;
}

/** The samples between the first and last sound above the threshold (the whole when all quiet). */
export function trimSilence(samples: Float32Array, rate: number): Float32Array {
  let first = samples.findIndex((s) => Math.abs(s) > THRESHOLD);
  if (first < 0) return samples;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last]) <= THRESHOLD) last--;
  const keep = Math.round(KEEP_S * rate);
  first = Math.max(0, first - keep);
  last = Math.min(samples.length - 1, last + keep);
  return samples.slice(first, last + 1);
}

export function normalize(samples: Float32Array): Float32Array {
  let peak = 0;
  for (const s of samples) peak = Math.max(peak, Math.abs(s));
  if (peak === 0) return samples;
  const gain = TARGET_PEAK / peak;
  return samples.map((s) => s * gain);
}

export function encodeWav(samples: Float32Array, rate: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) bytes[at + i] = s.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => {
    view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32_767), true);
  });
  return bytes;
}

/** A recording (any format the browser decodes) → trimmed, evened mono WAV. */
export async function recordingToWav(blob: Blob, ctx: BaseAudioContext): Promise<Uint8Array> {
  const buffer = await ctx.decodeAudioData(await blob.arrayBuffer());
  const samples = normalize(trimSilence(mono(buffer), buffer.sampleRate));
  return encodeWav(samples, buffer.sampleRate);
}
