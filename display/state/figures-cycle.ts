// When the figures slide is on the wall: every `everyMs` it shows for `forMs`, but never while a
// call is highlighted, and a new call ends it at once (the next slide waits a full period after
// the call). ?figures=0 turns it off; ?figuresEvery= and ?figuresFor= (seconds) set the rhythm.

export interface FiguresCycleOptions {
  enabled: boolean;
  everyMs: number;
  forMs: number;
}

const seconds = (value: string | null, fallback: number, min: number, max: number) => {
  if (value === null || !/^\d{1,5}$/.test(value)) return fallback * 1000;
  return Math.min(max, Math.max(min, Number(value))) * 1000;
};

export function parseFiguresOptions(search: string): FiguresCycleOptions {
  const params = new URLSearchParams(search);
  const flag = params.get('figures');
  return {
    enabled: flag !== '0' && flag !== 'false',
    everyMs: seconds(params.get('figuresEvery'), 60, 3, 3600),
    forMs: seconds(params.get('figuresFor'), 12, 3, 600),
  };
}

/** Whether the slide shows at `now`, given when the cycle last restarted (page load or last call). */
export function figuresVisible(
  o: FiguresCycleOptions,
  cycleStart: number,
  now: number,
  highlighted: boolean,
): boolean {
  if (!o.enabled || highlighted || now < cycleStart) return false;
  const phase = (now - cycleStart) % (o.everyMs + o.forMs);
  return phase >= o.everyMs;
}

/** Milliseconds from `now` to the next change of figuresVisible (for a timer). */
export function nextFiguresChange(o: FiguresCycleOptions, cycleStart: number, now: number): number {
  const period = o.everyMs + o.forMs;
  const phase = Math.max(0, now - cycleStart) % period;
  return phase < o.everyMs ? o.everyMs - phase : period - phase;
}
