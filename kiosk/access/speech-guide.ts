// What the kiosk says at each step when "Đọc to" is on, and how it says a ticket number: the
// prefix letters by their names and the number digit by digit, as the hall voice does, so an
// elderly citizen hears "a, không, một, hai" for A012.
import type { Locale } from '../../shared/domain/model.js';
import { digitWordsEn, digitWordsKm, digitWordsVi, letterNameVi } from '../../shared/i18n/numbers.js';
import { type AccessKey, accessMessages } from './access-i18n.js';

export type GuidedStep = 'home' | 'field' | 'procedure' | 'priority' | 'ticket' | 'checkin' | 'closed';

const DIGITS: Record<Locale, (digits: string) => string[]> = {
  vi: digitWordsVi,
  en: digitWordsEn,
  km: digitWordsKm,
};

/** "A012" → "a, không, một, hai" (vi); letters other than A–Z and Vietnamese ones are skipped. */
export function spokenTicketNumber(displayNumber: string, locale: Locale): string {
  const parts: string[] = [];
  for (const ch of displayNumber.normalize('NFC')) {
    if (/[0-9]/.test(ch)) parts.push(...DIGITS[locale](ch));
    else if (/\p{L}/u.test(ch)) parts.push(locale === 'vi' ? (letterNameVi(ch) ?? ch) : ch.toUpperCase());
  }
  return parts.join(', ');
}

export interface StepContext {
  /** Field or procedure name in the citizen's language. */
  name?: string;
  displayNumber?: string;
  counterNumbers?: readonly number[];
}

/** The sentence for a step. */
export function stepSpeech(step: GuidedStep, locale: Locale, context: StepContext = {}): string {
  const t = (key: AccessKey, params?: Record<string, string>) => accessMessages.t(locale, key, params);
  switch (step) {
    case 'ticket':
      return t('speak.ticket', {
        number: spokenTicketNumber(context.displayNumber ?? '', locale),
        counters: (context.counterNumbers ?? []).join(', '),
      });
    case 'field':
      return t('speak.field', { name: context.name ?? '' });
    case 'procedure':
      return t('speak.procedure', { name: context.name ?? '' });
    default:
      return t(`speak.${step}`);
  }
}
