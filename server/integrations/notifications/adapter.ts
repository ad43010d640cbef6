// The port for messages to citizens. An adapter gets one message (who, which template, the
// variables already filled in, the rendered text) and says whether the provider took it. A centre
// plugs its provider in by configuring the HTTP gateway adapter, or by writing another adapter.
import type { Locale } from '../../../shared/domain/model.js';
import type { NotificationKind } from '../../../shared/protocol/integration-schemas.js';

export interface CitizenMessage {
  /** 84xxxxxxxxx. Never logged. */
  phone: string;
  kind: NotificationKind;
  locale: Locale;
  /** The provider's template id, when it has one (Zalo ZNS, brand-name SMS templates). */
  templateId: string | null;
  /** Template variables: number, counter, ahead, centre, code, link (strings). */
  variables: Record<string, string>;
  /** The text with the variables filled in (plain SMS). */
  text: string;
  /** Stable per ticket and kind: providers that deduplicate use it. */
  trackingId: string;
}

export type SendResult = { ok: true } | { ok: false; error: string; retry: boolean };

export interface NotificationAdapter {
  send(message: CitizenMessage): Promise<SendResult>;
}
