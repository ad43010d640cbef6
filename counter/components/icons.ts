// Inline SVG icons (no icon font, no emoji font). Decorative: the word is always written next to them.
import { svg } from 'lit';

const frame = (body: ReturnType<typeof svg>, size = 20) =>
  svg`<svg width=${size} height=${size} viewBox="0 0 24 24" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** Priority: a person with a raised hand inside a circle. */
export const priorityIcon = (size?: number) =>
  frame(
    svg`<circle cx="12" cy="12" r="10"/><circle cx="12" cy="7.5" r="1.8" fill="currentColor"/><path d="M12 10.5v6M8.5 12.5l3.5-2 3.5 2M10 19l2-2.5 2 2.5"/>`,
    size,
  );

export const clockIcon = (size?: number) =>
  frame(svg`<circle cx="12" cy="12" r="9.5"/><path d="M12 6.5V12l3.5 2.5"/>`, size);

export const alertIcon = (size?: number) =>
  frame(
    svg`<path d="M12 3 2 21h20L12 3z"/><path d="M12 10v5"/><circle cx="12" cy="18" r="0.6" fill="currentColor"/>`,
    size,
  );

export const checkIcon = (size?: number) => frame(svg`<path d="M4 12.5 9.5 18 20 6.5"/>`, size);

export const infoIcon = (size?: number) =>
  frame(
    svg`<circle cx="12" cy="12" r="9.5"/><path d="M12 11v6"/><circle cx="12" cy="7.5" r="0.6" fill="currentColor"/>`,
    size,
  );

export const pauseIcon = (size?: number) => frame(svg`<path d="M9 5v14M15 5v14"/>`, size);

export const transferIcon = (size?: number) => frame(svg`<path d="M4 8h13l-3-3M20 16H7l3 3"/>`, size);
