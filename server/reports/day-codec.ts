// The on-disk form of a closed day's rows (reports-cache/<siteId>/<day>.bin): a magic tag, a JSON
// header (day, zone, id table, reasons, officer time) and the columns as raw little-endian typed
// arrays, so reading a cached day costs one file read and no parsing of ticket data.
// Anything that does not decode (old version, torn file) returns null and the day is rebuilt.
import type { DayRows } from './day-rows.js';
import type { OfficerTime } from './officer-time.js';

const MAGIC = 'LUOTRPT4';
const U16 = ['procedure', 'field', 'series', 'counter', 'officer', 'priority'] as const;
const U8 = ['channel', 'status', 'hour', 'level', 'scale', 'dossier', 'outcome'] as const;
const I32 = ['wait', 'service', 'uncalled'] as const;

interface Header {
  day: string;
  timeZone: string;
  closed: boolean;
  n: number;
  strings: string[];
  reasons: number[][];
  officers: OfficerTime[];
}

const align4 = (n: number) => (n + 3) & ~3;

function layout(n: number, headerBytes: number) {
  const headerStart = MAGIC.length + 4;
  let offset = align4(headerStart + headerBytes);
  const u16 = offset;
  offset = align4(offset + U16.length * n * 2);
  const u8 = offset;
  offset = align4(offset + U8.length * n);
  const i32 = offset;
  offset += I32.length * n * 4;
  return { headerStart, u16, u8, i32, total: offset };
}

export function encodeDayRows(rows: DayRows): Uint8Array {
  const header: Header = {
    day: rows.day,
    timeZone: rows.timeZone,
    closed: rows.closed,
    n: rows.n,
    strings: rows.strings,
    reasons: [...rows.reasons].map(([row, idx]) => [row, ...idx]),
    officers: rows.officers,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const n = rows.n;
  const at = layout(n, json.length);
  const buf = new ArrayBuffer(at.total);
  const bytes = new Uint8Array(buf);
  bytes.set(Buffer.from(MAGIC, 'latin1'), 0);
  new DataView(buf).setUint32(MAGIC.length, json.length, true);
  bytes.set(json, at.headerStart);
  U16.forEach((k, i) => {
    new Uint16Array(buf, at.u16 + i * n * 2, n).set(rows[k]);
  });
  U8.forEach((k, i) => {
    new Uint8Array(buf, at.u8 + i * n, n).set(rows[k]);
  });
  I32.forEach((k, i) => {
    new Int32Array(buf, at.i32 + i * n * 4, n).set(rows[k]);
  });
  return bytes;
}

export function decodeDayRows(data: Uint8Array): DayRows | null {
  try {
    if (data.length < MAGIC.length + 4) return null;
    if (Buffer.from(data.buffer, data.byteOffset, MAGIC.length).toString('latin1') !== MAGIC) return null;
    // Typed array views need 4-byte alignment of the underlying buffer.
    const bytes = data.byteOffset % 4 === 0 ? data : Uint8Array.from(data);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const headerBytes = view.getUint32(MAGIC.length, true);
    const json = Buffer.from(bytes.buffer, bytes.byteOffset + MAGIC.length + 4, headerBytes).toString('utf8');
    const header = JSON.parse(json) as Header;
    const n = header.n;
    const at = layout(n, headerBytes);
    if (at.total !== bytes.length) return null;
    const base = bytes.byteOffset;
    const u16 = (i: number) => new Uint16Array(bytes.buffer, base + at.u16 + i * n * 2, n);
    const u8 = (i: number) => new Uint8Array(bytes.buffer, base + at.u8 + i * n, n);
    const i32 = (i: number) => new Int32Array(bytes.buffer, base + at.i32 + i * n * 4, n);
    return {
      day: header.day,
      timeZone: header.timeZone,
      closed: header.closed,
      strings: header.strings,
      n,
      procedure: u16(0),
      field: u16(1),
      series: u16(2),
      counter: u16(3),
      officer: u16(4),
      priority: u16(5),
      channel: u8(0),
      status: u8(1),
      hour: u8(2),
      level: u8(3),
      scale: u8(4),
      dossier: u8(5),
      outcome: u8(6),
      wait: i32(0),
      service: i32(1),
      uncalled: i32(2),
      reasons: new Map(header.reasons.map(([row, ...idx]) => [row, idx])),
      officers: header.officers,
    };
  } catch {
    return null;
  }
}
