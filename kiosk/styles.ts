// Styles shared by the kiosk screens: big touch targets (≥ 64 px), body text ≥ 24 px, one deep
// primary colour on white, and a focus ring for keyboard users.
import { css } from 'lit';
import { base } from '../shared/ui/tokens.js';

export const kioskBase = [
  base,
  css`
    :host {
      display: block;
      font-size: 26px;
      line-height: 1.35;
    }
    h1,
    h2,
    h3,
    p {
      margin: 0;
    }
    .btn {
      min-height: var(--luot-touch);
      min-width: var(--luot-touch);
      padding: 12px 28px;
      border-radius: var(--luot-radius);
      border: 3px solid var(--luot-primary);
      background: var(--luot-bg);
      color: var(--luot-primary-strong);
      font-size: 26px;
      font-weight: 700;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 12px;
      text-align: center;
    }
    .btn.primary {
      background: var(--luot-primary);
      color: var(--luot-on-primary);
    }
    .btn.primary:active {
      background: var(--luot-primary-strong);
    }
    .btn:disabled {
      background: var(--luot-surface);
      border-color: var(--luot-border);
      color: var(--luot-text-muted);
      cursor: not-allowed;
    }
    .btn.big {
      min-height: 112px;
      font-size: 40px;
      padding: 16px 48px;
    }
    .screen {
      display: flex;
      flex-direction: column;
      gap: 24px;
      padding: 32px 40px;
    }
    .screen-head {
      display: flex;
      align-items: center;
      gap: 24px;
    }
    .screen-head h2 {
      font-size: 36px;
      color: var(--luot-primary-strong);
    }
    .muted {
      color: var(--luot-text-muted);
    }
    .notice {
      border-radius: var(--luot-radius);
      padding: 16px 24px;
      border: 2px solid currentColor;
      font-weight: 500;
    }
    .notice.error {
      background: var(--luot-error-bg);
      color: var(--luot-error);
    }
    .notice.warn {
      background: var(--luot-accent-bg);
      color: #7a3700;
    }
    .priority-mark {
      color: var(--luot-priority);
      background: var(--luot-priority-bg);
      border: 2px solid var(--luot-priority);
      border-radius: 999px;
      padding: 4px 16px;
      font-weight: 700;
    }
  `,
];

/** Back arrow used by every screen that is not home. */
export const backIcon = '←';
