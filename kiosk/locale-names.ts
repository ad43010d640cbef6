// The short names on the language buttons of the kiosk and the phone pages.
import type { Locale } from '../shared/domain/model.js';

export const SHORT_LOCALE_NAMES: Record<Locale, string> = { vi: 'VI', en: 'EN', km: 'ខ្មែរ' };
