// A video file for Chromium's fake camera (--use-file-for-fake-video-capture): a QR code drawn
// with the `qrcode` package's matrix, centred on white, written as Y4M (YUV 4:2:0, the format
// Chromium reads without ffmpeg). A few identical frames; Chromium loops the file.
import { writeFile } from 'node:fs/promises';
import { create } from 'qrcode';

export async function writeQrY4m(path: string, text: string, width = 640, height = 480, frames = 5) {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const scale = Math.floor((Math.min(width, height) * 0.7) / (n + 8));
  const side = (n + 8) * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = (top + (y + 4) * scale + dy) * width;
        luma.fill(16, row + left + (x + 4) * scale, row + left + (x + 5) * scale);
      }
    }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  await writeFile(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
