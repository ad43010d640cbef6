// The console's look: dense tables, compact forms, clear focus, no colour-only meaning.
import { css } from 'lit';

export const adminStyles = css`
  :host {
    display: block;
    font-size: 15px;
    line-height: 1.45;
  }
  h1 {
    font-size: 22px;
    margin: 0 0 12px;
  }
  h2 {
    font-size: 18px;
    margin: 20px 0 8px;
  }
  h3 {
    font-size: 16px;
    margin: 12px 0 6px;
  }
  p {
    margin: 4px 0 8px;
  }
  .muted {
    color: var(--luot-text-muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin: 8px 0;
  }
  .toolbar .grow {
    flex: 1;
  }
  button,
  .button {
    min-height: 36px;
    padding: 6px 14px;
    border: 1px solid var(--luot-primary);
    border-radius: 8px;
    background: var(--luot-bg);
    color: var(--luot-primary);
    font-weight: 500;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  button.primary,
  .button.primary {
    background: var(--luot-primary);
    color: var(--luot-on-primary);
  }
  button.danger {
    border-color: var(--luot-error);
    color: var(--luot-error);
  }
  button.small {
    min-height: 30px;
    padding: 2px 10px;
    font-size: 14px;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    font: inherit;
    min-height: 36px;
    padding: 5px 8px;
    border: 1px solid var(--luot-border);
    border-radius: 6px;
    background: var(--luot-bg);
    color: var(--luot-text);
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 72px;
    resize: vertical;
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-height: 0;
    width: 18px;
    height: 18px;
  }
  input.search {
    min-width: 320px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: var(--luot-bg);
  }
  th,
  td {
    text-align: left;
    padding: 6px 8px;
    border-bottom: 1px solid var(--luot-border);
    vertical-align: top;
  }
  th {
    background: var(--luot-surface);
    font-weight: 700;
    position: sticky;
    top: 0;
    z-index: 1;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  td.actions {
    white-space: nowrap;
  }
  tr.retired td {
    color: var(--luot-text-muted);
  }
  tr.editing > td {
    background: var(--luot-surface);
  }
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    font-size: 13px;
  }
  .tag {
    display: inline-block;
    padding: 0 8px;
    border-radius: 999px;
    border: 1px solid var(--luot-border);
    font-size: 13px;
    white-space: nowrap;
  }
  .tag.warn {
    border-color: var(--luot-accent);
    color: var(--luot-accent);
    background: var(--luot-accent-bg);
  }
  .tag.ok {
    border-color: var(--luot-calling);
    color: var(--luot-calling);
    background: var(--luot-calling-bg);
  }
  .tag.bad {
    border-color: var(--luot-error);
    color: var(--luot-error);
    background: var(--luot-error-bg);
  }
  .tag.priority {
    border-color: var(--luot-priority);
    color: var(--luot-priority);
    background: var(--luot-priority-bg);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    gap: 10px 16px;
  }
  .lt {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 10px 16px;
  }
  .grid .wide {
    grid-column: 1 / -1;
  }
  label.field {
    display: flex;
    flex-direction: column;
    gap: 3px;
    font-weight: 500;
    font-size: 14px;
  }
  label.check {
    display: inline-flex;
    gap: 8px;
    align-items: center;
  }
  fieldset {
    border: 1px solid var(--luot-border);
    border-radius: 8px;
    padding: 8px 12px 12px;
    margin: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 4px;
  }
  .panel {
    background: var(--luot-bg);
    border: 1px solid var(--luot-border);
    border-radius: 10px;
    padding: 12px 16px;
  }
  .issues {
    color: var(--luot-error);
    margin: 6px 0;
  }
  .warnings {
    color: var(--luot-accent);
    margin: 6px 0;
  }
  .tabs {
    display: flex;
    gap: 4px;
    border-bottom: 2px solid var(--luot-border);
    margin-bottom: 12px;
  }
  .tabs button {
    border: none;
    border-radius: 8px 8px 0 0;
    background: transparent;
    color: var(--luot-text);
  }
  .tabs button[aria-selected='true'] {
    background: var(--luot-primary);
    color: var(--luot-on-primary);
  }
`;
