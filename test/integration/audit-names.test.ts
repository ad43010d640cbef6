// The audit log read by the console names people and things: the officer's full name, the
// ticket's number, the counter's number; the console turns each entry into a sentence.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditSentence } from '../../admin/settings/audit-sentence.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

it('names the officer, the ticket and the counter, and reads as a Vietnamese sentence', async () => {
  const password = server.report.officers.find((o) => o.username === 'canbo1')?.password ?? '';
  const canbo1 = await login(server.url, 'canbo1', password);
  const admin = await login(server.url, 'admin', ADMIN_PASSWORD);
  expect(
    (await request(server.url, '/api/sites/demo/counters/c1/sign-in', { auth: canbo1, body: {} })).status,
  ).toBe(200);
  const issued = await request(server.url, '/api/sites/demo/tickets', {
    auth: server.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId: 'audit-names-0001' },
  });
  const number = issued.body.ticket.displayNumber as string;
  expect(
    (await request(server.url, '/api/sites/demo/counters/c1/call-next', { auth: canbo1, body: {} })).status,
  ).toBe(200);
  await request(server.url, `/api/tickets/${issued.body.statusToken}/give-up`, { body: {} });

  const res = await request(server.url, '/api/sites/demo/audit', { auth: admin });
  expect(res.status).toBe(200);
  const call = res.body.entries.find((e: { action: string }) => e.action === 'counter:call-next');
  expect(call).toMatchObject({ actor: 'user:canbo1', actorName: 'Nguyễn Thị Thu Hà', targetName: number });
  expect(auditSentence(call, 'vi')).toBe(`Nguyễn Thị Thu Hà gọi số ${number}.`);
  expect(auditSentence(call, 'en')).toBe(`Nguyễn Thị Thu Hà called ${number}.`);
  const signIn = res.body.entries.find((e: { action: string }) => e.action === 'counter:sign-in');
  expect(auditSentence(signIn, 'vi')).toMatch(/^Nguyễn Thị Thu Hà đăng nhập Quầy 1 \(/);
  // Nothing shows an id: not the ticket's, not the counter's.
  expect(JSON.stringify([auditSentence(call, 'vi'), auditSentence(signIn, 'vi')])).not.toContain(
    issued.body.ticket.id,
  );
});
