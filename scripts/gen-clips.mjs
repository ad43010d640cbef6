#!/usr/bin/env node
// Generates the default voice clip packs offline: one OGG Vorbis file per clip id of the
// vocabulary (shared/voice/vocabulary.ts), spoken by espeak-ng, trimmed of silence and peak
// normalised with sox, plus a synthesised chime and manifest.json with the durations.
//
//   node --import tsx scripts/gen-clips.mjs [vi en]
//
// Output: server/assets/clips/<locale>/ (committed, so nothing needs espeak-ng at run time).
// Needs: apt-get install -y espeak-ng sox libsox-fmt-all. espeak-ng is a formant synthesiser:
// intelligible but robotic. Replace these clips with human recordings for the public (same ids,
// same manifest format); `npx vitest run test/unit/clip-pack.test.ts` checks a pack is complete.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHIME_CLIP, vocabulary } from '../shared/voice/vocabulary.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const outRoot = join(root, 'server', 'assets', 'clips');

/** espeak-ng voice and speed (words per minute) per pack. */
const VOICES = {
  vi: { voice: 'vi', speed: 140 },
  en: { voice: 'en', speed: 150 },
};
const SAMPLE_RATE = 22050;
const VORBIS_QUALITY = '3';
/**
 * Trim leading and trailing silence below 0.1 % (espeak-ng pads with digital silence), fade the
 * last 12 ms (done on the reversed audio, whose length sox does not know after `silence`) and the
 * first 2 ms, then end with 15 ms of silence: Chromium's Vorbis decoder drops up to one short block
 * (256 samples, 11.6 ms) at the end of a file, which then costs silence instead of a click.
 */
const TRIM = [
  'silence',
  '1',
  '0.005',
  '0.1%',
  'reverse',
  'silence',
  '1',
  '0.005',
  '0.1%',
  'fade',
  'q',
  '0.012',
  'reverse',
  'fade',
  'q',
  '0.002',
  'pad',
  '0',
  '0.015',
];
const PACK_VERSION = '1';

async function soxDurationMs(file) {
  const { stdout } = await run('soxi', ['-D', file]);
  const seconds = Number.parseFloat(stdout);
  if (!(seconds > 0)) throw new Error(`no audio in ${file}`);
  return Math.round(seconds * 10000) / 10;
}

async function speakClip(locale, id, entry, dir, work) {
  const { voice, speed } = VOICES[locale];
  const wav = join(work, `${locale}-${id}.wav`);
  await run('espeak-ng', ['-v', voice, '-s', String(speed), '-w', wav, entry.say ?? entry.text]);
  const out = join(dir, `${id}.ogg`);
  await run('sox', [
    wav,
    '-r',
    String(SAMPLE_RATE),
    '-c',
    '1',
    '-C',
    VORBIS_QUALITY,
    out,
    ...TRIM,
    'gain',
    '-n',
    '-3',
  ]);
  return out;
}

/** A three-note descending bell (G5, E5, C5) with an octave partial, about 1.3 s. */
async function chimeClip(dir, work) {
  const notes = [
    [784, 0],
    [659.26, 0.32],
    [523.25, 0.64],
  ];
  const parts = [];
  for (const [index, [frequency, delay]] of notes.entries()) {
    const part = join(work, `chime-${index}.wav`);
    await run('sox', [
      '-n',
      '-r',
      String(SAMPLE_RATE),
      '-c',
      '1',
      part,
      'synth',
      '0.7',
      'sine',
      String(frequency),
      'sine',
      'mix',
      String(frequency * 2),
      'fade',
      'l',
      '0.004',
      '0.7',
      '0.66',
      'vol',
      '0.3',
      'pad',
      String(delay),
    ]);
    parts.push(part);
  }
  const out = join(dir, `${CHIME_CLIP}.ogg`);
  await run('sox', ['-m', ...parts, '-C', VORBIS_QUALITY, out, 'gain', '-n', '-6']);
  return out;
}

async function inBatches(items, size, task) {
  const results = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(task))));
  }
  return results;
}

async function generatePack(locale, work) {
  const dir = join(outRoot, locale);
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (name.endsWith('.ogg') || name === 'manifest.json') await rm(join(dir, name));
  }
  const entries = [...vocabulary(locale)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const clips = {};
  const generated = await inBatches(entries, 8, async ([id, entry]) => {
    const file =
      id === CHIME_CLIP ? await chimeClip(dir, work) : await speakClip(locale, id, entry, dir, work);
    return [id, entry, file];
  });
  let bytes = 0;
  for (const [id, entry, file] of generated) {
    const name = `${id}.ogg`;
    clips[id] = { file: name, durationMs: await soxDurationMs(file), kind: entry.kind, text: entry.text };
    bytes += (await stat(file)).size;
  }
  const { voice } = VOICES[locale];
  const { stdout: version } = await run('espeak-ng', ['--version']);
  const manifest = {
    locale,
    version: PACK_VERSION,
    source: `espeak-ng voice "${voice}" (${version.trim().split(/\s+/).slice(0, 4).join(' ')}), sox; placeholder voice`,
    clips,
  };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${locale}: ${entries.length} clips, ${(bytes / 1024).toFixed(0)} KB → ${dir}`);
}

const locales = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(VOICES);
const work = await mkdtemp(join(tmpdir(), 'luot-clips-'));
try {
  for (const locale of locales) {
    if (!(locale in VOICES)) throw new Error(`no espeak-ng voice configured for "${locale}"`);
    await generatePack(locale, work);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
