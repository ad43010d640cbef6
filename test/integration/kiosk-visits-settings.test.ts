// The kiosk's visit tiles saved through the settings route on a real hub: order and words go to
// the kiosk catalogue; a tile pointing at a procedure the catalogue lacks, a kind listed twice or
// an unknown kind are refused with invalid_input; a manager of another centre is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReportsServer, startReportsServer } from '../support/reports-server.js';
import { request } from '../support/test-server.js';

let s: ReportsServer;
let admin: string;
let kiosk: Record<string, unknown>;

beforeAll(async () => {
  s = await startReportsServer();
  admin = await s.token('admin');
  const config = await request(s.url, '/api/sites/demo/config', { auth: admin });
  kiosk = config.body.settings.kiosk;
});

afterAll(async () => {
  await s?.server.close();
});

const put = (auth: string, body: unknown) =>
  request(s.url, '/api/sites/demo/settings/kiosk', { method: 'PUT', auth, body });

describe('visit tiles in the kiosk settings', () => {
  it('saves order and words, and the kiosk catalogue carries them', async () => {
    const visits = {
      result: 'p-visit-result',
      inquiry: 'p-visit-inquiry',
      order: ['inquiry', 'result', 'supplement'],
      labels: { inquiry: { vi: 'Hỏi đáp thủ tục', en: 'Questions', km: 'សំណួរ' } },
    };
    const res = await put(admin, { ...kiosk, visits });
    expect(res.status).toBe(200);
    const catalogue = await request(s.url, '/api/sites/demo/catalogue', { auth: s.keys.kiosk });
    expect(catalogue.status).toBe(200);
    expect(catalogue.body.kiosk.visits).toEqual(visits);
  });

  it('refuses a tile whose procedure is not in the catalogue, naming the tile', async () => {
    const res = await put(admin, { ...kiosk, visits: { result: 'p-visit-result', inquiry: 'p-nowhere' } });
    expect(res.status).toBe(400);
    expect(res.body.error?.code ?? res.body.code).toBe('invalid_input');
    expect(JSON.stringify(res.body)).toContain('visits.inquiry');
  });

  it('refuses a kind listed twice, an unknown kind and empty words', async () => {
    for (const visits of [
      { order: ['result', 'result'] },
      { order: ['coffee'] },
      { labels: { coffee: { vi: 'Cà phê' } } },
      { labels: { result: { vi: '' } } },
    ]) {
      const res = await put(admin, { ...kiosk, visits });
      expect(res.status, JSON.stringify(visits)).toBe(400);
      expect(res.body.error?.code ?? res.body.code).toBe('invalid_input');
    }
  });

  it('refuses a manager of another centre', async () => {
    const other = await s.token('quanly2');
    const res = await put(other, { ...kiosk, visits: { result: 'p-visit-result' } });
    expect(res.status).toBe(403);
  });
});
