// Restart → accepting connections with a day of 5,000 tickets stored, and the idle memory of the
// restarted process: the compiled start (npm start) and, with an earlier tree, its tsx start.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServerIfStale } from '../../scripts/build-server.mjs';
import { command, connect, pool } from './hub-clients.js';
import { round } from './stats.js';

const TICKETS = 5000;

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Started {
  child: ChildProcess;
  ms: number;
  out: () => string;
}

/** Starts the hub and resolves once /api/sites answers. */
async function boot(args: string[], cwd: string, dataDir: string, port: number): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      LUOT_DATA_DIR: dataDir,
      LUOT_LOG_LEVEL: 'warn',
      // One kiosk fills the day as fast as it can: the per-kiosk issuing limit is lifted.
      LUOT_KIOSK_ISSUES_PER_MINUTE: '10000',
      LUOT_KIOSK_ISSUES_PER_HOUR: '100000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  for (;;) {
    if (performance.now() - t0 > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`hub did not start in 60 s: ${out}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/sites`);
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`hub exited: ${out}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { child, ms: performance.now() - t0, out: () => out };
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
}

function rssMB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024, 1);
}

async function restartOf(args: string[], cwd: string, port: number): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'perf-bench-restart-'));
  try {
    const first = await boot(args, cwd, dataDir, port);
    // Older trees printed the device keys; this one writes them to an owner-only file.
    const credentials = join(dataDir, 'first-start-credentials.txt');
    const kioskKey = () => {
      const secrets = `${first.out()}\n${existsSync(credentials) ? readFileSync(credentials, 'utf8') : ''}`;
      return /kiosk\s+\S+\?key=(\S+)/.exec(secrets)?.[1];
    };
    // The file may be written a moment after the port answers.
    let key = kioskKey();
    for (let i = 0; i < 100 && !key; i++) {
      await new Promise((r) => setTimeout(r, 50));
      key = kioskKey();
    }
    if (!key) throw new Error(`no kiosk key in: ${first.out()}`);
    // Over the kiosk's socket: the HTTP rate limits of a production start stay as they are.
    const kiosk = await connect(`http://127.0.0.1:${port}`, { key });
    // One procedure per line of the demo centre, in turn; a line whose numbers run out leaves.
    const res = await fetch(`http://127.0.0.1:${port}/api/sites/demo/catalogue`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const catalogue = (await res.json()) as { fields: { procedures: { id: string; seriesId: string }[] }[] };
    const bySeries = new Map<string, string>();
    for (const p of catalogue.fields.flatMap((f) => f.procedures)) bySeries.set(p.seriesId, p.id);
    let procedures = [...bySeries.values()];
    let n = 0;
    let issued = 0;
    try {
      await pool(TICKETS * 2, 50, async () => {
        if (issued >= TICKETS || procedures.length === 0) return;
        const procedureId = procedures[n % procedures.length];
        const r = await command(kiosk, 'ticket:take', { procedureId, requestId: `restart-bench-${n++}` });
        if (r.ok) issued++;
        else procedures = procedures.filter((p) => p !== procedureId);
      });
      if (issued < TICKETS) throw new Error(`only ${issued} tickets issued`);
    } finally {
      kiosk.close();
      await stop(first.child);
    }
    const again = await boot(args, cwd, dataDir, port);
    await new Promise((r) => setTimeout(r, 2000));
    const rss = rssMB(again.child.pid);
    await stop(again.child);
    return { restartMs: Math.round(again.ms), idleRssMB: rss };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchRestart(root: string, before?: string): Promise<Record<string, number>> {
  buildServerIfStale({ quiet: true });
  const out: Record<string, number> = {};
  const port = await freePort();
  for (const [k, v] of Object.entries(await restartOf([join(root, 'build/server/main.js')], root, port))) {
    out[`compiled.${k}`] = v;
  }
  const tsxArgs = (tree: string) => ['--import', 'tsx', join(tree, 'server/main.ts')];
  for (const [k, v] of Object.entries(await restartOf(tsxArgs(root), root, await freePort()))) {
    out[`tsx.${k}`] = v;
  }
  if (before) {
    for (const [k, v] of Object.entries(await restartOf(tsxArgs(before), before, await freePort()))) {
      out[`before.${k}`] = v;
    }
  }
  return out;
}
