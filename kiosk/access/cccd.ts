// The QR code printed on the chip-based citizen identity card (CCCD): one line of fields separated
// by "|" — number (12 digits) | old ID number (may be empty) | full name | date of birth ddmmyyyy |
// sex | address | date of issue ddmmyyyy. The kiosk reads it only to know the age, here, in the
// browser: ageFromCccd keeps nothing and returns nothing but the age; the card's data is never
// sent, stored or logged.

const DATE = /^(\d{2})(\d{2})(\d{4})$/;

function parseDate(text: string): { y: number; m: number; d: number } | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900) return null;
  return { y, m, d };
}

/** Whole years between a birth date and a day given as {y, m, d}. */
function yearsBetween(
  birth: { y: number; m: number; d: number },
  day: { y: number; m: number; d: number },
): number {
  const beforeBirthday = day.m < birth.m || (day.m === birth.m && day.d < birth.d);
  return day.y - birth.y - (beforeBirthday ? 1 : 0);
}

/**
 * The holder's age on `today` (the centre's local date) from a CCCD QR text, or null when the text
 * is not a CCCD QR (wrong shape, bad number or date, a birth in the future).
 */
export function ageFromCccd(text: string, today: { y: number; m: number; d: number }): number | null {
  const fields = text.trim().split('|');
  if (fields.length < 7 || !/^\d{12}$/.test(fields[0])) return null;
  const birth = parseDate(fields[3]);
  if (!birth) return null;
  const age = yearsBetween(birth, today);
  return age >= 0 && age < 130 ? age : null;
}

/**
 * A USB or Bluetooth QR scanner types the code as fast keystrokes ending with Enter. This collects
 * them (a pause of more than `gapMs` starts over) and hands over whole lines.
 */
export class ScannerInput {
  private buffer = '';
  private last = 0;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly gapMs = 120,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Feeds one keydown; true when it was part of a scan (the caller may stop it). */
  key(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): boolean {
    if (event.ctrlKey || event.altKey || event.metaKey) return false;
    const at = this.now();
    if (at - this.last > this.gapMs) this.buffer = '';
    this.last = at;
    if (event.key === 'Enter') {
      const line = this.buffer;
      this.buffer = '';
      if (line.length >= 20) {
        this.onLine(line);
        return true;
      }
      return false;
    }
    if (event.key.length !== 1) return false;
    this.buffer += event.key;
    if (this.buffer.length > 400) this.buffer = '';
    return this.buffer.length > 1;
  }

  clear(): void {
    this.buffer = '';
  }
}
