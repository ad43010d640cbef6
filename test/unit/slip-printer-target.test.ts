import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PrintError } from '../../server/printing/errors.js';
import { parseStatusReply } from '../../server/printing/printer-status.js';
import { isValidPrinterTarget, parsePrinterTarget } from '../../server/printing/printer-target.js';

describe('printer targets', () => {
  it('parses network printers, with 9100 as the default port', () => {
    expect(parsePrinterTarget('tcp://192.168.1.50')).toMatchObject({
      kind: 'tcp',
      host: '192.168.1.50',
      port: 9100,
    });
    expect(parsePrinterTarget('tcp://Printer-1.local:9101/')).toMatchObject({
      kind: 'tcp',
      host: 'printer-1.local',
      port: 9101,
      key: 'tcp://printer-1.local:9101',
    });
    expect(parsePrinterTarget('tcp://[::1]:9100')).toMatchObject({
      kind: 'tcp',
      host: '::1',
      key: 'tcp://[::1]:9100',
    });
    expect(parsePrinterTarget('tcp://10.0.0.5').key).toBe(parsePrinterTarget('tcp://10.0.0.5:9100').key);
  });

  it('parses devices, files and none', () => {
    expect(parsePrinterTarget('/dev/usb/lp0')).toEqual({
      kind: 'file',
      path: '/dev/usb/lp0',
      key: '/dev/usb/lp0',
    });
    expect(parsePrinterTarget('file:///tmp/slips.bin')).toMatchObject({
      kind: 'file',
      path: '/tmp/slips.bin',
    });
    expect(parsePrinterTarget('none')).toEqual({ kind: 'none', key: 'none' });
    expect(parsePrinterTarget('./slips.bin')).toMatchObject({
      kind: 'file',
      path: join(process.cwd(), 'slips.bin'),
    });
  });

  it.each([
    '',
    '   ',
    'tcp://',
    'tcp://host:0',
    'tcp://host:70000',
    'tcp://ho st:9100',
    'tcp://host:9100/path',
    'http://printer',
    'printer:EPSON',
    'lp0',
    'slips.bin',
    '/tmp/',
  ])('rejects %j with invalid_printer_target', (value) => {
    expect(isValidPrinterTarget(value)).toBe(false);
    try {
      parsePrinterTarget(value);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PrintError);
      expect((error as PrintError).code).toBe('invalid_printer_target');
    }
  });
});

describe('printer status bytes', () => {
  // [DLE EOT 2 offline cause, DLE EOT 4 roll sensor, GS r 1 paper sensor], per the Epson reference.
  it.each([
    [[0x12, 0x12, 0x00], 'ok'],
    [[0x12, 0x1e, 0x03], 'paper_near_end'],
    [[0x32, 0x72, 0x0c], 'paper_out'],
    [[0x32, 0x72], 'paper_out'],
    [[0x12, 0x72], 'paper_out'],
    [[0x0c], 'paper_out'],
    [[0x03], 'paper_near_end'],
    [[0x16, 0x12], 'cover_open'],
    [[0x52, 0x12], 'offline'],
    [[], 'unknown'],
    [[0xff], 'unknown'],
  ] as const)('reads %j as %s', (bytes, state) => {
    expect(parseStatusReply(Uint8Array.from(bytes))).toBe(state);
  });
});
