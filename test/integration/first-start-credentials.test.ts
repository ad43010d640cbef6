// First-start secrets with a real hub process whose output is not a terminal (as under systemd):
// the admin password, officer passwords and device keys go to an owner-only file (0600) in the
// data directory, and neither standard output nor the log carries any of them; the output says
// where the file is. On a terminal the same lines are shown.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { CREDENTIALS_FILE, firstStartNotice } from '../../server/first-start-credentials.js';
import { type HubProcess, startHubProcess } from '../support/hub-process.js';

const dirs: string[] = [];
const hubs: HubProcess[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.kill();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

it('writes the secrets to a 0600 file and keeps them out of stdout and the log', {
  timeout: 60_000,
}, async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'luot-credentials-'));
  dirs.push(dataDir);
  const hub = await startHubProcess({ LUOT_DATA_DIR: dataDir, LUOT_LOG_LEVEL: 'trace' });
  hubs.push(hub);
  const path = join(dataDir, CREDENTIALS_FILE);
  expect(((await stat(path)).mode & 0o777).toString(8)).toBe('600');
  const file = await readFile(path, 'utf8');
  const admin = /Admin login: admin \/ (\S+)/.exec(file)?.[1] ?? '';
  const officers = [...file.matchAll(/^ {2}(canbo\d) \/ (\S+)/gm)].map((m) => m[2]);
  const keys = [...file.matchAll(/(ldk_\S+?)(?:\)|\s|$)/g)].map((m) => m[1]);
  expect(admin.length).toBeGreaterThanOrEqual(10);
  expect(officers.length).toBe(3);
  expect(keys.length).toBe(4);
  // The output (stdout, stderr and the JSON log) names the file, not the secrets.
  await new Promise((r) => setTimeout(r, 300));
  const output = hub.output();
  expect(output).toContain(path);
  expect(output).toContain('/admin/');
  for (const secret of [admin, ...officers, ...keys]) expect(output).not.toContain(secret);
  // The keys in the file work (the helper read them from it).
  expect(hub.keys.kiosk).toBe(keys.find((k) => file.includes(`/kiosk/?key=${k}`)));
  const res = await fetch(`${hub.url}/api/auth/me`, {
    headers: { authorization: `Bearer ${hub.keys.kiosk}` },
  });
  expect(res.status).toBe(200);
});

it('shows everything on a terminal, and only where to look otherwise', () => {
  const report = {
    admin: { username: 'admin', password: 'Mat-khau-admin-1', generated: true },
    officers: [{ username: 'canbo1', fullName: 'Nguyễn Văn A', password: 'Mat-khau-canbo-1' }],
    devices: [{ kind: 'kiosk' as const, name: 'Kiosk', key: 'ldk_x_secret', path: '/kiosk/' }],
    siteId: 'demo',
  };
  const terminal = firstStartNotice(report, 'http://10.0.0.5:3000', '/data/f.txt', true).join('\n');
  for (const secret of ['Mat-khau-admin-1', 'Mat-khau-canbo-1', 'ldk_x_secret'])
    expect(terminal).toContain(secret);
  const journal = firstStartNotice(report, 'http://10.0.0.5:3000', '/data/f.txt', false).join('\n');
  for (const secret of ['Mat-khau-admin-1', 'Mat-khau-canbo-1', 'ldk_x_secret'])
    expect(journal).not.toContain(secret);
  expect(journal).toContain('/data/f.txt');
});
