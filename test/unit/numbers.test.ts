import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVi } from '../support/vi-number-oracle.js';
import {
  baseLetter,
  LATIN_LETTERS,
  letterNameVi,
  numberWordsVi,
  readDigitsEn,
  readDigitsKm,
  readDigitsVi,
  readNumberEn,
  readNumberKm,
  readNumberVi,
  spellPrefixVi,
  VI_LETTERS,
} from '../../shared/i18n/numbers.js';

// The reading table of the brief and R17 (vietnam-onestop.md).
const VI_TABLE: ReadonlyArray<readonly [number, string]> = [
  [0, 'không'],
  [1, 'một'],
  [4, 'bốn'],
  [5, 'năm'],
  [10, 'mười'],
  [11, 'mười một'],
  [14, 'mười bốn'],
  [15, 'mười lăm'],
  [20, 'hai mươi'],
  [21, 'hai mươi mốt'],
  [24, 'hai mươi tư'],
  [25, 'hai mươi lăm'],
  [99, 'chín mươi chín'],
  [100, 'một trăm'],
  [101, 'một trăm lẻ một'],
  [104, 'một trăm lẻ bốn'],
  [105, 'một trăm lẻ năm'],
  [110, 'một trăm mười'],
  [111, 'một trăm mười một'],
  [115, 'một trăm mười lăm'],
  [121, 'một trăm hai mươi mốt'],
  [1000, 'một nghìn'],
  [1001, 'một nghìn không trăm lẻ một'],
  [1005, 'một nghìn không trăm lẻ năm'],
  [1010, 'một nghìn không trăm mười'],
  [1015, 'một nghìn không trăm mười lăm'],
  [1021, 'một nghìn không trăm hai mươi mốt'],
  [1100, 'một nghìn một trăm'],
  [2024, 'hai nghìn không trăm hai mươi tư'],
  [9999, 'chín nghìn chín trăm chín mươi chín'],
  [10_000, 'mười nghìn'],
  [15_000, 'mười lăm nghìn'],
  [21_001, 'hai mươi mốt nghìn không trăm lẻ một'],
  [100_000, 'một trăm nghìn'],
  [100_005, 'một trăm nghìn không trăm lẻ năm'],
  [999_999, 'chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
  [1_000_001, 'một triệu không trăm lẻ một'],
];

describe('readNumberVi', () => {
  it.each(VI_TABLE)('reads %i as "%s"', (n, expected) => {
    expect(readNumberVi(n)).toBe(expected.normalize('NFC'));
  });

  it('returns NFC text', () => {
    for (const n of [0, 14, 24, 104, 1021, 5555, 999_999]) {
      const text = readNumberVi(n);
      expect(text).toBe(text.normalize('NFC'));
      expect(text).not.toBe(text.normalize('NFD'));
    }
  });

  it('reads every number 0–99 999 back to itself and follows the word rules', () => {
    // "mốt" and "tư" only after "mươi"; "lăm" only after mười/mươi; "lẻ" only after "trăm".
    const rules = [
      /mươi (?:một|bốn|năm)(?: |$)/u,
      /mười năm/u,
      /(?:^|(?<!mươi) )(?:mốt|tư)(?: |$)/u,
      /(?:^|(?<!mươi|mười) )lăm/u,
      /(?:^|(?<!trăm) )lẻ/u,
    ];
    const wrong: string[] = [];
    for (let n = 0; n < 100_000; n++) {
      const text = readNumberVi(n);
      if (parseVi(text) !== n || rules.some((rule) => rule.test(text))) wrong.push(`${n}: ${text}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('reads large numbers consistently (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(parseVi(readNumberVi(n))).toBe(n);
        expect(numberWordsVi(n).join(' ')).toBe(readNumberVi(n));
      }),
    );
  });

  it('rejects what it cannot read', () => {
    expect(() => readNumberVi(-1)).toThrow(RangeError);
    expect(() => readNumberVi(1.5)).toThrow(RangeError);
    expect(() => readNumberVi(Number.NaN)).toThrow(RangeError);
    expect(() => readNumberVi(1_000_000_000)).toThrow(RangeError);
  });
});

describe('readDigitsVi', () => {
  it('reads digit by digit', () => {
    expect(readDigitsVi('1001')).toBe('một không không một');
    expect(readDigitsVi('012')).toBe('không một hai');
    expect(readDigitsVi('4515')).toBe('bốn năm một năm');
    expect(readDigitsVi('9876543210')).toBe('chín tám bảy sáu năm bốn ba hai một không');
  });

  it('accepts digits only', () => {
    expect(() => readDigitsVi('A12')).toThrow(RangeError);
    expect(() => readDigitsVi('')).toThrow(RangeError);
  });
});

describe('readNumberEn / readDigitsEn', () => {
  it.each([
    [0, 'zero'],
    [10, 'ten'],
    [11, 'eleven'],
    [15, 'fifteen'],
    [21, 'twenty-one'],
    [40, 'forty'],
    [104, 'one hundred four'],
    [105, 'one hundred five'],
    [1000, 'one thousand'],
    [1001, 'one thousand one'],
    [1010, 'one thousand ten'],
    [1021, 'one thousand twenty-one'],
    [1100, 'one thousand one hundred'],
    [9999, 'nine thousand nine hundred ninety-nine'],
    [999_999, 'nine hundred ninety-nine thousand nine hundred ninety-nine'],
  ] as const)('reads %i as "%s"', (n, expected) => {
    expect(readNumberEn(n)).toBe(expected);
  });

  it('reads digit by digit', () => {
    expect(readDigitsEn('1001')).toBe('one zero zero one');
    expect(readDigitsEn('012')).toBe('zero one two');
  });
});

describe('Khmer readings', () => {
  it('reads the place values', () => {
    expect(readNumberKm(0)).toBe('សូន្យ');
    expect(readNumberKm(15)).toBe('ដប់ប្រាំ');
    expect(readNumberKm(21)).toBe('ម្ភៃមួយ');
    expect(readNumberKm(1021)).toBe('មួយពាន់ម្ភៃមួយ');
    expect(readNumberKm(10_000)).toBe('មួយម៉ឺន');
    expect(readDigitsKm('105')).toBe('មួយ សូន្យ ប្រាំ');
  });
});

describe('letter names', () => {
  it.each([
    ['A', 'a'],
    ['B', 'bê'],
    ['C', 'xê'],
    ['D', 'dê'],
    ['Đ', 'đê'],
    ['E', 'e'],
    ['G', 'giê'],
    ['H', 'hát'],
    ['K', 'ca'],
    ['Q', 'quy'],
    ['F', 'ép'],
    ['J', 'gi'],
    ['W', 'vê kép'],
    ['Z', 'dét'],
    ['b', 'bê'],
    ['đ', 'đê'],
  ] as const)('reads %s as "%s"', (letter, name) => {
    expect(letterNameVi(letter)).toBe(name.normalize('NFC'));
  });

  it('names every Latin letter and every Vietnamese letter, in NFC', () => {
    for (const letter of [...LATIN_LETTERS, ...VI_LETTERS]) {
      const name = letterNameVi(letter);
      expect(name, letter).toBeTruthy();
      expect(name).toBe(name?.normalize('NFC'));
    }
    expect(VI_LETTERS).toHaveLength(33);
  });

  it('accepts a decomposed (NFD) letter', () => {
    expect(letterNameVi('Ư'.normalize('NFD'))).toBe('ư');
  });

  it('knows no name for a non-letter', () => {
    expect(letterNameVi('1')).toBeUndefined();
    expect(letterNameVi('-')).toBeUndefined();
  });

  it('spells prefixes and folds Vietnamese letters to their base', () => {
    expect(spellPrefixVi('AB')).toBe('a bê');
    expect(spellPrefixVi('C-')).toBe('xê');
    expect(spellPrefixVi('')).toBe('');
    expect(baseLetter('Đ')).toBe('D');
    expect(baseLetter('ư')).toBe('U');
    expect(baseLetter('7')).toBeUndefined();
  });
});
