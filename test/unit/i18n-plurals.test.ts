// Counts in messages: {n|# person|# people} picks the form by the number, one form serves the
// languages that do not inflect (Vietnamese, Khmer), and the dictionaries use them.
import { describe, expect, it } from 'vitest';
import { counterMessages } from '../../counter/i18n.js';
import { fill } from '../../shared/i18n/messages.js';
import { statusMessages } from '../../kiosk/status/status-i18n.js';

describe('plural forms', () => {
  it('takes the first form for 1 and the second for any other number', () => {
    const t = '{n|# person|# people} ahead';
    expect(fill(t, { n: 1 })).toBe('1 person ahead');
    expect(fill(t, { n: 0 })).toBe('0 people ahead');
    expect(fill(t, { n: 2 })).toBe('2 people ahead');
    expect(fill(t, { n: 21 })).toBe('21 people ahead');
  });

  it('uses a single form for every number, and leaves plain and missing parameters as before', () => {
    expect(fill('{n|# người}', { n: 1 })).toBe('1 người');
    expect(fill('{n|# người}', { n: 5 })).toBe('5 người');
    expect(fill('Quầy {n}', { n: 3 })).toBe('Quầy 3');
    expect(fill('{x|# a|# b}', { n: 3 })).toBe('{x|# a|# b}');
    expect(fill('{n|once|# times}', { n: 1 })).toBe('once');
  });

  it('gives correct English in the apps and unchanged Vietnamese and Khmer', () => {
    expect(statusMessages.t('en', 'phone.ahead', { n: 1 })).toBe('1 person ahead of you');
    expect(statusMessages.t('en', 'phone.ahead', { n: 4 })).toBe('4 people ahead of you');
    expect(statusMessages.t('vi', 'phone.ahead', { n: 1 })).toBe('Còn 1 người trước Quý khách');
    expect(counterMessages.t('en', 'current.recalls', { n: 1 })).toBe('Recalled once');
    expect(counterMessages.t('en', 'queue.count', { n: 1 })).toBe('1 person');
    expect(counterMessages.t('km', 'transfer.waiting', { n: 1 })).toBe('1 នាក់កំពុងរង់ចាំ');
  });
});
