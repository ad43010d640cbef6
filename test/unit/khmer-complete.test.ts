// Khmer complete: every dictionary a citizen reads is built with defineCitizenMessages (Khmer
// required by the type), and each Khmer text exists, is written in Khmer script (or is one of the
// few texts that are the same in every language), keeps the Vietnamese text's placeholders and
// never falls back to Vietnamese through t().
import { describe, expect, it } from 'vitest';
import { ratingMessages } from '../../counter/rating-i18n.js';
import { displayMessages } from '../../display/i18n.js';
import { bookingMessages } from '../../kiosk/booking/booking-i18n.js';
import { kioskMessages } from '../../kiosk/i18n.js';
import { integrationMessages } from '../../kiosk/status/integrations-i18n.js';
import { statusMessages } from '../../kiosk/status/status-i18n.js';
import { commonMessages } from '../../shared/i18n/common-messages.js';
import type { Messages } from '../../shared/i18n/messages.js';

const CITIZEN: Record<string, Messages<string> & { citizen?: true }> = {
  common: commonMessages,
  kiosk: kioskMessages,
  display: displayMessages,
  booking: bookingMessages,
  status: statusMessages,
  integrations: integrationMessages,
  rating: ratingMessages,
};

/** Texts that are the same in every language: names, symbols, a date pattern. */
const SAME_EVERYWHERE = new Set([
  'app.name',
  'lang.vi',
  'lang.en',
  'lang.km',
  'display.idle',
  'display.dateLine',
]);
const KHMER = /[\u1780-\u17FF]/u;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('Khmer for citizens', () => {
  for (const [name, messages] of Object.entries(CITIZEN)) {
    it(`${name}: defined as a citizen dictionary`, () => {
      expect(messages.citizen).toBe(true);
    });

    it(`${name}: every key has a Khmer text in Khmer script with the same placeholders`, () => {
      const problems: string[] = [];
      for (const key of Object.keys(messages.vi)) {
        const km = messages.km[key];
        if (typeof km !== 'string' || km.trim() === '') {
          problems.push(`${key}: no Khmer`);
          continue;
        }
        if (!SAME_EVERYWHERE.has(key) && !KHMER.test(km)) problems.push(`${key}: "${km}" is not Khmer`);
        if (placeholders(km).join() !== placeholders(messages.vi[key]).join()) {
          problems.push(`${key}: placeholders ${placeholders(km)} ≠ ${placeholders(messages.vi[key])}`);
        }
        if (km.normalize('NFC') !== km) problems.push(`${key}: not NFC`);
      }
      expect(problems).toEqual([]);
    });

    it(`${name}: t() in km never returns the Vietnamese text`, () => {
      for (const key of Object.keys(messages.vi)) {
        if (SAME_EVERYWHERE.has(key)) continue;
        expect(messages.t('km', key)).not.toBe(messages.vi[key].normalize('NFC'));
      }
    });
  }
});
