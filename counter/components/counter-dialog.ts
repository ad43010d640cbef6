// A modal dialog of the counter (native <dialog>: focus trap, Escape closes, backdrop).
// Subclasses render the form; the workspace listens for their result event.
import { LitElement } from 'lit';
import { query } from 'lit/decorators.js';
import type { Params } from '../../shared/i18n/messages.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, reducedMotion, tokens } from '../../shared/ui/tokens.js';
import { type CounterText, counterMessages } from '../i18n.js';
import { controls, dialogStyles } from './styles.js';

export abstract class CounterDialog extends LitElement {
  static override styles = [tokens, base, controls, dialogStyles, reducedMotion];

  protected readonly i18n = new I18nController(this, counterMessages);
  protected readonly t = (key: CounterText, params?: Params) => this.i18n.t(key, params);

  @query('dialog') protected dialog?: HTMLDialogElement;

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  async show(): Promise<void> {
    this.reset();
    this.requestUpdate();
    await this.updateComplete;
    if (!this.dialog || this.dialog.open) return;
    this.dialog.showModal();
    this.initialFocus()?.focus();
  }

  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  /** Clears the form before it opens again. */
  protected reset(): void {}

  /** The element that gets focus when the dialog opens (the confirm button by default). */
  protected initialFocus(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[data-initial-focus]');
  }

  protected onClosed(): void {
    this.dispatchEvent(new CustomEvent('dialog-closed', { bubbles: true, composed: true }));
  }

  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }
}
