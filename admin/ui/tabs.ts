// A row of tabs (buttons with aria-selected); arrow keys move between them.
import { html } from 'lit';

export function tabs<T extends string>(
  items: { id: T; label: string }[],
  current: T,
  onSelect: (id: T) => void,
  testid: string,
) {
  const move = (event: KeyboardEvent, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    const next = items[(index + delta + items.length) % items.length];
    onSelect(next.id);
    const bar = (event.currentTarget as HTMLElement).parentElement;
    requestAnimationFrame(() => bar?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
  };
  return html`<div class="tabs" role="tablist">
    ${items.map(
      (item, i) =>
        html`<button
          role="tab"
          data-testid=${`${testid}-${item.id}`}
          aria-selected=${item.id === current ? 'true' : 'false'}
          tabindex=${item.id === current ? 0 : -1}
          @click=${() => onSelect(item.id)}
          @keydown=${(e: KeyboardEvent) => move(e, i)}
        >
          ${item.label}
        </button>`,
    )}
  </div>`;
}
