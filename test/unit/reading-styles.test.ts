// The regional readings of Vietnamese numbers: each of the 8 styles reads 0–99 999 so that an
// independent parser (written here, accepting every regional word) gets the number back, and a
// style never uses the other region's words. The default stays the northern reading.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READING_STYLE,
  READING_STYLE_CHOICES,
  type ReadingStyleVi,
  readNumberVi,
} from '../../shared/i18n/numbers.js';
import { buildAnnouncement } from '../../shared/voice/announcement.js';
import { vocabulary } from '../../shared/voice/vocabulary.js';
import { parseVi } from '../support/vi-number-oracle.js';

const STYLES: ReadingStyleVi[] = READING_STYLE_CHOICES.thousand.flatMap((thousand) =>
  READING_STYLE_CHOICES.zeroTen.flatMap((zeroTen) =>
    READING_STYLE_CHOICES.fourAfterTens.map((fourAfterTens) => ({ thousand, zeroTen, fourAfterTens })),
  ),
);

describe('Vietnamese reading styles', () => {
  it('keeps the northern reading as the default', () => {
    expect(DEFAULT_READING_STYLE).toEqual({ thousand: 'nghìn', zeroTen: 'lẻ', fourAfterTens: 'tư' });
    expect(readNumberVi(1024)).toBe('một nghìn không trăm hai mươi tư');
    expect(readNumberVi(101)).toBe('một trăm lẻ một');
  });

  it('reads the southern way when asked', () => {
    const south: ReadingStyleVi = { thousand: 'ngàn', zeroTen: 'linh', fourAfterTens: 'bốn' };
    expect(readNumberVi(1024, south)).toBe('một ngàn không trăm hai mươi bốn');
    expect(readNumberVi(2104, south)).toBe('hai ngàn một trăm linh bốn');
    expect(readNumberVi(15_000, south)).toBe('mười lăm ngàn');
    expect(readNumberVi(34, south)).toBe('ba mươi bốn');
    expect(readNumberVi(14, south)).toBe('mười bốn');
  });

  for (const style of STYLES) {
    const other = {
      thousand: style.thousand === 'nghìn' ? 'ngàn' : 'nghìn',
      zeroTen: style.zeroTen === 'lẻ' ? 'linh' : 'lẻ',
      fourAfterTens: style.fourAfterTens === 'tư' ? null : 'tư',
    };
    it(`round-trips 0–99 999 as ${style.thousand}/${style.zeroTen}/${style.fourAfterTens}`, () => {
      for (let n = 0; n <= 99_999; n++) {
        const text = readNumberVi(n, style);
        const words = text.split(' ');
        if (parseVi(text) !== n) throw new Error(`${n} read as "${text}" parses to ${parseVi(text)}`);
        if (words.includes(other.thousand) || words.includes(other.zeroTen)) {
          throw new Error(`${n} read as "${text}" mixes styles`);
        }
        if (other.fourAfterTens && words.includes(other.fourAfterTens)) {
          throw new Error(`${n} read as "${text}" says "tư"`);
        }
      }
      expect(readNumberVi(99_999, style).normalize('NFC')).toBe(readNumberVi(99_999, style));
    });
  }

  it('has a clip for every word of every style', () => {
    const ids = vocabulary('vi');
    for (const style of STYLES) {
      for (const n of [4, 24, 104, 1004, 1024, 99_999]) {
        const call = buildAnnouncement({
          displayNumber: String(n),
          prefix: '',
          number: n,
          counterNumber: 24,
          language: 'vi',
          numberMode: 'words',
          readingStyle: style,
        });
        expect(call.missing).toEqual([]);
        for (const id of call.clips) expect(ids.has(id)).toBe(true);
      }
    }
    const south = buildAnnouncement({
      displayNumber: '1004',
      prefix: '',
      number: 1004,
      counterNumber: 1,
      language: 'vi',
      numberMode: 'words',
      readingStyle: { thousand: 'ngàn', zeroTen: 'linh', fourAfterTens: 'bốn' },
    });
    expect(south.clips).toContain('word_ngan');
    expect(south.clips).toContain('word_linh');
    expect(south.text).toBe('Mời công dân có số thứ tự một ngàn không trăm linh bốn đến quầy số một');
  });
});
