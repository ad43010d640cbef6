import { describe, expect, it } from 'vitest';
import { wrapBalanced, wrapText } from '../../server/printing/slip-wrap.js';

/** 10 units per grapheme: easy to reason about, no fonts needed. */
const measure = (s: string): number =>
  [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(s)].length * 10;

describe('slip text wrapping', () => {
  it('breaks between words and keeps every line within the width', () => {
    const text = 'Đăng ký khai sinh kết hợp đăng ký thường trú và cấp thẻ bảo hiểm y tế';
    const lines = wrapText(text, 200, measure, 'vi');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps a short text on one line', () => {
    expect(wrapText('Hộ tịch', 500, measure, 'vi')).toEqual(['Hộ tịch']);
  });

  it('keeps punctuation with the word before it', () => {
    const lines = wrapText('Quầy phục vụ: Quầy 3, Quầy 4', 70, measure, 'vi');
    for (const line of lines) expect(line).not.toMatch(/^[,:]/);
    expect(lines.join(' ')).toBe('Quầy phục vụ: Quầy 3, Quầy 4');
  });

  it('splits an over-long word between graphemes, never inside one', () => {
    const word = 'ĐĂNGKÝKHAISINHĐĂNGKÝKẾTHÔN'.normalize('NFD');
    const lines = wrapText(word, 60, measure, 'vi');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(measure(line)).toBeLessThanOrEqual(60);
      expect(line.normalize('NFD').charCodeAt(0)).not.toBe(0x0301);
      expect(/^\p{M}/u.test(line)).toBe(false);
    }
    expect(lines.join('')).toBe(word);
  });

  it('breaks Khmer (written without spaces) between words', () => {
    const text = 'សូមអរគុណស្កេនកូដដើម្បីតាមដានវេនរបស់អ្នក';
    const lines = wrapText(text, 120, measure, 'km');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(/^\p{M}/u.test(line)).toBe(false);
  });

  it('rebalances an orphan last word into evenly filled lines', () => {
    const text =
      'Đăng ký khai sinh kết hợp đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi';
    const greedy = wrapText(text, 300, measure, 'vi');
    expect(measure(greedy[greedy.length - 1])).toBeLessThan(0.4 * 300);
    const balanced = wrapBalanced(text, 300, measure, 'vi');
    expect(balanced.length).toBe(greedy.length);
    expect(balanced.join(' ')).toBe(text);
    const shortest = Math.min(...balanced.map(measure));
    for (const line of balanced) expect(measure(line)).toBeLessThanOrEqual(300);
    expect(shortest).toBeGreaterThan(measure(greedy[greedy.length - 1]));
  });

  it('leaves greedy lines alone when the last one is not an orphan', () => {
    const text = 'Trung tâm Phục vụ hành chính công phường Hà Giang 1';
    expect(wrapBalanced(text, 340, measure, 'vi')).toEqual(wrapText(text, 340, measure, 'vi'));
  });
});
