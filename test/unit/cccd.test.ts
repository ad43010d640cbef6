// Reading the age from the QR code of a citizen identity card (CCCD): synthetic samples only.
import { describe, expect, it } from 'vitest';
import { ageFromCccd, ScannerInput } from '../../kiosk/access/cccd.js';

const TODAY = { y: 2026, m: 12, d: 3 };
const card = (birth: string, number = '084060001234') =>
  `${number}|341234567|Nguyễn Văn Mẫu|${birth}|Nam|Ấp 1, Phường Trà Vinh, Tỉnh Vĩnh Long|15082021`;

describe('CCCD QR', () => {
  it('gives the age on the centre’s date, birthday included', () => {
    expect(ageFromCccd(card('03121966'), TODAY)).toBe(60);
    expect(ageFromCccd(card('04121966'), TODAY)).toBe(59);
    expect(ageFromCccd(card('01011950'), TODAY)).toBe(76);
    expect(ageFromCccd(`${card('15061990')}\n`, TODAY)).toBe(36);
  });

  it('refuses what is not a CCCD QR', () => {
    expect(ageFromCccd('https://dichvucong.gov.vn/', TODAY)).toBeNull();
    expect(ageFromCccd(card('01011960', '12345'), TODAY)).toBeNull();
    expect(ageFromCccd(card('31131960'), TODAY)).toBeNull();
    expect(ageFromCccd(card('01012030'), TODAY)).toBeNull();
    expect(ageFromCccd('084060001234|||||', TODAY)).toBeNull();
  });

  it('collects a scanner’s fast keystrokes into a line and ignores slow typing', () => {
    let now = 0;
    const lines: string[] = [];
    const scanner = new ScannerInput(
      (line) => lines.push(line),
      100,
      () => now,
    );
    const type = (text: string, stepMs: number) => {
      for (const ch of text) {
        now += stepMs;
        scanner.key({ key: ch, ctrlKey: false, altKey: false, metaKey: false });
      }
      now += stepMs;
      scanner.key({ key: 'Enter', ctrlKey: false, altKey: false, metaKey: false });
    };
    type(card('01011950'), 5);
    expect(lines).toEqual([card('01011950')]);
    type(card('01011950'), 300);
    expect(lines).toHaveLength(1);
  });
});
