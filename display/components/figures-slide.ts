// The figures slide ("6 biết": the centre's results, public): this month's citizens served,
// dossiers received at the counters, mean wait, satisfaction, and the on-time share of the latest
// month imported from the one-door system. Shown in the board's right column between calls only.
import { formatNumber } from '../../shared/i18n/number-format.js';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PublicFigures } from '../../shared/protocol/report-views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { figuresMessages } from '../figures-i18n.js';
import { boardTheme } from './theme.js';

const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

@customElement('luot-figures-slide')
export class FiguresSlide extends LitElement {
  static override styles = [
    tokens,
    base,
    boardTheme,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 2vmin;
        min-height: 0;
        overflow: hidden;
        padding: 2.4vmin;
        background: var(--board-panel);
        border: 0.3vmin solid var(--board-line);
        border-radius: 1.6vmin;
      }
      h2 {
        margin: 0;
        font-size: 3.4vmin;
        line-height: 1.2;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        flex: 1;
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        grid-auto-rows: minmax(0, 1fr);
        gap: 2vmin;
        min-height: 0;
      }
      li {
        display: flex;
        flex-direction: column;
        justify-content: center;
        gap: 0.8vmin;
        padding: 1.6vmin 2vmin;
        border-left: 0.8vmin solid var(--board-number);
        background: var(--board-bg);
        min-width: 0;
      }
      .what {
        font-size: 2.8vmin;
        color: var(--board-muted);
        line-height: 1.2;
      }
      .value {
        font-size: 7vmin;
        color: var(--board-number);
      }
      .of {
        font-size: 2.4vmin;
        color: var(--board-muted);
      }
    `,
  ];

  @property({ attribute: false }) figures: PublicFigures | null = null;
  private readonly i18n = new I18nController(this, figuresMessages);

  private number(n: number, digits = 0): string {
    return formatNumber(n, this.i18n.locale, digits);
  }

  private tile(testid: string, what: string, value: string | null, of = '') {
    return html`<li data-testid=${testid}>
      <span class="what">${what}</span>
      <span class="value num">${value ?? this.i18n.t('figures.none')}</span>
      ${of ? html`<span class="of">${of}</span>` : null}
    </li>`;
  }

  override render() {
    const f = this.figures;
    if (!f) return null;
    const t = this.i18n.t.bind(this.i18n);
    const pct = (p: number | null) => (p === null ? null : `${this.number(p, 1)}%`);
    const wait =
      f.waitMean === null ? null : t('figures.waitValue', { minutes: this.number(f.waitMean / 60_000, 0) });
    return html`<h2 class="label" data-testid="figures-title">${t('figures.title', { month: monthText(f.month) })}</h2>
      <ul>
        ${this.tile('figures-served', t('figures.served'), this.number(f.served))}
        ${this.tile('figures-dossiers', t('figures.dossiers'), this.number(f.dossiersReceived))}
        ${this.tile('figures-wait', t('figures.wait'), wait)}
        ${this.tile(
          'figures-satisfaction',
          t('figures.satisfaction'),
          pct(f.satisfactionPct),
          f.ratings > 0 ? t('figures.satisfactionOf', { n: this.number(f.ratings) }) : '',
        )}
        ${this.tile(
          'figures-on-time',
          t('figures.onTime'),
          pct(f.onTime?.pct ?? null),
          f.onTime
            ? t('figures.onTimeOf', { month: monthText(f.onTime.month), n: this.number(f.onTime.processed) })
            : '',
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-figures-slide': FiguresSlide;
  }
}
