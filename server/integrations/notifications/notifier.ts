// Messages to citizens who asked for them: turn near, called to a counter, thanks + rate us (with
// the dossier code and its lookup link) — each from a durable outbound event, sent through the
// site's adapter, at most a few tries. Sending runs off the command path, one site queue at a
// time, bounded. The phone number is used only to send, never logged.
import type { NotificationKind } from '../../../shared/protocol/integration-schemas.js';
import { localized } from '../../../shared/i18n/messages.js';
import type { SiteHub } from '../../hub/site-hub.js';
import type { Logger } from '../../services/ports.js';
import type { OutboundEvent } from '../outbound-events.js';
import type { CitizenMessage, NotificationAdapter } from './adapter.js';
import type { PhoneBook } from './phone-book.js';
import { renderTemplate } from './templates.js';
import type { GatewayConfig } from '../../../shared/protocol/integration-schemas.js';

const KIND_OF: Partial<Record<OutboundEvent['type'], NotificationKind>> = {
  'ticket.turn-near': 'turn-near',
  'ticket.called': 'called',
  'ticket.finished': 'rate-us',
};

export const MAX_QUEUED = 1000;
const TRIES = 3;

export interface NotifierDeps {
  hub: SiteHub;
  phones: PhoneBook;
  gateway: () => GatewayConfig | null;
  adapterFor: (gateway: GatewayConfig) => NotificationAdapter;
  statusUrl: (token: string) => string;
  dossierLink: (code: string) => string | null;
  logger: Logger;
  retryMs: number;
}

export class Notifier {
  private queue: CitizenMessage[] = [];
  private busy = false;
  /** Messages the adapter took, refused, or gave up on (for tests and the monitor). */
  readonly stats = { sent: 0, failed: 0, dropped: 0 };

  constructor(private readonly deps: NotifierDeps) {}

  /** From the site feed: durable outbound events. */
  onEvents(events: readonly OutboundEvent[]): void {
    const gateway = this.deps.gateway();
    if (!gateway) return;
    for (const event of events) {
      const message = this.messageFor(gateway, event);
      if (!message) continue;
      if (this.queue.length >= MAX_QUEUED) {
        this.queue.shift();
        this.stats.dropped += 1;
      }
      this.queue.push(message);
    }
    void this.run();
  }

  private messageFor(gateway: GatewayConfig, event: OutboundEvent): CitizenMessage | null {
    const kind = KIND_OF[event.type];
    const ticketId = typeof event.data.ticketId === 'string' ? event.data.ticketId : null;
    if (!kind || !ticketId || event.data.recall === true) return null;
    const entry = this.deps.phones.get(event.siteId, event.day, ticketId);
    if (!entry) return null;
    const hub = this.deps.hub;
    const ticket = hub.state.tickets.get(ticketId);
    const code = typeof event.data.dossierCode === 'string' ? event.data.dossierCode : '';
    const variables: Record<string, string> = {
      number: String(event.data.displayNumber ?? ''),
      counter: event.data.counterNumber == null ? '' : String(event.data.counterNumber),
      ahead: event.data.ahead == null ? '' : String(event.data.ahead),
      centre: localized(hub.config.site.name, entry.locale),
      code,
      link: (code && this.deps.dossierLink(code)) || (ticket ? this.deps.statusUrl(ticket.statusToken) : ''),
    };
    const template = gateway.templates[kind];
    return {
      phone: entry.phone,
      kind,
      locale: entry.locale,
      templateId: template.templateId ?? null,
      variables,
      text: renderTemplate(template.text, entry.locale, variables),
      trackingId: `${event.siteId}:${event.day}:${ticketId}:${kind}`,
    };
  }

  private async run(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (let message = this.queue.shift(); message; message = this.queue.shift()) {
        await this.sendWithRetry(message);
      }
    } finally {
      this.busy = false;
    }
  }

  private async sendWithRetry(message: CitizenMessage): Promise<void> {
    const gateway = this.deps.gateway();
    if (!gateway) return;
    const adapter = this.deps.adapterFor(gateway);
    for (let attempt = 1; attempt <= TRIES; attempt++) {
      const result = await adapter.send(message);
      if (result.ok) {
        this.stats.sent += 1;
        return;
      }
      // The number stays out of the log: the tracking id names the ticket.
      this.deps.logger.warn(
        { trackingId: message.trackingId, kind: message.kind, attempt, err: result.error },
        'citizen message not sent',
      );
      if (!result.retry) break;
      if (attempt < TRIES) await new Promise((r) => setTimeout(r, this.deps.retryMs * attempt).unref());
    }
    this.stats.failed += 1;
  }
}
