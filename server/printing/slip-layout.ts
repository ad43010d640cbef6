// Which parts a centre prints on its slip, and on which paper. Stored per site or per kiosk.

export type PaperWidth = 80 | 58;

export interface SlipSections {
  centre: boolean;
  ward: boolean;
  field: boolean;
  procedure: boolean;
  counters: boolean;
  ahead: boolean;
  time: boolean;
  qr: boolean;
  footer: boolean;
  priority: boolean;
}

export interface SlipLayout {
  paperWidth: PaperWidth;
  show: SlipSections;
  /** Optional line above the centre name (e.g. the province's people's committee). */
  headerText?: string;
  /** Replaces the default courtesy footer. */
  footerText?: string;
}

export const DEFAULT_SLIP_LAYOUT: Readonly<SlipLayout> = Object.freeze({
  paperWidth: 80,
  show: Object.freeze({
    centre: true,
    ward: true,
    field: true,
    procedure: true,
    counters: true,
    ahead: true,
    time: true,
    qr: true,
    footer: true,
    priority: true,
  }),
});

/** Printer dots across the paper at 203 dpi: 576 for 80 mm, 384 for 58 mm. */
export const PAPER_DOTS: Readonly<Record<PaperWidth, number>> = { 80: 576, 58: 384 };

export interface SlipLayoutPatch {
  paperWidth?: PaperWidth;
  show?: Partial<SlipSections>;
  headerText?: string;
  footerText?: string;
}

/** A full layout from a partial one, filling the gaps from the default. */
export function resolveSlipLayout(patch: SlipLayoutPatch = {}): SlipLayout {
  const layout: SlipLayout = {
    paperWidth: patch.paperWidth ?? DEFAULT_SLIP_LAYOUT.paperWidth,
    show: { ...DEFAULT_SLIP_LAYOUT.show, ...patch.show },
  };
  if (patch.headerText !== undefined) layout.headerText = patch.headerText;
  if (patch.footerText !== undefined) layout.footerText = patch.footerText;
  return layout;
}
