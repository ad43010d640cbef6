// The integration rules that need no server: the dossier code check, the lookup link, webhook
// signatures, the URL policy, the retry backoff and the outbound events derived from a journal.
import { describe, expect, it } from 'vitest';
import { OutboundDeriver } from '../../server/integrations/outbound-events.js';
import { signBody, verifySignature } from '../../server/integrations/signer.js';
import { classifyAddress, UrlPolicy } from '../../server/integrations/url-policy.js';
import { backoffMs, DEFAULT_TIMING } from '../../server/integrations/webhook-worker.js';
import { renderTemplate } from '../../server/integrations/notifications/templates.js';
import { applyEvent, createDayState, decide, type QueueEvent } from '../../shared/domain/index.js';
import { checkDossierCode, dossierLink } from '../../shared/domain/dossier-code.js';
import { phoneSchema } from '../../shared/protocol/integration-schemas.js';
import { testContext, testSiteConfig } from '../support/fixtures.js';

describe('dossier code', () => {
  it('accepts the provincial format without a warning, cleaned of spaces and case', () => {
    expect(checkDossierCode(' 000.00.53.h48-220921-0099\n')).toEqual({
      ok: true,
      code: '000.00.53.H48-220921-0099',
      warning: null,
    });
    expect(checkDossierCode('H48.22-220921-0099')).toMatchObject({ ok: true, warning: null });
  });

  it('warns on unknown formats but keeps them', () => {
    for (const code of ['HS-2026/0001', '000.00.53.H48-221321-0099', 'ABC']) {
      expect(checkDossierCode(code), code).toMatchObject({ ok: true, warning: 'dossier_code_unusual' });
    }
  });

  it('refuses empty, too long and odd-character input', () => {
    for (const code of ['', '   ', 'Mã hồ sơ', 'A'.repeat(61), 'ab<script>', '-LEADING']) {
      expect(checkDossierCode(code), code).toEqual({ ok: false, error: 'dossier_code_invalid' });
    }
  });

  it('fills the lookup link with the URL-encoded code, and gives none without a template', () => {
    expect(dossierLink('https://x.gov.vn/tra-cuu?ma={code}&b={code}', 'A/B 1')).toBe(
      'https://x.gov.vn/tra-cuu?ma=A%2FB%201&b=A%2FB%201',
    );
    expect(dossierLink(null, 'X')).toBeNull();
  });

  it('is recorded by the engine at finish, and an invalid code is refused there too', () => {
    const config = testSiteConfig();
    const ctx = testContext();
    const state = createDayState('site-a', '2026-03-02');
    const run = (cmd: Parameters<typeof decide>[2]) => {
      const d = decide(config, state, cmd, ctx);
      if (!d.ok) return d;
      for (const e of d.events) applyEvent(state, e);
      return d;
    };
    run({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
    run({ type: 'counter:call-next', counterId: 'c1' });
    const bad = run({ type: 'counter:finish', counterId: 'c1', dossierCode: 'không hợp lệ' });
    expect(bad.ok).toBe(false);
    const good = run({ type: 'counter:finish', counterId: 'c1', dossierCode: '000.00.53.h48-220921-0099' });
    expect(good.ok).toBe(true);
    expect([...state.tickets.values()][0].dossierCode).toBe('000.00.53.H48-220921-0099');
  });
});

describe('webhook signature', () => {
  it('is the hex HMAC-SHA256 of the raw body and fails on any change', () => {
    const body = '{"id":"demo:2026-03-02:1:0","type":"ticket.issued"}';
    const sig = signBody('s3cret-s3cret-s3cret', body);
    expect(sig).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature('s3cret-s3cret-s3cret', body, sig)).toBe(true);
    expect(verifySignature('s3cret-s3cret-s3cret', `${body} `, sig)).toBe(false);
    expect(verifySignature('other-secret-xxxxxx', body, sig)).toBe(false);
    expect(verifySignature('s3cret-s3cret-s3cret', body, undefined)).toBe(false);
  });
});

describe('URL policy', () => {
  const strict = new UrlPolicy({ allowPrivate: false, selfPorts: () => [3000] });
  const lan = new UrlPolicy({ allowPrivate: true, selfPorts: () => [3000], selfHosts: () => ['luot.local'] });

  it('classifies addresses', () => {
    expect(classifyAddress('169.254.169.254')).toBe('forbidden');
    expect(classifyAddress('fe80::1')).toBe('forbidden');
    expect(classifyAddress('::ffff:169.254.169.254')).toBe('forbidden');
    expect(classifyAddress('fd00:ec2::254')).toBe('forbidden');
    expect(classifyAddress('0.0.0.0')).toBe('forbidden');
    expect(classifyAddress('224.0.0.1')).toBe('forbidden');
    expect(classifyAddress('127.0.0.1')).toBe('loopback');
    expect(classifyAddress('::1')).toBe('loopback');
    expect(classifyAddress('10.1.2.3')).toBe('private');
    expect(classifyAddress('172.20.0.1')).toBe('private');
    expect(classifyAddress('192.168.1.10')).toBe('private');
    expect(classifyAddress('::ffff:192.168.1.10')).toBe('private');
    expect(classifyAddress('100.64.0.1')).toBe('private');
    expect(classifyAddress('fd12::1')).toBe('private');
    expect(classifyAddress('203.162.4.191')).toBe('public');
    expect(classifyAddress('2001:db8::1')).toBe('public');
  });

  it('refuses loopback and private targets unless allowed; link-local and the hub itself always', async () => {
    await expect(strict.check('http://127.0.0.1:8080/x')).rejects.toThrow(/loopback/);
    await expect(strict.check('http://192.168.1.20/sms')).rejects.toThrow(/private/);
    await expect(strict.check('http://localhost:9000/')).rejects.toThrow(/loopback/);
    await expect(lan.check('http://192.168.1.20/sms')).resolves.toBeInstanceOf(URL);
    await expect(lan.check('http://127.0.0.1:8080/x')).resolves.toBeInstanceOf(URL);
    await expect(lan.check('http://169.254.169.254/latest/meta-data')).rejects.toThrow(/never/);
    await expect(lan.check('http://127.0.0.1:3000/api')).rejects.toThrow(/hub itself/);
    await expect(lan.check('http://[::1]:3000/api')).rejects.toThrow(/hub itself/);
    await expect(lan.check('http://luot.local:3000/api')).rejects.toThrow(/hub itself/);
    await expect(lan.check('gopher://203.162.4.191/')).rejects.toThrow(/http/);
    await expect(lan.check('https://a:b@203.162.4.191/')).rejects.toThrow(/credentials/);
    await expect(strict.check('https://203.162.4.191/hook')).resolves.toBeInstanceOf(URL);
  });

  it('checks what a host name resolves to (localhost is loopback)', async () => {
    await expect(strict.resolve(new URL('http://localhost:8080/'))).rejects.toThrow(/loopback/);
  });
});

describe('retry backoff', () => {
  it('doubles from the base up to the cap, with ±25% jitter', () => {
    const mid = () => 0.5;
    expect(backoffMs(1, DEFAULT_TIMING, mid)).toBe(1000);
    expect(backoffMs(2, DEFAULT_TIMING, mid)).toBe(2000);
    expect(backoffMs(5, DEFAULT_TIMING, mid)).toBe(16_000);
    expect(backoffMs(40, DEFAULT_TIMING, mid)).toBe(300_000);
    expect(backoffMs(1, DEFAULT_TIMING, () => 0)).toBe(750);
    expect(backoffMs(1, DEFAULT_TIMING, () => 1)).toBe(1250);
  });
});

describe('outbound events', () => {
  function journal(): QueueEvent[] {
    const config = testSiteConfig();
    const ctx = testContext();
    const state = createDayState('site-a', '2026-03-02');
    const events: QueueEvent[] = [];
    const run = (cmd: Parameters<typeof decide>[2]) => {
      const d = decide(config, state, cmd, ctx);
      if (!d.ok) throw new Error(d.error.code);
      for (const e of d.events) {
        applyEvent(state, e);
        events.push(structuredClone(e));
      }
      ctx.advance(60_000);
    };
    for (let i = 0; i < 5; i++) run({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
    run({ type: 'counter:call-next', counterId: 'c1' });
    run({ type: 'counter:finish', counterId: 'c1', dossierCode: '000.00.53.H48-220921-0099' });
    run({ type: 'counter:pause', counterId: 'c1', reason: 'lunch' });
    return events;
  }

  const derive = (events: QueueEvent[], n: number) => {
    const d = new OutboundDeriver('site-a', '2026-03-02', testSiteConfig, () => ({ turnNearAhead: n }));
    return events.flatMap((e) => d.next(e));
  };

  it('maps journal events to webhook types, turn-near once per ticket, with ids stable on replay', () => {
    const events = journal();
    const out = derive(events, 2);
    expect(out.map((o) => o.type)).toEqual([
      'ticket.issued',
      'ticket.turn-near',
      'ticket.issued',
      'ticket.turn-near',
      'ticket.issued',
      'ticket.turn-near',
      'ticket.issued',
      'ticket.issued',
      'ticket.called',
      'ticket.turn-near',
      'ticket.finished',
      'counter.paused',
    ]);
    expect(out.filter((o) => o.type === 'ticket.turn-near').map((o) => o.data.ahead)).toEqual([0, 1, 2, 2]);
    expect(out.find((o) => o.type === 'ticket.finished')?.data.dossierCode).toBe('000.00.53.H48-220921-0099');
    expect(derive(events, 2).map((o) => o.id)).toEqual(out.map((o) => o.id));
    expect(new Set(out.map((o) => o.id)).size).toBe(out.length);
    // The journal's objects are never touched.
    expect(events).toEqual(journal().map((e, i) => ({ ...e, at: events[i].at })));
  });

  it('carries no personal data', () => {
    const text = JSON.stringify(derive(journal(), 2));
    expect(text).not.toMatch(/statusToken|note|comment|requestId/);
  });
});

describe('messages', () => {
  it('normalises Vietnamese mobile numbers and refuses others', () => {
    expect(phoneSchema.parse('0912 345 678')).toBe('84912345678');
    expect(phoneSchema.parse('+84 (98) 765-4321')).toBe('84987654321');
    for (const bad of ['0212345678', '091234567', '+1 415 555 0100', 'abc']) {
      expect(phoneSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('fills templates in the citizen’s language, Vietnamese as fallback, unknown placeholders kept', () => {
    const text = { vi: 'Mời số {number} đến quầy {counter}', km: 'សូមលេខ {number} ទៅបញ្ជរ {counter}' };
    expect(renderTemplate(text, 'vi', { number: 'A012', counter: '3' })).toBe('Mời số A012 đến quầy 3');
    expect(renderTemplate(text, 'km', { number: 'A012', counter: '3' })).toBe('សូមលេខ A012 ទៅបញ្ជរ 3');
    expect(renderTemplate(text, 'en', { number: 'A012' })).toBe('Mời số A012 đến quầy {counter}');
  });
});
