// Socket commands: one event per command of the queue command table
// (server/services/queue-commands.ts), the same commands the REST API takes. The payload carries
// the target's id (counterId or ticketId) beside the body; a 'status' command's ticket is the one a
// phone socket follows (its token from the handshake), and only phone sockets send those. Acks are
// {ok,data} or {ok:false,error}. A payload that fails validation gets an error ack and changes
// nothing.
import type { Socket } from 'socket.io';
import { z } from 'zod';
import { idSchema } from '../../shared/protocol/config-schemas.js';
import type { ApiError, Result } from '../../shared/protocol/errors.js';
import { parseInput } from '../services/parse-input.js';
import type { Logger } from '../services/ports.js';
import { QUEUE_COMMANDS, type QueueCommandDef } from '../services/queue-commands.js';
import type { QueueService } from '../services/queue-service.js';
import { runQueueCommand } from '../services/run-queue-command.js';
import { knownError, ServiceError } from '../services/service-error.js';
import type { LiveSessions } from './live-sessions.js';
import type { RemoteSockets } from './remote-sockets.js';
import type { SocketData } from './socket-data.js';

const TARGET_KEY = { counter: 'counterId', ticket: 'ticketId' } as const;

function toError(error: unknown, logger: Logger): ApiError {
  const known = knownError(error);
  if (known) return known.toJSON();
  logger.error({ err: error instanceof Error ? error.message : String(error) }, 'socket command failed');
  return { code: 'internal', message: 'Lỗi hệ thống. Vui lòng thử lại.' };
}

/** Splits a payload into the target's id and the body the command's own schema checks. */
function splitPayload(def: QueueCommandDef, payload: unknown): { id?: string; body: unknown } {
  // A socket payload is always an object (REST may send no body; a socket sends {}).
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new ServiceError(400, 'invalid_input', 'Dữ liệu không hợp lệ.');
  }
  if (def.target === 'site' || def.target === 'status') return { body: payload };
  const key = TARGET_KEY[def.target];
  const { [key]: id } = parseInput(z.looseObject({ [key]: idSchema }), payload);
  const { [key]: _omit, ...body } = payload as Record<string, unknown>;
  return { id: id as string, body };
}

export function registerCommands(
  socket: Socket,
  queue: QueueService,
  logger: Logger,
  live: LiveSessions,
  /** In a cluster: a command for a site written by another node is run there. */
  remote?: RemoteSockets,
): void {
  const data = socket.data as SocketData;
  for (const def of QUEUE_COMMANDS) {
    socket.on(def.event, async (payload: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const reply = ack as (r: Result<unknown>) => void;
      // The session or key is checked again: a logged-out or disabled officer acts no more, and a
      // socket sees only a site it may still see.
      const access = live.check(socket);
      if ('ended' in access) {
        reply({ ok: false, error: { code: 'unauthorized', message: 'Phiên đăng nhập đã kết thúc.' } });
        live.cut(socket, access.ended);
        return;
      }
      try {
        if (data.mode === 'phone' && def.target !== 'status') {
          throw new ServiceError(403, 'forbidden', 'Trang theo dõi chỉ được xem.');
        }
        const { id, body } = splitPayload(def, payload);
        const token = def.target === 'status' ? followedToken(queue, data, remote) : undefined;
        if (remote && !remote.writesHere(data.siteId)) {
          reply({ ok: true, data: await remote.command(def, token ?? id, body, data) });
          return;
        }
        const result = await runQueueCommand(queue, def, {
          principal: data.principal,
          siteId: data.siteId,
          counterId: def.target === 'counter' ? id : undefined,
          ticketId: def.target === 'ticket' ? id : undefined,
          statusToken: token,
          body,
        });
        reply({ ok: true, data: result });
      } catch (error) {
        reply({ ok: false, error: toError(error, logger) });
      }
    });
  }
}

/**
 * A phone socket sends only 'status' commands, for the ticket it follows; every other socket sends
 * only the others.
 */
function followedToken(queue: QueueService, data: SocketData, remote?: RemoteSockets): string {
  if (data.mode !== 'phone' || !data.ticketId) {
    throw new ServiceError(403, 'forbidden', 'Chỉ trang theo dõi của số này mới bỏ lượt được.');
  }
  // In a cluster the ticket may live on another node: the token learnt at the handshake names it.
  const token =
    remote && !remote.writesHere(data.siteId)
      ? remote.phoneToken(data)
      : (queue.hub(data.siteId).state.tickets.get(data.ticketId)?.statusToken ?? null);
  if (!token) throw new ServiceError(404, 'not_found', 'Không tìm thấy số thứ tự.');
  return token;
}
