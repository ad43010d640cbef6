// One door into a site: only QueueService hands commands to a site's writer (SiteHub.execute), so
// every command meets the permission table inside the writer chain; every other module reads the
// settled state. A new module that calls a hub's execute() fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DOOR = 'server/services/queue-service.ts';

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** `.execute(` calls on something that is a hub (hub, found.hub, this.hub(…), queue.hub(…)). */
const HUB_EXECUTE = /\bhub(?:\([^)]*\))?\s*\??\.\s*execute\s*\(/i;

describe('one door into a site', () => {
  it('has QueueService as the only caller of a hub’s execute()', () => {
    const callers = [...sources('server'), ...sources('shared')]
      .filter((f) => !f.startsWith('server/hub/'))
      .filter((f) => HUB_EXECUTE.test(readFileSync(join(ROOT, f), 'utf8')))
      .map((f) => relative(ROOT, join(ROOT, f)));
    expect(callers).toEqual([DOOR]);
  });
});
