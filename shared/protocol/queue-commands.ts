// The queue commands as a client sees them: for each, what it sends and what its ack carries.
// The server's command table (server/services/queue-commands.ts) is typed against this map, so a
// handler that answers anything else does not compile; the REST routes and the socket events are
// both built from that table.
import type { z } from 'zod';
import type {
  callTicketBody,
  counterRateBody,
  finishBody,
  issueTicketBody,
  pauseBody,
  signInBody,
  ticketTransferBody,
  transferFields,
} from './api-schemas.js';
import type {
  CounterQueue,
  CounterView,
  IssuedTicket,
  QueueSnapshot,
  TicketStatusView,
  TicketView,
} from './views.js';

type AtCounter<B = object> = B & { counterId: string };
type CounterActionAck = { ticket: TicketView | null; counter: CounterView | null };

/** Event name → socket payload and ack data (the REST twin answers the same data). */
export interface QueueCommands {
  'queue:sync': { payload: object; ack: QueueSnapshot };
  'queue:counters': { payload: object; ack: CounterView[] };
  'counter:queue-full': { payload: AtCounter; ack: CounterQueue };
  'ticket:take': { payload: z.input<typeof issueTicketBody>; ack: IssuedTicket };
  'ticket:cancel': { payload: { ticketId: string }; ack: { ticket: TicketView } };
  'counter:call-next': { payload: AtCounter; ack: CounterActionAck };
  'counter:call': { payload: AtCounter<z.input<typeof callTicketBody>>; ack: CounterActionAck };
  'counter:recall': { payload: AtCounter; ack: CounterActionAck };
  'counter:start': { payload: AtCounter; ack: CounterActionAck };
  'counter:finish': { payload: AtCounter<z.input<typeof finishBody>>; ack: CounterActionAck };
  'counter:no-show': { payload: AtCounter; ack: CounterActionAck };
  'counter:transfer': { payload: AtCounter<z.input<typeof transferFields>>; ack: CounterActionAck };
  'counter:pause': { payload: AtCounter<z.input<typeof pauseBody>>; ack: CounterActionAck };
  'counter:resume': { payload: AtCounter; ack: CounterActionAck };
  'counter:reactivate': { payload: AtCounter<z.input<typeof callTicketBody>>; ack: CounterActionAck };
  'counter:withdraw-call': { payload: AtCounter; ack: CounterActionAck };
  'counter:sign-in': { payload: AtCounter<z.input<typeof signInBody>>; ack: { counter: CounterView | null } };
  'counter:sign-out': { payload: AtCounter; ack: { counter: CounterView | null } };
  'counter:rate': { payload: AtCounter<z.input<typeof counterRateBody>>; ack: { ticketId: string } };
  'ticket:transfer': {
    payload: { ticketId: string } & z.input<typeof ticketTransferBody>;
    ack: { ticket: TicketView | null };
  };
  'ticket:reactivate': { payload: { ticketId: string }; ack: { ticket: TicketView | null } };
  /** The phone page's commands: its socket names the ticket by the status token it followed. */
  'ticket:give-up': { payload: object; ack: { status: TicketStatusView } };
  'ticket:confirm-arrival': { payload: object; ack: TicketStatusView };
}

export type QueueCommandName = keyof QueueCommands;
