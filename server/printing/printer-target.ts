// Where a slip goes: a network printer (raw TCP, port 9100 style), a device or file path that
// bytes are appended to (/dev/usb/lp0, or a plain file in development), or nowhere.

import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrintError } from './errors.js';

export type PrinterTarget =
  | { kind: 'tcp'; host: string; port: number; key: string }
  | { kind: 'file'; path: string; key: string }
  | { kind: 'none'; key: 'none' };

export const DEFAULT_TCP_PORT = 9100;

const TCP = /^tcp:\/\/(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?\/?$/i;

function invalid(value: string, why: string): PrintError {
  return new PrintError('invalid_printer_target', `invalid printer target '${value}': ${why}`);
}

function parseTcp(value: string): PrinterTarget {
  const match = TCP.exec(value);
  if (match === null) throw invalid(value, 'expected tcp://host[:port]');
  const host = match[1].startsWith('[') ? match[1].slice(1, -1) : match[1].toLowerCase();
  const port = match[2] === undefined ? DEFAULT_TCP_PORT : Number(match[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw invalid(value, 'port must be 1..65535');
  const shown = host.includes(':') ? `[${host}]` : host;
  return { kind: 'tcp', host, port, key: `tcp://${shown}:${port}` };
}

function parsePath(value: string, path: string): PrinterTarget {
  if (path.includes('\0')) throw invalid(value, 'path contains NUL');
  if (!isAbsolute(path)) throw invalid(value, 'a device or file path must be absolute');
  if (path.endsWith('/')) throw invalid(value, 'path names a directory');
  return { kind: 'file', path, key: path };
}

/**
 * Parses `tcp://host[:port]`, an absolute path (or one starting with ./ or ../), a `file://` URL or
 * `none`.
 * Throws PrintError `invalid_printer_target` for anything else.
 */
export function parsePrinterTarget(value: string): PrinterTarget {
  if (typeof value !== 'string') throw invalid(String(value), 'not a string');
  const trimmed = value.trim();
  if (trimmed === '') throw invalid(value, 'empty');
  if (trimmed.toLowerCase() === 'none') return { kind: 'none', key: 'none' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'tcp') return parseTcp(trimmed);
  if (scheme === 'file') {
    let path: string;
    try {
      path = fileURLToPath(trimmed);
    } catch {
      throw invalid(value, 'bad file URL');
    }
    return parsePath(value, path);
  }
  if (scheme !== undefined && scheme.length > 1) throw invalid(value, `unsupported scheme '${scheme}:'`);
  // "./slips.bin" is a development convenience: resolved against the working directory once.
  if (trimmed.startsWith('./') || trimmed.startsWith('../')) return parsePath(value, resolve(trimmed));
  return parsePath(value, trimmed);
}

export function isValidPrinterTarget(value: string): boolean {
  try {
    parsePrinterTarget(value);
    return true;
  } catch {
    return false;
  }
}
