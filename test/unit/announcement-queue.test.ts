import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AnnouncementQueue,
  type AnnouncementQueueOptions,
  type PlayRequest,
} from '../../shared/voice/queue.js';

interface Call {
  ticketId: string;
  counterId: string;
  seq: number;
  label: string;
}

const call = (label: string, counterId: string, seq: number): Call => ({
  ticketId: label,
  counterId,
  seq,
  label,
});

const SPEAK_MS = 3000;

/** A fake player that takes SPEAK_MS of (fake) time and records what it did. */
function recorder() {
  const played: Array<{ label: string; repetition: number; start: number; end: number }> = [];
  let active = 0;
  let maxActive = 0;
  const play = async ({ call: c, repetition }: PlayRequest<Call>): Promise<void> => {
    active += 1;
    maxActive = Math.max(maxActive, active);
    const start = Date.now();
    await new Promise((resolve) => setTimeout(resolve, SPEAK_MS));
    active -= 1;
    played.push({ label: c.label, repetition, start, end: Date.now() });
  };
  return {
    play,
    played,
    labels: () => played.map((p) => `${p.label}#${p.repetition}`),
    maxActive: () => maxActive,
  };
}

function makeQueue(
  play: (request: PlayRequest<Call>) => Promise<void>,
  extra: Partial<AnnouncementQueueOptions<Call>> = {},
) {
  return new AnnouncementQueue<Call>({
    play,
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    ...extra,
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('AnnouncementQueue', () => {
  it('speaks three calls made within one second and a recall in order, one at a time, twice each', async () => {
    const player = recorder();
    const queue = makeQueue(player.play, { repeatGapMs: 700, callGapMs: 400 });
    expect(queue.enqueue(call('A012', 'c3', 1))).toBe('queued');
    await vi.advanceTimersByTimeAsync(300);
    expect(queue.enqueue(call('B004', 'c2', 2))).toBe('queued');
    await vi.advanceTimersByTimeAsync(300);
    expect(queue.enqueue(call('A013', 'c1', 3))).toBe('queued');
    await vi.advanceTimersByTimeAsync(300);
    // The officer at counter 3 recalls A012 while it is still being announced: spoken again later.
    expect(queue.enqueue(call('A012', 'c3', 4))).toBe('queued');

    const view = queue.view();
    expect(view.playing?.call.label).toBe('A012');
    expect(view.pending.map((e) => e.call.label)).toEqual(['B004', 'A013', 'A012']);

    await vi.advanceTimersByTimeAsync(60_000);
    await queue.whenIdle();

    expect(player.labels()).toEqual([
      'A012#0',
      'A012#1',
      'B004#0',
      'B004#1',
      'A013#0',
      'A013#1',
      'A012#0',
      'A012#1',
    ]);
    expect(player.maxActive()).toBe(1);
    for (let i = 1; i < player.played.length; i++) {
      const gap = player.played[i].start - player.played[i - 1].end;
      const sameCall = player.played[i].repetition > 0;
      expect(gap).toBe(sameCall ? 700 : 400);
    }
    expect(queue.view().spoken.map((e) => [e.call.label, e.call.seq, e.outcome])).toEqual([
      ['A012', 1, 'spoken'],
      ['B004', 2, 'spoken'],
      ['A013', 3, 'spoken'],
      ['A012', 4, 'spoken'],
    ]);
    expect(queue.view().pending).toEqual([]);
  });

  it('never enters play twice even when calls arrive while it is speaking', async () => {
    const player = recorder();
    const queue = makeQueue(player.play, { callGapMs: 0, repeatGapMs: 0, repeatCount: 1 });
    for (let i = 0; i < 20; i++) {
      queue.enqueue(call(`T${i}`, `c${i % 4}`, i + 1));
      await vi.advanceTimersByTimeAsync(i % 3 === 0 ? 0 : 1234);
    }
    await vi.advanceTimersByTimeAsync(120_000);
    await queue.whenIdle();
    expect(player.maxActive()).toBe(1);
    expect(player.labels()).toEqual(Array.from({ length: 20 }, (_, i) => `T${i}#0`));
  });

  it('uses the configured repeat count', async () => {
    const player = recorder();
    const queue = makeQueue(player.play, { repeatCount: 3 });
    queue.enqueue(call('A001', 'c1', 1));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.labels()).toEqual(['A001#0', 'A001#1', 'A001#2']);

    queue.repeatCount = 1;
    queue.enqueue(call('A002', 'c1', 2));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.labels().slice(3)).toEqual(['A002#0']);
    expect(() => {
      queue.repeatCount = 0;
    }).toThrow(RangeError);
  });

  it('defaults to two repetitions', async () => {
    const player = recorder();
    const queue = makeQueue(player.play);
    queue.enqueue(call('A001', 'c1', 1));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.labels()).toEqual(['A001#0', 'A001#1']);
  });

  it('ignores the same call delivered twice', async () => {
    const player = recorder();
    const queue = makeQueue(player.play, { repeatCount: 1 });
    expect(queue.enqueue(call('A001', 'c1', 7))).toBe('queued');
    expect(queue.enqueue(call('A001', 'c1', 7))).toBe('duplicate');
    await vi.advanceTimersByTimeAsync(60_000);
    // Redelivered after it was spoken (e.g. a socket replay): still ignored.
    expect(queue.enqueue(call('A001', 'c1', 7))).toBe('duplicate');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.labels()).toEqual(['A001#0']);
  });

  it('merges a recall of a call that is still waiting to be spoken', async () => {
    const player = recorder();
    const queue = makeQueue(player.play, { repeatCount: 1 });
    queue.enqueue(call('A001', 'c1', 1));
    queue.enqueue(call('B001', 'c2', 2));
    expect(queue.enqueue(call('B001', 'c2', 3))).toBe('merged');
    // The same ticket at another counter (a transfer) is a different call.
    expect(queue.enqueue(call('B001', 'c5', 4))).toBe('queued');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.labels()).toEqual(['A001#0', 'B001#0', 'B001#0']);
    expect(queue.view().spoken.map((e) => e.call.counterId)).toEqual(['c1', 'c2', 'c5']);
  });

  it('never announces calls taken from a snapshot (reconnect), but does announce a later recall', async () => {
    const player = recorder();
    const queue = makeQueue(player.play, { repeatCount: 1 });
    const old = [call('A010', 'c1', 40), call('B004', 'c2', 41), call('A012', 'c3', 42)];
    queue.markSeen(old);
    // The same events replayed after the reconnect.
    for (const c of old) expect(queue.enqueue(c)).toBe('duplicate');
    expect(queue.hasSeen(old[2])).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.played).toEqual([]);

    expect(queue.enqueue(call('A012', 'c3', 43))).toBe('queued');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.labels()).toEqual(['A012#0']);
  });

  it('holds calls while paused and drops those gone stale', async () => {
    const player = recorder();
    const queue = makeQueue(player.play, { repeatCount: 1, staleAfterMs: 60_000 });
    queue.pause();
    queue.enqueue(call('A001', 'c1', 1));
    await vi.advanceTimersByTimeAsync(90_000);
    queue.enqueue(call('A002', 'c1', 2));
    expect(queue.view().paused).toBe(true);
    expect(player.played).toEqual([]);
    queue.resume();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.labels()).toEqual(['A002#0']);
    expect(queue.view().spoken.map((e) => [e.call.label, e.outcome])).toEqual([
      ['A001', 'stale'],
      ['A002', 'spoken'],
    ]);
  });

  it('puts a call back and pauses when play asks for a retry (audio locked), then goes on after resume', async () => {
    let locked = true;
    const player = recorder();
    const queue = makeQueue(
      async (request) => {
        if (locked) throw new Error('locked');
        await player.play(request);
      },
      { repeatCount: 2, onPlayError: () => 'retry' },
    );
    queue.enqueue(call('A001', 'c1', 1));
    queue.enqueue(call('A002', 'c1', 2));
    await vi.advanceTimersByTimeAsync(10_000);
    const view = queue.view();
    expect(view.paused).toBe(true);
    expect(view.pending.map((e) => e.call.label)).toEqual(['A001', 'A002']);
    locked = false;
    queue.resume();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.labels()).toEqual(['A001#0', 'A001#1', 'A002#0', 'A002#1']);
  });

  it('drops a call whose play fails and goes on with the next', async () => {
    const played: string[] = [];
    const queue = makeQueue(
      async ({ call: c }) => {
        if (c.label === 'BAD') throw new Error('decode failed');
        played.push(c.label);
      },
      { repeatCount: 1 },
    );
    queue.enqueue(call('BAD', 'c1', 1));
    queue.enqueue(call('A002', 'c1', 2));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(played).toEqual(['A002']);
    expect(queue.view().spoken.map((e) => e.outcome)).toEqual(['failed', 'spoken']);
  });
});
