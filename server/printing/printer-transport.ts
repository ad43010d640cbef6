// Moving bytes to a printer. TCP: connect, ask for status, and only if the printer can print now,
// send the job and half-close; the job counts as delivered when the printer has closed its side
// cleanly (it read everything). Files and devices: append, then close.

import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { PrintError, type PrintErrorCode } from './errors.js';
import {
  blocksPrinting,
  checkFileStatus,
  type PrinterState,
  parseStatusReply,
  STATUS_QUERY,
  STATUS_REPLY_LENGTH,
} from './printer-status.js';
import type { PrinterTarget } from './printer-target.js';

export interface TransportTimeouts {
  /** Connecting to a network printer. */
  connectMs: number;
  /** Waiting for the status answer; a printer that stays silent is 'unknown' and still gets the job. */
  statusMs: number;
  /** Waiting for the printer to close after the job was sent. */
  closeMs: number;
}

export const DEFAULT_TIMEOUTS: TransportTimeouts = { connectMs: 3000, statusMs: 800, closeMs: 10_000 };

/** After the first status byte, how long to wait for the rest. */
const STATUS_SETTLE_MS = 100;

export type SendOutcome =
  | { ok: true; state: PrinterState; warning?: string }
  | { ok: false; state: PrinterState; error: PrintError };

function blockedCode(state: PrinterState): PrintErrorCode {
  if (state === 'paper_out') return 'printer_paper_out';
  if (state === 'cover_open') return 'printer_cover_open';
  return 'printer_offline';
}

function connectTcp(host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const fail = (why: string): void => {
      clearTimeout(timer);
      socket.destroy();
      reject(new PrintError('printer_offline', `printer ${host}:${port} unreachable: ${why}`));
    };
    const timer = setTimeout(() => fail(`no connection after ${timeoutMs} ms`), timeoutMs);
    socket.once('error', (error) => fail(error.message));
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(socket);
    });
  });
}

/** Collects up to `length` bytes; gives up after timeoutMs, or settles shortly after a partial answer. */
function readReply(socket: Socket, length: number, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settle: NodeJS.Timeout | undefined;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(settle);
      socket.off('data', onData);
      socket.off('close', finish);
      resolve(Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      received += chunk.length;
      if (received >= length) finish();
      else settle ??= setTimeout(finish, STATUS_SETTLE_MS);
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('data', onData);
    socket.once('close', finish);
  });
}

async function askStatus(socket: Socket, timeoutMs: number): Promise<PrinterState> {
  const reply = readReply(socket, STATUS_REPLY_LENGTH, timeoutMs);
  socket.write(STATUS_QUERY);
  return parseStatusReply(await reply);
}

/** Sends the job and half-closes; resolves once the printer closed its side without error. */
function writeAndClose(socket: Socket, bytes: Buffer, closeMs: number): Promise<{ warning?: string }> {
  return new Promise((resolve, reject) => {
    let flushed = false;
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', () => {}); // late status answers: read and drop, so closing never resets
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(new PrintError('printer_write_failed', `sending to printer failed: ${error.message}`));
    });
    socket.once('close', (hadError) => {
      clearTimeout(timer);
      if (hadError) return;
      if (flushed) resolve({});
      else
        reject(
          new PrintError('printer_write_failed', 'printer closed the connection before the job was sent'),
        );
    });
    socket.end(bytes, () => {
      flushed = true;
      timer = setTimeout(() => {
        socket.destroy();
        // Every byte was handed over and the end sent; sending again could print twice.
        resolve({
          warning: `printer kept the connection open ${closeMs} ms after the job; assuming printed`,
        });
      }, closeMs);
    });
  });
}

export async function checkTcpStatus(
  host: string,
  port: number,
  timeouts: TransportTimeouts,
): Promise<PrinterState> {
  let socket: Socket;
  try {
    socket = await connectTcp(host, port, timeouts.connectMs);
  } catch {
    return 'offline';
  }
  socket.on('error', () => {});
  try {
    return await askStatus(socket, timeouts.statusMs);
  } finally {
    socket.destroy();
  }
}

async function sendTcp(
  host: string,
  port: number,
  bytes: Buffer,
  timeouts: TransportTimeouts,
): Promise<SendOutcome> {
  let socket: Socket;
  try {
    socket = await connectTcp(host, port, timeouts.connectMs);
  } catch (error) {
    return { ok: false, state: 'offline', error: asPrintError(error, 'printer_offline') };
  }
  const swallow = (): void => {};
  socket.on('error', swallow);
  const state = await askStatus(socket, timeouts.statusMs);
  if (socket.destroyed) {
    return {
      ok: false,
      state: 'offline',
      error: new PrintError('printer_offline', 'printer closed the connection'),
    };
  }
  if (blocksPrinting(state)) {
    socket.destroy();
    return { ok: false, state, error: new PrintError(blockedCode(state), `printer reports ${state}`) };
  }
  socket.off('error', swallow);
  try {
    const { warning } = await writeAndClose(socket, bytes, timeouts.closeMs);
    return warning === undefined ? { ok: true, state } : { ok: true, state, warning };
  } catch (error) {
    return { ok: false, state: 'offline', error: asPrintError(error, 'printer_write_failed') };
  }
}

async function sendFile(path: string, bytes: Buffer): Promise<SendOutcome> {
  // Devices are opened without O_CREAT: an unplugged /dev/usb/lp0 must fail, not become a file.
  const flags = path.startsWith('/dev/')
    ? constants.O_WRONLY | constants.O_APPEND
    : constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT;
  try {
    const handle = await open(path, flags, 0o644);
    try {
      await handle.write(bytes);
    } finally {
      await handle.close();
    }
    return { ok: true, state: 'ok' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      state: 'offline',
      error: new PrintError('printer_offline', `cannot write to ${path}: ${message}`),
    };
  }
}

function asPrintError(error: unknown, code: PrintErrorCode): PrintError {
  return error instanceof PrintError ? error : new PrintError(code, String(error));
}

export function sendToTarget(
  target: PrinterTarget,
  bytes: Buffer,
  timeouts: TransportTimeouts,
): Promise<SendOutcome> {
  if (target.kind === 'tcp') return sendTcp(target.host, target.port, bytes, timeouts);
  if (target.kind === 'file') return sendFile(target.path, bytes);
  return Promise.resolve({
    ok: false,
    state: 'unknown',
    error: new PrintError('printer_disabled', 'no printer is configured for this kiosk'),
  });
}

export async function checkTarget(target: PrinterTarget, timeouts: TransportTimeouts): Promise<PrinterState> {
  if (target.kind === 'tcp') return checkTcpStatus(target.host, target.port, timeouts);
  if (target.kind === 'file') return checkFileStatus(target.path);
  return 'unknown';
}
