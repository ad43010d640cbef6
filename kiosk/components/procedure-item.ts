// One procedure in a list (a field's procedures, search results): name, code, people waiting.
import { css, html, type TemplateResult } from 'lit';
import type { Locale } from '../../shared/domain/model.js';
import { localized } from '../../shared/i18n/messages.js';
import type { CatalogueProcedure } from '../../shared/protocol/views.js';

export const procedureItemStyles = css`
  .procedures {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 16px;
  }
  .procedure {
    width: 100%;
    min-height: 96px;
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 4px 24px;
    text-align: left;
    padding: 16px 24px;
    border-radius: var(--luot-radius);
    border: 2px solid var(--luot-border);
    background: var(--luot-bg);
    color: var(--luot-text);
    font-size: 28px;
  }
  .procedure:active {
    border-color: var(--luot-primary);
    background: var(--luot-surface);
  }
  .procedure .name {
    font-weight: 700;
    color: var(--luot-primary-strong);
  }
  .procedure .meta {
    grid-column: 1;
    font-size: 24px;
    color: var(--luot-text-muted);
  }
  .procedure .go {
    grid-row: 1 / span 2;
    grid-column: 2;
    font-size: 40px;
    color: var(--luot-primary);
  }
`;

export function procedureItem(
  procedure: CatalogueProcedure,
  locale: Locale,
  meta: string,
  onSelect: () => void,
): TemplateResult {
  return html`<li>
    <button
      type="button"
      class="procedure"
      data-testid=${`procedure-${procedure.id}`}
      @click=${onSelect}
    >
      <span class="name">${localized(procedure.name, locale)}</span>
      <span class="meta">${meta}</span>
      <span class="go" aria-hidden="true">›</span>
    </button>
  </li>`;
}
