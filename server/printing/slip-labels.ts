// Fixed words printed on the slip, per language. Vietnamese is the default; centre, field and
// procedure names arrive already localized from the catalogue.

export const SLIP_LANGUAGES = ['vi', 'en', 'km'] as const;
export type SlipLanguage = (typeof SLIP_LANGUAGES)[number];

export interface SlipLabels {
  /** Heading above the big number. */
  title: string;
  /** One counter: "Quầy 3". */
  counter: (name: string) => string;
  /** Label before the list of counters that serve this ticket. */
  counters: string;
  /** People waiting ahead at issue time. */
  ahead: (count: number) => string;
  /** Label before the issue time. */
  issuedAt: string;
  /** Default courtesy footer under the QR code. */
  footer: string;
  /** Default badge for a priority ticket. */
  priority: string;
  /** Badge naming the priority category. */
  priorityOf: (category: string) => string;
}

export const SLIP_LABELS: Readonly<Record<SlipLanguage, SlipLabels>> = {
  vi: {
    title: 'SỐ THỨ TỰ',
    counter: (name) => `Quầy ${name}`,
    counters: 'Quầy phục vụ',
    ahead: (count) => `Số người đang chờ trước Quý khách: ${count}`,
    issuedAt: 'Thời gian in vé',
    footer: 'Cảm ơn Quý khách! Quét mã QR để theo dõi lượt',
    priority: 'ƯU TIÊN',
    priorityOf: (category) => `Ưu tiên: ${category}`,
  },
  en: {
    title: 'QUEUE NUMBER',
    counter: (name) => `Counter ${name}`,
    counters: 'Served at',
    ahead: (count) => `People waiting ahead of you: ${count}`,
    issuedAt: 'Issued at',
    footer: 'Thank you! Scan the QR code to follow your turn',
    priority: 'PRIORITY',
    priorityOf: (category) => `Priority: ${category}`,
  },
  km: {
    title: 'លេខរៀង',
    counter: (name) => `បញ្ជរ ${name}`,
    counters: 'បញ្ជរបម្រើ',
    ahead: (count) => `ចំនួនអ្នករង់ចាំមុនអ្នក: ${count}`,
    issuedAt: 'ពេលវេលាបោះពុម្ព',
    footer: 'សូមអរគុណ! ស្កេនកូដ QR ដើម្បីតាមដានវេនរបស់អ្នក',
    priority: 'អាទិភាព',
    priorityOf: (category) => `អាទិភាព: ${category}`,
  },
};

export function slipLabels(language: SlipLanguage): SlipLabels {
  return SLIP_LABELS[language];
}

export function isSlipLanguage(value: string): value is SlipLanguage {
  return (SLIP_LANGUAGES as readonly string[]).includes(value);
}
