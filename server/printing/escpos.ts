// ESC/POS bytes for a rendered slip, built by node-thermal-printer (raster GS v 0) into memory.
// A fresh ThermalPrinter per job: execute() does not clear its buffer.

import { createCanvas, Image } from '@napi-rs/canvas';
import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { PrintError } from './errors.js';

/** Some clones have small receive buffers: send the picture in strips of at most this many rows. */
export const MAX_BAND_ROWS = 256;

const ESC_INIT = Buffer.from([0x1b, 0x40]);

export interface EncodeOptions {
  maxBandRows?: number;
  /** Lines fed before the cut (ESC d 4 each); the cutter sits above the print head. Default 1. */
  feedBeforeCut?: number;
  cut?: 'full' | 'partial';
}

/** node-thermal-printer accepts an object with this shape as its interface (a documented seam). */
class CaptureInterface {
  readonly chunks: Buffer[] = [];

  async execute(buffer: Buffer): Promise<string> {
    this.chunks.push(Buffer.from(buffer));
    return '';
  }

  async isPrinterConnected(): Promise<boolean> {
    return true;
  }

  getPrinterName(): string {
    return 'capture';
  }
}

/** Cuts a PNG into PNG strips of at most maxRows rows, top to bottom. */
export function splitPngIntoBands(png: Buffer, maxRows: number): Buffer[] {
  const image = new Image();
  image.src = png;
  const { width, height } = image;
  if (height <= maxRows) return [png];
  const bands: Buffer[] = [];
  for (let top = 0; top < height; top += maxRows) {
    const rows = Math.min(maxRows, height - top);
    const canvas = createCanvas(width, rows);
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(image, 0, top, width, rows, 0, 0, width, rows);
    bands.push(canvas.encodeSync('png'));
  }
  return bands;
}

/** Init, the slip as raster bands, feed, cut. Returns the bytes to send to the printer. */
export async function encodeSlipEscPos(slip: { png: Buffer }, options: EncodeOptions = {}): Promise<Buffer> {
  const maxRows = options.maxBandRows ?? MAX_BAND_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 1 || maxRows > 65535) {
    throw new PrintError('slip_render_failed', `band height must be 1..65535 rows, got ${maxRows}`);
  }
  const capture = new CaptureInterface();
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    // The typings only admit a URI string; the library uses an object interface as-is.
    interface: capture as unknown as string,
  });
  printer.add(ESC_INIT);
  for (const band of splitPngIntoBands(slip.png, maxRows)) await printer.printImageBuffer(band);
  const cutOptions = { verticalTabAmount: options.feedBeforeCut ?? 1 };
  if (options.cut === 'partial') printer.partialCut(cutOptions);
  else printer.cut(cutOptions);
  await printer.execute();
  return Buffer.concat(capture.chunks);
}
