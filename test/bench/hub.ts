// Hub figures from a separate client process on loopback, with 30 counters calling, 100
// displays and 2,000 phone-status sockets connected: call → last display latency, HTTP issue
// latency at 200 tickets/s and the throughput reached, server memory per connected socket.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { percentile, round } from './stats.js';

interface Ready {
  type: 'ready';
  url: string;
  keys: { kiosk: string; display: string };
  token: string;
  counters: string[];
}
interface Memory {
  type: 'memory';
  rss: number;
  heapUsed: number;
  sockets: number;
}

function startServer(): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(join(import.meta.dirname, 'hub-server.ts'), [], {
    execArgv: [
      '--import',
      'tsx',
      '--expose-gc',
      ...(process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : []),
    ],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: Ready) => resolve({ child, ready: m }));
    child.once('exit', (code) => reject(new Error(`bench server exited ${code}`)));
  });
}

function memory(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve) => {
    const onMessage = (m: Memory) => {
      if (m.type !== 'memory') return;
      child.off('message', onMessage);
      resolve(m);
    };
    child.on('message', onMessage);
    child.send({ type: 'memory' });
  });
}

function connect(url: string, auth: Record<string, unknown>): Promise<Socket> {
  const s = io(url, { transports: ['websocket'], auth, reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

async function issue(url: string, key: string, i: number): Promise<{ ms: number; token: string }> {
  const start = performance.now();
  const res = await fetch(`${url}/api/sites/demo/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({
      procedureId: i % 2 ? 'p-khai-sinh' : 'p-ket-hon',
      requestId: `bench-${process.pid}-${i}`,
    }),
  });
  const body = (await res.json()) as { statusToken: string };
  if (res.status !== 201) throw new Error(`issue failed ${res.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - start, token: body.statusToken };
}

async function inBatches<T>(count: number, size: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += size) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, j) => fn(i + j)))));
  }
  return out;
}

export async function benchHub(): Promise<Record<string, number>> {
  const { child, ready } = await startServer();
  const figures: Record<string, number> = {};
  const sockets: Socket[] = [];
  try {
    const { url } = ready;
    let n = 0;
    const baseline = await memory(child);

    // 2,000 tickets whose phone pages follow them, and 100 displays.
    const phoneCount = Number(process.env.BENCH_PHONES ?? 2000);
    const tickets = await inBatches(Math.max(phoneCount, 400), 50, () => issue(url, ready.keys.kiosk, n++));
    const afterTickets = await memory(child);
    const phones = await inBatches(phoneCount, 100, (i) => connect(url, { statusToken: tickets[i].token }));
    sockets.push(...phones);
    const displays = await inBatches(100, 50, () => connect(url, { key: ready.keys.display }));
    sockets.push(...displays);
    await new Promise((r) => setTimeout(r, 1000));
    const withSockets = await memory(child);
    figures.connectedSockets = withSockets.sockets;
    figures.serverKBPerSocket = round((withSockets.heapUsed - afterTickets.heapUsed) / 1024 / 2100, 1);
    figures.serverRssMB = round(withSockets.rss / 1048576, 1);
    figures.serverBaselineRssMB = round(baseline.rss / 1048576, 1);

    // 30 counters calling: time from the command to the last of 100 displays having the call.
    const counters = await inBatches(30, 30, () => connect(url, { token: ready.token, siteId: 'demo' }));
    sockets.push(...counters);
    const latencies: number[] = [];
    for (let i = 0; i < 300; i++) {
      const counterId = ready.counters[i % ready.counters.length];
      const counter = counters[i % counters.length];
      let pending = displays.length;
      let ticketId = '';
      const start = performance.now();
      const allSeen = new Promise<void>((resolve) => {
        for (const d of displays) {
          const handler = (delta: { ticket?: { id: string } }) => {
            if (ticketId && delta.ticket?.id !== ticketId) return;
            d.off('ticket:called', handler);
            if (--pending === 0) resolve();
          };
          d.on('ticket:called', handler);
        }
      });
      const result = (await counter.timeout(5000).emitWithAck('counter:call-next', { counterId })) as {
        ok: boolean;
        data: { ticket: { id: string } | null };
      };
      if (!result.ok || !result.data.ticket)
        throw new Error(`call-next at ${counterId} failed: ${JSON.stringify(result)}`);
      ticketId = result.data.ticket.id;
      await allSeen;
      latencies.push(performance.now() - start);
      await counter.timeout(5000).emitWithAck('counter:finish', { counterId });
    }
    figures.callToLastOf100DisplaysP50Ms = round(percentile(latencies, 50), 2);
    figures.callToLastOf100DisplaysP99Ms = round(percentile(latencies, 99), 2);

    // HTTP issue at a steady 200 tickets/s for 5 s, then as fast as 50 in flight allow.
    const paced: Promise<{ ms: number }>[] = [];
    const startPaced = performance.now();
    for (let i = 0; i < 1000; i++) {
      const due = startPaced + i * 5;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      paced.push(issue(url, ready.keys.kiosk, n++));
    }
    const pacedMs = (await Promise.all(paced)).map((r) => r.ms);
    figures.httpIssueAt200PerSecondP50Ms = round(percentile(pacedMs, 50), 2);
    figures.httpIssueAt200PerSecondP99Ms = round(percentile(pacedMs, 99), 2);
    const t0 = performance.now();
    await inBatches(2000, 50, () => issue(url, ready.keys.kiosk, n++));
    figures.httpIssuePerSecond50InFlight = Math.round(2000 / ((performance.now() - t0) / 1000));
  } finally {
    for (const s of sockets) s.close();
    child.send({ type: 'stop' });
    await new Promise((r) => child.once('exit', r));
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchHub());
}
