// Draws a slip model onto a canvas exactly as wide as the paper, then thresholds it to pure black
// and white, so the PNG, the bitmap and the printed dots are the same picture.

import { type Canvas, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PrintError } from './errors.js';
import { type SlipBitmap, thresholdRgba } from './slip-bitmap.js';
import { canvasFont, ensureSlipFonts, type FontWeight } from './slip-fonts.js';
import type { SlipModel } from './slip-model.js';
import { drawQr, type QrMatrix, qrMatrix, qrScale } from './slip-qr.js';
import { type SlipStyle, slipStyle, type TextStyle } from './slip-style.js';
import { wrapBalanced } from './slip-wrap.js';

export interface RenderedSlip {
  png: Buffer;
  width: number;
  height: number;
}

export interface RenderedImage extends RenderedSlip {
  bitmap: SlipBitmap;
}

interface TextBlock {
  kind: 'text';
  top: number;
  height: number;
  font: string;
  lines: string[];
  ascent: number;
  lineHeight: number;
  inverted: boolean;
  padX: number;
  padY: number;
  lineWidths: number[];
}

interface RuleBlock {
  kind: 'rule';
  top: number;
  height: number;
}

interface QrBlock {
  kind: 'qr';
  top: number;
  height: number;
  matrix: QrMatrix;
  scale: number;
}

type Block = TextBlock | RuleBlock | QrBlock;

function measuringContext(language: string): SKRSContext2D {
  const ctx = createCanvas(1, 1).getContext('2d');
  ctx.lang = language;
  return ctx;
}

function fitSize(ctx: SKRSContext2D, text: string, style: TextStyle, maxWidth: number): number {
  let size = style.sizePx;
  const minSize = Math.min(style.sizePx, 32);
  while (size > minSize) {
    ctx.font = canvasFont(text, size, style.weight);
    if (ctx.measureText(text).width <= maxWidth) break;
    size -= 4;
  }
  return size;
}

/**
 * Vertical room for a block's lines: the font's line box, grown to fit the ink, because stacked
 * capital marks (Ầ, Ẳ, Ổ) rise above Be Vietnam Pro's ascender. The big number has no marks: its
 * ink box alone is tighter.
 */
function lineBox(ctx: SKRSContext2D, lines: string[], inkOnly: boolean): { ascent: number; descent: number } {
  let ascent = 0;
  let descent = 0;
  for (const line of lines) {
    const m = ctx.measureText(line);
    ascent = Math.max(ascent, m.actualBoundingBoxAscent, inkOnly ? 0 : m.fontBoundingBoxAscent);
    descent = Math.max(descent, m.actualBoundingBoxDescent, inkOnly ? 0 : m.fontBoundingBoxDescent);
  }
  return { ascent: Math.ceil(ascent), descent: Math.ceil(descent) };
}

function layoutText(
  ctx: SKRSContext2D,
  text: string,
  style: TextStyle,
  contentWidth: number,
  top: number,
  language: string,
): TextBlock {
  const inverted = style.inverted === true;
  const padX = inverted ? Math.round(style.sizePx * 0.6) : 0;
  const padY = inverted ? Math.round(style.sizePx * 0.3) : 0;
  const maxWidth = contentWidth - 2 * padX;
  const size = style.fitOneLine === true ? fitSize(ctx, text, style, maxWidth) : style.sizePx;
  const font = canvasFont(text, size, style.weight);
  ctx.font = font;
  const measure = (s: string): number => ctx.measureText(s).width;
  const lines = wrapBalanced(text, maxWidth, measure, language);
  const { ascent, descent } = lineBox(ctx, lines, style.fitOneLine === true);
  const lineHeight = ascent + descent + 2;
  return {
    kind: 'text',
    top,
    height: lines.length * lineHeight + 2 * padY,
    font,
    lines,
    ascent,
    lineHeight,
    inverted,
    padX,
    padY,
    lineWidths: lines.map((line) => Math.ceil(measure(line))),
  };
}

function layout(model: SlipModel, style: SlipStyle): { blocks: Block[]; height: number } {
  const ctx = measuringContext(model.language);
  const contentWidth = model.widthPx - 2 * style.margin;
  const blocks: Block[] = [];
  let y = style.top;
  for (const item of model.items) {
    if (item.kind === 'rule') {
      y += style.ruleGap;
      blocks.push({ kind: 'rule', top: y, height: style.ruleThickness });
      y += style.ruleThickness + style.ruleGap;
    } else if (item.kind === 'qr') {
      const matrix = qrMatrix(item.data);
      const scale = qrScale(matrix, Math.min(style.qrTargetPx, contentWidth));
      y += 2 * scale;
      blocks.push({ kind: 'qr', top: y, height: matrix.size * scale, matrix, scale });
      y += matrix.size * scale + 2 * scale;
    } else {
      const textStyle = style.roles[item.role];
      y += textStyle.gapBefore;
      const block = layoutText(ctx, item.text, textStyle, contentWidth, y, model.language);
      blocks.push(block);
      y += block.height;
    }
  }
  return { blocks, height: Math.ceil(y + style.bottom) };
}

function drawText(ctx: SKRSContext2D, block: TextBlock, width: number): void {
  const centre = Math.round(width / 2);
  ctx.font = block.font;
  if (block.inverted) {
    const boxWidth = Math.max(...block.lineWidths) + 2 * block.padX;
    ctx.fillStyle = '#000';
    ctx.fillRect(Math.round(centre - boxWidth / 2), block.top, boxWidth, block.height);
    ctx.fillStyle = '#fff';
  } else {
    ctx.fillStyle = '#000';
  }
  block.lines.forEach((line, i) => {
    ctx.fillText(line, centre, block.top + block.padY + i * block.lineHeight + block.ascent);
  });
}

function draw(canvas: Canvas, model: SlipModel, style: SlipStyle, blocks: Block[]): void {
  const ctx = canvas.getContext('2d');
  ctx.lang = model.language;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  for (const block of blocks) {
    if (block.kind === 'rule') {
      ctx.fillStyle = '#000';
      ctx.fillRect(style.margin, block.top, canvas.width - 2 * style.margin, block.height);
    } else if (block.kind === 'qr') {
      const size = block.matrix.size * block.scale;
      drawQr(ctx, block.matrix, Math.round((canvas.width - size) / 2), block.top, block.scale);
    } else {
      drawText(ctx, block, canvas.width);
    }
  }
}

/** Thresholds the canvas in place and returns its PNG and bitmap. */
function finish(canvas: Canvas): RenderedImage {
  const ctx = canvas.getContext('2d');
  const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const bitmap = thresholdRgba(image.data, canvas.width, canvas.height);
  ctx.putImageData(image, 0, 0);
  return { png: canvas.encodeSync('png'), width: canvas.width, height: canvas.height, bitmap };
}

/** Renders the slip: PNG, size and the 1-bit bitmap in one pass. Deterministic for a given model. */
export function renderSlipImage(model: SlipModel): RenderedImage {
  try {
    ensureSlipFonts();
    const style = slipStyle(model.paperWidth);
    const { blocks, height } = layout(model, style);
    const canvas = createCanvas(model.widthPx, height);
    draw(canvas, model, style, blocks);
    return finish(canvas);
  } catch (error) {
    if (error instanceof PrintError) throw error;
    throw new PrintError('slip_render_failed', `cannot render slip: ${String(error)}`, { cause: error });
  }
}

/** The slip as a black-and-white PNG, 576 or 384 dots wide. */
export function renderSlip(model: SlipModel): RenderedSlip {
  const { png, width, height } = renderSlipImage(model);
  return { png, width, height };
}

/** The slip as the 1-bit bitmap the printer will print. */
export function renderSlipBitmap(model: SlipModel): SlipBitmap {
  return renderSlipImage(model).bitmap;
}

export interface TextImageOptions {
  sizePx: number;
  weight: FontWeight;
  language: string;
}

/** One line of text with the slip fonts and threshold, 8 dots of paper around it (for checks). */
export function renderTextImage(text: string, options: TextImageOptions): RenderedImage {
  ensureSlipFonts();
  const clean = text.normalize('NFC');
  const ctx = measuringContext(options.language);
  const font = canvasFont(clean, options.sizePx, options.weight);
  ctx.font = font;
  const { ascent, descent } = lineBox(ctx, [clean], false);
  const pad = 8;
  const width = Math.max(1, Math.ceil(ctx.measureText(clean).width)) + 2 * pad;
  const height = ascent + descent + 2 * pad;
  const canvas = createCanvas(width, height);
  const draw2d = canvas.getContext('2d');
  draw2d.lang = options.language;
  draw2d.fillStyle = '#fff';
  draw2d.fillRect(0, 0, width, height);
  draw2d.fillStyle = '#000';
  draw2d.font = font;
  draw2d.textBaseline = 'alphabetic';
  draw2d.fillText(clean, pad, pad + ascent);
  return finish(canvas);
}
