// The 1-bit picture a thermal printer prints: 1 = black dot, 0 = paper. Row-major, one byte per
// pixel for simplicity (a slip is under half a megapixel).

export interface SlipBitmap {
  width: number;
  height: number;
  data: Uint8Array;
}

/** node-thermal-printer's rule: alpha > 126 and luminance < 128 prints a dot. */
export function isInk(r: number, g: number, b: number, a: number): boolean {
  return a > 126 && Math.trunc(0.2126 * r + 0.7152 * g + 0.0722 * b) < 128;
}

/**
 * Thresholds RGBA pixels in place to pure black or pure white (opaque) and returns the bitmap, so
 * the PNG written afterwards prints exactly as it looks.
 */
export function thresholdRgba(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): SlipBitmap {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i += 1, p += 4) {
    const ink = isInk(rgba[p], rgba[p + 1], rgba[p + 2], rgba[p + 3]);
    data[i] = ink ? 1 : 0;
    const v = ink ? 0 : 255;
    rgba[p] = v;
    rgba[p + 1] = v;
    rgba[p + 2] = v;
    rgba[p + 3] = 255;
  }
  return { width, height, data };
}

export function inkCount(bitmap: SlipBitmap): number {
  let n = 0;
  for (const v of bitmap.data) n += v;
  return n;
}

/** Number of differing pixels; a size mismatch counts every pixel of the larger one. */
export function differentPixels(a: SlipBitmap, b: SlipBitmap): number {
  if (a.width !== b.width || a.height !== b.height) return Math.max(a.data.length, b.data.length);
  let n = 0;
  for (let i = 0; i < a.data.length; i += 1) if (a.data[i] !== b.data[i]) n += 1;
  return n;
}

/** The smallest box holding all ink, or undefined for a blank bitmap. */
export function inkBounds(
  bitmap: SlipBitmap,
): { x: number; y: number; width: number; height: number } | undefined {
  let minX = bitmap.width;
  let minY = bitmap.height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < bitmap.height; y += 1) {
    for (let x = 0; x < bitmap.width; x += 1) {
      if (bitmap.data[y * bitmap.width + x] === 0) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  if (maxX < 0) return undefined;
  return { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}
