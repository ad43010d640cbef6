// Reading a QR code through the kiosk's own camera — the booking's on the check-in screen, the CCCD's
// on the priority screen: a small mirrored preview, frames decoded in the page (jsQR, loaded only
// when such a screen opens) several times a second; each code read is handed up once ("code"
// event), the screen decides what it means. Nothing leaves the kiosk: no frame is stored or sent. Without a camera, or where the browser refuses it (no permission, or a
// page that is not a secure context — see docs/appointments.md), the component shows nothing and
// the keypad and USB scanner work as before.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

const SCAN_EVERY_MS = 200;
/** The same code seen again within this time is not handed up twice. */
const REPEAT_MS = 4000;

type Decoder = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

@customElement('luot-qr-camera')
export class QrCamera extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .frame {
      position: relative;
      width: 320px;
      max-width: 100%;
      aspect-ratio: 4 / 3;
      margin: 0 auto;
      border: 4px solid var(--luot-primary, #0b3d91);
      border-radius: 16px;
      overflow: hidden;
      background: #000;
    }
    video {
      width: 100%;
      height: 100%;
      object-fit: cover;
      transform: scaleX(-1);
    }
    p {
      margin: 8px 0 0;
      text-align: center;
      font-size: 22px;
    }
  `;

  /** Shown under the preview ("Đưa mã QR trước camera"). */
  @property() hint = '';
  /** Names the preview for tests: data-testid="<name>-camera". */
  @property() name = 'checkin';
  @state() private live = false;
  @query('video') private video?: HTMLVideoElement;
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private canvas: HTMLCanvasElement | null = null;
  private last: { code: string; at: number } | null = null;
  private stopped = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopped = false;
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  private stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    this.live = false;
  }

  private async start(): Promise<void> {
    if (!navigator.mediaDevices?.getUserMedia) return;
    try {
      const [stream, decoder] = await Promise.all([
        navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: false }),
        import('jsqr').then((m) => m.default as unknown as Decoder),
      ]);
      if (this.stopped) {
        for (const track of stream.getTracks()) track.stop();
        return;
      }
      this.stream = stream;
      this.live = true;
      await this.updateComplete;
      if (!this.video) return;
      this.video.srcObject = stream;
      await this.video.play().catch(() => undefined);
      this.timer = setInterval(() => this.scan(decoder), SCAN_EVERY_MS);
    } catch {
      // No camera or no permission: the keypad and the USB scanner remain.
      this.live = false;
    }
  }

  private scan(decode: Decoder): void {
    const video = this.video;
    if (!video || video.readyState < 2 || video.videoWidth === 0) return;
    const w = video.videoWidth;
    const h = video.videoHeight;
    this.canvas ??= document.createElement('canvas');
    const canvas = this.canvas;
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    ctx.drawImage(video, 0, 0, w, h);
    const found = decode(ctx.getImageData(0, 0, w, h).data, w, h);
    if (!found) return;
    const code = found.data.trim();
    const now = Date.now();
    if (this.last && this.last.code === code && now - this.last.at < REPEAT_MS) return;
    this.last = { code, at: now };
    this.dispatchEvent(new CustomEvent('code', { detail: code, bubbles: true, composed: true }));
  }

  override render() {
    if (!this.live) return nothing;
    return html`<div class="frame" data-testid=${`${this.name}-camera`}><video muted playsinline></video></div>
      ${this.hint ? html`<p>${this.hint}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-qr-camera': QrCamera;
  }
}
