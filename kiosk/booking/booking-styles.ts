// The look of the /book page: the phone pages' frame (phone-page.ts, as the status page), with
// list buttons and a grid of times.
import { css } from 'lit';
import { base, tokens } from '../../shared/ui/tokens.js';
import { phonePageStyles } from '../phone-page.js';

export const bookingStyles = [
  tokens,
  base,
  phonePageStyles,
  css`
    .choice,
    .slot,
    .action {
      min-height: 48px;
      border-radius: 10px;
      border: 2px solid var(--luot-primary);
      background: var(--luot-bg);
      color: var(--luot-primary-strong);
      font: inherit;
      font-weight: 700;
    }
    .slot[aria-pressed='true'],
    .action.primary {
      background: var(--luot-primary);
      color: var(--luot-on-primary);
    }
    h1 {
      font-size: 26px;
      margin: 20px 0 4px;
    }
    h2 {
      font-size: 20px;
      margin: 24px 0 10px;
    }
    .choices {
      display: grid;
      gap: 10px;
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .choice {
      width: 100%;
      padding: 12px 16px;
      text-align: left;
      font-weight: 600;
    }
    .choice small {
      display: block;
      color: var(--luot-text-muted);
      font-weight: 400;
    }
    .days {
      display: flex;
      gap: 8px;
      overflow-x: auto;
      padding-bottom: 6px;
    }
    .days .slot {
      min-width: 76px;
      padding: 6px 8px;
      line-height: 1.2;
    }
    .slots {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(96px, 1fr));
      gap: 8px;
    }
    .slot small {
      display: block;
      font-weight: 400;
      font-size: 13px;
    }
    .slot:disabled {
      border-color: var(--luot-border);
      color: var(--luot-text-muted);
    }
    label {
      display: block;
      margin-top: 12px;
      font-weight: 600;
    }
    input {
      display: block;
      width: 100%;
      box-sizing: border-box;
      min-height: 48px;
      margin-top: 4px;
      padding: 8px 12px;
      border: 2px solid var(--luot-border);
      border-radius: 10px;
      font: inherit;
    }
    .action {
      width: 100%;
      margin-top: 16px;
      padding: 10px 16px;
    }
    .code {
      margin: 4px 0;
      font-size: 44px;
      font-weight: 700;
      letter-spacing: 0.12em;
      color: var(--luot-primary-strong);
      font-variant-numeric: tabular-nums;
    }
    .qr {
      width: 180px;
      height: 180px;
    }
    ul.docs {
      margin: 4px 0 0;
      padding-left: 20px;
    }
  `,
];
