// One-time pairing codes: the console asks for a short code for a device; the device's screen
// types it once at /pair and receives its own credential. Codes live in memory only, expire after
// ten minutes, are single use, and a newer code for the same device replaces the older one.
import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, 5/S, 2/Z, 8/B: letters a person reads off a screen and types with a remote. */
export const PAIRING_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const PAIRING_CODE_LENGTH = 6;
export const PAIRING_TTL_MS = 10 * 60_000;
const MAX_OPEN_CODES = 500;

export interface PairingCode {
  code: string;
  deviceId: string;
  expiresAt: number;
}

export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return code;
}

/** What a person typed, as a code: case, spaces and dashes do not matter. */
export function normalizePairingCode(input: string): string {
  return input
    .normalize('NFC')
    .toUpperCase()
    .replace(/[\s-]+/g, '');
}

export class PairingCodes {
  private readonly open = new Map<string, PairingCode>();

  constructor(private readonly clock: () => number) {}

  /** A fresh code for the device; any earlier code of the device stops working. */
  create(deviceId: string): PairingCode {
    this.prune();
    for (const [code, entry] of this.open) if (entry.deviceId === deviceId) this.open.delete(code);
    if (this.open.size >= MAX_OPEN_CODES) {
      const oldest = this.open.keys().next().value;
      if (oldest !== undefined) this.open.delete(oldest);
    }
    let code = newPairingCode();
    while (this.open.has(code)) code = newPairingCode();
    const entry = { code, deviceId, expiresAt: this.clock() + PAIRING_TTL_MS };
    this.open.set(code, entry);
    return entry;
  }

  /** The device a code pairs, once: the code is gone afterwards. Null when unknown or expired. */
  redeem(input: string): string | null {
    const code = normalizePairingCode(input);
    const entry = this.open.get(code);
    if (!entry) return null;
    this.open.delete(code);
    return entry.expiresAt > this.clock() ? entry.deviceId : null;
  }

  /** Forgets the codes of a device (revoked). */
  forget(deviceId: string): void {
    for (const [code, entry] of this.open) if (entry.deviceId === deviceId) this.open.delete(code);
  }

  private prune(): void {
    const now = this.clock();
    for (const [code, entry] of this.open) if (entry.expiresAt <= now) this.open.delete(code);
  }
}
