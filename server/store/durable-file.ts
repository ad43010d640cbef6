// Writing a whole file so that a crash leaves either the old or the new content, never a torn
// one: write a temp file (0600), fsync it, rename it over the target, fsync the directory.
// Writes to one path run one after the other, in call order, so the last call's content is what
// stays; two writes at once never share a temp file (the second would rename nothing and fail).
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FILE_MODE } from './permissions.js';

export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The write under way for each path (the next one waits for it). */
const writing = new Map<string, Promise<void>>();
let written = 0;

export function writeFileDurably(path: string, content: string | Uint8Array): Promise<void> {
  const before = writing.get(path) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(() => writeNow(path, content));
  const settled = mine.catch(() => undefined);
  writing.set(path, settled);
  void settled.then(() => {
    if (writing.get(path) === settled) writing.delete(path);
  });
  return mine;
}

async function writeNow(path: string, content: string | Uint8Array): Promise<void> {
  written += 1;
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${written}.tmp`);
  const handle = await open(tmp, 'w', FILE_MODE);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(path));
}
