// Today's figures for the officer (or the counter, for a counter device).
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Params } from '../../shared/i18n/messages.js';
import type { OfficerToday } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { averageLabel } from '../format.js';
import { type CounterText, counterMessages } from '../i18n.js';
import { controls } from './styles.js';

@customElement('luot-today-panel')
export class TodayPanel extends LitElement {
  static override styles = [
    tokens,
    base,
    controls,
    css`
      dl {
        display: grid;
        grid-template-columns: repeat(3, 1fr);
        gap: 8px 12px;
        margin: 0;
      }
      div {
        display: grid;
        gap: 2px;
      }
      dt {
        font-size: 0.85rem;
        color: var(--luot-text-muted);
      }
      dd {
        margin: 0;
        font-size: 1.35rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      dd small {
        font-size: 0.8rem;
        font-weight: 500;
        color: var(--luot-text-muted);
      }
    `,
  ];

  private readonly i18n = new I18nController(this, counterMessages);
  private readonly t = (key: CounterText, params?: Params) => this.i18n.t(key, params);

  @property({ attribute: false }) figures: OfficerToday | null = null;

  override render() {
    const f = this.figures;
    const none = this.t('today.none');
    const satisfaction =
      f?.satisfaction === null || f?.satisfaction === undefined
        ? none
        : `${Math.round(f.satisfaction * 100)}%`;
    return html`
      <section class="panel" data-testid="today-panel">
        <h2>${this.t(f?.scope === 'counter' ? 'today.titleCounter' : 'today.title')}</h2>
        <dl>
          <div>
            <dt>${this.t('today.served')}</dt>
            <dd data-testid="today-served">${f?.served ?? none}</dd>
          </div>
          <div>
            <dt>${this.t('today.avgService')}</dt>
            <dd data-testid="today-avg-service">${averageLabel(f?.avgServiceMs ?? null) ?? none}</dd>
          </div>
          <div>
            <dt>${this.t('today.avgWait')}</dt>
            <dd data-testid="today-avg-wait">${averageLabel(f?.avgWaitMs ?? null) ?? none}</dd>
          </div>
          <div>
            <dt>${this.t('today.noShows')}</dt>
            <dd data-testid="today-no-shows">${f?.noShows ?? none}</dd>
          </div>
          <div style="grid-column: span 2">
            <dt>${this.t('today.satisfaction')}</dt>
            <dd data-testid="today-satisfaction">
              ${satisfaction} <small>${this.t('today.ratings', { n: f?.ratings ?? 0 })}</small>
            </dd>
          </div>
        </dl>
      </section>
    `;
  }
}
