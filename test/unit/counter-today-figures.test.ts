import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../shared/domain/model.js';
import { todayFigures } from '../../server/http/routes/officer-routes.js';

const MIN = 60_000;

function ticket(over: Partial<Ticket>): Ticket {
  return {
    id: 't',
    siteId: 'demo',
    day: '2026-03-02',
    seriesId: 's-a',
    issueIndex: 1,
    number: 1,
    displayNumber: 'A001',
    procedureId: 'p',
    fieldId: 'f',
    priorityId: null,
    priorityToConfirm: false,
    channel: 'kiosk',
    language: 'vi',
    requestId: null,
    statusToken: 'x',
    status: 'waiting',
    issuedAt: 0,
    queueKey: 0,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    endedAt: null,
    counterId: null,
    officerId: null,
    targetCounterId: null,
    recallCount: 0,
    transfers: [],
    handledProcedureId: null,
    note: null,
    rating: null,
    ...over,
  };
}

describe("an officer's figures for today", () => {
  const mine = (t: Ticket) => t.officerId === 'u1';
  const rating = (level: number) => ({ level, scale: 3, reasons: [], at: 0, via: 'counter' as const });

  it('averages service over served tickets and wait over called ones', () => {
    const tickets = [
      ticket({
        officerId: 'u1',
        status: 'done',
        firstCalledAt: 2 * MIN,
        startedAt: 3 * MIN,
        finishedAt: 9 * MIN,
        rating: rating(3),
      }),
      ticket({
        officerId: 'u1',
        status: 'done',
        firstCalledAt: 6 * MIN,
        startedAt: 6 * MIN,
        finishedAt: 8 * MIN,
        rating: rating(1),
      }),
      ticket({ officerId: 'u1', status: 'no_show', firstCalledAt: 10 * MIN }),
      ticket({ officerId: 'u2', status: 'done', firstCalledAt: MIN, startedAt: MIN, finishedAt: 100 * MIN }),
      ticket({ officerId: 'u1', status: 'waiting' }),
    ];
    expect(todayFigures(tickets, mine, [3, 2])).toEqual({
      served: 2,
      noShows: 1,
      avgServiceMs: 4 * MIN,
      avgWaitMs: 6 * MIN,
      ratings: 2,
      satisfaction: 0.5,
    });
  });

  it('has no averages before the first ticket', () => {
    expect(todayFigures([], mine, [3, 2])).toEqual({
      served: 0,
      noShows: 0,
      avgServiceMs: null,
      avgWaitMs: null,
      ratings: 0,
      satisfaction: null,
    });
  });
});
