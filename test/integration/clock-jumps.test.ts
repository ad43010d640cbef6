// A real hub process whose wall clock the test moves (LUOT_TEST_WALL_CLOCK_FILE, refused outside
// NODE_ENV=test): a jump past midnight and back, a jump that holds, and a boot with the clock
// years in the past that NTP then corrects. In each: no number twice in any day, no acknowledged
// ticket lost, waiting tickets still waiting while the real day goes on.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type HubProcess, runHubExpectingExit, startHubProcess } from '../support/hub-process.js';

const DAY = 24 * 3600_000;
const CONFIRM_MS = 1500;
const dirs: string[] = [];
const hubs: HubProcess[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.kill();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

interface Acked {
  displayNumber: string;
  statusToken: string;
}

async function setup() {
  const root = await mkdtemp(join(tmpdir(), 'luot-clock-'));
  dirs.push(root);
  const dataDir = join(root, 'data');
  const clockFile = join(root, 'clock.json');
  await setOffset(clockFile, 0);
  let kioskKey = '';
  const start = async () => {
    const hub = await startHubProcess({
      LUOT_DATA_DIR: dataDir,
      LUOT_ADMIN_PASSWORD: 'admin-password-42',
      NODE_ENV: 'test',
      LUOT_TEST_WALL_CLOCK_FILE: clockFile,
      LUOT_CLOCK_CONFIRM_MS: String(CONFIRM_MS),
    });
    hubs.push(hub);
    kioskKey ||= hub.keys.kiosk ?? '';
    return hub;
  };
  let n = 0;
  const issue = async (hub: HubProcess): Promise<Acked> => {
    n += 1;
    const res = await fetch(`${hub.url}/api/sites/demo/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${kioskKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        procedureId: 'p-khai-sinh',
        requestId: `clock-req-${String(n).padStart(4, '0')}`,
      }),
    });
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(201);
    return { displayNumber: body.ticket.displayNumber, statusToken: body.statusToken };
  };
  return { dataDir, clockFile, start, issue };
}

async function setOffset(file: string, offsetMs: number): Promise<void> {
  await writeFile(`${file}.tmp`, JSON.stringify({ offsetMs }));
  await import('node:fs/promises').then((fs) => fs.rename(`${file}.tmp`, file));
  await new Promise((r) => setTimeout(r, 150));
}

async function statusOf(hub: HubProcess, token: string): Promise<string> {
  const res = await fetch(`${hub.url}/api/tickets/${token}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { status: string }).status;
}

/** Every day's journal: the display numbers issued in it. */
async function numbersByDay(dataDir: string): Promise<Record<string, string[]>> {
  const dir = join(dataDir, 'sites', 'demo', 'days');
  const out: Record<string, string[]> = {};
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.jsonl'))) {
    const lines = (await readFile(join(dir, name), 'utf8')).split('\n').filter(Boolean);
    out[name.slice(0, 10)] = lines
      .map((l) => JSON.parse(l) as { type: string; ticket?: { displayNumber: string } })
      .filter((e) => e.type === 'ticket:issued')
      .map((e) => e.ticket?.displayNumber ?? '');
  }
  return out;
}

function expectNoRepeats(byDay: Record<string, string[]>): void {
  for (const [day, numbers] of Object.entries(byDay)) {
    expect(new Set(numbers).size, `${day}: ${numbers.join(' ')}`).toBe(numbers.length);
  }
}

/** After kill -9 and a restart every acknowledged ticket still waits, all in one day, none repeated. */
async function expectKillSurvived(
  hub: HubProcess,
  start: () => Promise<HubProcess>,
  dataDir: string,
  acked: Acked[],
): Promise<void> {
  await hub.kill('SIGKILL');
  const again = await start();
  for (const a of acked) expect(await statusOf(again, a.statusToken)).toBe('waiting');
  const byDay = await numbersByDay(dataDir);
  expect(Object.keys(byDay)).toHaveLength(1);
  expectNoRepeats(byDay);
}

describe('a wall clock that jumps', { timeout: 180_000 }, () => {
  it('is refused outside tests', async () => {
    const root = await mkdtemp(join(tmpdir(), 'luot-clock-'));
    dirs.push(root);
    const run = await runHubExpectingExit({
      LUOT_DATA_DIR: join(root, 'data'),
      NODE_ENV: 'production',
      LUOT_TEST_WALL_CLOCK_FILE: join(root, 'clock.json'),
    });
    expect(run.code).toBe(1);
    expect(run.output).toContain('LUOT_TEST_WALL_CLOCK_FILE');
  });

  it('a day forward past midnight and back: the real day goes on, nothing expires or repeats', async () => {
    const { dataDir, clockFile, start, issue } = await setup();
    const hub = await start();
    const acked = [await issue(hub), await issue(hub), await issue(hub)];
    await setOffset(clockFile, DAY);
    acked.push(await issue(hub), await issue(hub));
    const health = (await (await fetch(`${hub.url}/health`)).json()) as { clock: string };
    expect(health.clock).toBe('wall-ahead');
    await setOffset(clockFile, 0);
    acked.push(await issue(hub));
    await new Promise((r) => setTimeout(r, CONFIRM_MS + 500));
    acked.push(await issue(hub));
    expect(acked.map((a) => a.displayNumber)).toEqual([
      'A001',
      'A002',
      'A003',
      'A004',
      'A005',
      'A006',
      'A007',
    ]);
    for (const a of acked) expect(await statusOf(hub, a.statusToken)).toBe('waiting');

    await expectKillSurvived(hub, start, dataDir, acked);
  });

  it('a jump that holds is followed: the day closes once, and a later step back repeats nothing', async () => {
    const { dataDir, clockFile, start, issue } = await setup();
    const hub = await start();
    const today = [await issue(hub), await issue(hub)];
    await setOffset(clockFile, DAY);
    // The hub reads the wall clock every second: the jump is seen within one, then must hold.
    await new Promise((r) => setTimeout(r, CONFIRM_MS + 2500));
    const next = await issue(hub);
    expect(next.displayNumber).toBe('A001');
    // The earlier day is closed (its journal ends with day:closed) and its tickets left today's queue.
    for (const a of today) expect((await fetch(`${hub.url}/api/tickets/${a.statusToken}`)).status).toBe(404);
    await setOffset(clockFile, 0);
    const after = await issue(hub);
    expect(after.displayNumber).toBe('A002');
    const byDay = await numbersByDay(dataDir);
    expect(Object.values(byDay).map((n) => n.length)).toEqual([2, 2]);
    expectNoRepeats(byDay);
    const [closedDay] = Object.keys(byDay).sort();
    const closed = (await readFile(join(dataDir, 'sites', 'demo', 'days', `${closedDay}.jsonl`), 'utf8'))
      .split('\n')
      .filter(Boolean);
    expect(JSON.parse(closed.at(-1) ?? '{}').type).toBe('day:closed');
  });

  it('boots with the clock years in the past, resumes the real day, and follows the correction', async () => {
    const { dataDir, clockFile, start, issue } = await setup();
    const first = await start();
    const acked = [await issue(first), await issue(first), await issue(first)];
    await first.kill('SIGKILL');

    await setOffset(clockFile, -5 * 365 * DAY);
    const hub = await start();
    for (const a of acked) expect(await statusOf(hub, a.statusToken)).toBe('waiting');
    acked.push(await issue(hub));
    await setOffset(clockFile, 0);
    acked.push(await issue(hub));
    expect(acked.map((a) => a.displayNumber)).toEqual(['A001', 'A002', 'A003', 'A004', 'A005']);

    await expectKillSurvived(hub, start, dataDir, acked);
  });
});
