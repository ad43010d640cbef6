// The words of the reports over a set of centres: Vietnamese in NFC, English and Khmer for every
// key (Khmer in Khmer script), with the same placeholders in all three.
import { describe, expect, it } from 'vitest';
import { provinceReportMessages as m } from '../../admin/pages/province-reports-i18n.js';

const KHMER = /[\u1780-\u17FF]/u;
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((x) => x[1])
    .sort()
    .join();

describe('province reports dictionary', () => {
  it('is complete in three languages with the same placeholders', () => {
    const problems: string[] = [];
    for (const [key, vi] of Object.entries(m.vi) as [keyof typeof m.vi, string][]) {
      const en = m.en[key];
      const km = m.km[key];
      if (vi.normalize('NFC') !== vi) problems.push(`${key}: vi not NFC`);
      if (!en?.trim()) problems.push(`${key}: no English`);
      if (!km?.trim() || !KHMER.test(km)) problems.push(`${key}: no Khmer`);
      else if (km.normalize('NFC') !== km) problems.push(`${key}: km not NFC`);
      for (const [lang, text] of [
        ['en', en],
        ['km', km],
      ] as const) {
        if (text && placeholders(text) !== placeholders(vi)) problems.push(`${key}: ${lang} placeholders`);
      }
    }
    expect(problems).toEqual([]);
    expect(m.t('km', 'pr.selected', { n: 3 })).toBe('បានជ្រើសរើស 3 មជ្ឈមណ្ឌល');
  });
});
