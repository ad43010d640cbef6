// A plain data table: a caption, headed columns (numbers right-aligned) and an optional total row.
// On screen the name column stays in view while the numbers scroll beside it; in print every
// column fits the page (headings and names wrap, numbers never do, nothing is cut).
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { base, tokens } from '../../shared/ui/tokens.js';

export interface TableColumn<R> {
  label: string;
  cell: (row: R) => string | TemplateResult;
  numeric?: boolean;
  /** A name column: kept wide enough to read, the numbers scroll beside it. */
  wide?: boolean;
}

@customElement('luot-report-table')
export class ReportTable<R = unknown> extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: block;
        overflow-x: auto;
        margin-bottom: 16px;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9rem;
      }
      caption {
        text-align: left;
        font-weight: 700;
        padding: 4px 0 8px;
      }
      th,
      td {
        padding: 6px 8px;
        border-bottom: 1px solid var(--luot-border);
        vertical-align: top;
      }
      th {
        background: var(--luot-surface);
        text-align: left;
        font-weight: 600;
        position: sticky;
        top: 0;
        overflow-wrap: break-word;
        hyphens: auto;
      }
      th.name,
      td.name {
        position: sticky;
        left: 0;
        z-index: 1;
        background: var(--luot-bg);
        box-shadow: 1px 0 0 var(--luot-border);
      }
      th.name {
        z-index: 2;
        background: var(--luot-surface);
      }
      .num {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      td.num {
        white-space: nowrap;
      }
      th.num {
        min-width: 5.5em;
      }
      .wide {
        min-width: 16em;
        max-width: 28em;
        overflow-wrap: break-word;
      }
      tbody tr:nth-child(even) td {
        background: #f9fafc;
      }
      tfoot td {
        font-weight: 700;
        border-top: 2px solid var(--luot-text);
      }
      @media print {
        :host {
          overflow: visible;
        }
        th,
        th.name,
        td.name {
          position: static;
          box-shadow: none;
        }
        table {
          font-size: 7pt;
          table-layout: auto;
        }
        th,
        td {
          padding: 2px 3px;
        }
        th.num {
          min-width: 0;
        }
        .wide {
          min-width: 11em;
          max-width: none;
        }
        tbody tr:nth-child(even) td {
          background: #f2f2f2;
        }
        tr {
          break-inside: avoid;
        }
        thead {
          display: table-header-group;
        }
      }
    `,
  ];

  @property() caption = '';
  @property({ attribute: false }) columns: TableColumn<R>[] = [];
  @property({ attribute: false }) rows: R[] = [];
  @property({ attribute: false }) total: R | null = null;

  override render() {
    const cells = (row: R) =>
      this.columns.map((c) =>
        c.wide
          ? html`<td class="name"><div class="wide">${c.cell(row)}</div></td>`
          : html`<td class=${c.numeric ? 'num' : ''}>${c.cell(row)}</td>`,
      );
    return html`<table>
      ${this.caption ? html`<caption>${this.caption}</caption>` : nothing}
      <thead>
        <tr>
          ${this.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : c.wide ? 'name' : ''}>${c.wide ? html`<div class="wide">${c.label}</div>` : c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${this.rows.map((r) => html`<tr>${cells(r)}</tr>`)}
      </tbody>
      ${this.total ? html`<tfoot><tr>${cells(this.total)}</tr></tfoot>` : nothing}
    </table>`;
  }
}
