import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ClipPackManifest,
  checkPackCoverage,
  missingClips,
  parseClipPackManifest,
  phraseTableOf,
} from '../../shared/voice/clip-pack.js';
import { vocabulary } from '../../shared/voice/vocabulary.js';

const clipsRoot = resolve(import.meta.dirname, '../../server/assets/clips');

function readManifest(locale: string): ClipPackManifest {
  return parseClipPackManifest(JSON.parse(readFileSync(resolve(clipsRoot, locale, 'manifest.json'), 'utf8')));
}

/** Duration of an Ogg Vorbis file from its own headers: last granule position / sample rate. */
function oggVorbisDurationMs(bytes: Buffer): number {
  const id = bytes.indexOf(Buffer.from('\u0001vorbis', 'latin1'));
  if (id < 0) throw new Error('no Vorbis identification header');
  const sampleRate = bytes.readUInt32LE(id + 12);
  const lastPage = bytes.lastIndexOf(Buffer.from('OggS', 'latin1'));
  const granule = bytes.readBigUInt64LE(lastPage + 6);
  return (Number(granule) / sampleRate) * 1000;
}

function without(manifest: ClipPackManifest, ...ids: string[]): ClipPackManifest {
  const clips = { ...manifest.clips };
  for (const id of ids) delete clips[id];
  return { ...manifest, clips };
}

describe('shipped clip packs', () => {
  for (const locale of ['vi', 'en'] as const) {
    describe(locale, () => {
      const manifest = readManifest(locale);

      it('is complete: numbers 0–9999, counters 1–99, letters A–Z, the default template', () => {
        const report = checkPackCoverage(manifest);
        expect(report.missing).toEqual([]);
        expect(report.uncoveredPhrases).toEqual([]);
        expect(report.complete).toBe(true);
        expect(manifest.locale).toBe(locale);
      });

      it('holds every clip of the vocabulary, and nothing else', () => {
        expect(Object.keys(manifest.clips).sort()).toEqual([...vocabulary(locale).keys()].sort());
        const files = readdirSync(resolve(clipsRoot, locale)).filter((name) => name !== 'manifest.json');
        expect(files.sort()).toEqual(
          Object.values(manifest.clips)
            .map((clip) => clip.file)
            .sort(),
        );
      });

      it('has every file, with a duration > 0 that matches the audio', () => {
        for (const [id, clip] of Object.entries(manifest.clips)) {
          const path = resolve(clipsRoot, locale, clip.file);
          expect(existsSync(path), `${id}: ${clip.file}`).toBe(true);
          expect(clip.durationMs, id).toBeGreaterThan(0);
          const actual = oggVorbisDurationMs(readFileSync(path));
          expect(Math.abs(actual - clip.durationMs), `${id}: ${actual} ms in the file`).toBeLessThan(1);
        }
      });

      it('has clips of plausible length (a word or phrase, not silence or a whole sentence)', () => {
        for (const [id, clip] of Object.entries(manifest.clips)) {
          expect(clip.durationMs, id).toBeGreaterThan(100);
          expect(clip.durationMs, id).toBeLessThan(3000);
        }
      });
    });
  }

  it('stays small: both packs together well under 2 MB', () => {
    let bytes = 0;
    for (const locale of ['vi', 'en']) {
      for (const name of readdirSync(resolve(clipsRoot, locale)))
        bytes += statSync(resolve(clipsRoot, locale, name)).size;
    }
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024);
  });
});

describe('checkPackCoverage', () => {
  const vi = readManifest('vi');

  it('names what a clip is needed for when it is missing', () => {
    const report = checkPackCoverage(without(vi, 'word_tu', 'letter_q'));
    expect(report.complete).toBe(false);
    expect(report.missing).toEqual([
      { clipId: 'word_tu', neededFor: 'number 24 (words)' },
      { clipId: 'letter_q', neededFor: 'letter Q' },
    ]);
  });

  it('reports counters and phrases', () => {
    // Without "đến quầy số" the template is still spoken, as "đến quầy" + "số" …
    expect(checkPackCoverage(without(vi, 'phrase_den_quay_so'), { maxNumber: 9 }).complete).toBe(true);
    // … but not without any clip that says "đến".
    const report = checkPackCoverage(without(vi, 'phrase_den_quay_so', 'phrase_den_quay', 'phrase_den'), {
      maxNumber: 9,
    });
    expect(report.complete).toBe(false);
    expect(report.uncoveredPhrases).toEqual(['đến']);
    const lam = checkPackCoverage(without(vi, 'word_lam'), { maxNumber: 9, maxCounter: 20 });
    expect(lam.missing).toEqual([{ clipId: 'word_lam', neededFor: 'counter 15' }]);
  });

  it('checks a centre template against the phrases the pack has', () => {
    const report = checkPackCoverage(vi, {
      templates: ['Trân trọng kính mời số {số} đến quầy số {quầy}'],
      maxNumber: 9,
    });
    expect(report.complete).toBe(false);
    expect(report.uncoveredPhrases).toEqual(['trân trọng']);
  });

  it('knows no vocabulary for an unknown locale', () => {
    expect(checkPackCoverage({ ...vi, locale: 'fr' }).complete).toBe(false);
  });
});

describe('parseClipPackManifest', () => {
  const valid = { locale: 'vi', version: '1', clips: { chime: { file: 'chime.ogg', durationMs: 900 } } };

  it('accepts a valid manifest', () => {
    expect(parseClipPackManifest(valid).clips.chime).toEqual({ file: 'chime.ogg', durationMs: 900 });
  });

  it.each([
    ['a path outside the pack', { chime: { file: '../secret.ogg', durationMs: 900 } }],
    ['a sub-folder', { chime: { file: 'a/b.ogg', durationMs: 900 } }],
    ['a zero duration', { chime: { file: 'chime.ogg', durationMs: 0 } }],
    ['a missing duration', { chime: { file: 'chime.ogg' } }],
    ['a clip that is not an object', { chime: 'chime.ogg' }],
  ])('rejects %s', (_label, clips) => {
    expect(() => parseClipPackManifest({ ...valid, clips })).toThrow(TypeError);
  });

  it('rejects a manifest without locale or clips', () => {
    expect(() => parseClipPackManifest({ version: '1', clips: {} })).toThrow(/locale/);
    expect(() => parseClipPackManifest({ locale: 'vi', version: '1' })).toThrow(/clips/);
    expect(() => parseClipPackManifest(null)).toThrow(TypeError);
  });
});

describe('helpers', () => {
  const vi = readManifest('vi');

  it('missingClips lists absent ids once, in order', () => {
    expect(missingClips(vi, ['chime', 'nope', 'num_1', 'nope', 'other'])).toEqual(['nope', 'other']);
  });

  it('phraseTableOf maps a phrase text to its clip, custom text first', () => {
    const table = phraseTableOf({
      ...vi,
      clips: { ...vi.clips, phrase_x: { file: 'x.ogg', durationMs: 500, text: 'Trân Trọng, kính mời!' } },
    });
    expect(table.get('mời công dân có số thứ tự')).toBe('phrase_moi_cong_dan_co_so_thu_tu');
    expect(table.get('trân trọng kính mời')).toBe('phrase_x');
  });
});
