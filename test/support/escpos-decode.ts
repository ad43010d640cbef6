// Test-side ESC/POS decoder: walks the bytes a printer would receive, rebuilds raster pictures
// (GS v 0, bands stacked back into one picture), counts cuts and reads text lines. Independent of
// the production encoder, so it can catch what the encoder gets wrong.

import { PNG } from 'pngjs';

export interface Bitmap {
  width: number;
  height: number;
  /** Row-major, 1 = black dot. */
  data: Uint8Array;
}

export interface DecodedEscPos {
  /** Pictures as printed: consecutive raster bands of one width with nothing in between are one picture. */
  images: Bitmap[];
  /** Each GS v 0 command on its own. */
  bands: Bitmap[];
  cuts: number;
  inits: number;
  /** DLE EOT / GS r queries found in the stream. */
  statusQueries: number;
  lines: string[];
  /** Offsets of bytes the decoder did not understand. */
  unknown: number[];
}

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const FS = 0x1c;
const LF = 0x0a;

/** ESC commands and how many argument bytes follow the command byte. */
const ESC_ARGS: Record<number, number> = {
  64: 0, // @ init
  50: 0, // 2 default line spacing
  97: 1, // a align
  69: 1, // E bold
  45: 1, // - underline
  116: 1, // t code page
  77: 1, // M font
  33: 1, // ! print mode
  100: 1, // d feed lines
  74: 1, // J feed dots
  51: 1, // 3 line spacing
  123: 1, // { upside down
  82: 1, // R international set
  66: 2, // B beep
  112: 3, // p drawer pulse
};

const GS_ONE_ARG = new Set([0x21, 0x42, 0x48, 0x66, 0x68, 0x77, 0x72]);

const CODE_PAGES: Record<number, string> = { 16: 'windows-1252', 17: 'ibm866', 52: 'windows-1258' };

function stack(bands: Bitmap[]): Bitmap {
  const height = bands.reduce((sum, b) => sum + b.height, 0);
  const data = new Uint8Array(bands[0].width * height);
  let offset = 0;
  for (const band of bands) {
    data.set(band.data, offset);
    offset += band.data.length;
  }
  return { width: bands[0].width, height, data };
}

export function decodeEscPos(bytes: Uint8Array): DecodedEscPos {
  const out: DecodedEscPos = {
    images: [],
    bands: [],
    cuts: 0,
    inits: 0,
    statusQueries: 0,
    lines: [],
    unknown: [],
  };
  let run: Bitmap[] = [];
  let text: number[] = [];
  let codePage = 0;
  const endPicture = (): void => {
    if (run.length > 0) out.images.push(stack(run));
    run = [];
  };
  const endLine = (): void => {
    const decoder = new TextDecoder(CODE_PAGES[codePage] ?? 'windows-1252');
    out.lines.push(decoder.decode(Uint8Array.from(text)));
    text = [];
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === ESC) {
      const cmd = bytes[i + 1];
      const args = ESC_ARGS[cmd];
      if (args === undefined) {
        out.unknown.push(i);
        i += 2;
        continue;
      }
      if (cmd === 0x40) out.inits += 1;
      if (cmd === 0x74) codePage = bytes[i + 2];
      if (cmd === 0x64 || cmd === 0x4a) endPicture();
      i += 2 + args;
    } else if (b === GS) {
      const cmd = bytes[i + 1];
      if (cmd === 0x76 && bytes[i + 2] === 0x30) {
        const widthBytes = bytes[i + 4] + 256 * bytes[i + 5];
        const height = bytes[i + 6] + 256 * bytes[i + 7];
        const start = i + 8;
        const width = widthBytes * 8;
        const data = new Uint8Array(width * height);
        for (let y = 0; y < height; y += 1) {
          for (let xb = 0; xb < widthBytes; xb += 1) {
            const byte = bytes[start + y * widthBytes + xb];
            for (let bit = 0; bit < 8; bit += 1) data[y * width + xb * 8 + bit] = (byte >> (7 - bit)) & 1;
          }
        }
        const band = { width, height, data };
        out.bands.push(band);
        if (run.length > 0 && run[0].width !== width) endPicture();
        run.push(band);
        i = start + widthBytes * height;
      } else if (cmd === 0x56) {
        endPicture();
        out.cuts += 1;
        i += bytes[i + 2] >= 65 ? 4 : 3;
      } else if (cmd === 0x28 && bytes[i + 2] === 0x6b) {
        i += 5 + bytes[i + 3] + 256 * bytes[i + 4];
      } else if (cmd === 0x72) {
        out.statusQueries += 1;
        i += 3;
      } else if (GS_ONE_ARG.has(cmd)) {
        i += 3;
      } else {
        out.unknown.push(i);
        i += 2;
      }
    } else if (b === DLE && (bytes[i + 1] === 0x04 || bytes[i + 1] === 0x05)) {
      if (bytes[i + 1] === 0x04) out.statusQueries += 1;
      i += 3;
    } else if (b === FS && (bytes[i + 1] === 0x2e || bytes[i + 1] === 0x26)) {
      i += 2;
    } else if (b === LF) {
      endPicture();
      endLine();
      i += 1;
    } else if (b < 0x20) {
      i += 1;
    } else {
      endPicture();
      text.push(b);
      i += 1;
    }
  }
  endPicture();
  if (text.length > 0) endLine();
  return out;
}

export function bitmapToPng(bitmap: Bitmap): Buffer {
  const png = new PNG({ width: bitmap.width, height: bitmap.height });
  for (let i = 0; i < bitmap.data.length; i += 1) {
    const v = bitmap.data[i] === 1 ? 0 : 255;
    png.data[i * 4] = v;
    png.data[i * 4 + 1] = v;
    png.data[i * 4 + 2] = v;
    png.data[i * 4 + 3] = 255;
  }
  return PNG.sync.write(png);
}

/** Reads a PNG with the printer's rule: opaque and darker than mid-grey prints a dot. */
export function pngToBitmap(buffer: Buffer): Bitmap {
  const png = PNG.sync.read(buffer);
  const data = new Uint8Array(png.width * png.height);
  for (let i = 0; i < data.length; i += 1) {
    const [r, g, b, a] = [png.data[i * 4], png.data[i * 4 + 1], png.data[i * 4 + 2], png.data[i * 4 + 3]];
    data[i] = a > 126 && Math.trunc(0.2126 * r + 0.7152 * g + 0.0722 * b) < 128 ? 1 : 0;
  }
  return { width: png.width, height: png.height, data };
}

/** Pixels that are neither pure black nor pure white (or not opaque) in a PNG. */
export function greyPixels(buffer: Buffer): number {
  const png = PNG.sync.read(buffer);
  let n = 0;
  for (let p = 0; p < png.data.length; p += 4) {
    const [r, g, b, a] = [png.data[p], png.data[p + 1], png.data[p + 2], png.data[p + 3]];
    const black = r === 0 && g === 0 && b === 0;
    const white = r === 255 && g === 255 && b === 255;
    if (a !== 255 || !(black || white)) n += 1;
  }
  return n;
}
