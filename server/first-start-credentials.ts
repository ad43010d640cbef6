// Where the first start's secrets go: a file only the hub's own user may read, in the data
// directory, and the terminal only when a person is watching it (a TTY). Standard output under a
// service manager ends in a log (the systemd journal), so there the hub says only where the
// file is. The logger never sees them.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { type FirstStartReport, firstStartLines } from './bootstrap.js';

export const CREDENTIALS_FILE = 'first-start-credentials.txt';

/** Writes the secrets to <dataDir>/first-start-credentials.txt (mode 0600); returns its path. */
export async function writeCredentialsFile(
  dataDir: string,
  report: FirstStartReport,
  baseUrl: string,
): Promise<string> {
  const path = join(dataDir, CREDENTIALS_FILE);
  const text = [
    '# Lượt: secrets created at first start. Readable by this user only.',
    '# Note them somewhere safe (or pair the devices), then delete this file.',
    ...firstStartLines(report, baseUrl),
  ].join('\n');
  const file = await open(path, 'w', 0o600);
  try {
    // The mode given to open applies only to a new file: tighten an old one too.
    await file.chmod(0o600);
    await file.writeFile(text, 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  return path;
}

/** What start-up prints about the first start: everything on a terminal, else where to look. */
export function firstStartNotice(
  report: FirstStartReport,
  baseUrl: string,
  path: string,
  terminal: boolean,
): string[] {
  if (terminal)
    return [...firstStartLines(report, baseUrl), `(Also saved in ${path}, readable by this user only.)`, ''];
  return [
    '',
    '=== Lượt: first start ===',
    `The admin password${report.officers.length > 0 ? ', officer passwords and device keys are' : ' is'} in ${path}`,
    '(readable only by the user running Lượt; they are not written to any log). Delete it once noted.',
    `Admin console: ${baseUrl}/admin/`,
    '',
  ];
}
