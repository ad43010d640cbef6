// A QR code as one SVG path, drawn in the browser from the `qrcode` package's matrix (no canvas,
// no network): dark modules on white with a quiet zone of 4 modules.
import { create } from 'qrcode';

export interface QrPath {
  /** Width and height in modules, quiet zone included. */
  size: number;
  d: string;
}

export function qrPath(text: string, margin = 4): QrPath {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      d += `M${start + margin} ${y + margin}h${x - start}v1h${start - x}z`;
    }
  }
  return { size: n + 2 * margin, d };
}
