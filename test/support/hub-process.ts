// A real hub process (server/main.ts) for tests that need one: start-up refusals, the data
// directory lock, a wall clock that jumps. It parses the base URL from what the hub prints and,
// at first start, the device keys from the credentials file the hub names (its output is not a
// terminal, so the secrets are only in that file).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, '..', '..', 'server', 'main.ts');
/** What `npm start` runs: the server compiled by scripts/build-server.mjs. */
export const COMPILED_MAIN = join(import.meta.dirname, '..', '..', 'build', 'server', 'main.js');

export interface HubProcess {
  child: ChildProcess;
  url: string;
  /** Device keys printed at first start, by kind (empty on a later start). */
  keys: Record<string, string>;
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

function spawnMain(env: Record<string, string>, compiled = false): ChildProcess {
  return spawn(process.execPath, compiled ? [COMPILED_MAIN] : ['--import', 'tsx', MAIN], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LUOT_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts a hub (through tsx, or compiled as `npm start` runs it) and resolves once it listens. */
export function startHubProcess(
  env: Record<string, string>,
  options: { compiled?: boolean } = {},
): Promise<HubProcess> {
  return new Promise((resolve, reject) => {
    const child = spawnMain(env, options.compiled);
    let out = '';
    const keys: Record<string, string> = {};
    let settled = false;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const onData = (d: Buffer) => {
      out += d.toString();
      const file = / in (\S+first-start-credentials\.txt)$/m.exec(out)?.[1];
      const secrets = file && existsSync(file) ? readFileSync(file, 'utf8') : '';
      for (const m of secrets.matchAll(/^\s+(kiosk|display|counter)\s+http\S*\?key=(\S+)$/gm))
        keys[m[1]] = m[2];
      const ready = /(?:Lượt: |Admin console: )(http:\/\/[^\s/]+)\//.exec(out);
      if (ready && !settled) {
        settled = true;
        resolve({
          child,
          url: ready[1],
          keys,
          output: () => out,
          async kill(signal = 'SIGKILL') {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`hub exited (${code}) before listening:\n${out}`));
    });
  });
}

/** Runs a hub that is expected to refuse to start: its exit code and everything it printed. */
export function runHubExpectingExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawnMain(env);
    let output = '';
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
