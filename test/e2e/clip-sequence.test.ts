// Real Chromium decodes the shipped clip pack and renders the call "A012 → quầy 3" with the
// display's own renderSequence into an OfflineAudioContext: the rendered audio must last exactly
// the clips plus the 80 ms gaps. Then the Announcer plays calls on a live AudioContext, with
// autoplay allowed and with autoplay blocked until a real click on "Bật âm thanh".
// The browser modules are bundled with Vite for the page.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnnouncementInput, buildAnnouncement } from '../../shared/voice/announcement.js';
import { parseClipPackManifest } from '../../shared/voice/clip-pack.js';

type ClipPlayerModule = typeof import('../../display/audio/clip-player.js');
type AnnouncementModule = typeof import('../../shared/voice/announcement.js');

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '../..');
const clipsRoot = resolve(root, 'server/assets/clips');
const GAP_MS = 80;
const SAMPLE_RATE = 48_000;

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ogg': 'audio/ogg',
};

/** Serves /clips/* from the shipped packs, everything else from the bundle folder. */
function staticServer(bundleDir: string): Server {
  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const [base, rest] = path.startsWith('/clips/')
      ? [clipsRoot, path.slice('/clips/'.length)]
      : [bundleDir, path];
    const file = normalize(join(base, rest === '/' || rest === '' ? 'index.html' : rest));
    if (!file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response
          .writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' })
          .end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
}

interface PageModules {
  player: ClipPlayerModule;
  announcement: AnnouncementModule;
}

// The page loads the bundled modules and exposes them (the test's own code cannot import(), as
// vitest rewrites dynamic imports in functions passed to page.evaluate).
const PAGE = `<!doctype html><meta charset="utf-8"><title>clips</title>
<script type="module">
import * as player from './clip-player.js';
import * as announcement from './announcement.js';
window.luotAudio = { player, announcement };
</script>`;

// Drives an Announcer from the page's own scripts, so that no page.evaluate (which Playwright
// runs as a user gesture) unlocks the audio. It reports through console lines "luot:{json}".
const ANNOUNCER_PAGE = `<!doctype html><meta charset="utf-8"><title>announcer</title>
<button id="unlock">Bật âm thanh</button>
<script type="module">
import { Announcer } from './announcer.js';
const params = new URLSearchParams(location.search);
const report = (kind, data) => console.log('luot:' + JSON.stringify({ kind, at: performance.now(), ...data }));
const announcer = new Announcer(JSON.parse(params.get('settings')), { clipsBaseUrl: '/clips' });
announcer.subscribe((state) => report('state', { state }));
document.getElementById('unlock').addEventListener('click', () => {
  announcer.unlock().then((ok) => report('unlock', { ok }));
});
let last = '';
setInterval(() => {
  const view = announcer.view();
  const summary = JSON.stringify({
    playing: view.playing ? view.playing.call.ticketId : null,
    pending: view.pending.map((e) => e.call.ticketId),
    spoken: view.spoken.map((e) => [e.call.ticketId, e.outcome]),
  });
  if (summary !== last) report('view', JSON.parse(summary));
  last = summary;
}, 50);
await announcer.start();
announcer.markSeen(JSON.parse(params.get('seen')));
for (const call of JSON.parse(params.get('calls'))) report('enqueue', { ticketId: call.ticketId, result: announcer.announce(call) });
</script>`;

interface AnnouncerCallJson {
  ticketId: string;
  counterId: string;
  seq: number;
  displayNumber: string;
  prefix: string;
  number: number;
  counterNumber: number;
  language: 'vi' | 'en';
}

interface LogLine {
  kind: 'state' | 'unlock' | 'view' | 'enqueue';
  at: number;
  state?: { needsUnlock: boolean; ready: boolean; packs: string[]; lastError: string | null };
  ok?: boolean;
  playing?: string | null;
  pending?: string[];
  spoken?: Array<[string, string]>;
  ticketId?: string;
  result?: string;
}

/** Collects the page's report lines and waits for one that matches. */
function pageLog(page: Page) {
  const lines: LogLine[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('luot:')) lines.push(JSON.parse(text.slice('luot:'.length)) as LogLine);
  });
  const waitFor = async (
    match: (line: LogLine) => boolean,
    what: string,
    timeoutMs = 20_000,
  ): Promise<LogLine> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = lines.find(match);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; log: ${JSON.stringify(lines)}`);
      await new Promise((done) => setTimeout(done, 25));
    }
  };
  return { lines, waitFor };
}

/** Milliseconds a call takes with the shipped clips: per language the clips, 80 ms gaps, and 500 ms between languages. */
function expectedCallMs(call: AnnouncerCallJson, chime: boolean): { ms: number; clips: number } {
  let ms = 0;
  let clips = 0;
  const languages = call.language === 'vi' ? (['vi'] as const) : (['vi', call.language] as const);
  languages.forEach((language, index) => {
    const manifest = parseClipPackManifest(
      JSON.parse(readFileSync(resolve(clipsRoot, language, 'manifest.json'), 'utf8')),
    );
    const input: AnnouncementInput = { ...call, language, numberMode: 'words', chime: chime && index === 0 };
    const ids = buildAnnouncement(input).clips;
    ms += ids.reduce((sum, id) => sum + manifest.clips[id].durationMs, 0) + (ids.length - 1) * GAP_MS;
    if (index > 0) ms += 500;
    clips += ids.length;
  });
  return { ms, clips };
}

interface PageResult {
  clips: string[];
  failed: string[];
  decodedMs: number[];
  manifestMs: number[];
  sampleRate: number;
  scheduledEnd: number;
  renderedEnd: number;
  firstSound: number;
  renderedLength: number;
  /** Loudest sample where each clip should be. */
  clipPeaks: number[];
  /** Loudest sample in each gap. */
  gapPeaks: number[];
}

const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

describe('voice in Chromium', () => {
  let workDir = '';
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let baseUrl = '';
  const extraContexts: BrowserContext[] = [];

  /** A fresh Chromium with its own temporary profile. */
  async function launch(autoplayAllowed: boolean): Promise<BrowserContext> {
    const profile = await mkdtemp(join(workDir, 'profile-'));
    return chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: autoplayAllowed ? [...BROWSER_ARGS, '--autoplay-policy=no-user-gesture-required'] : BROWSER_ARGS,
    });
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      const where = process.env.CI === 'true' ? 'on the CI runner' : 'on this machine';
      throw new Error(`Chromium is missing at ${CHROMIUM} ${where}: apt-get install -y chromium`);
    }
    workDir = await mkdtemp(join(tmpdir(), 'luot-clip-e2e-'));
    const bundleDir = join(workDir, 'bundle');
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      build: {
        outDir: bundleDir,
        emptyOutDir: true,
        minify: false,
        target: 'es2022',
        lib: {
          entry: {
            'clip-player': resolve(root, 'display/audio/clip-player.ts'),
            announcement: resolve(root, 'shared/voice/announcement.ts'),
            announcer: resolve(root, 'display/audio/announcer.ts'),
          },
          formats: ['es'],
        },
      },
    });
    await writeFile(join(bundleDir, 'index.html'), PAGE);
    await writeFile(join(bundleDir, 'announcer.html'), ANNOUNCER_PAGE);
    server = staticServer(bundleDir);
    const listening = server;
    await new Promise<void>((done) => listening.listen(0, '127.0.0.1', done));
    baseUrl = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    context = await launch(true);
  });

  afterAll(async () => {
    await context?.close();
    for (const extra of extraContexts) await extra.close();
    const open = server;
    if (open) await new Promise<void>((done) => open.close(() => done()));
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  async function renderCall(locale: 'vi' | 'en'): Promise<PageResult> {
    if (context === undefined) throw new Error('browser not started');
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/`);
      await page.waitForFunction(() => 'luotAudio' in window);
      return await page.evaluate(
        async ({ locale, gapMs, sampleRate }) => {
          const { player, announcement } = (window as unknown as { luotAudio: PageModules }).luotAudio;
          const call = announcement.buildAnnouncement({
            displayNumber: 'A012',
            prefix: 'A',
            number: 12,
            counterNumber: 3,
            language: locale,
            numberMode: 'words',
          });
          const decoder = new OfflineAudioContext(1, 1, sampleRate);
          const pack = await player.loadClipPack(decoder, locale, { baseUrl: '/clips' });
          const buffers = call.clips.map((id) => {
            const buffer = pack.buffers.get(id);
            if (buffer === undefined) throw new Error(`clip ${id} not decoded`);
            return buffer;
          });
          // Room for one extra second after the sequence: silence there shows where it really ends.
          const total =
            buffers.reduce((sum, b) => sum + b.duration, 0) + ((buffers.length - 1) * gapMs) / 1000;
          const ctx = new OfflineAudioContext(1, Math.ceil((total + 1) * sampleRate), sampleRate);
          const sequence = player.renderSequence(ctx, buffers, gapMs, { startAt: 0 });
          const rendered = await ctx.startRendering();
          const data = rendered.getChannelData(0);
          const peak = (from: number, to: number): number => {
            let max = 0;
            const end = Math.min(data.length, Math.round(to * sampleRate));
            for (let i = Math.max(0, Math.round(from * sampleRate)); i < end; i++)
              max = Math.max(max, Math.abs(data[i]));
            return max;
          };
          // Where each clip should sit: one after the other, gapMs apart (computed here, not by the module).
          const starts: number[] = [];
          let at = 0;
          for (const buffer of buffers) {
            starts.push(at);
            at += buffer.duration + gapMs / 1000;
          }
          let last = data.length - 1;
          while (last >= 0 && data[last] === 0) last--;
          let first = 0;
          while (first < data.length && data[first] === 0) first++;
          return {
            clips: call.clips,
            failed: [...pack.failed],
            decodedMs: buffers.map((b) => b.duration * 1000),
            manifestMs: call.clips.map((id) => pack.manifest.clips[id].durationMs),
            sampleRate: rendered.sampleRate,
            scheduledEnd: sequence.endTime,
            renderedEnd: (last + 1) / rendered.sampleRate,
            firstSound: first / rendered.sampleRate,
            renderedLength: rendered.duration,
            clipPeaks: buffers.map((b, i) => peak(starts[i], starts[i] + b.duration)),
            gapPeaks: buffers.slice(1).map((_, i) => peak(starts[i] + buffers[i].duration, starts[i + 1])),
          };
        },
        { locale, gapMs: GAP_MS, sampleRate: SAMPLE_RATE },
      );
    } finally {
      await page.close();
    }
  }

  for (const locale of ['vi', 'en'] as const) {
    it(`${locale}: renders A012 → counter 3 as the clips plus ${GAP_MS} ms gaps`, async () => {
      const result = await renderCall(locale);
      expect(result.failed).toEqual([]);
      expect(result.clips[0]).toBe('chime');
      expect(result.clips).toHaveLength(locale === 'vi' ? 7 : 6);
      expect(result.sampleRate).toBe(SAMPLE_RATE);
      // Chromium decodes each clip to the manifest's length, less at most one Vorbis short block
      // (256 samples at 22.05 kHz = 11.6 ms) that its decoder drops at the end of a file (silence).
      result.decodedMs.forEach((ms, i) => {
        const shortBy = result.manifestMs[i] - ms;
        expect(shortBy, result.clips[i]).toBeGreaterThan(-0.5);
        expect(shortBy, result.clips[i]).toBeLessThan(11.7);
      });
      const gapsSec = ((result.clips.length - 1) * GAP_MS) / 1000;
      const expectedSec = result.decodedMs.reduce((sum, ms) => sum + ms, 0) / 1000 + gapsSec;
      expect(expectedSec).toBeGreaterThan(1);
      expect(Math.abs(result.scheduledEnd - expectedSec)).toBeLessThan(0.001);
      // The rendered audio starts at once and stops where the clips plus gaps end.
      expect(result.firstSound).toBeLessThan(0.005);
      expect(Math.abs(result.renderedEnd - expectedSec)).toBeLessThan(0.003);
      expect(result.renderedEnd).toBeGreaterThan(1);
      expect(result.renderedLength).toBeGreaterThan(result.renderedEnd + 0.5);
      // With the manifest's durations the same total holds to within those dropped blocks.
      const manifestSec = result.manifestMs.reduce((sum, ms) => sum + ms, 0) / 1000 + gapsSec;
      expect(Math.abs(result.renderedEnd - manifestSec)).toBeLessThan((result.clips.length * 11.7) / 1000);
      // Each clip sounds where it should, and every gap is silent.
      for (const [i, level] of result.clipPeaks.entries())
        expect(level, result.clips[i]).toBeGreaterThan(0.3);
      for (const [i, level] of result.gapPeaks.entries()) expect(level, `gap ${i}`).toBe(0);
    });
  }

  function announcerUrl(calls: AnnouncerCallJson[], seen: unknown[], settings: object): string {
    const query = new URLSearchParams({
      calls: JSON.stringify(calls),
      seen: JSON.stringify(seen),
      settings: JSON.stringify(settings),
    });
    return `${baseUrl}/announcer.html?${query}`;
  }

  const B001_EN: AnnouncerCallJson = {
    ticketId: 'B001',
    counterId: 'c5',
    seq: 3,
    displayNumber: 'B001',
    prefix: 'B',
    number: 1,
    counterNumber: 5,
    language: 'en',
  };

  it('announcer: speaks an English ticket in Vietnamese then English, once, for as long as its clips last', async () => {
    if (context === undefined) throw new Error('browser not started');
    const page = await context.newPage();
    try {
      const log = pageLog(page);
      const old = { ticketId: 'A010', counterId: 'c1', seq: 1 };
      const calls = [
        { ...B001_EN },
        { ...B001_EN }, // delivered twice
        { ...old, displayNumber: 'A010', prefix: 'A', number: 10, counterNumber: 1, language: 'vi' as const },
      ];
      await page.goto(announcerUrl(calls, [old], { repeatCount: 1, chime: false }));
      const ready = await log.waitFor((l) => l.kind === 'state' && l.state?.ready === true, 'ready');
      expect(ready.state).toEqual({ ready: true, needsUnlock: false, packs: ['vi', 'en'], lastError: null });
      await log.waitFor((l) => l.kind === 'enqueue' && l.ticketId === 'A010', 'enqueued');
      expect(log.lines.filter((l) => l.kind === 'enqueue').map((l) => l.result)).toEqual([
        'queued',
        'duplicate',
        'duplicate',
      ]);
      const started = await log.waitFor((l) => l.kind === 'view' && l.playing === 'B001', 'playing');
      const done = await log.waitFor((l) => l.kind === 'view' && (l.spoken?.length ?? 0) > 0, 'spoken');
      expect(done.spoken).toEqual([['B001', 'spoken']]);
      const expected = expectedCallMs(B001_EN, false);
      const elapsed = done.at - started.at;
      // Not shorter than the clips (less what Chromium's decoder trims), not padded by a timeout.
      expect(elapsed).toBeGreaterThan(expected.ms - expected.clips * 12 - 100);
      expect(elapsed).toBeLessThan(expected.ms + 900);
      expect(log.lines.some((l) => l.kind === 'state' && l.state?.lastError)).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('announcer: with autoplay blocked, waits for the "Bật âm thanh" tap, then speaks', async () => {
    const blocked = await launch(false);
    extraContexts.push(blocked);
    const page = await blocked.newPage();
    const log = pageLog(page);
    const call: AnnouncerCallJson = {
      ticketId: 'A001',
      counterId: 'c2',
      seq: 9,
      displayNumber: 'A001',
      prefix: 'A',
      number: 1,
      counterNumber: 2,
      language: 'vi',
    };
    await page.goto(announcerUrl([call], [], { repeatCount: 1, chime: false }));
    const ready = await log.waitFor((l) => l.kind === 'state' && l.state?.ready === true, 'ready');
    expect(ready.state?.needsUnlock).toBe(true);
    await log.waitFor((l) => l.kind === 'view' && l.pending?.[0] === 'A001', 'call waiting');
    await new Promise((done) => setTimeout(done, 800));
    expect(log.lines.some((l) => l.kind === 'view' && l.playing)).toBe(false);

    await page.click('#unlock');
    const unlocked = await log.waitFor((l) => l.kind === 'unlock', 'unlock result');
    expect(unlocked.ok).toBe(true);
    await log.waitFor((l) => l.kind === 'state' && l.state?.needsUnlock === false, 'unlocked state');
    const done = await log.waitFor((l) => l.kind === 'view' && (l.spoken?.length ?? 0) > 0, 'spoken');
    expect(done.spoken).toEqual([['A001', 'spoken']]);
  });
});
