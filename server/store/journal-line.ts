// One journal line: an event as JSON with its checksum as the last field,
// `{"type":…,"seq":12,"crc":"1a2b3c4d"}`. The checksum is CRC-32 of the line's bytes without the
// `,"crc":"…"` part, so a line stays plain JSON (jq can read it) and any altered byte is seen.
import { crc32 } from 'node:zlib';
import { QUEUE_EVENT_TYPES, type QueueEvent } from '../../shared/domain/events.js';

const SUFFIX_LENGTH = ',"crc":"00000000"}'.length;
const SUFFIX = /^,"crc":"([0-9a-f]{8})"\}$/;

const EVENT_TYPES: ReadonlySet<unknown> = new Set(QUEUE_EVENT_TYPES);

/**
 * Whether a parsed line has an event's envelope: a known type, a finite time, a positive whole
 * seq (other fields are the event's own). Checked by hand, not by a schema: a restart reads every
 * line of the day, and a schema per line was a third of a 5,000-ticket restart.
 */
function isEventEnvelope(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { type, at, seq } = value as Record<string, unknown>;
  return EVENT_TYPES.has(type) && Number.isFinite(at) && Number.isInteger(seq) && (seq as number) > 0;
}

function checksum(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}

/** The line for an event (with its trailing newline). The event must carry its seq. */
export function encodeJournalLine(event: QueueEvent): string {
  const json = JSON.stringify(event);
  return `${json.slice(0, -1)},"crc":"${checksum(json)}"}\n`;
}

export type DecodedLine = { ok: true; event: QueueEvent; checked: boolean } | { ok: false; problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes one line's bytes. `checked` is false for a line written before checksums existed;
 * such a line is accepted only where the caller allows it (before the first checked line).
 */
export function decodeJournalLine(bytes: Uint8Array): DecodedLine {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, problem: 'is not valid UTF-8' };
  }
  let body = text;
  let checked = false;
  const suffix = SUFFIX.exec(text.slice(-SUFFIX_LENGTH));
  if (suffix) {
    body = `${text.slice(0, -SUFFIX_LENGTH)}}`;
    if (checksum(body) !== suffix[1]) return { ok: false, problem: 'fails its checksum (altered)' };
    checked = true;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'is not valid JSON' };
  }
  if (!isEventEnvelope(parsed)) return { ok: false, problem: 'is not a queue event' };
  return { ok: true, event: parsed as QueueEvent, checked };
}
