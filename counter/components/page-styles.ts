// The page frame shared by the counter app and the rating tablet: full height, a centred message.
import { css } from 'lit';

export const pageFrame = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--luot-surface);
  }
  .centre {
    min-height: 100vh;
    display: grid;
    place-items: center;
    padding: 24px;
  }
  .message {
    max-width: var(--page-message-width, 640px);
    font-size: var(--page-message-size, 1.3rem);
    text-align: center;
  }
`;
