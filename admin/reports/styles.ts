// Styles shared by the report components, with the print view: controls hidden, charts and
// tables kept, black on white.
import { css } from 'lit';

export const reportStyles = css`
  :host {
    display: block;
    color: var(--luot-text);
  }
  .panel {
    background: var(--luot-bg);
    border: 1px solid var(--luot-border);
    border-radius: var(--luot-radius);
    padding: 16px 20px;
    margin-bottom: 16px;
  }
  h2 {
    font-size: 1.15rem;
    margin: 0 0 12px;
  }
  h3 {
    font-size: 1rem;
    margin: 16px 0 8px;
  }
  .muted {
    color: var(--luot-text-muted);
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  button,
  .button {
    min-height: 44px;
    padding: 8px 16px;
    border-radius: 8px;
    border: 1px solid var(--luot-primary);
    background: var(--luot-bg);
    color: var(--luot-primary);
    font-weight: 600;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  button.primary {
    background: var(--luot-primary);
    color: var(--luot-on-primary);
  }
  .badge-breach {
    color: var(--luot-error);
    font-weight: 700;
  }
  .badge-met {
    color: var(--luot-calling);
    font-weight: 600;
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      font-size: 11pt;
      color: #000;
    }
    .no-print {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .panel {
      border: none;
      padding: 0;
      break-inside: avoid;
    }
  }
`;
