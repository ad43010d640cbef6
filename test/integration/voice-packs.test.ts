// A centre's own voice: zips of real WAV/Ogg clips are checked (name, format, duration, size)
// with every problem listed, stored in the data directory, merged over the built-in pack in the
// manifest a display loads, downloadable, and removable clip by clip or whole.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioInfo } from '../../server/voice/audio-info.js';
import { ADMIN_PASSWORD, login, startTestServer, type TestServer } from '../support/test-server.js';
import { sineWav } from '../support/wav.js';

const BUILT_IN = join(import.meta.dirname, '..', '..', 'server', 'assets', 'clips', 'vi');
let server: TestServer;
let admin: string;

async function zipOf(files: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function put(path: string, body: Uint8Array, auth: string | null = admin) {
  const res = await fetch(server.url + path, {
    method: 'PUT',
    body: Buffer.from(body),
    headers: {
      'content-type': 'application/octet-stream',
      ...(auth ? { authorization: `Bearer ${auth}` } : {}),
    },
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function get(path: string, init: RequestInit = {}) {
  return fetch(server.url + path, {
    ...init,
    headers: { authorization: `Bearer ${admin}`, ...init.headers },
  });
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
});

afterAll(async () => {
  await server.close();
});

describe('audio files', () => {
  it('measures the built-in Ogg Vorbis clips as sox did', async () => {
    const manifest = JSON.parse(await readFile(join(BUILT_IN, 'manifest.json'), 'utf8'));
    for (const id of ['chime', 'num_1', 'word_tram', 'phrase_moi_cong_dan_co_so_thu_tu']) {
      const info = audioInfo(await readFile(join(BUILT_IN, manifest.clips[id].file)));
      expect(info).toMatchObject({ format: 'ogg', codec: 'vorbis', sampleRate: 22_050, channels: 1 });
      expect(Math.abs(info.durationMs - manifest.clips[id].durationMs)).toBeLessThan(2);
    }
  });

  it('measures a WAV and refuses what is not audio', () => {
    expect(audioInfo(sineWav(640, { sampleRate: 16_000 }))).toMatchObject({
      format: 'wav',
      codec: 'pcm',
      sampleRate: 16_000,
      durationMs: 640,
    });
    expect(() => audioInfo(new TextEncoder().encode('RIFF'.padEnd(100, 'x')))).toThrow(/WAVE/);
    expect(() => audioInfo(new Uint8Array(200))).toThrow(/not a WAV or Ogg/);
  });
});

describe('voice pack upload', () => {
  it('stores a good pack and merges it over the built-in voice for the site', async () => {
    const chime = await readFile(join(BUILT_IN, 'chime.ogg'));
    const zip = await zipOf({
      'giong-doc/num_1.wav': sineWav(500),
      'giong-doc/word_ngan.wav': sineWav(450, { hz: 330 }),
      'giong-doc/chime.ogg': chime,
      'giong-doc/README.txt': 'recorded at the centre',
      '__MACOSX/giong-doc/._num_1.wav': 'resource fork',
    });
    const res = await put('/api/sites/demo/voice/vi', zip);
    expect(res.status).toBe(200);
    expect(res.body.recorded).toBe(3);
    expect(res.body.missing).toContain('num_2');
    expect(res.body.missing).not.toContain('num_1');

    const manifest = await (await fetch(`${server.url}/clips/vi/manifest.json?site=demo`)).json();
    expect(manifest.clips.num_1.file).toMatch(/^c-[0-9a-f]{16}\.wav$/);
    expect(manifest.clips.num_1.durationMs).toBe(500);
    expect(manifest.clips.num_2.file).toBe('num_2.ogg');
    const clip = await fetch(`${server.url}/clips/vi/${manifest.clips.num_1.file}`);
    expect(clip.status).toBe(200);
    expect(new Uint8Array(await clip.arrayBuffer())).toEqual(sineWav(500));
    const builtIn = await fetch(`${server.url}/clips/vi/${manifest.clips.num_2.file}`);
    expect(builtIn.status).toBe(200);

    // A display paired to the site gets the merged pack without asking.
    const display = await (
      await fetch(`${server.url}/clips/vi/manifest.json`, {
        headers: { authorization: `Bearer ${server.keys.display}` },
      })
    ).json();
    expect(display.clips.num_1.file).toBe(manifest.clips.num_1.file);
    // Anyone else gets the built-in pack.
    const plain = await (await fetch(`${server.url}/clips/vi/manifest.json`)).json();
    expect(plain.clips.num_1.file).toBe('num_1.ogg');
  });

  it('refuses a pack with problems, lists every one and keeps the previous pack', async () => {
    const zip = await zipOf({
      'num_2.wav': sineWav(4000),
      'num_3.mp3': sineWav(400),
      'num_99.wav': sineWav(400),
      'num_4.wav': 'this is not audio at all, just text in a file',
      'num_5.wav': sineWav(400),
      'num_5.ogg': await readFile(join(BUILT_IN, 'num_5.ogg')),
      'word_tram.wav': sineWav(40),
      'deep/folder/num_6.wav': sineWav(400),
    });
    const res = await put('/api/sites/demo/voice/vi', zip);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    const problems = res.body.error.details.problems as { file: string; code: string }[];
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p.code]));
    expect(byFile).toEqual({
      'num_2.wav': 'too_long',
      'num_3.mp3': 'bad_name',
      'num_99.wav': 'unknown_clip',
      'num_4.wav': 'bad_format',
      'num_5.ogg': 'duplicate_clip',
      'word_tram.wav': 'too_short',
      'deep/folder/num_6.wav': 'bad_name',
    });
    const status = await (await get('/api/sites/demo/voice/vi')).json();
    expect(status.recorded).toBe(3);
  });

  it('refuses a file that is not a zip, an empty body and a stranger', async () => {
    const notZip = await put('/api/sites/demo/voice/vi', new TextEncoder().encode('PK? no'));
    expect(notZip.status).toBe(400);
    expect(notZip.body.error.details.problems[0].code).toBe('not_zip');
    expect((await put('/api/sites/demo/voice/vi', new Uint8Array(0))).status).toBe(400);
    expect(
      (await put('/api/sites/demo/voice/vi', await zipOf({ 'num_1.wav': sineWav(500) }), null)).status,
    ).toBe(401);
    expect((await put('/api/sites/demo/voice/xx', await zipOf({ 'num_1.wav': sineWav(500) }))).status).toBe(
      404,
    );
  });

  it('records clip by clip, downloads the pack, drops a clip and the whole pack', async () => {
    const one = await put('/api/sites/demo/voice/vi/clips/num_2', sineWav(600));
    expect(one.status).toBe(200);
    expect(one.body.recorded).toBe(4);
    const wrong = await put('/api/sites/demo/voice/vi/clips/num_2', sineWav(9000));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.problems[0].code).toBe('too_long');

    const download = await get('/api/sites/demo/voice/vi/download');
    expect(download.status).toBe(200);
    const zip = await JSZip.loadAsync(new Uint8Array(await download.arrayBuffer()));
    expect(Object.keys(zip.files).sort()).toEqual(['chime.ogg', 'num_1.wav', 'num_2.wav', 'word_ngan.wav']);

    const dropped = await (await get('/api/sites/demo/voice/vi/clips/num_2', { method: 'DELETE' })).json();
    expect(dropped.recorded).toBe(3);
    await get('/api/sites/demo/voice/vi', { method: 'DELETE' });
    const manifest = await (await fetch(`${server.url}/clips/vi/manifest.json?site=demo`)).json();
    expect(manifest.clips.num_1.file).toBe('num_1.ogg');
  });

  it('gives the site a Khmer voice once it uploads one', async () => {
    const before = await (await fetch(`${server.url}/clips/index.json?site=demo`)).json();
    expect(before.locales).not.toContain('km');
    const res = await put(
      '/api/sites/demo/voice/km',
      await zipOf({ 'num_1.wav': sineWav(500), 'word_roy.wav': sineWav(500) }),
    );
    expect(res.status).toBe(200);
    const after = await (await fetch(`${server.url}/clips/index.json?site=demo`)).json();
    expect(after.locales).toContain('km');
    const manifest = await (await fetch(`${server.url}/clips/km/manifest.json?site=demo`)).json();
    expect(Object.keys(manifest.clips).sort()).toEqual(['num_1', 'word_roy']);
  });

  it('lets a display choose the built-in voice over the centre own recordings (?pack=builtin)', async () => {
    const res = await put('/api/sites/demo/voice/vi', await zipOf({ 'num_1.wav': sineWav(500) }));
    expect(res.status).toBe(200);
    const own = await (await fetch(`${server.url}/clips/vi/manifest.json?site=demo`)).json();
    expect(own.clips.num_1.file).toMatch(/^c-[0-9a-f]{16}\.wav$/);
    const chosen = await (await fetch(`${server.url}/clips/vi/manifest.json?site=demo&pack=centre`)).json();
    expect(chosen.clips.num_1.file).toBe(own.clips.num_1.file);

    const builtIn = await (await fetch(`${server.url}/clips/vi/manifest.json?site=demo&pack=builtin`)).json();
    expect(builtIn.clips.num_1.file).toBe('num_1.ogg');
    // A paired display asking for the built-in voice gets it too.
    const paired = await (
      await fetch(`${server.url}/clips/vi/manifest.json?pack=builtin`, {
        headers: { authorization: `Bearer ${server.keys.display}` },
      })
    ).json();
    expect(paired.clips.num_1.file).toBe('num_1.ogg');

    await put('/api/sites/demo/voice/km', await zipOf({ 'num_1.wav': sineWav(500) }));
    const index = await (await fetch(`${server.url}/clips/index.json?site=demo`)).json();
    expect(index.locales).toContain('km');
    const builtInIndex = await (await fetch(`${server.url}/clips/index.json?site=demo&pack=builtin`)).json();
    expect(builtInIndex.locales).not.toContain('km');
    expect(builtInIndex.locales).toContain('vi');
    const builtInKm = await fetch(`${server.url}/clips/km/manifest.json?site=demo&pack=builtin`);
    expect(builtInKm.status).toBe(404);

    for (const path of ['/clips/vi/manifest.json?site=demo&pack=mine', '/clips/index.json?pack=']) {
      const bad = await fetch(`${server.url}${path}`);
      expect(bad.status, path).toBe(400);
      expect((await bad.json()).error.code, path).toBe('invalid_input');
    }
  });
});
