import { describe, expect, it } from 'vitest';
import { FUNCTION_KEYS, intentOf, KEYPAD_KEYS, matchTyped, shortcutOf } from '../../counter/keymap.js';

const tickets = [
  { displayNumber: 'A012', number: 12 },
  { displayNumber: 'B012', number: 12 },
  { displayNumber: 'A013', number: 13 },
  { displayNumber: '1001', number: 1001 },
];

describe('counter key map', () => {
  it('maps F1–F8 to the actions shown on the buttons', () => {
    expect(intentOf({ code: 'F1' }, '')).toEqual({ kind: 'command', command: 'call-next' });
    expect(intentOf({ code: 'F4' }, '')).toEqual({ kind: 'command', command: 'finish' });
    expect(intentOf({ code: 'F8' }, '')).toEqual({ kind: 'command', command: 'pause-toggle' });
    expect(shortcutOf('transfer')).toBe('F6');
    expect(new Set(Object.values(FUNCTION_KEYS)).size).toBe(Object.keys(FUNCTION_KEYS).length);
  });

  it('ignores keys with modifiers and keys it does not know', () => {
    expect(intentOf({ code: 'F1', ctrlKey: true }, '')).toEqual({ kind: 'none' });
    expect(intentOf({ code: 'KeyA' }, '')).toEqual({ kind: 'none' });
    expect(intentOf({ code: 'Digit1' }, '')).toEqual({ kind: 'none' });
  });

  it('uses the keypad as a calling keypad', () => {
    expect(intentOf({ code: 'NumpadAdd' }, '')).toEqual({ kind: 'command', command: 'call-next' });
    expect(intentOf({ code: 'NumpadEnter' }, '')).toEqual({ kind: 'command', command: 'finish' });
    expect(intentOf({ code: 'Numpad7' }, '')).toEqual({ kind: 'digit', digit: '7' });
    expect(intentOf({ code: 'NumpadEnter' }, '12')).toEqual({ kind: 'call-typed' });
    expect(intentOf({ code: 'NumpadDecimal' }, '12')).toEqual({ kind: 'clear-digits' });
    expect(intentOf({ code: 'NumpadDecimal' }, '')).toEqual({ kind: 'command', command: 'pause-toggle' });
    expect(intentOf({ code: 'Numpad1' }, '123456')).toEqual({ kind: 'none' });
    expect(Object.keys(KEYPAD_KEYS).every((k) => k.startsWith('Numpad'))).toBe(true);
  });

  it('finds the typed number in the waiting list', () => {
    expect(matchTyped('A012', tickets)?.displayNumber).toBe('A012');
    expect(matchTyped(' a12 ', tickets)?.displayNumber).toBe('A012');
    expect(matchTyped('13', tickets)?.displayNumber).toBe('A013');
    expect(matchTyped('1001', tickets)?.displayNumber).toBe('1001');
    // 12 is both A012 and B012: ambiguous, so nothing is called.
    expect(matchTyped('12', tickets)).toBeNull();
    expect(matchTyped('99', tickets)).toBeNull();
    expect(matchTyped('', tickets)).toBeNull();
    expect(matchTyped('A-12', tickets)).toBeNull();
  });
});
