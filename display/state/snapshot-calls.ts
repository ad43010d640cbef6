// Which calls of a new snapshot the display may still announce. A snapshot (connect, reconnect,
// seq gap) never re-announces what was already heard: on the first snapshot nothing is announced;
// on a later one only calls made after the last state this display had (seq above it) and no
// older than `graceMs` — a call missed during a short gap is still worth saying, an old one is not.
import type { CallView } from '../../shared/protocol/views.js';

export const MISSED_CALL_GRACE_MS = 15_000;

/** The calls to announce from a snapshot, oldest first. `previousSeq` null: the first snapshot. */
export function missedCalls(
  previousSeq: number | null,
  calls: readonly CallView[],
  serverTime: number,
  graceMs: number = MISSED_CALL_GRACE_MS,
): CallView[] {
  if (previousSeq === null) return [];
  return calls
    .filter((call) => call.seq > previousSeq && serverTime - call.at <= graceMs)
    .sort((a, b) => a.seq - b.seq);
}
