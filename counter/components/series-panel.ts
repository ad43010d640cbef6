// The counter's series with how many wait in each and the longest wait, against the target.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Params } from '../../shared/i18n/messages.js';
import type { WaitingCounts } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { isLate, minutesBetween } from '../format.js';
import { type CounterText, counterMessages } from '../i18n.js';
import type { Lookups } from '../lookups.js';
import { alertIcon } from './icons.js';
import { controls } from './styles.js';

@customElement('luot-series-panel')
export class SeriesPanel extends LitElement {
  static override styles = [
    tokens,
    base,
    controls,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 6px;
      }
      li {
        display: grid;
        grid-template-columns: 2.6em 1fr auto;
        gap: 8px;
        align-items: center;
      }
      .prefix {
        font-weight: 700;
        font-size: 1.1rem;
        text-align: center;
        border: 2px solid var(--luot-primary);
        color: var(--luot-primary);
        border-radius: 8px;
        padding: 2px 0;
      }
      .name {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .count {
        font-weight: 700;
        font-size: 1.1rem;
        text-align: right;
        white-space: nowrap;
      }
      .sub {
        grid-column: 2 / 4;
        font-size: 0.85rem;
        margin-top: -4px;
      }
      .late {
        color: var(--luot-error);
        font-weight: 700;
      }
    `,
  ];

  private readonly i18n = new I18nController(this, counterMessages);
  private readonly t = (key: CounterText, params?: Params) => this.i18n.t(key, params);

  @property({ attribute: false }) seriesIds: string[] = [];
  @property({ attribute: false }) waiting: WaitingCounts | null = null;
  @property({ attribute: false }) lookups: Lookups | null = null;
  @property({ type: Number }) now = Date.now();

  override render() {
    return html`
      <section class="panel" data-testid="series-panel">
        <h2>${this.t('series.title')}</h2>
        <ul>
          ${this.seriesIds.map((id) => {
            const info = this.lookups?.seriesOf(id);
            const count = this.waiting?.bySeries[id] ?? 0;
            const oldest = this.waiting?.oldestBySeries[id];
            const late = oldest !== undefined && isLate(oldest, this.now, info?.targetWaitMinutes);
            return html`
              <li data-testid="series-${id}">
                <span class="prefix">${info?.prefix || '#'}</span>
                <span class="name">${this.lookups?.seriesName(id, this.i18n.locale) ?? id}</span>
                <span class="count num" data-testid="series-count-${id}">${this.t('series.waiting', { n: count })}</span>
                <span class="sub muted">
                  ${info ? this.t('series.target', { n: info.targetWaitMinutes }) : nothing}
                  ${
                    oldest !== undefined && count > 0
                      ? html` ·
                          <span class=${late ? 'late' : ''}
                            >${late ? alertIcon(14) : nothing}
                            ${this.t('series.oldest', {
                              t: this.t('common.minutes', { n: minutesBetween(oldest, this.now) }),
                            })}</span
                          >`
                      : nothing
                  }
                </span>
              </li>
            `;
          })}
        </ul>
      </section>
    `;
  }
}
