// Type sizes and spacing per paper width. Sizes are in printer dots (203 dpi: 8 dots per mm), so
// 24 dots is 3 mm tall, readable at arm's length by an elderly citizen.

import type { FontWeight } from './slip-fonts.js';
import type { SlipTextRole } from './slip-model.js';
import type { PaperWidth } from './slip-layout.js';

export interface TextStyle {
  sizePx: number;
  weight: FontWeight;
  /** White text on a black band. */
  inverted?: boolean;
  /** The number: shrink from sizePx until it fits on one line. */
  fitOneLine?: boolean;
  /** Space above the block, in dots. */
  gapBefore: number;
}

export interface SlipStyle {
  margin: number;
  top: number;
  bottom: number;
  ruleThickness: number;
  ruleGap: number;
  qrTargetPx: number;
  /** Extra dots between wrapped lines of one block. */
  leading: number;
  roles: Record<SlipTextRole, TextStyle>;
}

const STYLE_80: SlipStyle = {
  margin: 20,
  top: 8,
  bottom: 16,
  ruleThickness: 2,
  ruleGap: 14,
  qrTargetPx: 216,
  leading: 2,
  roles: {
    header: { sizePx: 20, weight: 500, gapBefore: 0 },
    centre: { sizePx: 26, weight: 700, gapBefore: 2 },
    ward: { sizePx: 22, weight: 400, gapBefore: 2 },
    title: { sizePx: 30, weight: 700, gapBefore: 0 },
    number: { sizePx: 168, weight: 700, fitOneLine: true, gapBefore: 0 },
    priority: { sizePx: 26, weight: 700, inverted: true, gapBefore: 10 },
    field: { sizePx: 28, weight: 700, gapBefore: 8 },
    procedure: { sizePx: 24, weight: 400, gapBefore: 4 },
    counters: { sizePx: 24, weight: 500, gapBefore: 12 },
    ahead: { sizePx: 24, weight: 700, gapBefore: 6 },
    time: { sizePx: 22, weight: 400, gapBefore: 6 },
    footer: { sizePx: 20, weight: 500, gapBefore: 4 },
  },
};

const STYLE_58: SlipStyle = {
  margin: 10,
  top: 6,
  bottom: 12,
  ruleThickness: 2,
  ruleGap: 10,
  qrTargetPx: 176,
  leading: 2,
  roles: {
    header: { sizePx: 17, weight: 500, gapBefore: 0 },
    centre: { sizePx: 20, weight: 700, gapBefore: 2 },
    ward: { sizePx: 18, weight: 400, gapBefore: 2 },
    title: { sizePx: 24, weight: 700, gapBefore: 0 },
    number: { sizePx: 120, weight: 700, fitOneLine: true, gapBefore: 0 },
    priority: { sizePx: 20, weight: 700, inverted: true, gapBefore: 8 },
    field: { sizePx: 22, weight: 700, gapBefore: 6 },
    procedure: { sizePx: 19, weight: 400, gapBefore: 4 },
    counters: { sizePx: 19, weight: 500, gapBefore: 10 },
    ahead: { sizePx: 19, weight: 700, gapBefore: 4 },
    time: { sizePx: 18, weight: 400, gapBefore: 4 },
    footer: { sizePx: 17, weight: 500, gapBefore: 4 },
  },
};

export function slipStyle(paperWidth: PaperWidth): SlipStyle {
  return paperWidth === 58 ? STYLE_58 : STYLE_80;
}
