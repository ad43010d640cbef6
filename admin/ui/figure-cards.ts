// The figure cards of the console's summary pages (overview, province): a grid of boxes, each
// with a big tabular number.
import { css } from 'lit';

export const figureCards = css`
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
    gap: 12px;
    margin-bottom: 16px;
  }
  .card {
    background: var(--luot-bg);
    border: 1px solid var(--luot-border);
    border-radius: 10px;
    padding: 12px 16px;
  }
  .card .value {
    font-size: 34px;
    font-weight: 700;
    color: var(--luot-primary-strong);
    font-variant-numeric: tabular-nums;
  }
`;
