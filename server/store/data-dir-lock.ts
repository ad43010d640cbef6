// One process per data directory. The lock is a listening socket in Linux's abstract namespace,
// named after the directory's real path: the kernel releases it when the process dies
// (kill -9 never leaves a stale lock), and a second hub that finds it taken asks the holder who
// it is and stops before reading anything. Other systems fall back to a pid file.
import { createHash } from 'node:crypto';
import { open, readFile, realpath, rm } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { DataDirError } from './errors.js';
import { FILE_MODE } from './permissions.js';

export interface DataDirLock {
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  startedAt: string;
  command: string;
}

const me = (): Holder => ({
  pid: process.pid,
  startedAt: new Date().toISOString(),
  command: process.argv.slice(1).join(' '),
});

function describe(dataDir: string, holder: Holder | null): string {
  const who = holder
    ? `process ${holder.pid} (started ${holder.startedAt}: ${holder.command})`
    : 'another process';
  return `The data directory ${dataDir} is in use by ${who}. Only one Lượt hub may run on a data directory; stop the other one first. Nothing was read or changed.`;
}

/** Takes the data directory's lock, or throws DataDirError naming the holder. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  return process.platform === 'linux' ? socketLock(dataDir) : pidFileLock(dataDir);
}

async function socketLock(dataDir: string): Promise<DataDirLock> {
  // The real path (symbolic links resolved) names the directory. Not its inode: a test or a
  // script that deletes a directory may get the same inode number back for a new one.
  const real = await realpath(dataDir);
  const name = `\0luot-data-dir:${createHash('sha256').update(real).digest('hex')}`;
  const info = `${JSON.stringify(me())}\n`;
  const server: Server = createServer((socket) => socket.end(info));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(name, () => resolve());
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new DataDirError(describe(dataDir, await askHolder(name)));
  }
  server.unref();
  return { release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function askHolder(name: string): Promise<Holder | null> {
  return new Promise((resolve) => {
    let text = '';
    const socket = connect(name);
    const done = (holder: Holder | null) => {
      socket.destroy();
      resolve(holder);
    };
    socket.setTimeout(1000, () => done(null));
    socket.on('data', (chunk) => {
      text += chunk.toString('utf8');
    });
    socket.on('end', () => {
      try {
        done(JSON.parse(text) as Holder);
      } catch {
        done(null);
      }
    });
    socket.on('error', () => done(null));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function pidFileLock(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, 'luot.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', FILE_MODE);
      await handle.writeFile(JSON.stringify(me()));
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: Holder | null = null;
      try {
        holder = JSON.parse(await readFile(path, 'utf8')) as Holder;
      } catch {
        holder = null;
      }
      if (holder && alive(holder.pid)) throw new DataDirError(describe(dataDir, holder));
      await rm(path, { force: true });
    }
  }
  throw new DataDirError(describe(dataDir, null));
}
