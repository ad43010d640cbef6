// Warnings a manager must see at once: the site's disk refuses writes, the server's wall clock
// disagrees with the queue's time, or a series nears the last number it can give today. Polls
// the site's health while shown.
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api, sitePath } from '../admin-api.js';
import { AdminElement } from './admin-page.js';
import { siteDateTime } from './text.js';

interface SiteHealth {
  storage: { ok: true } | { ok: false; errno: string; since: number; file: string };
  clock: { state: 'ok' | 'wall-ahead' | 'wall-behind'; offsetMs: number; followsAt: number | null };
  series?: { seriesId: string; prefix: string; issued: number; capacity: number; left: number }[];
}

const POLL_MS = 15_000;

@customElement('luot-system-warnings')
export class SystemWarnings extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      .warning {
        border: 2px solid var(--luot-danger, #b42318);
        background: #fff4f2;
        color: #7a1c12;
        border-radius: 10px;
        padding: 10px 14px;
        margin-bottom: 12px;
        font-weight: 600;
      }
    `,
  ];

  @property() siteId = '';
  @state() private health: SiteHealth | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => void this.load(), POLL_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('siteId')) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.siteId) return;
    try {
      this.health = await api<SiteHealth>(sitePath(this.siteId, '/health'));
    } catch {
      this.health = null;
    }
  }

  protected override renderPage() {
    const h = this.health;
    if (!h || !this.env) return nothing;
    const zone = this.env.site?.config.site.timeZone ?? 'Asia/Ho_Chi_Minh';
    const minutes = Math.round(Math.abs(h.clock.offsetMs) / 60_000);
    return html`
      ${
        h.storage.ok
          ? nothing
          : html`<div class="warning" role="alert" data-testid="warning-storage">
            ${this.t('health.storage', { errno: h.storage.errno, since: siteDateTime(h.storage.since, zone) })}
          </div>`
      }
      ${
        h.clock.state === 'ok'
          ? nothing
          : html`<div class="warning" role="alert" data-testid="warning-clock">
            ${
              h.clock.state === 'wall-ahead'
                ? this.t('health.clockAhead', {
                    minutes,
                    at: h.clock.followsAt ? siteDateTime(h.clock.followsAt, zone) : '…',
                  })
                : this.t('health.clockBehind', { minutes })
            }
          </div>`
      }
      ${(h.series ?? []).map(
        (s) => html`<div class="warning" role="alert" data-testid="warning-series">
          ${this.t('health.seriesNearCap', {
            series: s.prefix || s.seriesId,
            issued: s.issued,
            capacity: s.capacity,
            left: s.left,
          })}
        </div>`,
      )}
    `;
  }
}
