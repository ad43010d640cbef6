// A booking's own page across cluster nodes: two real hub node processes on one PostgreSQL
// database; node A writes the demo centre. The booking link carries no centre, so node B finds it
// from the booking's event (migration 007) and forwards: view and cancel work on either node.
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../shared/i18n/time.js';
import { startTestCluster, type TestCluster } from '../support/cluster-harness.js';
import { request } from '../support/test-server.js';

const TZ = 'Asia/Ho_Chi_Minh';
const clusters: TestCluster[] = [];
afterEach(async () => {
  for (const c of clusters.splice(0)) await c.close();
});

/** The next Monday after today (the demo centre takes bookings on working days). */
function nextMonday(): string {
  let day = addDays(localDay(Date.now(), TZ), 1);
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 1) day = addDays(day, 1);
  return day;
}

describe("a booking's own page on any cluster node", () => {
  it('views and cancels a booking through a node that does not write its centre', async () => {
    const c = await startTestCluster(2);
    clusters.push(c);
    const [a, b] = c.nodes;
    if (!a || !b) throw new Error('two nodes expected');
    expect(await c.ownerOf('demo')).toBe(a.nodeUrl);

    const day = nextMonday();
    const slots = await request(
      a.nodeUrl,
      `/api/sites/demo/appointments/slots?procedureId=p-khai-sinh&date=${day}`,
    );
    expect(slots.status, JSON.stringify(slots.body)).toBe(200);
    const start = (slots.body as { start: number }[])[0]?.start;
    expect(start).toBeDefined();
    const booked = await request(b.nodeUrl, '/api/sites/demo/appointments', {
      body: {
        procedureId: 'p-khai-sinh',
        start,
        name: 'Nguyễn Thị Lan',
        phone: '0912345678',
        requestId: 'cluster-booking-0001',
      },
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const { code, manageToken } = booked.body as { code: string; manageToken: string };

    for (const node of [a, b]) {
      const view = await request(node.nodeUrl, `/api/appointments/${manageToken}`);
      expect(view.status, JSON.stringify(view.body)).toBe(200);
      expect(view.body).toMatchObject({ code, start, status: 'booked' });
    }
    const unknown = await request(b.nodeUrl, `/api/appointments/${'y'.repeat(32)}`);
    expect(unknown.status).toBe(404);

    const cancelled = await request(b.nodeUrl, `/api/appointments/${manageToken}`, { method: 'DELETE' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const after = await request(a.nodeUrl, `/api/appointments/${manageToken}`);
    expect(after.body.status).toBe('cancelled');
  });
});
