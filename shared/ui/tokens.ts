// Design tokens as CSS custom properties (--luot-*). Contrast: text ≥ 4.5:1 on its background,
// numbers ≥ 7:1. Priority is never said by colour alone (icon + the word "Ưu tiên").
import { css } from 'lit';

export const tokens = css`
  :host {
    --luot-font: 'Be Vietnam Pro', 'Noto Sans Khmer', system-ui, sans-serif;
    --luot-font-khmer: 'Noto Sans Khmer', 'Be Vietnam Pro', sans-serif;
    --luot-primary: #0b3d91;
    --luot-primary-strong: #072a66;
    --luot-on-primary: #ffffff;
    --luot-accent: #b45309;
    --luot-accent-bg: #fff4e0;
    --luot-calling: #0f5132;
    --luot-calling-bg: #e3f4ea;
    --luot-priority: #6b21a8;
    --luot-priority-bg: #f3e8ff;
    --luot-error: #b00020;
    --luot-error-bg: #fde8eb;
    --luot-text: #111827;
    --luot-text-muted: #4b5563;
    --luot-bg: #ffffff;
    --luot-surface: #f3f5f9;
    --luot-border: #c7cfdc;
    --luot-focus: #ffbf47;
    --luot-radius: 12px;
    --luot-gap: 16px;
    --luot-touch: 64px;
    font-family: var(--luot-font);
    color: var(--luot-text);
  }
  :host([lang='km']) {
    --luot-font: var(--luot-font-khmer);
  }
`;

/** Focus ring and base resets shared by every app's components. */
export const base = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  a:focus-visible,
  [tabindex]:focus-visible {
    outline: 4px solid var(--luot-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .offline-banner {
    background: var(--luot-error);
    color: #fff;
    font-weight: 700;
    padding: 12px 20px;
    text-align: center;
  }
`;

export const reducedMotion = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
