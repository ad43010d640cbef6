// Who may read the data directory: only the account the hub runs as. Files hold password hashes,
// session and status tokens, so they are 0600 and directories 0700.
import { chmod, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

async function restrictTree(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await restrictTree(path);
      await chmod(path, DIR_MODE);
    } else if (entry.isFile()) await chmod(path, FILE_MODE);
  }
}

/**
 * Data written by older versions was 0644/0755: once, when the data directory itself is still
 * open to others, every file and directory under it is tightened (the directory last, so an
 * interrupted sweep runs again next start).
 */
export async function restrictDataDir(dataDir: string): Promise<void> {
  if (((await stat(dataDir)).mode & 0o777) === DIR_MODE) return;
  await restrictTree(dataDir);
  await chmod(dataDir, DIR_MODE);
}
