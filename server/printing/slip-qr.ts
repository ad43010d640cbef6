// The status-page QR code, drawn module by module at a whole number of dots per module so every
// module prints as crisp square dots (no scaling blur for the threshold to eat).

import type { SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';

export interface QrMatrix {
  size: number;
  /** Row-major, 1 = dark module. */
  modules: Uint8Array;
}

export function qrMatrix(data: string): QrMatrix {
  const qr = QRCode.create(data, { errorCorrectionLevel: 'M' });
  return { size: qr.modules.size, modules: Uint8Array.from(qr.modules.data) };
}

/** Dots per module so that the symbol is at most `targetPx` wide (at least 2). */
export function qrScale(matrix: QrMatrix, targetPx: number): number {
  return Math.max(2, Math.floor(targetPx / matrix.size));
}

export function drawQr(ctx: SKRSContext2D, matrix: QrMatrix, x: number, y: number, scale: number): void {
  ctx.fillStyle = '#000';
  for (let row = 0; row < matrix.size; row += 1) {
    for (let col = 0; col < matrix.size; col += 1) {
      if (matrix.modules[row * matrix.size + col] === 1)
        ctx.fillRect(x + col * scale, y + row * scale, scale, scale);
    }
  }
}
