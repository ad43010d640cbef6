// The queue commands, each once: its socket event, its REST route, its body schema, its rule (an
// Action of server/auth/permissions.ts) and its handler. server/http/routes/queue-routes.ts and
// server/realtime/socket-commands.ts are both built from this table, so a command cannot differ
// between transports; docs/API.md lists every command once, checked by
// test/unit/queue-command-table.test.ts. The rule is checked on arrival for what needs no queue
// state (role, site, a device's own counter); QueueService checks it again inside the site's
// writer chain with the counter and ticket scope.
import type { z } from 'zod';
import {
  callTicketBody,
  counterRateBody,
  emptyBody,
  finishBody,
  issueTicketBody,
  pauseBody,
  signInBody,
  ticketTransferBody,
  transferBody,
} from '../../shared/protocol/api-schemas.js';
import type { QueueCommandName, QueueCommands } from '../../shared/protocol/queue-commands.js';
import type { Action } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import { counterViews } from '../hub/views.js';
import type { CounterAction, QueueService } from './queue-service.js';

/**
 * What a command acts on, besides its site: read from the REST path or the socket payload. A
 * 'status' command names its ticket by the status token a phone page holds (no site in the path:
 * the token finds it; a phone socket sends the token it followed at the handshake).
 */
export type CommandTarget = 'site' | 'counter' | 'ticket' | 'status';

export interface CommandContext {
  queue: QueueService;
  principal: Principal;
  siteId: string;
  /** Set when the target is 'counter'. */
  counterId: string;
  /** Set when the target is 'ticket'. */
  ticketId: string;
  /** Set when the target is 'status'. */
  statusToken: string;
}

export interface QueueCommandDef<E extends QueueCommandName = QueueCommandName> {
  event: E;
  method: 'GET' | 'POST';
  /** The REST path; :siteId, and :counterId or :ticketId as the target says (only :statusToken for 'status'). */
  path: string;
  /** The REST status of a success. */
  status: 200 | 201;
  target: CommandTarget;
  /** The body (REST) or the payload without its target id (socket). */
  body: z.ZodType;
  rule: Action;
  /** One line for docs/API.md. */
  summary: string;
  run(ctx: CommandContext, body: never): Promise<QueueCommands[E]['ack']> | QueueCommands[E]['ack'];
}

type Def<E extends QueueCommandName, S extends z.ZodType> = Omit<QueueCommandDef<E>, 'run' | 'body'> & {
  body: S;
  run(ctx: CommandContext, body: z.infer<S>): Promise<QueueCommands[E]['ack']> | QueueCommands[E]['ack'];
};

const command = <E extends QueueCommandName, S extends z.ZodType>(def: Def<E, S>): QueueCommandDef<E> =>
  def as unknown as QueueCommandDef<E>;

const SITE = '/api/sites/:siteId';
const COUNTER = `${SITE}/counters/:counterId`;

const counterAction = <E extends QueueCommandName, S extends z.ZodType>(
  event: E,
  action: CounterAction,
  body: S,
  rule: Action,
  summary: string,
) =>
  command<E, S>({
    event,
    method: 'POST',
    path: `${COUNTER}/${action}`,
    status: 200,
    target: 'counter',
    body,
    rule,
    summary,
    run: ({ queue, principal, siteId, counterId }, b) =>
      queue.counterAction(principal, siteId, counterId, action, b as Record<string, unknown>),
  });

export const QUEUE_COMMANDS: readonly QueueCommandDef[] = [
  command({
    event: 'queue:sync',
    method: 'GET',
    path: `${SITE}/snapshot`,
    status: 200,
    target: 'site',
    body: emptyBody,
    rule: 'queue:read',
    summary: 'the settled snapshot of the site',
    run: ({ queue, siteId }) => queue.settledSnapshot(siteId),
  }),
  command({
    event: 'queue:counters',
    method: 'GET',
    path: `${SITE}/counters`,
    status: 200,
    target: 'site',
    body: emptyBody,
    rule: 'queue:read',
    summary: 'every counter with its state',
    run: async ({ queue, siteId }) => {
      // Reads are settled: nothing that is not yet on disk.
      const hub = queue.hub(siteId);
      await hub.settled();
      return counterViews(hub.config, hub.state, queue.officerName);
    },
  }),
  command({
    event: 'counter:queue-full',
    method: 'GET',
    path: `${COUNTER}/queue`,
    status: 200,
    target: 'counter',
    body: emptyBody,
    rule: 'queue:read',
    summary:
      "a counter's whole waiting list in call order, and its recent no-shows (counter:queue pushes only its head)",
    run: async ({ queue, principal, siteId, counterId }) => {
      await queue.hub(siteId).settled();
      return queue.counterQueue(principal, siteId, counterId);
    },
  }),
  command({
    event: 'ticket:take',
    method: 'POST',
    path: `${SITE}/tickets`,
    status: 201,
    target: 'site',
    body: issueTicketBody,
    rule: 'ticket:issue',
    summary: 'issue a ticket (idempotent by requestId)',
    run: ({ queue, principal, siteId }, body) => queue.issue(principal, siteId, body),
  }),
  command({
    event: 'ticket:cancel',
    method: 'POST',
    path: `${SITE}/tickets/:ticketId/cancel`,
    status: 200,
    target: 'ticket',
    body: emptyBody,
    rule: 'ticket:cancel',
    summary: 'cancel a ticket',
    run: async ({ queue, principal, siteId, ticketId }) => ({
      ticket: await queue.cancel(principal, siteId, ticketId),
    }),
  }),
  command({
    event: 'ticket:transfer',
    method: 'POST',
    path: `${SITE}/tickets/:ticketId/transfer`,
    status: 200,
    target: 'ticket',
    body: ticketTransferBody,
    rule: 'ticket:manage',
    summary: "the monitor's transfer of any ticket of the site to another line or counter",
    run: ({ queue, principal, siteId, ticketId }, body) =>
      queue.moveTicket(principal, siteId, ticketId, body),
  }),
  command({
    event: 'ticket:reactivate',
    method: 'POST',
    path: `${SITE}/tickets/:ticketId/reactivate`,
    status: 200,
    target: 'ticket',
    body: emptyBody,
    rule: 'ticket:manage',
    summary: "the monitor's reactivation of any recent no-show of the site",
    run: ({ queue, principal, siteId, ticketId }) => queue.reviveTicket(principal, siteId, ticketId),
  }),
  counterAction('counter:call-next', 'call-next', emptyBody, 'counter:operate', 'call the next ticket'),
  counterAction('counter:call', 'call', callTicketBody, 'counter:operate', 'call a given waiting ticket'),
  counterAction('counter:recall', 'recall', emptyBody, 'counter:operate', 'announce the current call again'),
  counterAction(
    'counter:start',
    'start',
    emptyBody,
    'counter:operate',
    'the citizen arrived: service starts',
  ),
  counterAction('counter:finish', 'finish', finishBody, 'counter:operate', 'service ends'),
  counterAction(
    'counter:no-show',
    'no-show',
    emptyBody,
    'counter:operate',
    'the called citizen did not come',
  ),
  counterAction(
    'counter:transfer',
    'transfer',
    transferBody,
    'ticket:transfer',
    'send a ticket to another line or counter',
  ),
  counterAction('counter:pause', 'pause', pauseBody, 'counter:operate', 'pause the counter'),
  counterAction('counter:resume', 'resume', emptyBody, 'counter:operate', 'resume the counter'),
  counterAction(
    'counter:reactivate',
    'reactivate',
    callTicketBody,
    'ticket:reactivate',
    'a recent no-show back in line',
  ),
  counterAction(
    'counter:withdraw-call',
    'withdraw-call',
    emptyBody,
    'counter:operate',
    'take back a mistaken call: the ticket waits again at its place',
  ),
  command({
    event: 'counter:sign-in',
    method: 'POST',
    path: `${COUNTER}/sign-in`,
    status: 200,
    target: 'counter',
    body: signInBody,
    rule: 'counter:sign-in',
    summary: 'sign in at a counter (takeOver: counter:take-over)',
    run: async ({ queue, principal, siteId, counterId }, body) => ({
      counter: await queue.signIn(principal, siteId, counterId, body.takeOver ?? false),
    }),
  }),
  command({
    event: 'counter:sign-out',
    method: 'POST',
    path: `${COUNTER}/sign-out`,
    status: 200,
    target: 'counter',
    body: emptyBody,
    rule: 'counter:sign-in',
    summary: 'sign out of a counter',
    run: async ({ queue, principal, siteId, counterId }) => ({
      counter: await queue.signOut(principal, siteId, counterId),
    }),
  }),
  command({
    event: 'counter:rate',
    method: 'POST',
    path: `${COUNTER}/rating`,
    status: 201,
    target: 'counter',
    body: counterRateBody,
    rule: 'ticket:rate',
    summary: "the citizen's rating on the counter's tablet",
    run: async ({ queue, principal, siteId, counterId }, { ticketId, ...rating }) => {
      await queue.rateAtCounter(principal, siteId, counterId, ticketId, rating);
      return { ticketId };
    },
  }),
  command({
    event: 'ticket:give-up',
    method: 'POST',
    path: '/api/tickets/:statusToken/give-up',
    status: 200,
    target: 'status',
    body: emptyBody,
    rule: 'ticket:give-up',
    summary: "the citizen leaves the queue from the phone page (the ticket's status token is the proof)",
    run: async ({ queue, principal, statusToken }) => ({
      status: await queue.giveUp(principal, statusToken),
    }),
  }),
  command({
    event: 'ticket:confirm-arrival',
    method: 'POST',
    path: '/api/tickets/:statusToken/arrived',
    status: 200,
    target: 'status',
    body: emptyBody,
    rule: 'ticket:confirm-arrival',
    summary: '"I am here": the holder of a remote ticket is in the hall',
    run: ({ queue, principal, statusToken }) => queue.confirmArrival(principal, statusToken),
  }),
];
