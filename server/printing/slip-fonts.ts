// Bundled slip fonts (server/assets/fonts, OFL): Be Vietnam Pro for Vietnamese and Latin, Noto Sans
// Khmer for Khmer. Registered once under private family names so a system font never sneaks in.

import { fileURLToPath } from 'node:url';
import { GlobalFonts } from '@napi-rs/canvas';
import { PrintError } from './errors.js';

export const FONT_DIR = fileURLToPath(new URL('../assets/fonts/', import.meta.url));

export const LATIN_FAMILY = 'LuotSlipVN';
export const KHMER_FAMILY = 'LuotSlipKhmer';

export type FontWeight = 400 | 500 | 700;

const FONT_FILES: ReadonlyArray<{ file: string; family: string }> = [
  { file: 'BeVietnamPro_400Regular.ttf', family: LATIN_FAMILY },
  { file: 'BeVietnamPro_500Medium.ttf', family: LATIN_FAMILY },
  { file: 'BeVietnamPro_700Bold.ttf', family: LATIN_FAMILY },
  { file: 'NotoSansKhmer_400Regular.ttf', family: KHMER_FAMILY },
  { file: 'NotoSansKhmer_700Bold.ttf', family: KHMER_FAMILY },
];

let registered = false;

/** Registers the bundled fonts (idempotent). Throws PrintError `slip_render_failed` if one is missing. */
export function ensureSlipFonts(): void {
  if (registered) return;
  for (const { file, family } of FONT_FILES) {
    const key = GlobalFonts.registerFromPath(`${FONT_DIR}${file}`, family);
    if (key === null) throw new PrintError('slip_render_failed', `cannot load slip font ${FONT_DIR}${file}`);
  }
  registered = true;
}

const KHMER_SCRIPT = /\p{Script=Khmer}/u;

export function hasKhmer(text: string): boolean {
  return KHMER_SCRIPT.test(text);
}

/** A CSS font value for the canvas: Khmer text gets Noto Sans Khmer first, Be Vietnam Pro after. */
export function canvasFont(text: string, sizePx: number, weight: FontWeight): string {
  const families = hasKhmer(text) ? `${KHMER_FAMILY}, ${LATIN_FAMILY}` : LATIN_FAMILY;
  return `${weight} ${sizePx}px ${families}`;
}
