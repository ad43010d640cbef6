// A uPlot chart over categories (months, days): bars and lines on one axis, an optional target
// line (e.g. 98% on time). Values are also in the table beside it; the chart is for the eye.
import { css, html, LitElement, type PropertyValues, unsafeCSS } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import uPlot from 'uplot';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';
import { base, tokens } from '../../shared/ui/tokens.js';

export interface ChartSeries {
  label: string;
  color: string;
  kind: 'bars' | 'line';
  values: (number | null)[];
}

@customElement('luot-uplot-chart')
export class UplotChart extends LitElement {
  static override styles = [
    tokens,
    base,
    unsafeCSS(uplotCss),
    css`
      :host {
        display: block;
      }
      .chart {
        width: 100%;
        min-height: 40px;
      }
      .u-legend {
        font-size: 0.85rem;
      }
      @media print {
        .u-legend {
          font-size: 8pt;
        }
      }
    `,
  ];

  @property({ attribute: false }) labels: string[] = [];
  @property({ attribute: false }) series: ChartSeries[] = [];
  @property({ attribute: false }) target: { value: number; label: string } | null = null;
  @property({ type: Number }) height = 260;
  /** Name of the categories, shown in the legend with the one under the cursor. */
  @property() xLabel = '';
  @property({ type: Number }) yMin: number | null = null;
  @property({ type: Number }) yMax: number | null = null;
  @property({ attribute: false }) format: (v: number | null) => string = (v) =>
    v === null ? '–' : String(v);

  @query('.chart') private container?: HTMLDivElement;
  private plot: uPlot | null = null;
  private readonly resize = new ResizeObserver(() => this.fitToWidth());

  override render() {
    return html`<div class="chart" role="img" aria-label=${this.series.map((s) => s.label).join(', ')}></div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.container) this.resize.observe(this.container);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
    this.plot?.destroy();
    this.plot = null;
  }

  protected override updated(_changed: PropertyValues): void {
    this.draw();
  }

  private fitToWidth(): void {
    const width = this.container?.clientWidth ?? 0;
    if (this.plot && width > 0 && Math.abs(this.plot.width - width) > 2) {
      this.plot.setSize({ width, height: this.height });
    }
  }

  private draw(): void {
    const el = this.container;
    if (!el) return;
    this.resize.observe(el);
    this.plot?.destroy();
    this.plot = null;
    if (this.labels.length === 0) return;
    const x = this.labels.map((_, i) => i);
    const bars = this.series.filter((s) => s.kind === 'bars').length;
    let barIndex = 0;
    const labels = this.labels;
    const series: uPlot.Series[] = [
      { label: this.xLabel, value: (_u, v) => (v === null ? '' : (labels[Math.round(v)] ?? '')) },
      ...this.series.map((s): uPlot.Series => {
        if (s.kind === 'line') {
          return {
            label: s.label,
            stroke: s.color,
            width: 2,
            points: { show: true, size: 7 },
            value: (_u, v) => this.format(v),
          };
        }
        const align = bars === 1 ? 0 : barIndex++ === 0 ? -1 : 1;
        return {
          label: s.label,
          stroke: s.color,
          fill: s.color,
          width: 0,
          paths: uPlot.paths.bars?.({ size: [bars === 1 ? 0.6 : 0.35, 60], align }),
          points: { show: false },
          value: (_u, v) => this.format(v),
        };
      }),
    ];
    const data: (number | null)[][] = [x, ...this.series.map((s) => s.values)];
    if (this.target) {
      series.push({
        label: this.target.label,
        stroke: '#b00020',
        width: 2,
        dash: [8, 6],
        points: { show: false },
        value: (_u, v) => this.format(v),
      });
      data.push(x.map(() => this.target?.value ?? null));
    }
    const opts: uPlot.Options = {
      width: Math.max(320, el.clientWidth),
      height: this.height,
      series,
      scales: {
        x: { time: false, range: () => [-0.6, labels.length - 0.4] },
        y: { range: (_u, min, max) => [this.yMin ?? Math.min(0, min), this.yMax ?? Math.max(1, max * 1.1)] },
      },
      axes: [
        {
          splits: () => x,
          values: (_u, splits) => splits.map((i) => labels[i] ?? ''),
          gap: 6,
          size: 40,
        },
        { values: (_u, splits) => splits.map((v) => this.format(v)), size: 56 },
      ],
      cursor: { drag: { x: false, y: false } },
      legend: { show: true },
    };
    this.plot = new uPlot(opts, data as uPlot.AlignedData, el);
  }
}
