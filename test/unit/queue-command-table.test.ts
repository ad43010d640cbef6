// The queue command table is the one source of both transports: every command has a socket event,
// a REST route and a rule, each once; docs/API.md lists exactly these commands with the same
// route and rule; the socket contract's events are exactly the table's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUEUE_COMMANDS } from '../../server/services/queue-commands.js';

const API_DOC = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'API.md'), 'utf8');

function documentedCommands(): { event: string; route: string; rule: string }[] {
  const start = API_DOC.indexOf('<!-- queue-commands:start -->');
  const end = API_DOC.indexOf('<!-- queue-commands:end -->');
  expect(start, 'docs/API.md has the queue commands table').toBeGreaterThan(0);
  return API_DOC.slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      const code = (cell: string) => cell.match(/^`([^`]+)`/)?.[1] ?? '';
      return { event: code(cells[1] ?? ''), route: code(cells[2] ?? ''), rule: code(cells[3] ?? '') };
    });
}

describe('the queue command table', () => {
  it('names each socket event and each REST route once', () => {
    const events = QUEUE_COMMANDS.map((c) => c.event);
    const routes = QUEUE_COMMANDS.map((c) => `${c.method} ${c.path}`);
    expect(new Set(events).size).toBe(events.length);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('puts the target id in the path the target says', () => {
    for (const c of QUEUE_COMMANDS) {
      // A status token names its ticket and so its site: a 'status' path holds nothing else.
      expect(c.path.startsWith('/api/sites/:siteId'), c.event).toBe(c.target !== 'status');
      expect(c.path.startsWith('/api/tickets/:statusToken/'), c.event).toBe(c.target === 'status');
      expect(c.path.includes(':counterId'), c.event).toBe(c.target === 'counter');
      expect(c.path.includes(':ticketId'), c.event).toBe(c.target === 'ticket');
    }
  });

  it('is what docs/API.md lists, command by command, with the same route and rule', () => {
    const documented = documentedCommands();
    expect(documented.map((d) => d.event)).toEqual(QUEUE_COMMANDS.map((c) => c.event));
    for (const c of QUEUE_COMMANDS) {
      const row = documented.find((d) => d.event === c.event);
      expect(row?.route, c.event).toBe(`${c.method} ${c.path}`);
      expect(row?.rule, c.event).toBe(c.rule);
    }
  });
});
