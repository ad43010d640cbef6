// Random command sequences for the property tests: fast-check arbitraries for abstract steps,
// and the translation of a step into a real command against the current state.
import fc from 'fast-check';
import {
  type DayState,
  OPEN_STATUSES,
  type QueueCommand,
  type TicketStatus,
} from '../../shared/domain/index.js';

const OFFICERS = ['u1', 'u2', 'u3'] as const;
const PROCEDURES = ['p-khaisinh', 'p-kethon', 'p-datdai'] as const;
const SERIES = ['s-a', 's-b'] as const;

export type Step =
  | { kind: 'issue'; procedure: number; priority: string | null; requestId: string | null }
  | { kind: 'call-next' | 'recall' | 'start' | 'no-show' | 'pause' | 'resume'; counter: string }
  | { kind: 'call'; counter: string; ticket: number }
  | { kind: 'finish'; counter: string; handled: boolean; note: boolean }
  | { kind: 'reactivate' | 'cancel'; ticket: number }
  | {
      kind: 'transfer';
      ticket: number;
      toSeries: number | null;
      toCounter: string | null;
      placement: 'keep' | 'front' | 'back' | null;
    }
  | { kind: 'sign-in'; counter: string; officer: number; takeOver: boolean }
  | { kind: 'sign-out'; counter: string; officer: number }
  | { kind: 'rate'; ticket: number; level: number; scale: number };

export interface TimedStep {
  step: Step;
  /** Milliseconds the clock moves before the step. */
  advance: number;
}

/** Mostly the fixture's counters; "cx" exists only in some variants and "c9" never does. */
const counter = fc.oneof(
  { weight: 18, arbitrary: fc.constantFrom('c1', 'c2', 'c3') },
  { weight: 3, arbitrary: fc.constant('cx') },
  { weight: 1, arbitrary: fc.constant('c9') },
);
/** An index into the day's tickets; even values prefer tickets the command suits. */
const ticket = fc.nat({ max: 1000 });

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('issue' as const),
      procedure: fc.nat({ max: PROCEDURES.length - 1 }),
      priority: fc.oneof(
        { weight: 3, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom('elderly', 'disabled') },
      ),
      requestId: fc.option(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6'), { freq: 3 }),
    }),
  },
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('call-next' as const), counter }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('call' as const), counter, ticket }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom('recall' as const, 'no-show' as const), counter }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('start' as const), counter }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('finish' as const),
      counter,
      handled: fc.boolean(),
      note: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom('reactivate' as const, 'cancel' as const), ticket }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const),
      ticket,
      toSeries: fc.option(fc.nat({ max: SERIES.length - 1 })),
      toCounter: fc.option(counter, { freq: 2 }),
      placement: fc.constantFrom(null, 'keep' as const, 'front' as const, 'back' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('pause' as const, 'resume' as const), counter }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('sign-in' as const),
      counter,
      officer: fc.nat({ max: OFFICERS.length - 1 }),
      takeOver: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('sign-out' as const),
      counter,
      officer: fc.nat({ max: OFFICERS.length - 1 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rate' as const),
      ticket,
      level: fc.integer({ min: 0, max: 6 }),
      scale: fc.integer({ min: 2, max: 6 }),
    }),
  },
);

const advanceArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 60_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 60_000, max: 8 * 60_000 }) },
);

export function stepsArb(maxLength: number): fc.Arbitrary<TimedStep[]> {
  return fc.array(fc.record({ step: stepArb, advance: advanceArb }), {
    minLength: Math.min(20, maxLength),
    maxLength,
    size: 'max',
  });
}

function ticketId(state: DayState, i: number, suits: readonly TicketStatus[]): string {
  const all = [...state.tickets.values()];
  const suited = all.filter((t) => suits.includes(t.status));
  const pool = i % 2 === 0 && suited.length > 0 ? suited : all;
  return pool.length === 0 ? 'nope' : pool[Math.floor(i / 2) % pool.length].id;
}

export function toCommand(state: DayState, step: Step): QueueCommand {
  switch (step.kind) {
    case 'issue':
      return {
        type: 'ticket:issue',
        procedureId: PROCEDURES[step.procedure],
        priorityId: step.priority,
        requestId: step.requestId,
      };
    case 'call-next':
      return { type: 'counter:call-next', counterId: step.counter };
    case 'call':
      return {
        type: 'counter:call',
        counterId: step.counter,
        ticketId: ticketId(state, step.ticket, ['waiting']),
      };
    case 'recall':
      return { type: 'counter:recall', counterId: step.counter };
    case 'start':
      return { type: 'counter:start', counterId: step.counter };
    case 'no-show':
      return { type: 'counter:no-show', counterId: step.counter };
    case 'finish':
      return {
        type: 'counter:finish',
        counterId: step.counter,
        handledProcedureId: step.handled ? 'p-kethon' : null,
        note: step.note ? 'ghi chú' : null,
      };
    case 'reactivate':
      return { type: 'ticket:reactivate', ticketId: ticketId(state, step.ticket, ['no_show']) };
    case 'cancel':
      return { type: 'ticket:cancel', ticketId: ticketId(state, step.ticket, ['waiting', 'called']) };
    case 'transfer':
      return {
        type: 'ticket:transfer',
        ticketId: ticketId(state, step.ticket, OPEN_STATUSES),
        toSeriesId: step.toSeries === null ? null : SERIES[step.toSeries],
        toCounterId: step.toCounter,
        ...(step.placement ? { placement: step.placement } : {}),
      };
    case 'pause':
      return { type: 'counter:pause', counterId: step.counter, reason: 'break' };
    case 'resume':
      return { type: 'counter:resume', counterId: step.counter };
    case 'sign-in':
      return {
        type: 'counter:sign-in',
        counterId: step.counter,
        officerId: OFFICERS[step.officer],
        takeOver: step.takeOver,
      };
    case 'sign-out':
      return { type: 'counter:sign-out', counterId: step.counter, officerId: OFFICERS[step.officer] };
    case 'rate':
      return {
        type: 'ticket:rate',
        ticketId: ticketId(state, step.ticket, ['done']),
        level: step.level,
        scale: step.scale,
        via: 'phone',
      };
  }
}
