// Filling a message template: {name} placeholders replaced by the variables, in the citizen's
// language (Vietnamese when the template has no text in it). Unknown placeholders stay visible so
// a misspelt template shows itself in the first test message.
import type { Locale, LocalizedText } from '../../../shared/domain/model.js';

export function renderTemplate(
  text: LocalizedText,
  locale: Locale,
  variables: Record<string, string>,
): string {
  const template = text[locale] ?? text.vi;
  return template
    .replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => variables[name] ?? whole)
    .normalize('NFC');
}

/** Default texts a centre can start from (docs/integrations.md lists them). */
export const DEFAULT_TEMPLATES = {
  'turn-near': {
    vi: 'Số {number} sắp đến lượt tại {centre}: còn {ahead} người phía trước. Vui lòng có mặt gần quầy.',
    en: 'Number {number} is nearly up at {centre}: {ahead} people ahead. Please stay near the counters.',
    km: 'លេខ {number} ជិតដល់វេនហើយនៅ {centre}៖ នៅសល់ {ahead} នាក់ខាងមុខ។ សូមនៅជិតបញ្ជរ។',
  },
  called: {
    vi: 'Mời công dân có số {number} đến quầy số {counter} tại {centre}.',
    en: 'Number {number}, please go to counter {counter} at {centre}.',
    km: 'សូមលេខ {number} អញ្ជើញទៅបញ្ជរលេខ {counter} នៅ {centre}។',
  },
  'rate-us': {
    vi: 'Cảm ơn ông/bà đã đến {centre}. Mã hồ sơ: {code}. Tra cứu: {link}. Mời đánh giá mức độ hài lòng.',
    en: 'Thank you for visiting {centre}. Dossier code: {code}. Track it: {link}. Please rate our service.',
    km: 'សូមអរគុណដែលបានមក {centre}។ លេខឯកសារ៖ {code}។ តាមដាន៖ {link}។ សូមវាយតម្លៃសេវាកម្មរបស់យើង។',
  },
} as const satisfies Record<string, LocalizedText>;
