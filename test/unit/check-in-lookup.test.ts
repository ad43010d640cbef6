// The counter's booking lookup and the kiosk's mobile-number rule.
import { describe, expect, it } from 'vitest';
import type { Booking } from '../../shared/domain/appointments.js';
import { groupDigits, isMobile } from '../../kiosk/phone-number.js';
import { bookingMatches, foldText, maskPhone } from '../../server/appointments/search.js';

const booking = (over: Partial<Booking> = {}): Booking =>
  ({ code: 'K7M3QP', name: 'Đỗ Thị Hằng', phone: '0912345678', ...over }) as Booking;

describe('booking lookup', () => {
  it('folds accents, đ and case', () => {
    expect(foldText('  Đỗ  Thị HẰNG ')).toBe('do thi hang');
  });

  it('matches by code, by phone digits (0 or +84) and by every word of the name', () => {
    expect(bookingMatches(booking(), 'k7m3qp')).toBe(true);
    expect(bookingMatches(booking(), '345678')).toBe(true);
    expect(bookingMatches(booking(), '+84 912 345')).toBe(true);
    expect(bookingMatches(booking(), '999')).toBe(false);
    expect(bookingMatches(booking(), 'do hang')).toBe(true);
    expect(bookingMatches(booking(), 'hằng lan')).toBe(false);
    // Erased personal data matches only by code.
    expect(bookingMatches(booking({ name: null, phone: null }), 'hang')).toBe(false);
    expect(bookingMatches(booking({ name: null, phone: null }), '345678')).toBe(false);
    expect(bookingMatches(booking({ name: null, phone: null }), 'K7M3QP')).toBe(true);
  });

  it('masks the phone number but its last 3 digits', () => {
    expect(maskPhone('0912345678')).toBe('•••••••678');
    expect(maskPhone(null)).toBeNull();
  });
});

describe('mobile number at the kiosk', () => {
  it('takes Vietnamese mobile numbers only', () => {
    expect(isMobile('0912 345 678')).toBe(true);
    expect(isMobile('+84 912 345 678')).toBe(true);
    expect(isMobile('0312345678')).toBe(true);
    expect(isMobile('0212345678')).toBe(false);
    expect(isMobile('091234567')).toBe(false);
    expect(isMobile('09123456789')).toBe(false);
    expect(groupDigits('0912345678')).toBe('0912 345 678');
    expect(groupDigits('091')).toBe('091');
  });
});
