// The monthly report's words: English and Khmer complete (Khmer in Khmer script), the same
// placeholders as the Vietnamese, everything NFC.
import { describe, expect, it } from 'vitest';
import { monthMessages } from '../../admin/reports/month-i18n.js';

const KHMER = /[\u1780-\u17FF]/u;
/** Texts made of placeholders and symbols only, the same in every language. */
const SAME = new Set(['month.share']);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('monthly report dictionary', () => {
  it('has every key in English and Khmer with the Vietnamese placeholders', () => {
    const problems: string[] = [];
    for (const [key, vi] of Object.entries(monthMessages.vi)) {
      for (const locale of ['en', 'km'] as const) {
        const text = monthMessages[locale][key as keyof typeof monthMessages.vi];
        if (!text) {
          problems.push(`${locale} ${key}: missing`);
          continue;
        }
        if (placeholders(text).join() !== placeholders(vi).join())
          problems.push(`${locale} ${key}: placeholders`);
        if (text.normalize('NFC') !== text) problems.push(`${locale} ${key}: not NFC`);
      }
      const km = monthMessages.km[key as keyof typeof monthMessages.vi] ?? '';
      if (!SAME.has(key) && !KHMER.test(km)) problems.push(`km ${key}: not Khmer`);
      if (vi.normalize('NFC') !== vi) problems.push(`vi ${key}: not NFC`);
    }
    expect(problems).toEqual([]);
  });
});
