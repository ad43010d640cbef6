// Styles shared by the counter's components: buttons, key caps, panels and dialogs.
import { css } from 'lit';

export const controls = css`
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    min-height: 48px;
    padding: 8px 16px;
    border-radius: 10px;
    border: 2px solid var(--luot-primary);
    background: var(--luot-bg);
    color: var(--luot-primary);
    font-weight: 700;
    font-size: 1rem;
    line-height: 1.2;
    text-align: center;
  }
  .btn.primary {
    background: var(--luot-primary);
    color: var(--luot-on-primary);
  }
  .btn.primary:hover:not(:disabled) {
    background: var(--luot-primary-strong);
  }
  .btn.quiet {
    border-color: var(--luot-border);
    color: var(--luot-text);
  }
  .btn.small {
    min-height: 40px;
    padding: 4px 12px;
    font-size: 0.95rem;
  }
  .btn:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  kbd {
    display: inline-block;
    min-width: 2.1em;
    padding: 1px 6px;
    border-radius: 6px;
    border: 1px solid currentColor;
    font: 700 0.8rem/1.4 var(--luot-font);
    text-align: center;
  }
  .panel {
    background: var(--luot-bg);
    border: 1px solid var(--luot-border);
    border-radius: var(--luot-radius);
    padding: 12px 16px;
  }
  .panel h2 {
    margin: 0 0 8px;
    font-size: 0.95rem;
    font-weight: 700;
    color: var(--luot-text-muted);
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .muted {
    color: var(--luot-text-muted);
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  label.field {
    display: grid;
    gap: 6px;
    font-weight: 500;
  }
  label.field .hint {
    font-weight: 400;
    font-size: 0.92rem;
    color: var(--luot-text-muted);
  }
  label.field .hint.error {
    color: var(--luot-error);
  }
  input[type='text'],
  input[type='password'],
  select,
  textarea {
    font: inherit;
    font-size: 1.05rem;
    padding: 10px 12px;
    min-height: 48px;
    border: 2px solid var(--luot-border);
    border-radius: 10px;
    background: var(--luot-bg);
    color: var(--luot-text);
    width: 100%;
  }
  textarea {
    min-height: 72px;
    resize: vertical;
  }
  input:focus,
  select:focus,
  textarea:focus {
    border-color: var(--luot-primary);
  }
  .error-text {
    color: var(--luot-error);
    background: var(--luot-error-bg);
    border-left: 6px solid var(--luot-error);
    padding: 10px 14px;
    border-radius: 8px;
    font-weight: 500;
  }
`;

export const dialogStyles = css`
  dialog {
    border: none;
    border-radius: 16px;
    padding: 0;
    width: min(640px, 92vw);
    max-height: 90vh;
    box-shadow: 0 20px 60px rgb(0 0 0 / 35%);
    color: var(--luot-text);
  }
  dialog::backdrop {
    background: rgb(10 20 40 / 55%);
  }
  form {
    display: grid;
    gap: 16px;
    padding: 24px;
    margin: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.4rem;
  }
  .choices {
    display: grid;
    gap: 8px;
    max-height: 46vh;
    overflow: auto;
    padding: 2px;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 12px;
    min-height: 48px;
    padding: 8px 12px;
    border: 2px solid var(--luot-border);
    border-radius: 10px;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--luot-primary);
    background: #eef3fc;
  }
  .choice input {
    width: 22px;
    height: 22px;
    margin: 0;
    accent-color: var(--luot-primary);
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 8px;
  }
  legend {
    font-weight: 700;
    margin-bottom: 6px;
    padding: 0;
  }
  .buttons {
    display: flex;
    justify-content: flex-end;
    gap: 12px;
  }
  fieldset.inline-group {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
  }
  fieldset.inline-group legend {
    width: 100%;
  }
  label.inline {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 44px;
    padding: 4px 12px;
    border: 2px solid var(--luot-border);
    border-radius: 10px;
    cursor: pointer;
  }
  label.inline:has(input:checked) {
    border-color: var(--luot-primary);
    background: #eef3fc;
  }
  label.inline input {
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: var(--luot-primary);
  }
  .counter-state {
    margin-left: auto;
    font-size: 0.92rem;
    white-space: nowrap;
  }
  .counter-state.closed {
    color: var(--luot-error);
    font-weight: 700;
  }
  .counter-state.paused {
    color: #7a3a06;
    font-weight: 700;
  }
  .counter-state.open {
    color: var(--luot-text-muted);
  }
`;
