// The monthly report as a sheet of paper: on screen an A4-wide page on the grey console, in print
// an A4 portrait page (the @page rule is set on the document by month-report.ts), tables whose
// header repeats on every page, rows and the signature block never split across pages.
import { css } from 'lit';

export const monthReportStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 10px 14px;
    align-items: end;
    margin-bottom: 16px;
  }
  .bar label {
    display: grid;
    gap: 4px;
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--luot-text-muted);
  }
  .bar select {
    font: inherit;
    min-height: 44px;
    padding: 6px 8px;
    border: 1px solid var(--luot-border);
    border-radius: 8px;
    background: var(--luot-bg);
    color: var(--luot-text);
  }
  .error {
    color: var(--luot-error);
    background: var(--luot-error-bg);
    padding: 10px 14px;
    border-radius: 8px;
    font-weight: 600;
  }
  .sheet {
    box-sizing: border-box;
    width: 210mm;
    max-width: 100%;
    margin: 0 auto;
    padding: 15mm 15mm 20mm;
    background: #fff;
    color: #000;
    box-shadow: 0 2px 12px rgb(0 0 0 / 12%);
    font-size: 10.5pt;
    line-height: 1.4;
  }
  .heading {
    display: grid;
    grid-template-columns: 1fr 1.25fr;
    gap: 8px;
    text-align: center;
  }
  .heading p {
    margin: 0;
  }
  .agency-parent {
    text-transform: uppercase;
  }
  .agency,
  .nation {
    font-weight: 700;
    text-transform: uppercase;
  }
  .motto {
    font-weight: 700;
  }
  .rule {
    width: 40%;
    margin: 3px auto 0;
    border-top: 1px solid #000;
  }
  .date-line {
    text-align: right;
    font-style: italic;
    margin: 12px 0 0;
  }
  h1 {
    text-align: center;
    font-size: 13pt;
    margin: 18px 0 2px;
  }
  .subtitle {
    text-align: center;
    font-weight: 700;
    margin: 0;
  }
  .range {
    text-align: center;
    font-style: italic;
    margin: 0 0 10px;
  }
  h2 {
    font-size: 11pt;
    margin: 16px 0 6px;
    break-after: avoid;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  thead {
    display: table-header-group;
  }
  tr {
    break-inside: avoid;
  }
  th,
  td {
    border: 1px solid #000;
    padding: 3px 5px;
    vertical-align: top;
    overflow-wrap: break-word;
    hyphens: manual;
  }
  th {
    font-weight: 700;
    text-align: center;
    vertical-align: middle;
    font-size: 9pt;
    overflow-wrap: normal;
  }
  td.num {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  td.no {
    text-align: center;
  }
  th:first-child {
    white-space: nowrap;
    padding: 3px 2px;
  }
  .code {
    display: block;
    font-size: 8.5pt;
    color: #333;
  }
  tr.total td {
    font-weight: 700;
  }
  col.no {
    width: 10mm;
  }
  col.n {
    width: 16.5mm;
  }
  col.figure {
    width: 62%;
  }
  .none {
    font-style: italic;
  }
  .signatures {
    display: grid;
    grid-template-columns: 1fr 1fr;
    text-align: center;
    margin-top: 18px;
    break-inside: avoid;
  }
  .signatures p {
    margin: 0;
  }
  .signatures .role {
    font-weight: 700;
  }
  .signatures .hint {
    font-style: italic;
    padding-bottom: 28mm;
  }
  .footer {
    margin-top: 10px;
    font-size: 8.5pt;
    color: #333;
  }
  @media print {
    .bar {
      display: none;
    }
    .sheet {
      width: auto;
      padding: 0;
      box-shadow: none;
    }
  }
`;
