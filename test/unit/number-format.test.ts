// Numbers on screen in each language: Vietnamese groups with dots and a decimal comma, English and
// Khmer the other way round; decimals as asked.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../shared/i18n/number-format.js';
import { count, minutes } from '../../admin/reports/format.js';

describe('number formats', () => {
  it('writes each language its own way', () => {
    expect(formatNumber(1234.56, 'vi', 1)).toBe('1.234,6');
    expect(formatNumber(1234.56, 'en', 1)).toBe('1,234.6');
    expect(formatNumber(1234.56, 'km', 1)).toBe('1,234.6');
    expect(formatNumber(7, 'vi', 2)).toBe('7');
    expect(formatNumber(7, 'vi', 1, 1)).toBe('7,0');
  });

  it('is what the reports print', () => {
    expect(count(12_500, 'vi')).toBe('12.500');
    expect(minutes(450_000, 'vi')).toBe('7,5');
    expect(minutes(450_000, 'km')).toBe('7.5');
    expect(minutes(null, 'en')).toBe('–');
  });
});
