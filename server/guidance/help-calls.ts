// Calls for help from kiosks ("Gọi hỗ trợ"): kept in memory per site for the guidance desk, which
// polls them. A kiosk has at most one open call; a call closes when an officer answers it or
// after 30 minutes. Nothing about the citizen is recorded, only which kiosk called and when.

export const HELP_CALL_TTL_MS = 30 * 60_000;
const MAX_OPEN_PER_SITE = 50;

export interface HelpCall {
  id: string;
  /** The kiosk's device id and name. */
  deviceId: string;
  where: string;
  at: number;
  language: string;
}

export class HelpCalls {
  private readonly bySite = new Map<string, HelpCall[]>();
  private next = 1;

  constructor(private readonly clock: () => number) {}

  private open(siteId: string): HelpCall[] {
    const now = this.clock();
    const calls = (this.bySite.get(siteId) ?? []).filter((c) => now - c.at < HELP_CALL_TTL_MS);
    this.bySite.set(siteId, calls);
    return calls;
  }

  /** Opens a call from a kiosk, or returns the one it already has. */
  call(siteId: string, deviceId: string, where: string, language: string): HelpCall {
    const calls = this.open(siteId);
    const existing = calls.find((c) => c.deviceId === deviceId);
    if (existing) return existing;
    const call: HelpCall = { id: `h${this.next++}`, deviceId, where, at: this.clock(), language };
    calls.push(call);
    if (calls.length > MAX_OPEN_PER_SITE) calls.splice(0, calls.length - MAX_OPEN_PER_SITE);
    return call;
  }

  list(siteId: string): HelpCall[] {
    return [...this.open(siteId)];
  }

  /** An officer is on the way: the call closes. False when it was not open. */
  answer(siteId: string, id: string): boolean {
    const calls = this.open(siteId);
    const index = calls.findIndex((c) => c.id === id);
    if (index < 0) return false;
    calls.splice(index, 1);
    return true;
  }
}
