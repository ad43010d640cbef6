// What a display shows, from its address: /display/ (hall board), /display/?zone=A (only zone A's
// counters and calls), /display/?counter=3 (the number at counter 3, for a panel above it).
// ?voice=0|1 overrides who speaks: the hall board does by default, a counter board does not.
// ?pack=builtin makes this display speak with the built-in voice even when the centre has recorded
// its own (?pack=centre, the default: the centre's recordings over the built-in voice).

export type BoardMode = { kind: 'hall'; zones: string[] } | { kind: 'counter'; counterNumber: number };

export type VoicePackChoice = 'centre' | 'builtin';

export interface BoardOptions {
  mode: BoardMode;
  voice: boolean;
  pack: VoicePackChoice;
}

const ZONE = /^[\p{L}\p{N}_-]{1,32}$/u;

export function parseBoardOptions(search: string): BoardOptions {
  const params = new URLSearchParams(search);
  const counterParam = params.get('counter');
  const counterNumber = counterParam !== null && /^\d{1,4}$/.test(counterParam) ? Number(counterParam) : null;
  const zones = (params.get('zone') ?? '')
    .split(',')
    .map((z) => z.trim())
    .filter((z) => ZONE.test(z));
  const mode: BoardMode =
    counterNumber !== null
      ? { kind: 'counter', counterNumber }
      : { kind: 'hall', zones: [...new Set(zones)] };
  const voiceParam = params.get('voice');
  const voice =
    voiceParam === '1' || voiceParam === 'true'
      ? true
      : voiceParam === '0' || voiceParam === 'false'
        ? false
        : mode.kind === 'hall';
  const pack: VoicePackChoice = params.get('pack') === 'builtin' ? 'builtin' : 'centre';
  return { mode, voice, pack };
}
