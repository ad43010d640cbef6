import { describe, expect, it } from 'vitest';
import { createDayState, execute } from '../../shared/domain/index.js';
import { testContext, testSiteConfig } from '../support/fixtures.js';

describe('engine', () => {
  it('issues A001 then A002 and calls them in order', () => {
    const config = testSiteConfig();
    const state = createDayState('site-a', '2026-03-02');
    const ctx = testContext();
    const a = execute(config, state, { type: 'ticket:issue', procedureId: 'p-khaisinh' }, ctx);
    ctx.advance(1000);
    const b = execute(config, state, { type: 'ticket:issue', procedureId: 'p-kethon' }, ctx);
    expect(a.ok && b.ok).toBe(true);
    const numbers = [...state.tickets.values()].map((t) => t.displayNumber);
    expect(numbers).toEqual(['A001', 'A002']);
    const call = execute(config, state, { type: 'counter:call-next', counterId: 'c1' }, ctx);
    expect(call.ok && call.ticketId).toBe(a.ok ? a.ticketId : 'none');
  });
});
