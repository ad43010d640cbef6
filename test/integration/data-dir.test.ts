// The data directory at start-up, with real hub processes: one process per directory (a second
// one refuses and touches nothing; kill -9 leaves no stale lock), a busy port is refused before
// any data is opened, an unwritable directory is refused, a damaged sessions.json is set aside,
// and every file is 0600 and every directory 0700.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStore } from '../../server/store/file-store.js';
import { type HubProcess, runHubExpectingExit, startHubProcess } from '../support/hub-process.js';

const dirs: string[] = [];
const hubs: HubProcess[] = [];
const mounts: string[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.kill();
  for (const m of mounts.splice(0)) execFileSync('umount', [m]);
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'luot-datadir-'));
  dirs.push(d);
  return d;
}

const env = (dataDir: string) => ({ LUOT_DATA_DIR: dataDir, LUOT_ADMIN_PASSWORD: 'admin-password-42' });

/** Every file under dir with its bytes and mode, to compare before and after. */
async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const mode = ((await stat(p)).mode & 0o777).toString(8);
      if (e.isDirectory()) {
        out[`${p}/`] = mode;
        await walk(p);
      } else out[p] = `${mode}:${(await readFile(p)).toString('base64')}`;
    }
  };
  await walk(dir);
  return out;
}

describe('one process per data directory', { timeout: 120_000 }, () => {
  it('refuses a second hub, names the directory and the holder, and touches nothing', async () => {
    const dataDir = await tempDir();
    const first = await startHubProcess(env(dataDir));
    hubs.push(first);
    const issued = await fetch(`${first.url}/api/sites/demo/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${first.keys.kiosk}`, 'content-type': 'application/json' },
      body: JSON.stringify({ procedureId: 'p-khai-sinh', requestId: 'datadir-req-0001' }),
    });
    expect(issued.status).toBe(201);
    const before = await tree(dataDir);

    const second = await runHubExpectingExit(env(dataDir));
    expect(second.code).toBe(1);
    expect(second.output).toContain(`The data directory ${dataDir} is in use by process ${first.child.pid}`);
    expect(second.output).not.toMatch(/\n\s+at /);
    expect(await tree(dataDir)).toEqual(before);

    // kill -9 leaves no stale lock: the next hub starts on the same directory.
    await first.kill('SIGKILL');
    const third = await startHubProcess(env(dataDir));
    hubs.push(third);
    expect((await fetch(`${third.url}/health`)).status).toBe(200);
  });

  it('refuses in the same process too (a store opened twice)', async () => {
    const dataDir = await tempDir();
    const store = await FileStore.open(dataDir);
    await expect(FileStore.open(dataDir)).rejects.toThrow(/is in use by process/);
    await store.close();
    const again = await FileStore.open(dataDir);
    await again.close();
  });
});

describe('start-up refusals', { timeout: 120_000 }, () => {
  it('refuses a busy port with a clear message before opening any data', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
    const port = (busy.address() as { port: number }).port;
    const parent = await tempDir();
    const dataDir = join(parent, 'data');
    try {
      const run = await runHubExpectingExit({ ...env(dataDir), PORT: String(port) });
      expect(run.code).toBe(1);
      expect(run.output).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(run.output).not.toMatch(/\n\s+at /);
      await expect(stat(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await new Promise<void>((r) => busy.close(() => r()));
    }
  });

  it('refuses a read-only data directory with a clear message', async () => {
    const mount = await tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', mount]);
    mounts.push(mount);
    const run = await runHubExpectingExit(env(mount));
    expect(run.code).toBe(1);
    expect(run.output).toContain(`The data directory ${mount} does not accept writes (EROFS)`);
    expect(run.output).not.toMatch(/\n\s+at /);
  });

  it('sets a damaged sessions.json aside and starts with no sessions', async () => {
    const dataDir = await tempDir();
    const store = await FileStore.open(dataDir);
    await store.updateSessions((s) => {
      s.push({ tokenHash: 'x'.repeat(20), userId: 'u1', createdAt: 1, expiresAt: 2 });
    });
    await store.close();
    await writeFile(join(dataDir, 'sessions.json'), '[{"tokenHash": "abc", "userI');
    const reopened = await FileStore.open(dataDir);
    expect(reopened.sessions).toEqual([]);
    expect(reopened.warnings.join('\n')).toMatch(/sessions\.json.*set aside as .*\.damaged/);
    const names = await readdir(dataDir);
    const aside = names.find((n) => n.startsWith('sessions.json.') && n.endsWith('.damaged'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dataDir, aside ?? ''), 'utf8')).toBe('[{"tokenHash": "abc", "userI');
    await reopened.close();
  });
});

describe('file modes', { timeout: 120_000 }, () => {
  it('keeps every file 0600 and every directory 0700, and tightens data from older versions', async () => {
    const dataDir = await tempDir();
    await mkdir(join(dataDir, 'sites', 'old'), { recursive: true, mode: 0o755 });
    await writeFile(join(dataDir, 'sites', 'old', 'note.txt'), 'x', { mode: 0o644 });
    await chmod(dataDir, 0o755);
    const hub = await startHubProcess(env(dataDir));
    hubs.push(hub);
    const issued = await fetch(`${hub.url}/api/sites/demo/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.keys.kiosk}`, 'content-type': 'application/json' },
      body: JSON.stringify({ procedureId: 'p-khai-sinh', requestId: 'datadir-req-0001' }),
    });
    expect(issued.status).toBe(201);
    const modes = await tree(dataDir);
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    const wrong = Object.entries(modes).filter(([path, v]) =>
      path.endsWith('/') ? v !== '700' : !v.startsWith('600:'),
    );
    expect(wrong.map(([p]) => p)).toEqual([]);
    expect(Object.keys(modes).some((p) => p.endsWith('.jsonl'))).toBe(true);
  });
});
