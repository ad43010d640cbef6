// Cài đặt › Giọng đọc › the recording kit: every clip a voice needs, with the text to read, its
// state (recorded, built-in, missing), playback, recording in the browser (trimmed and evened, see
// voice-audio.ts) with redo, zip upload and download, and a preview of a whole call spoken from
// the centre's pack as a display would. Vietnamese, English and Khmer (Khmer needs its own pack).
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LOCALES, type Locale } from '../../shared/domain/model.js';
import { buildAnnouncement } from '../../shared/voice/announcement.js';
import { phraseTableOf } from '../../shared/voice/clip-pack.js';
import { I18nController } from '../../shared/ui/locale.js';
import { loadClipPack, renderSequence } from '../../display/audio/clip-player.js';
import { ApiRequestError, api, sitePath } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import { AdminElement } from '../ui/admin-page.js';
import { recordingToWav } from './voice-audio.js';
import { type VoiceAdminKey, voiceAdminMessages } from './voice-i18n.js';

interface ClipStatus {
  id: string;
  kind: string;
  text: string;
  own: { file: string; durationMs: number } | null;
  builtIn: boolean;
}

interface PackStatus {
  locale: Locale;
  recorded: number;
  total: number;
  missing: string[];
  clips: ClipStatus[];
}

interface Problem {
  file: string;
  code: string;
  message: string;
}

declare global {
  interface Window {
    /** What the last preview played (for tests): clip ids, how many were the centre's own. */
    __luotVoicePreview?: { clips: string[]; own: number; missing: string[] };
  }
}

@customElement('luot-voice-kit')
export class VoiceKit extends AdminElement {
  private readonly words = new I18nController<VoiceAdminKey>(this, voiceAdminMessages);
  @state() private packLocale: Locale = 'vi';
  @state() private status: PackStatus | null = null;
  @state() private recording: string | null = null;
  @state() private problems: Problem[] = [];
  @state() private note = '';
  private recorder: MediaRecorder | null = null;
  private loadedFor = '';

  private w(k: VoiceAdminKey, p?: Record<string, string | number>): string {
    return this.words.t(k, p);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    super.willUpdate(changed);
    const key = `${this.env?.siteId}|${this.packLocale}`;
    if (this.env && key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load();
    }
  }

  private path(suffix = ''): string {
    return sitePath(this.e.siteId, `/voice/${this.packLocale}${suffix}`);
  }

  private async load(): Promise<void> {
    await this.run(async () => {
      this.status = await api<PackStatus>(this.path());
    });
  }

  /** PUT of raw bytes; the server's list of problems is kept to show. */
  private async putRaw(path: string, body: Blob | Uint8Array): Promise<void> {
    this.problems = [];
    const response = await fetch(path, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream', accept: 'application/json' },
      credentials: 'same-origin',
      body: body instanceof Blob ? body : new Blob([body as BlobPart]),
    });
    const data = (await response.json().catch(() => null)) as
      | PackStatus
      | { error: { code: string; message: string; details?: { problems?: Problem[] } } }
      | null;
    if (!response.ok) {
      const error = data && 'error' in data ? data.error : { code: 'internal', message: response.statusText };
      this.problems = ('details' in error ? error.details?.problems : undefined) ?? [];
      throw new ApiRequestError(response.status, { code: error.code as never, message: error.message });
    }
    this.status = data as PackStatus;
  }

  private async uploadZip(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.run(() => this.putRaw(this.path(), file));
  }

  private async uploadClip(id: string, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (await this.run(() => this.putRaw(this.path(`/clips/${id}`), file)))
      this.note = this.w('kit.saved', { id });
  }

  private async record(id: string): Promise<void> {
    if (this.recording) return;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, noiseSuppression: true },
      });
    } catch (error) {
      this.note = this.w('kit.noMic', { error: String(error) });
      return;
    }
    const chunks: Blob[] = [];
    const recorder = new MediaRecorder(stream);
    recorder.ondataavailable = (e) => chunks.push(e.data);
    recorder.onstop = async () => {
      for (const track of stream.getTracks()) track.stop();
      this.recording = null;
      const ctx = new AudioContext();
      try {
        const wav = await recordingToWav(new Blob(chunks, { type: recorder.mimeType }), ctx);
        if (await this.run(() => this.putRaw(this.path(`/clips/${id}`), wav)))
          this.note = this.w('kit.saved', { id });
      } finally {
        await ctx.close();
      }
    };
    this.recorder = recorder;
    this.recording = id;
    this.note = '';
    recorder.start();
  }

  private stop(): void {
    this.recorder?.stop();
    this.recorder = null;
  }

  private async removeClip(id: string): Promise<void> {
    await this.run(async () => {
      this.status = await api<PackStatus>(this.path(`/clips/${id}`), { method: 'DELETE' });
    });
  }

  private async reset(): Promise<void> {
    await this.run(async () => {
      this.status = await api<PackStatus>(this.path(), { method: 'DELETE' });
    });
  }

  private play(clip: ClipStatus): void {
    const file = clip.own?.file ?? `${clip.id}.ogg`;
    void new Audio(`/clips/${this.packLocale}/${file}`).play().catch(() => undefined);
  }

  /** A whole call ("… A012 … quầy số 3"), from the site's pack as its displays get it. */
  private async preview(): Promise<void> {
    const siteId = this.e.siteId;
    const voice = this.env?.site?.settings.voice;
    const ctx = new AudioContext();
    try {
      const pack = await loadClipPack(ctx, this.packLocale, {
        fetch: (url) =>
          fetch(String(url).endsWith('manifest.json') ? `${url}?site=${encodeURIComponent(siteId)}` : url),
      });
      const template = voice?.template[this.packLocale];
      const call = buildAnnouncement({
        displayNumber: 'A012',
        prefix: 'A',
        number: 12,
        counterNumber: 3,
        language: this.packLocale,
        numberMode: voice?.numberMode ?? 'words',
        phrases: phraseTableOf(pack.manifest),
        ...(template ? { template } : {}),
        ...(voice?.readingStyle ? { readingStyle: voice.readingStyle } : {}),
      });
      const buffers = call.clips.map((id) => pack.buffers.get(id)).filter((b): b is AudioBuffer => !!b);
      window.__luotVoicePreview = {
        clips: call.clips,
        own: call.clips.filter((id) => pack.manifest.clips[id]?.file.startsWith('c-')).length,
        missing: [...call.missing.map((m) => m.text), ...call.clips.filter((id) => !pack.buffers.has(id))],
      };
      this.note = this.w('kit.previewText', { text: call.text });
      await renderSequence(ctx, buffers).ended;
    } catch (error) {
      this.note = String(error);
    } finally {
      await ctx.close();
    }
  }

  protected override renderPage(_env: AdminEnv) {
    const s = this.status;
    return html`<section class="panel" aria-labelledby="kit-h" data-testid="voice-kit">
      <h2 id="kit-h">${this.w('kit.title')}</h2>
      <p class="muted">${this.w('kit.intro')}</p>
      <div class="toolbar">
        <label class="field"
          >${this.w('kit.language')}
          <select
            data-testid="kit-locale"
            @change=${(e: Event) => {
              this.packLocale = (e.target as HTMLSelectElement).value as Locale;
            }}
          >
            ${LOCALES.map((l) => html`<option value=${l} ?selected=${l === this.packLocale}>${this.t(`lang.${l}`)}</option>`)}
          </select>
        </label>
        ${s ? html`<strong data-testid="kit-coverage">${this.w('kit.coverage', { n: s.recorded, total: s.total })}</strong>` : nothing}
        <label class="button"
          >${this.w('kit.upload')}
          <input type="file" class="visually-hidden" accept=".zip,application/zip" data-testid="kit-zip" @change=${(e: Event) => void this.uploadZip(e)}
        /></label>
        ${s && s.recorded > 0 ? html`<a class="button" data-testid="kit-download" href=${this.path('/download')} download>${this.w('kit.download')}</a>` : nothing}
        <button type="button" data-testid="kit-preview" @click=${() => void this.preview()}>${this.w('kit.preview')}</button>
        ${s && s.recorded > 0 ? html`<button type="button" data-testid="kit-reset" @click=${() => void this.reset()}>${this.w('kit.reset')}</button>` : nothing}
      </div>
      ${this.note ? html`<p role="status" data-testid="kit-note">${this.note}</p>` : nothing}
      ${this.renderProblems()}
      ${
        this.problems.length > 0
          ? html`<div role="alert" data-testid="kit-problems">
              <p>${this.w('kit.problems')}</p>
              <ul>
                ${this.problems.map((p) => html`<li>${p.file || 'zip'}: ${p.message} (${p.code})</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${s ? this.renderClips(s) : nothing}
    </section>`;
  }

  private renderClips(s: PackStatus) {
    return html`<table data-testid="kit-clips">
      <thead>
        <tr>
          <th scope="col">${this.w('kit.clip')}</th>
          <th scope="col">${this.w('kit.say')}</th>
          <th scope="col">${this.w('kit.state')}</th>
          <th scope="col"><span class="visually-hidden">${this.w('kit.record')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${s.clips.map((clip) => {
          const recording = this.recording === clip.id;
          const state = clip.own
            ? this.w('kit.own', { s: (clip.own.durationMs / 1000).toFixed(2) })
            : clip.builtIn
              ? this.w('kit.builtIn')
              : this.w('kit.missing');
          return html`<tr data-testid=${`kit-row-${clip.id}`}>
            <td><code>${clip.id}</code></td>
            <td lang=${this.packLocale}>${clip.kind === 'chime' ? this.w('kit.chime') : clip.text}</td>
            <td data-testid=${`kit-state-${clip.id}`}>${state}</td>
            <td class="actions">
              ${
                clip.kind === 'chime'
                  ? nothing
                  : html`<button
                      type="button"
                      data-testid=${`kit-record-${clip.id}`}
                      ?disabled=${this.recording !== null && !recording}
                      @click=${() => (recording ? this.stop() : void this.record(clip.id))}
                    >
                      ${recording ? this.w('kit.stop') : clip.own ? this.w('kit.redo') : this.w('kit.record')}
                    </button>`
              }
              <label class="button"
                >↑<span class="visually-hidden">${this.w('kit.upload')} ${clip.id}</span>
                <input type="file" class="visually-hidden" accept=".wav,.ogg,audio/wav,audio/ogg" @change=${(e: Event) => void this.uploadClip(clip.id, e)}
              /></label>
              ${clip.own || clip.builtIn ? html`<button type="button" @click=${() => this.play(clip)}>${this.w('kit.play')}</button>` : nothing}
              ${clip.own ? html`<button type="button" @click=${() => void this.removeClip(clip.id)}>${this.w('kit.remove')}</button>` : nothing}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}
