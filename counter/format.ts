// Small formatting rules of the counter screen (pure, unit-tested).

/** A running timer: 03:21, 1:04:09 past an hour. Negative spans (clock skew) show 00:00. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Whole minutes waited, rounded down, never negative. */
export function minutesBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 60_000));
}

/** Whether a waiting ticket is past its series' target wait. */
export function isLate(issuedAt: number, now: number, targetWaitMinutes: number | undefined): boolean {
  return targetWaitMinutes !== undefined && now - issuedAt > targetWaitMinutes * 60_000;
}

/** An average duration as m:ss (6:40), or null. */
export function averageLabel(ms: number | null): string | null {
  if (ms === null) return null;
  const total = Math.round(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
