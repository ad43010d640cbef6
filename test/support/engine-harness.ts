// A small driver around the pure engine for tests: one site-day, a movable clock, and the journal
// of every event applied (so tests can replay it).
import {
  createDayState,
  type DayState,
  type DecideResult,
  type Decision,
  type DomainErrorCode,
  execute,
  type QueueCommand,
  type QueueEvent,
  type SiteConfig,
  type Ticket,
} from '../../shared/domain/index.js';
import { localDay } from '../../shared/i18n/time.js';
import { MONDAY_8AM, testContext, testSiteConfig } from './fixtures.js';

export const MINUTE = 60_000;

export interface Harness {
  config: SiteConfig;
  state: DayState;
  ctx: ReturnType<typeof testContext>;
  events: QueueEvent[];
  run(cmd: QueueCommand): DecideResult;
  /** Runs a command that must be accepted. */
  ok(cmd: QueueCommand): Decision;
  /** Runs a command that must be refused and returns the refusal code. */
  refused(cmd: QueueCommand): DomainErrorCode;
  ticket(id: string | null): Ticket;
  /** Issues a ticket for a procedure (optionally priority) and returns it. */
  issue(procedureId?: string, priorityId?: string | null): Ticket;
  /** Issues, then moves the clock on, so every ticket has its own issue time. */
  issueAndWait(procedureId?: string, priorityId?: string | null, ms?: number): Ticket;
  advance(ms: number): void;
}

export function harness(config: SiteConfig = testSiteConfig(), start = MONDAY_8AM): Harness {
  const state = createDayState(config.site.id, localDay(start, config.site.timeZone));
  const ctx = testContext(start);
  const events: QueueEvent[] = [];
  const h: Harness = {
    config,
    state,
    ctx,
    events,
    run(cmd) {
      const result = execute(config, state, cmd, ctx);
      if (result.ok) events.push(...result.events);
      return result;
    },
    ok(cmd) {
      const result = h.run(cmd);
      if (!result.ok) throw new Error(`${cmd.type} refused: ${result.error.code}`);
      return result;
    },
    refused(cmd) {
      const result = h.run(cmd);
      if (result.ok) throw new Error(`${cmd.type} was accepted`);
      return result.error.code;
    },
    ticket(id) {
      const t = id ? state.tickets.get(id) : undefined;
      if (!t) throw new Error(`no ticket ${id}`);
      return t;
    },
    issue(procedureId = 'p-khaisinh', priorityId = null) {
      return h.ticket(h.ok({ type: 'ticket:issue', procedureId, priorityId }).ticketId);
    },
    issueAndWait(procedureId = 'p-khaisinh', priorityId = null, ms = 1000) {
      const t = h.issue(procedureId, priorityId);
      ctx.advance(ms);
      return t;
    },
    advance(ms) {
      ctx.advance(ms);
    },
  };
  return h;
}

/** The ticket ids call-next hands a counter, calling and finishing until nothing is left. */
export function drainCounter(h: Harness, counterId: string): string[] {
  const ids: string[] = [];
  for (;;) {
    const result = h.ok({ type: 'counter:call-next', counterId });
    if (!result.ticketId) return ids;
    ids.push(result.ticketId);
    h.ok({ type: 'counter:start', counterId });
  }
}
