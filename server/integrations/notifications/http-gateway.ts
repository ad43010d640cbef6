// The notification adapter that posts to an HTTP gateway, in one of two common shapes:
//   zalo-zns  {phone, template_id, template_data: {...variables}, tracking_id}   (Zalo ZNS)
//   sms-json  {to, text, sender, tracking_id}                                     (SMS gateways)
// with the centre's static headers (its access token or API key). 2xx = taken; 4xx other than
// 408/429 = refused for good (not retried); anything else may be retried.
import type { GatewayConfig } from '../../../shared/protocol/integration-schemas.js';
import { postJson } from '../http-post.js';
import type { UrlPolicy } from '../url-policy.js';
import type { CitizenMessage, NotificationAdapter, SendResult } from './adapter.js';

export class HttpGatewayAdapter implements NotificationAdapter {
  constructor(
    private readonly gateway: GatewayConfig,
    private readonly policy: UrlPolicy,
    private readonly timeoutMs = 10_000,
  ) {}

  bodyOf(message: CitizenMessage): Record<string, unknown> {
    if (this.gateway.format === 'zalo-zns') {
      return {
        phone: message.phone,
        template_id: message.templateId,
        template_data: message.variables,
        tracking_id: message.trackingId,
      };
    }
    return {
      to: message.phone,
      text: message.text,
      ...(this.gateway.sender ? { sender: this.gateway.sender } : {}),
      tracking_id: message.trackingId,
    };
  }

  async send(message: CitizenMessage): Promise<SendResult> {
    try {
      const res = await postJson(
        this.policy,
        this.gateway.url,
        JSON.stringify(this.bodyOf(message)),
        { ...this.gateway.headers },
        this.timeoutMs,
      );
      if (res.status >= 200 && res.status < 300) return { ok: true };
      const retry = res.status >= 500 || res.status === 408 || res.status === 429;
      return { ok: false, error: `HTTP ${res.status}`, retry };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error), retry: true };
    }
  }
}
