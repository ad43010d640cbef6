// The counter's keys: function keys on the PC keyboard, and a USB numeric keypad used as a
// calling keypad. Keys are read by KeyboardEvent.code, so the keypad works with Num Lock on or off.
// Documented in docs/counter.md; keep both in step.

export type CounterCommand =
  | 'call-next'
  | 'recall'
  | 'start'
  | 'finish'
  | 'withdraw'
  | 'no-show'
  | 'transfer'
  | 'call-number'
  | 'pause-toggle';

/** Function keys, also shown on the action buttons. */
export const FUNCTION_KEYS: Readonly<Record<string, CounterCommand>> = {
  F1: 'call-next',
  F2: 'recall',
  F3: 'start',
  F4: 'finish',
  F5: 'no-show',
  F6: 'transfer',
  F7: 'call-number',
  F8: 'pause-toggle',
};

/** The shortcut label of a command on screen ("F1"). */
export function shortcutOf(command: CounterCommand): string {
  return Object.entries(FUNCTION_KEYS).find(([, c]) => c === command)?.[0] ?? '';
}

/**
 * The numeric keypad: + calls, Enter finishes like F4 (the finish dialog, where Enter confirms:
 * two presses), or calls the typed number, and so on.
 */
export const KEYPAD_KEYS: Readonly<Record<string, CounterCommand>> = {
  NumpadAdd: 'call-next',
  NumpadMultiply: 'recall',
  NumpadDivide: 'start',
  NumpadEnter: 'finish',
  NumpadSubtract: 'no-show',
};

/** What the keypad shows on its caps, for the on-screen legend. */
export const KEYPAD_LABELS: Readonly<Record<string, string>> = {
  NumpadAdd: '+',
  NumpadMultiply: '*',
  NumpadDivide: '/',
  NumpadEnter: 'Enter',
  NumpadSubtract: '−',
  NumpadDecimal: '.',
};

export type KeyIntent =
  | { kind: 'command'; command: CounterCommand }
  | { kind: 'digit'; digit: string }
  | { kind: 'clear-digits' }
  | { kind: 'call-typed' }
  | { kind: 'none' };

export interface KeyInput {
  code: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * What a key press means on the main screen. Digits typed on the keypad build a number that
 * keypad Enter calls; with no digits typed, keypad Enter opens the finish dialog, as F4 does.
 */
export function intentOf(event: KeyInput, typedDigits: string): KeyIntent {
  if (event.ctrlKey || event.altKey || event.metaKey) return { kind: 'none' };
  const fn = FUNCTION_KEYS[event.code];
  if (fn) return { kind: 'command', command: fn };
  const digit = /^Numpad([0-9])$/.exec(event.code)?.[1];
  if (digit !== undefined) return typedDigits.length < 6 ? { kind: 'digit', digit } : { kind: 'none' };
  if (event.code === 'NumpadDecimal' || (event.code === 'Backspace' && typedDigits)) {
    return typedDigits ? { kind: 'clear-digits' } : { kind: 'command', command: 'pause-toggle' };
  }
  if (event.code === 'NumpadEnter' && typedDigits) return { kind: 'call-typed' };
  const pad = KEYPAD_KEYS[event.code];
  if (pad) return { kind: 'command', command: pad };
  return { kind: 'none' };
}

/**
 * Finds the waiting ticket a typed number means: "A012", "a12", "12" (the number part of a
 * single match), or "1001". Null when none or more than one match.
 */
export function matchTyped<T extends { displayNumber: string; number: number }>(
  typed: string,
  tickets: readonly T[],
): T | null {
  const text = typed.trim().toUpperCase().replace(/\s+/g, '');
  if (!text) return null;
  const exact = tickets.find((t) => t.displayNumber.toUpperCase() === text);
  if (exact) return exact;
  const m = /^([A-Z]{0,2})0*(\d+)$/.exec(text);
  if (!m) return null;
  const [, prefix, digits] = m;
  const n = Number(digits);
  const found = tickets.filter(
    (t) => t.number === n && (prefix === '' || t.displayNumber.toUpperCase().startsWith(prefix)),
  );
  return found.length === 1 ? found[0] : null;
}
