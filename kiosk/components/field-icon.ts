// A simple line icon per field (by field code), or the field's own emoji/text icon when the
// catalogue sets one. Decorative: the field name next to it carries the meaning.
import { html, svg, type TemplateResult } from 'lit';

const PATHS: Record<string, string> = {
  // people: civil status, adoption
  HT: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3.3 2.7-6 6-6s6 2.7 6 6M12 20c0-3.3 2.2-6 4-6 3.3 0 6 2.7 6 6',
  NCN: 'M9 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 21c0-3.9 2.7-7 6-7s6 3.1 6 7M18 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM15 21c0-2.8 1.3-5 3-5s3 2.2 3 5',
  // stamp: certification
  CT: 'M9 3h6v5l2 4H7l2-4zM4 14h16v3H4zM6 20h12',
  // land parcel
  DD: 'M3 20l4-12 6 3 8-6-3 15zM7 8l2 12M13 11l1 9',
  // building
  XD: 'M4 21V9l8-6 8 6v12zM9 21v-6h6v6M9 11h2M13 11h2',
  // shop
  HKD: 'M3 9l2-5h14l2 5zM4 9v12h16V9M9 21v-6h6v6M3 9c0 1.7 1.3 3 3 3s3-1.3 3-3c0 1.7 1.3 3 3 3s3-1.3 3-3c0 1.7 1.3 3 3 3s3-1.3 3-3',
  // caring hands
  BTXH: 'M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z',
  // medal
  NCC: 'M8 3h8l-2 6h-4zM12 21a5 5 0 1 0 0-10 5 5 0 0 0 0 10zM12 13.5l.9 1.8 2 .3-1.4 1.4.3 2-1.8-.9-1.8.9.3-2-1.4-1.4 2-.3z',
  // handshake / dialogue
  HGCS: 'M3 5h11v8H8l-4 3v-3H3zM14 9h7v8h-1v3l-4-3h-4v-4',
  // book
  GD: 'M4 5c3-1 6-1 8 1 2-2 5-2 8-1v14c-3-1-6-1-8 1-2-2-5-2-8-1zM12 6v14',
  // leaf
  NNMT: 'M5 19c0-9 6-14 15-14 0 9-5 15-14 15M5 19l8-8',
  // The kiosk's visit tiles (home-screen.ts): a result, papers to add, a question.
  'visit-result': 'M6 3h8l4 4v14H6zM14 3v4h4M9 14l2 2 4-4',
  'visit-supplement': 'M6 3h8l4 4v14H6zM14 3v4h4M12 11v6M9 14h6',
  'visit-inquiry':
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.01',
};

const DOCUMENT = 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6';

export function fieldIcon(code: string, icon: string | undefined): TemplateResult {
  if (icon) return html`<span class="icon-text" aria-hidden="true">${icon}</span>`;
  const d = PATHS[code] ?? DOCUMENT;
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />`}
  </svg>`;
}
