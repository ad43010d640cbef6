// How every queue command runs, whatever brought it (REST or socket): its body is parsed, its rule
// is checked on arrival for what needs no queue state, and its handler runs (which checks the rule
// again inside the site's writer chain, with the counter and ticket scope).
import { authorizeEntry } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { QueueCommandDef } from './queue-commands.js';
import type { QueueService } from './queue-service.js';
import { parseInput } from './parse-input.js';
import { notFound, ServiceError } from './service-error.js';
import { statusToken } from './status-token.js';

export interface CommandInput {
  principal: Principal;
  siteId: string;
  counterId?: string;
  ticketId?: string;
  /** A 'status' command's token as it came (its shape is checked here; its site is the token's). */
  statusToken?: unknown;
  body: unknown;
}

export async function runQueueCommand(queue: QueueService, def: QueueCommandDef, input: CommandInput) {
  const body = parseInput(def.body, input.body ?? {});
  const counterId = def.target === 'counter' ? input.counterId : undefined;
  const token = def.target === 'status' ? statusToken(input.statusToken) : undefined;
  // A status token is its own door: it names the ticket, and so the site.
  const siteId = token ? (queue.findByToken(token)?.hub.siteId ?? null) : input.siteId;
  if (siteId === null) throw notFound('số thứ tự');
  const denial = authorizeEntry(input.principal, def.rule, siteId, counterId, token);
  if (denial) throw new ServiceError(denial.status, denial.code, denial.message);
  queue.hub(siteId);
  return def.run(
    {
      queue,
      principal: input.principal,
      siteId,
      counterId: counterId ?? '',
      ticketId: def.target === 'ticket' ? (input.ticketId ?? '') : '',
      statusToken: token ?? '',
    },
    body as never,
  );
}
