import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import {
  differentPixels,
  inkBounds,
  inkCount,
  type SlipBitmap,
  thresholdRgba,
} from '../../server/printing/slip-bitmap.js';
import { ensureSlipFonts, KHMER_FAMILY, LATIN_FAMILY } from '../../server/printing/slip-fonts.js';
import { resolveSlipLayout } from '../../server/printing/slip-layout.js';
import { buildSlipModel, type SlipInput } from '../../server/printing/slip-model.js';
import { qrMatrix, qrScale } from '../../server/printing/slip-qr.js';
import {
  renderSlip,
  renderSlipBitmap,
  renderSlipImage,
  renderTextImage,
} from '../../server/printing/slip-render.js';
import { slipStyle } from '../../server/printing/slip-style.js';
import { greyPixels, pngToBitmap } from '../support/escpos-decode.js';

const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const input: SlipInput = {
  centreName: 'Trung tâm Phục vụ hành chính công phường Hà Giang 1',
  ward: 'Phường Hà Giang 1',
  province: 'Tỉnh Tuyên Quang',
  displayNumber: 'A012',
  fieldName: 'Hộ tịch',
  procedureName: 'Đăng ký khai sinh',
  counters: ['Quầy 3'],
  ahead: 7,
  issuedAt: Date.parse('2026-03-02T02:15:00Z'),
  timeZone: 'Asia/Ho_Chi_Minh',
  statusUrl: 'https://luot.example.gov.vn/s/HG1-20260302-A012',
  language: 'vi',
};

/** Compares against a golden PNG; UPDATE_GOLDEN=1 writes it instead (then look at it!). */
function expectGolden(name: string, png: Buffer, bitmap: SlipBitmap, tolerance: number): void {
  const path = `${GOLDEN_DIR}${name}`;
  if (UPDATE) writeFileSync(path, png);
  expect(existsSync(path), `${path} missing: run with UPDATE_GOLDEN=1 and check the picture`).toBe(true);
  const golden = pngToBitmap(readFileSync(path));
  expect([golden.width, golden.height]).toEqual([bitmap.width, bitmap.height]);
  expect(differentPixels(golden, bitmap)).toBeLessThanOrEqual(tolerance);
}

describe('slip rendering', () => {
  it.each([
    [80, 576],
    [58, 384],
  ] as const)('renders %i mm paper %i dots wide, pure black and white, with ink', (paperWidth, dots) => {
    const model = buildSlipModel({ ...input, layout: resolveSlipLayout({ paperWidth }) });
    const { png, width, height, bitmap } = renderSlipImage(model);
    expect(width).toBe(dots);
    const fromPng = pngToBitmap(png);
    expect([fromPng.width, fromPng.height]).toEqual([dots, height]);
    expect(greyPixels(png)).toBe(0);
    expect(differentPixels(fromPng, bitmap)).toBe(0);
    const ink = inkCount(bitmap) / (width * height);
    expect(ink).toBeGreaterThan(0.03);
    expect(ink).toBeLessThan(0.6);
  });

  it('is deterministic and follows its input', () => {
    const model = buildSlipModel(input);
    const a = renderSlip(model);
    const b = renderSlip(model);
    expect(a.png.equals(b.png)).toBe(true);
    const other = renderSlipBitmap(buildSlipModel({ ...input, ahead: 8 }));
    expect(differentPixels(renderSlipBitmap(model), other)).toBeGreaterThan(0);
  });

  it('wraps a long procedure name inside the margins and grows the slip', () => {
    const long = {
      ...input,
      procedureName:
        'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi và cấp giấy xác nhận thông tin cư trú',
    };
    for (const paperWidth of [80, 58] as const) {
      const layout = resolveSlipLayout({ paperWidth });
      const short = renderSlipImage(buildSlipModel({ ...input, layout }));
      const tall = renderSlipImage(buildSlipModel({ ...long, layout }));
      expect(tall.height).toBeGreaterThan(short.height + 50);
      const box = inkBounds(tall.bitmap);
      const margin = slipStyle(paperWidth).margin;
      expect(box?.x).toBeGreaterThanOrEqual(margin);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(tall.width - margin);
    }
  });

  it('shrinks a long number to fit one line', () => {
    const { bitmap, width } = renderSlipImage(buildSlipModel({ ...input, displayNumber: 'ƯT-000001234' }));
    const box = inkBounds(bitmap);
    expect(box?.x).toBeGreaterThanOrEqual(slipStyle(80).margin);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width - slipStyle(80).margin);
  });

  it('draws the QR code module for module from qrcode', () => {
    const model = buildSlipModel(input);
    const { bitmap } = renderSlipImage(model);
    const matrix = qrMatrix(input.statusUrl);
    const scale = qrScale(matrix, slipStyle(80).qrTargetPx);
    const side = matrix.size * scale;
    const x0 = Math.round((bitmap.width - side) / 2);
    const at = (x: number, y: number): number => bitmap.data[y * bitmap.width + x];
    // The top-left finder pattern starts with a solid black run of 7 modules.
    let y0 = -1;
    for (let y = 0; y < bitmap.height && y0 < 0; y += 1) {
      let solid = at(x0 - 1, y) === 0;
      for (let x = x0; x < x0 + 7 * scale && solid; x += 1) solid = at(x, y) === 1;
      if (solid && at(x0 + 7 * scale, y) === 0) y0 = y;
    }
    expect(y0).toBeGreaterThan(0);
    let mismatches = 0;
    for (let row = 0; row < matrix.size; row += 1) {
      for (let col = 0; col < matrix.size; col += 1) {
        const dot = at(x0 + col * scale + Math.floor(scale / 2), y0 + row * scale + Math.floor(scale / 2));
        if (dot !== matrix.modules[row * matrix.size + col]) mismatches += 1;
      }
    }
    expect(mismatches).toBe(0);
  });

  it('renders Vietnamese diacritics exactly like the golden picture', () => {
    const options = { sizePx: 32, weight: 500, language: 'vi' } as const;
    const text = renderTextImage('Đăng ký khai sinh', options);
    expectGolden('slip-text-dang-ky-khai-sinh.png', text.png, text.bitmap, 4);
    const r8 = renderTextImage('Đăng ký khai sinh – Quầy số 3', options);
    expectGolden('slip-text-dang-ky-khai-sinh-quay-so-3.png', r8.png, r8.bitmap, 4);
    // The comparison is sharp enough to see one wrong tone mark (ỳ for ý) or missing marks.
    const wrongTone = renderTextImage('Đăng kỳ khai sinh', options);
    expect(differentPixels(wrongTone.bitmap, text.bitmap)).toBeGreaterThan(4 * 4);
    const noMarks = renderTextImage('Dang ky khai sinh', options);
    expect(differentPixels(noMarks.bitmap, text.bitmap)).toBeGreaterThan(4 * 4);
    // NFD input prints the same as NFC.
    const nfd = renderTextImage('Đăng ký khai sinh'.normalize('NFD'), options);
    expect(differentPixels(nfd.bitmap, text.bitmap)).toBe(0);
  });

  it('gives stacked capital marks room: nothing clipped', () => {
    const caps = renderTextImage('ẨẪẬ ỔỖỘ ẲẴẶ ỞỠỢ', { sizePx: 64, weight: 700, language: 'vi' });
    const box = inkBounds(caps.bitmap);
    expect(box?.y).toBeGreaterThanOrEqual(4);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(caps.height - 4);
  });

  it('keeps wrapped lines of stacked capitals apart on the slip', () => {
    const centreName = 'ẨẬ ỔỘ ẲẶ ỞỢ ẨẬ ỔỘ ẲẶ ỞỢ ẨẬ ỔỘ ẲẶ ỞỢ ẨẬ ỔỘ';
    const model = buildSlipModel({
      ...input,
      centreName,
      layout: resolveSlipLayout({ show: { ward: false } }),
    });
    const { bitmap } = renderSlipImage(model);
    // Rows of ink from the top down to the first rule: one band per printed line.
    const rowHasInk = (y: number): boolean =>
      bitmap.data.subarray(y * bitmap.width, (y + 1) * bitmap.width).includes(1);
    const ruleRow = (y: number): boolean =>
      bitmap.data.subarray(y * bitmap.width, (y + 1) * bitmap.width).reduce((a, b) => a + b, 0) >
      bitmap.width * 0.8;
    let bands = 0;
    let y = 0;
    expect(rowHasInk(0)).toBe(false);
    for (; y < bitmap.height && !ruleRow(y); y += 1) if (rowHasInk(y) && !rowHasInk(y - 1)) bands += 1;
    expect(bands).toBeGreaterThanOrEqual(2);
    const ctx = createCanvas(1, 1).getContext('2d');
    ctx.font = `700 26px ${LATIN_FAMILY}`;
    const expectedLines = Math.ceil(ctx.measureText(centreName).width / (576 - 2 * slipStyle(80).margin));
    expect(bands).toBeGreaterThanOrEqual(expectedLines);
  });

  it('renders Khmer with Noto Sans Khmer, not tofu boxes', () => {
    const options = { sizePx: 40, weight: 400, language: 'km' } as const;
    const khmer = renderTextImage('លេខរៀង', options);
    expect(inkCount(khmer.bitmap)).toBeGreaterThan(200);
    // Same geometry, drawn with the Khmer font only: identical dots.
    ensureSlipFonts();
    const canvas = createCanvas(khmer.width, khmer.height);
    const ctx = canvas.getContext('2d');
    ctx.lang = 'km';
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#000';
    ctx.font = `400 40px ${KHMER_FAMILY}`;
    const ascent = Math.ceil(ctx.measureText('លេខរៀង').fontBoundingBoxAscent);
    ctx.fillText('លេខរៀង', 8, 8 + ascent);
    const direct = thresholdRgba(
      ctx.getImageData(0, 0, canvas.width, canvas.height).data,
      canvas.width,
      canvas.height,
    );
    expect(differentPixels(direct, khmer.bitmap)).toBe(0);
    // Distinct letters give distinct pictures (missing glyphs would all be the same box) …
    const letters = ['ក', 'ខ', 'គ', 'ឃ', 'ង'].map((l) => renderTextImage(l, options).bitmap);
    for (let i = 0; i < letters.length; i += 1) {
      for (let j = i + 1; j < letters.length; j += 1)
        expect(differentPixels(letters[i], letters[j])).toBeGreaterThan(0);
    }
    // … and the word differs from as many unrenderable characters.
    const tofu = renderTextImage('\u{E000}'.repeat([...'លេខរៀង'].length), options);
    expect(differentPixels(tofu.bitmap, khmer.bitmap)).toBeGreaterThan(100);
  });

  it('renders a whole Khmer slip', () => {
    const model = buildSlipModel({
      ...input,
      language: 'km',
      fieldName: 'អត្រានុកូលដ្ឋាន',
      procedureName: 'ការចុះបញ្ជីកំណើត',
    });
    const { png, bitmap } = renderSlipImage(model);
    expect(greyPixels(png)).toBe(0);
    expect(inkCount(bitmap)).toBeGreaterThan(10_000);
    expect(differentPixels(bitmap, renderSlipBitmap(buildSlipModel(input)))).toBeGreaterThan(1000);
  });
});
