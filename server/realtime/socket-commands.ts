// Socket commands mirror the REST commands: same schemas, same QueueService, acks {ok,data} or
// {ok:false,error}. A payload that fails validation gets an error ack and changes nothing.
import type { Socket } from 'socket.io';
import { z } from 'zod';
import {
  callTicketBody,
  counterRateBody,
  emptyBody,
  finishBody,
  issueTicketBody,
  pauseBody,
  signInBody,
  transferBody,
} from '../../shared/protocol/api-schemas.js';
import { idSchema } from '../../shared/protocol/config-schemas.js';
import type { ApiError, Result } from '../../shared/protocol/errors.js';
import type { CounterAction, QueueService } from '../services/queue-service.js';
import { ServiceError } from '../services/service-error.js';
import type { Logger } from '../services/ports.js';
import type { SocketData } from './socket-data.js';

type Handler = (payload: unknown, data: SocketData) => Promise<unknown> | unknown;

const counterIdOnly = z.looseObject({ counterId: idSchema });

function parse<S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> {
  const result = schema.safeParse(payload);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    throw new ServiceError(400, 'invalid_input', 'Dữ liệu không hợp lệ.', { issues });
  }
  return result.data;
}

function toError(error: unknown, logger: Logger): ApiError {
  if (error instanceof ServiceError) return error.toJSON();
  logger.error({ err: error instanceof Error ? error.message : String(error) }, 'socket command failed');
  return { code: 'internal', message: 'Lỗi hệ thống. Vui lòng thử lại.' };
}

export function registerCommands(socket: Socket, queue: QueueService, logger: Logger): void {
  const data = socket.data as SocketData;
  const on = (event: string, handler: Handler) => {
    socket.on(event, async (payload: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const reply = ack as (r: Result<unknown>) => void;
      try {
        if (data.mode === 'phone') throw new ServiceError(403, 'forbidden', 'Trang theo dõi chỉ được xem.');
        reply({ ok: true, data: await handler(payload, data) });
      } catch (error) {
        reply({ ok: false, error: toError(error, logger) });
      }
    });
  };

  on('queue:sync', async (payload, d) => {
    parse(emptyBody, payload);
    return queue.settledSnapshot(d.siteId);
  });

  on('ticket:take', (payload, d) => queue.issue(d.principal, d.siteId, parse(issueTicketBody, payload)));

  /** Splits {counterId, ...body}: the counter id, and the body checked by the action's own schema. */
  const withCounter = <S extends z.ZodType>(schema: S, payload: unknown): [string, z.infer<S>] => {
    const { counterId } = parse(counterIdOnly, payload);
    const { counterId: _omit, ...rest } = payload as Record<string, unknown>;
    return [counterId, parse(schema, rest)];
  };

  const counterActions: [string, CounterAction, z.ZodObject][] = [
    ['counter:call-next', 'call-next', emptyBody],
    ['counter:call', 'call', callTicketBody],
    ['counter:recall', 'recall', emptyBody],
    ['counter:start', 'start', emptyBody],
    ['counter:finish', 'finish', finishBody],
    ['counter:no-show', 'no-show', emptyBody],
    ['counter:pause', 'pause', pauseBody],
    ['counter:resume', 'resume', emptyBody],
    ['counter:reactivate', 'reactivate', callTicketBody],
  ];
  for (const [event, action, schema] of counterActions) {
    on(event, (payload, d) => {
      const [counterId, body] = withCounter(schema, payload);
      return queue.counterAction(d.principal, d.siteId, counterId, action, body as Record<string, unknown>);
    });
  }
  on('counter:transfer', (payload, d) => {
    const [counterId, body] = withCounter(transferBody, payload);
    return queue.counterAction(d.principal, d.siteId, counterId, 'transfer', body);
  });

  on('counter:sign-in', async (payload, d) => {
    const [counterId, { takeOver }] = withCounter(signInBody, payload);
    return { counter: await queue.signIn(d.principal, d.siteId, counterId, takeOver ?? false) };
  });
  on('counter:sign-out', async (payload, d) => {
    const [counterId] = withCounter(emptyBody, payload);
    return { counter: await queue.signOut(d.principal, d.siteId, counterId) };
  });
  on('counter:rate', async (payload, d) => {
    const [counterId, { ticketId, ...rating }] = withCounter(counterRateBody, payload);
    await queue.rateAtCounter(d.principal, d.siteId, counterId, ticketId, rating);
    return { ticketId };
  });
  on('ticket:cancel', async (payload, d) => {
    const { ticketId } = parse(z.strictObject({ ticketId: idSchema }), payload);
    return { ticket: await queue.cancel(d.principal, d.siteId, ticketId) };
  });
}
