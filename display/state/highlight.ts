// How long the newest call stays highlighted (pulsing, coloured): settings.display.highlightSeconds
// from the moment the server made the call, measured on the server's clock.

/** Milliseconds the call made at `callAt` is still highlighted at server time `now` (0 = settled). */
export function highlightRemainingMs(callAt: number, now: number, highlightSeconds: number): number {
  const until = callAt + highlightSeconds * 1000;
  if (now < callAt) return highlightSeconds * 1000;
  return Math.max(0, until - now);
}
