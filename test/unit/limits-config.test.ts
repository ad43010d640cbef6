// The limits' settings and pure rules: LUOT_TRUST_PROXY as Express takes it (and "true"
// refused), the connection deadlines' order, Host names, the throttle's doubling waits, the
// kiosk's sliding budgets and a series' capacity.
import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from '../../server/config.js';
import { hostAllowList, hostNameOf } from '../../server/http/limits/host-allow-list.js';
import { parseTrustProxy } from '../../server/http/limits/trust-proxy.js';
import { SignInThrottle } from '../../server/auth/sign-in-throttle.js';
import { IssueLimits, seriesCapacity } from '../../server/services/issue-limits.js';
import { escapeFormula, unescapeFormula } from '../../server/csv-escape.js';

describe('LUOT_TRUST_PROXY', () => {
  it('is off by default and takes a hop count or addresses and subnets', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('loopback, 10.0.0.0/8,::1, 192.168.1.1')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '::1',
      '192.168.1.1',
    ]);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.lan', '1.2.3', '11']) {
      expect(parseTrustProxy(bad), bad).toHaveProperty('error');
    }
  });

  it('stops start-up with the variable named', () => {
    expect(() => readEnv({ LUOT_TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => readEnv({ LUOT_TRUST_PROXY: 'true' })).toThrow(/LUOT_TRUST_PROXY/);
    expect(readEnv({ LUOT_TRUST_PROXY: '1' }).LUOT_TRUST_PROXY).toBe(1);
    expect(readEnv({}).LUOT_TRUST_PROXY).toBe(false);
    expect(() => readEnv({ LUOT_HEADERS_TIMEOUT_MS: '40000', LUOT_REQUEST_TIMEOUT_MS: '30000' })).toThrow(
      /LUOT_HEADERS_TIMEOUT_MS/,
    );
    expect(() => readEnv({ LUOT_ALLOWED_HOSTS: 'ok.lan, bad host' })).toThrow(/LUOT_ALLOWED_HOSTS/);
    expect(readEnv({ LUOT_ALLOWED_HOSTS: 'a.lan, b.lan:8080' }).LUOT_ALLOWED_HOSTS).toEqual([
      'a.lan',
      'b.lan:8080',
    ]);
  });
});

describe('Host names', () => {
  it('reads the name of a Host header', () => {
    expect(hostNameOf('Luot.Lan:3000')).toBe('luot.lan');
    expect(hostNameOf('[::1]:3000')).toBe('::1');
    expect(hostNameOf('luot.lan.')).toBe('luot.lan');
    expect(hostNameOf(undefined)).toBe('');
  });

  it('allows addresses, localhost, the machine and the configured names only', () => {
    const allowed = hostAllowList({
      publicUrl: 'https://luot.ward.vn',
      allowedHosts: ['hub.lan'],
      machine: 'mini-pc',
    });
    for (const ok of [
      '192.168.1.10:3000',
      '[fe80::1]',
      'localhost',
      'x.localhost',
      'mini-pc',
      'mini-pc.local',
      'luot.ward.vn',
      'HUB.lan:80',
    ]) {
      expect(allowed(ok), ok).toBe(true);
    }
    for (const no of ['attacker.example', 'luot.ward.vn.attacker.example', 'mini-pc.attacker.example', '']) {
      expect(allowed(no), no).toBe(false);
    }
  });
});

describe('the sign-in throttle', () => {
  it('doubles the wait after the free failures, up to its ceiling', () => {
    let now = 0;
    const rule = { freeFailures: 2, baseDelayMs: 1000, maxDelayMs: 4000, forgetAfterMs: 60_000 };
    const t = new SignInThrottle(() => now, { perUsername: rule, perIp: { ...rule, freeFailures: 100 } });
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      t.failed('Lan', '10.0.0.1');
      const v = t.check('lan', '10.0.0.1');
      waits.push(v.ok ? 0 : v.retryAfterMs);
      now += v.ok ? 0 : v.retryAfterMs;
    }
    expect(waits).toEqual([0, 0, 1000, 2000, 4000, 4000]);
    now += 61_000 + 4000;
    expect(t.check('lan', '10.0.0.1').ok).toBe(true);
  });
});

describe('the kiosk budget', () => {
  it('slides over the last minute and hour', () => {
    let now = 0;
    const limits = new IssueLimits(() => now, { perMinute: 2, perHour: 3 });
    expect(limits.take('k').ok).toBe(true);
    now += 10_000;
    expect(limits.take('k').ok).toBe(true);
    const refused = limits.take('k');
    expect(refused).toEqual({ ok: false, retryAfterMs: 50_000 });
    expect(limits.take('other').ok).toBe(true);
    now += 50_000;
    expect(limits.take('k').ok).toBe(true);
    now += 60_000;
    expect(limits.take('k')).toEqual({ ok: false, retryAfterMs: 3_600_000 - 120_000 });
  });

  it("knows a series' capacity for the day", () => {
    const series = {
      id: 's',
      name: { vi: 'A' },
      prefix: 'A',
      start: 1,
      end: 999,
      step: 1,
      padding: 3,
      targetWaitMinutes: 15,
    };
    expect(seriesCapacity({ ...series, dailyCap: 0, onExhausted: 'refuse' })).toBe(999);
    expect(seriesCapacity({ ...series, dailyCap: 300, onExhausted: 'refuse' })).toBe(300);
    expect(seriesCapacity({ ...series, dailyCap: 2000, onExhausted: 'refuse' })).toBe(999);
    expect(seriesCapacity({ ...series, dailyCap: 0, onExhausted: 'wrap' })).toBeNull();
  });
});

describe('the CSV formula guard', () => {
  it('escapes what a spreadsheet would run and reads it back unchanged', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(escapeFormula(text)).toBe(`'${text}`);
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
    for (const text of ['Khai sinh', "'quoted", '1-2']) expect(escapeFormula(text)).toBe(text);
  });
});
