// Thiết bị: kiosks, hall displays, counter PCs and integrations of the centre. Create a device (a
// display for the hall, one zone or one counter), pair it by a one-time short code (or its link,
// shown once), see who is connected and when each was last seen, set a kiosk's printer, revoke.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { DeviceView } from '../../shared/protocol/admin-views.js';
import { api, sitePath } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { AdminElement } from '../ui/admin-page.js';
import { select, textInput } from '../ui/form.js';
import { setupMessages, type SetupKey } from '../setup-i18n.js';
import { loc, siteDateTime } from '../ui/text.js';
import { DEVICE_PATHS } from './pairing-card.js';

type Board = 'hall' | 'zone' | 'counter';

interface Pairing {
  name: string;
  kind: Kind;
  key: string;
  deviceId: string;
  path: string;
}

type Kind = DeviceView['kind'];
const KINDS: Kind[] = ['kiosk', 'display', 'counter', 'integration'];

interface PrinterStates {
  configured: boolean;
  kiosks: { deviceId: string; state: string | null }[];
}

@customElement('luot-devices-page')
export class DevicesPage extends AdminElement {
  @state() private devices: DeviceView[] = [];
  @state() private creating = false;
  @state() private kind: Kind = 'display';
  @state() private name = '';
  @state() private counterId = '';
  @state() private paired: Pairing | null = null;
  @state() private board: Board = 'hall';
  @state() private zone = '';
  @state() private boardCounterId = '';
  @state() private showRevoked = false;
  @state() private printerEdit: { id: string; value: string } | null = null;
  @state() private printers: PrinterStates | null = null;
  private loadedFor = '';
  /** The list refreshes by itself so "connected / last seen" stays current. */
  private refresh: ReturnType<typeof setInterval> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.refresh = setInterval(() => {
      if (this.env && !this.creating && !this.printerEdit) void this.load();
    }, 15_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.refresh) clearInterval(this.refresh);
  }

  protected override updated(): void {
    if (this.env && this.loadedFor !== this.env.siteId) {
      this.loadedFor = this.env.siteId;
      this.paired = null;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const siteId = this.e.siteId;
    const devices = await this.run(() => api<DeviceView[]>(sitePath(siteId, '/devices')));
    if (devices) this.devices = devices;
    this.printers = await api<PrinterStates>(sitePath(siteId, '/printers')).catch(() => null);
  }

  private async create(): Promise<void> {
    const env = this.e;
    const body: Record<string, string> = { kind: this.kind, name: this.name.trim() };
    if (this.kind === 'counter') body.counterId = this.counterId;
    if (this.kind === 'display' && this.board === 'zone' && this.zone) body.zone = this.zone;
    if (this.kind === 'display' && this.board === 'counter' && this.boardCounterId) {
      body.counterId = this.boardCounterId;
    }
    const created = await this.run(() =>
      api<{ key: string; device: DeviceView }>(sitePath(env.siteId, '/devices'), { body }),
    );
    if (!created) return;
    this.paired = this.pairingOf(created.device, created.key);
    this.creating = false;
    this.name = '';
    await this.load();
  }

  private pairingOf(d: DeviceView, key: string): Pairing {
    return { name: d.name, kind: d.kind, key, deviceId: d.id, path: this.pathOf(d) };
  }

  /** The page the device opens, with a display's board (?counter=2, ?zone=A). */
  private pathOf(d: DeviceView): string {
    const base = DEVICE_PATHS[d.kind] ?? '';
    if (d.kind !== 'display') return base;
    const counter = this.env?.site?.config.counters.find((c) => c.id === d.counterId);
    if (counter) return `${base}?counter=${counter.number}`;
    return d.zone ? `${base}?zone=${encodeURIComponent(d.zone)}` : base;
  }

  private s(key: SetupKey, params?: Record<string, string>): string {
    return setupMessages.t(this.locale, key, params);
  }

  private renderBoard(
    counters: { id: string; number: number; zone: string; name: Parameters<typeof loc>[0] }[],
  ) {
    const zones = [...new Set(counters.map((c) => c.zone).filter(Boolean))].sort();
    return html`${select<Board>({
      label: this.s('pair.board'),
      testid: 'device-board',
      value: this.board,
      options: (['hall', 'zone', 'counter'] as const).map((b) => ({
        value: b,
        label: this.s(`pair.board.${b}`),
      })),
      onChange: (v) => {
        this.board = v;
        if (v === 'zone' && !this.zone) this.zone = zones[0] ?? '';
        if (v === 'counter' && !this.boardCounterId) this.boardCounterId = counters[0]?.id ?? '';
      },
    })}
    ${
      this.board === 'zone'
        ? select({
            label: this.s('pair.zone'),
            testid: 'device-zone',
            value: this.zone,
            options: zones.map((z) => ({ value: z, label: z })),
            onChange: (v) => (this.zone = v),
          })
        : nothing
    }
    ${
      this.board === 'counter'
        ? select({
            label: this.t('devices.counter'),
            testid: 'device-board-counter',
            value: this.boardCounterId,
            options: counters.map((c) => ({
              value: c.id,
              label: `${c.number} – ${loc(c.name, this.locale)}`,
            })),
            onChange: (v) => (this.boardCounterId = v),
          })
        : nothing
    }`;
  }

  private renderPresence(d: DeviceView, tz: string) {
    if (d.revokedAt !== null) return nothing;
    if (d.online)
      return html`<span class="tag ok" data-testid=${`presence-${d.id}`}>● ${this.s('presence.online')}</span>`;
    const last = d.lastSeenAt ? this.s('presence.lastSeen', { at: siteDateTime(d.lastSeenAt, tz) }) : '';
    return html`<span class="tag ${d.lastSeenAt ? 'warn' : ''}" data-testid=${`presence-${d.id}`}
        >○ ${d.lastSeenAt ? this.s('presence.offline') : this.s('presence.never')}</span
      >
      ${last ? html`<br /><span class="muted">${last}</span>` : nothing}`;
  }

  private async revoke(d: DeviceView): Promise<void> {
    if (!confirm(this.t('devices.revokeConfirm', { name: d.name }))) return;
    await this.run(
      () => api(sitePath(this.e.siteId, `/devices/${d.id}/revoke`), { body: {} }),
      this.t('common.saved'),
    );
    await this.load();
  }

  private async savePrinter(): Promise<void> {
    const edit = this.printerEdit;
    if (!edit) return;
    const ok = await this.run(
      () =>
        api(sitePath(this.e.siteId, `/devices/${edit.id}/printer`), {
          method: 'PUT',
          body: { printer: edit.value.trim() || null },
        }),
      this.t('common.saved'),
    );
    if (ok) {
      this.printerEdit = null;
      await this.load();
    }
  }

  private async testPrint(d: DeviceView): Promise<void> {
    await this.run(
      () => api(sitePath(this.e.siteId, '/printers/test'), { body: { deviceId: d.id } }),
      this.t('devices.testPrinted'),
    );
    await this.load();
  }

  private renderCreate(env: AdminEnv) {
    const t = this.t;
    const counters = env.site?.config.counters.filter((c) => !c.retired) ?? [];
    return html`<section class="panel">
      <div class="grid">
        ${select<Kind>({
          label: t('devices.kind'),
          testid: 'device-kind',
          value: this.kind,
          options: KINDS.map((k) => ({ value: k, label: t(`devices.kind.${k}` as AdminKey) })),
          onChange: (v) => {
            this.kind = v;
            if (v === 'counter' && !this.counterId) this.counterId = counters[0]?.id ?? '';
          },
        })}
        ${textInput({ label: t('devices.name'), testid: 'device-name', required: true, value: this.name, maxLength: 120, onInput: (v) => (this.name = v) })}
        ${
          this.kind === 'counter'
            ? select({
                label: t('devices.counter'),
                testid: 'device-counter',
                value: this.counterId,
                options: counters.map((c) => ({
                  value: c.id,
                  label: `${c.number} – ${loc(c.name, this.locale)}`,
                })),
                onChange: (v) => (this.counterId = v),
              })
            : nothing
        }
        ${this.kind === 'display' ? this.renderBoard(counters) : nothing}
      </div>
      ${this.renderProblems()}
      <div class="toolbar">
        <button class="primary" data-testid="device-create" ?disabled=${this.busy || !this.name.trim()} @click=${() => void this.create()}>
          ${t('devices.create')}
        </button>
        <button @click=${() => (this.creating = false)}>${t('common.cancel')}</button>
      </div>
    </section>`;
  }

  private renderPrinter(d: DeviceView) {
    const t = this.t;
    if (d.kind !== 'kiosk' || d.revokedAt !== null) return nothing;
    if (this.printerEdit?.id === d.id) {
      const edit = this.printerEdit;
      return html`<div class="toolbar">
        <input
          data-testid=${`printer-input-${d.id}`}
          aria-label=${t('devices.printer')}
          placeholder="tcp://192.168.1.50:9100"
          title=${t('devices.printerHint')}
          .value=${edit.value}
          @input=${(e: Event) => (this.printerEdit = { id: d.id, value: (e.target as HTMLInputElement).value })}
        />
        <button class="small primary" data-testid=${`printer-save-${d.id}`} @click=${() => void this.savePrinter()}>${t('common.save')}</button>
        <button class="small" @click=${() => (this.printerEdit = null)}>${t('common.cancel')}</button>
      </div>`;
    }
    const state = this.printers?.kiosks.find((k) => k.deviceId === d.id)?.state;
    return html`${d.printer ? html`<span class="code">${d.printer}</span>` : t('devices.printerDefault')}
      ${state ? html`<span class="tag ${state === 'ready' ? 'ok' : 'warn'}">${state}</span>` : nothing}
      <button class="small" data-testid=${`printer-edit-${d.id}`} @click=${() => (this.printerEdit = { id: d.id, value: d.printer ?? '' })}>
        ${t('common.edit')}
      </button>
      ${
        this.printers?.configured
          ? html`<button class="small" data-testid=${`printer-test-${d.id}`} @click=${() => void this.testPrint(d)}>${t('devices.testPrint')}</button>`
          : nothing
      }`;
  }

  protected override renderPage(env: AdminEnv) {
    const t = this.t;
    const tz = env.site?.config.site.timeZone ?? 'Asia/Ho_Chi_Minh';
    const counterNumber = (id: string | null) => env.site?.config.counters.find((c) => c.id === id)?.number;
    const rows = this.devices.filter((d) => this.showRevoked || d.revokedAt === null);
    return html`
      <h1>${t('nav.devices')}</h1>
      ${
        this.paired
          ? html`<luot-pairing-card
            .env=${env}
            .name=${this.paired.name}
            .kind=${this.paired.kind}
            .key=${this.paired.key}
            .path=${this.paired.path}
            .deviceId=${this.paired.deviceId}
            @done=${() => (this.paired = null)}
          ></luot-pairing-card>`
          : nothing
      }
      <div class="toolbar">
        <label class="check">
          <input type="checkbox" .checked=${this.showRevoked} @change=${(e: Event) => (this.showRevoked = (e.target as HTMLInputElement).checked)} />
          ${t('devices.showRevoked')}
        </label>
        <span class="grow"></span>
        <button class="primary" data-testid="device-new" @click=${() => (this.creating = true)}>+ ${t('common.new')}</button>
      </div>
      ${this.creating ? this.renderCreate(env) : this.renderProblems()}
      <table data-testid="device-table">
        <thead>
          <tr>
            <th>${t('devices.name')}</th>
            <th>${t('devices.kind')}</th>
            <th>${t('devices.counter')}</th>
            <th>${t('devices.printer')}</th>
            <th>${t('devices.created')}</th>
            <th>${t('staff.status')}</th>
            <th>${this.s('presence.title')}</th>
            <th>${t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (d) => html`<tr class=${d.revokedAt ? 'retired' : ''} data-testid=${`device-row-${d.id}`}>
              <td>${d.name}</td>
              <td>${t(`devices.kind.${d.kind}` as AdminKey)}</td>
              <td class="num">${d.counterId ? (counterNumber(d.counterId) ?? d.counterId) : (d.zone ?? '')}</td>
              <td>${this.renderPrinter(d)}</td>
              <td>${siteDateTime(d.createdAt, tz)}</td>
              <td>${d.revokedAt ? html`<span class="tag bad">⊘ ${t('devices.revoked')}</span>` : html`<span class="tag ok">✓ ${t('devices.active')}</span>`}</td>
              <td>${this.renderPresence(d, tz)}</td>
              <td>
                ${
                  d.revokedAt || !DEVICE_PATHS[d.kind]
                    ? nothing
                    : html`<button class="small" data-testid=${`device-pair-${d.id}`} @click=${() => (this.paired = this.pairingOf(d, ''))}>
                      ${this.s('pair.newCode')}
                    </button>`
                }
                ${
                  d.revokedAt
                    ? nothing
                    : html`<button class="small danger" data-testid=${`device-revoke-${d.id}`} @click=${() => void this.revoke(d)}>${t('devices.revoke')}</button>`
                }
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    `;
  }
}
