import { describe, expect, it } from 'vitest';
import { applyTone, backspace, typeKey } from '../../kiosk/vietnamese-input.js';

describe('on-screen Vietnamese input', () => {
  it('puts a tone on the last vowel, composed (NFC)', () => {
    expect(applyTone('ke', 'sac')).toBe('ké');
    expect(applyTone('kê', 'sac')).toBe('kế');
    expect(applyTone('hô', 'huyen')).toBe('hồ');
    expect(applyTone('ơ', 'nang')).toBe('ợ');
    expect(applyTone('ư', 'hoi')).toBe('ử');
    expect(applyTone('a', 'nga')).toBe('ã');
    expect(applyTone('kế', 'sac').normalize('NFC')).toBe(applyTone('kế', 'sac'));
  });

  it('replaces a tone already there, keeping the vowel mark', () => {
    expect(applyTone('kế', 'huyen')).toBe('kề');
    expect(applyTone('ắ', 'nang')).toBe('ặ');
  });

  it('ignores a tone after a consonant, a space or nothing', () => {
    expect(applyTone('dang', 'sac')).toBe('dang');
    expect(applyTone('a ', 'sac')).toBe('a ');
    expect(applyTone('', 'sac')).toBe('');
  });

  it('types letters and removes whole characters', () => {
    let text = '';
    for (const k of ['đ', 'a', 'n', 'g']) text = typeKey(text, k);
    expect(text).toBe('đang');
    expect(backspace('kết')).toBe('kế');
    expect(backspace('kế')).toBe('k');
    expect(backspace('')).toBe('');
  });

  it('caps the length', () => {
    expect(typeKey('abc', 'd', 3)).toBe('abc');
  });
});
