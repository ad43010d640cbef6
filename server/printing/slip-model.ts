// The slip's content as plain data: which lines, in which order, with which words. Pure: no fonts,
// no canvas, no clock. The renderer decides sizes and positions from each line's role.

import { formatLocalDateTime, isValidTimeZone } from '../../shared/i18n/time.js';
import { PrintError } from './errors.js';
import { isSlipLanguage, type SlipLanguage, slipLabels } from './slip-labels.js';
import { DEFAULT_SLIP_LAYOUT, PAPER_DOTS, type PaperWidth, type SlipLayout } from './slip-layout.js';

export interface SlipInput {
  /** Names arrive already in the slip's language. */
  centreName: string;
  ward: string;
  province: string;
  /** "A012", "1001". */
  displayNumber: string;
  fieldName: string;
  procedureName?: string;
  /** Counters that serve this ticket, already named: ["Quầy 3", "Quầy 4"]. */
  counters: string[];
  /** People waiting ahead when the ticket was issued. */
  ahead: number;
  /** Issue instant, epoch ms. */
  issuedAt: number;
  /** The site's zone; printed times never follow the process TZ. */
  timeZone: string;
  /** Phone status page, encoded in the QR code. */
  statusUrl: string;
  language: SlipLanguage;
  /** Set for a priority ticket, e.g. "Ưu tiên: người cao tuổi"; '' prints the default word ("ƯU TIÊN"). */
  priorityLabel?: string;
  layout?: SlipLayout;
}

export type SlipTextRole =
  | 'header'
  | 'centre'
  | 'ward'
  | 'title'
  | 'number'
  | 'priority'
  | 'field'
  | 'procedure'
  | 'counters'
  | 'ahead'
  | 'time'
  | 'footer';

export type SlipItem =
  | { kind: 'text'; role: SlipTextRole; text: string }
  | { kind: 'rule' }
  | { kind: 'qr'; data: string };

export interface SlipModel {
  paperWidth: PaperWidth;
  /** Printer dots across: 576 or 384. */
  widthPx: number;
  language: SlipLanguage;
  items: SlipItem[];
}

/** NFC, no control characters, single spaces, trimmed. */
export function cleanSlipText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function invalid(message: string): PrintError {
  return new PrintError('invalid_slip_input', message);
}

function validate(input: SlipInput, layout: SlipLayout): void {
  if (!isSlipLanguage(input.language)) throw invalid(`unknown slip language '${String(input.language)}'`);
  if (layout.paperWidth !== 80 && layout.paperWidth !== 58) {
    throw invalid(`paper width must be 80 or 58 mm, got ${String(layout.paperWidth)}`);
  }
  if (cleanSlipText(input.displayNumber) === '') throw invalid('display number is empty');
  if (!Number.isInteger(input.ahead) || input.ahead < 0) {
    throw invalid(`ahead must be a whole number ≥ 0, got ${input.ahead}`);
  }
  if (!Number.isFinite(input.issuedAt)) throw invalid('issuedAt must be epoch milliseconds');
  if (!isValidTimeZone(input.timeZone)) throw invalid(`unknown time zone '${input.timeZone}'`);
  if (!Array.isArray(input.counters)) throw invalid('counters must be a list');
}

/** Builds the slip content. Throws PrintError `invalid_slip_input` on bad input. */
export function buildSlipModel(input: SlipInput): SlipModel {
  const layout = input.layout ?? DEFAULT_SLIP_LAYOUT;
  validate(input, layout);
  const { show } = layout;
  const labels = slipLabels(input.language);
  const items: SlipItem[] = [];
  const text = (role: SlipTextRole, value: string | undefined): void => {
    const clean = cleanSlipText(value ?? '');
    if (clean !== '') items.push({ kind: 'text', role, text: clean });
  };

  text('header', layout.headerText);
  if (show.centre) text('centre', input.centreName);
  if (show.ward) {
    const place = [input.ward, input.province].map(cleanSlipText).filter((part) => part !== '');
    text('ward', place.join(', '));
  }
  if (items.length > 0) items.push({ kind: 'rule' });

  text('title', labels.title);
  text('number', input.displayNumber);
  if (show.priority && input.priorityLabel !== undefined) {
    text('priority', cleanSlipText(input.priorityLabel) === '' ? labels.priority : input.priorityLabel);
  }
  if (show.field) text('field', input.fieldName);
  if (show.procedure) text('procedure', input.procedureName);

  const counters = input.counters.map(cleanSlipText).filter((name) => name !== '');
  if (show.counters && counters.length > 0) text('counters', `${labels.counters}: ${counters.join(', ')}`);
  if (show.ahead) text('ahead', labels.ahead(input.ahead));
  if (show.time) text('time', `${labels.issuedAt}: ${formatLocalDateTime(input.issuedAt, input.timeZone)}`);

  const url = input.statusUrl.trim();
  const hasQr = show.qr && url !== '';
  // An empty footer text means "the default words"; show.footer = false hides the footer.
  const footer = cleanSlipText(layout.footerText ?? '') === '' ? labels.footer : (layout.footerText ?? '');
  const hasFooter = show.footer && cleanSlipText(footer) !== '';
  if (hasQr || hasFooter) items.push({ kind: 'rule' });
  if (hasQr) items.push({ kind: 'qr', data: url });
  if (show.footer) text('footer', footer);

  return {
    paperWidth: layout.paperWidth,
    widthPx: PAPER_DOTS[layout.paperWidth],
    language: input.language,
    items,
  };
}

/** The text of the first line with that role, if printed. */
export function slipText(model: SlipModel, role: SlipTextRole): string | undefined {
  for (const item of model.items) if (item.kind === 'text' && item.role === role) return item.text;
  return undefined;
}
