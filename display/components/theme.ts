// The wall display's look: a dark navy hall board read from 10 m. White text on navy (≈ 14:1),
// numbers in warm yellow (≈ 11:1); the highlighted call turns yellow with navy digits (≈ 11:1).
import { css } from 'lit';

export const boardTheme = css`
  :host {
    --board-bg: #0a1a3a;
    --board-panel: #11295a;
    --board-line: #2a4a8a;
    --board-text: #ffffff;
    --board-muted: #c9d6f0;
    --board-number: #ffd54a;
    --board-highlight-bg: #ffd54a;
    --board-highlight-text: #0a1a3a;
    --board-paused: #ffb4a8;
    --board-offline-bg: #b00020;
    color: var(--board-text);
  }
  .num {
    font-weight: 700;
    font-variant-numeric: tabular-nums lining-nums;
    letter-spacing: 0.02em;
    line-height: 1;
  }
  .label {
    font-weight: 700;
    letter-spacing: 0.06em;
    color: var(--board-muted);
    text-transform: uppercase;
  }
`;
