// The counter at work: the current ticket, the actions (buttons, function keys, USB keypad), the
// waiting list, the series, today's figures and recent no-shows. One socket (ConnectionController)
// carries the snapshot, the deltas and this counter's waiting list; every action is a socket
// command whose answer is shown at once, refusals in words.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Locale } from '../../shared/domain/model.js';
import type { Params } from '../../shared/i18n/messages.js';
import { localized } from '../../shared/i18n/messages.js';
import type { ClientToServerEvents } from '../../shared/protocol/socket-events.js';
import type {
  Catalogue,
  CounterQueue,
  CounterView,
  OfficerToday,
  SeriesInfo,
  TicketView,
} from '../../shared/protocol/views.js';
import { api, ApiRequestError } from '../../shared/ui/api.js';
import { ConnectionController } from '../../shared/ui/connection.js';
import { I18nController, setLocale } from '../../shared/ui/locale.js';
import { base, reducedMotion, tokens } from '../../shared/ui/tokens.js';
import '../../shared/ui/help-call-notice.js';
import { type CounterText, counterMessages, pauseReasonKey } from '../i18n.js';
import { type CounterCommand, FUNCTION_KEYS, intentOf, matchTyped } from '../keymap.js';
import { Lookups } from '../lookups.js';
import type { UserInfo } from '../session.js';
import type { CommandEvent } from './action-bar.js';
import type { CounterDialog } from './counter-dialog.js';
import type { FinishEvent } from './finish-dialog.js';
import { alertIcon, checkIcon, infoIcon } from './icons.js';
import type { PauseEvent } from './pause-dialog.js';
import { controls } from './styles.js';
import type { TransferEvent } from './transfer-dialog.js';
import type { CallTicketEvent } from './waiting-list.js';
import './action-bar.js';
import { loadDialogs } from './dialogs.js';
import './current-ticket.js';
import './no-show-panel.js';
import './series-panel.js';
import './today-panel.js';
import './waiting-list.js';
import './workspace-header.js';

export const LOCALE_STORAGE = 'luot.counter.lang';

type Feedback = { kind: 'ok' | 'info' | 'error'; text: string };
/** After this long with the workspace up, the dialogs' code is fetched (ms). */
const DIALOGS_AFTER_MS = 300;

type ActionData = { ticket?: TicketView | null; counter?: CounterView | null };
type CounterEvent = Exclude<
  keyof ClientToServerEvents,
  'queue:sync' | 'ticket:take' | 'ticket:cancel' | 'counter:sign-in' | 'counter:sign-out' | 'counter:rate'
>;

@customElement('luot-counter-workspace')
export class CounterWorkspace extends LitElement {
  static override styles = [
    tokens,
    base,
    controls,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 100vh;
        background: var(--luot-surface);
      }
      main {
        flex: 1;
        min-height: 0;
        display: grid;
        grid-template-columns: 1fr 360px;
        grid-template-rows: auto auto auto minmax(0, 1fr);
        gap: 10px 12px;
        padding: 12px 16px;
      }
      luot-action-bar,
      .feedback-row {
        grid-column: 1 / 3;
      }
      .feedback-row {
        display: flex;
        gap: 12px;
        min-height: 44px;
      }
      .feedback {
        flex: 1;
        display: flex;
        align-items: center;
        gap: 10px;
        padding: 8px 14px;
        border-radius: 10px;
        font-weight: 500;
        font-size: 1.05rem;
        background: var(--luot-bg);
        border: 1px solid var(--luot-border);
      }
      .feedback.ok {
        border-color: var(--luot-calling);
        color: var(--luot-calling);
        background: var(--luot-calling-bg);
      }
      .feedback.error {
        border: 2px solid var(--luot-error);
        color: var(--luot-error);
        background: var(--luot-error-bg);
        font-weight: 700;
      }
      .feedback.fresh {
        animation: flash 0.5s ease-out;
      }
      @keyframes flash {
        from {
          transform: translateY(-3px);
          opacity: 0.3;
        }
      }
      .keypad {
        display: flex;
        align-items: center;
        gap: 10px;
        padding: 6px 14px;
        border-radius: 10px;
        background: var(--luot-primary);
        color: #fff;
        font-size: 1.2rem;
        font-weight: 700;
      }
      .keypad small {
        font-weight: 500;
        font-size: 0.85rem;
        opacity: 0.9;
      }
      .side {
        display: flex;
        flex-direction: column;
        gap: 10px;
        min-height: 0;
        overflow: auto;
      }
      .offline-banner.warn {
        background: var(--luot-accent);
      }
    `,
    reducedMotion,
  ];

  private readonly i18n = new I18nController(this, counterMessages);
  private readonly t = (key: CounterText, params?: Params) => this.i18n.t(key, params);

  @property() siteId = '';
  @property() counterId = '';
  @property() deviceKey: string | null = null;
  @property({ attribute: false }) user: UserInfo | null = null;

  @state() private queue: CounterQueue | null = null;
  /** The whole list, fetched when the call dialog opens. */
  @state() private fullList: TicketView[] | null = null;
  @state() private lookups: Lookups = new Lookups(null, []);
  @state() private series: SeriesInfo[] = [];
  @state() private today: OfficerToday | null = null;
  @state() private feedback: Feedback | null = null;
  @state() private feedbackSerial = 0;
  @state() private pending: CounterCommand | null = null;
  /** A command has been on its way for a noticeable time: say so. */
  @state() private slow = false;
  @state() private typedDigits = '';
  @state() private now = Date.now();

  @query('luot-finish-dialog') private finishDialog?: CounterDialog;
  @query('luot-transfer-dialog') private transferDialog?: CounterDialog;
  @query('luot-call-dialog') private callDialog?: CounterDialog;
  @query('luot-pause-dialog') private pauseDialog?: CounterDialog;
  @query('luot-keys-dialog') private keysDialog?: CounterDialog;

  private ticker: ReturnType<typeof setInterval> | null = null;
  private todayTimer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly queued = new Set<CounterCommand>();
  private lost = false;

  readonly conn = new ConnectionController(this, {
    auth: () => ({
      siteId: this.siteId,
      counterId: this.counterId,
      ...(this.deviceKey ? { key: this.deviceKey } : {}),
    }),
    setup: (socket) => {
      socket.on('counter:queue', (update) => {
        if (update.counterId !== this.counterId) return;
        // The head of the list, and its tickets and no-shows only when they changed.
        const { tickets, noShows, ...figures } = update;
        this.queue = {
          ...figures,
          tickets: tickets ?? this.queue?.tickets ?? [],
          noShows: noShows ?? this.queue?.noShows ?? [],
        };
      });
      socket.on('catalogue:changed', (catalogue) => {
        this.lookups = new Lookups(catalogue, this.series);
      });
    },
    onSnapshot: (snapshot) => {
      this.checkHolder(snapshot.counters.find((c) => c.id === this.counterId) ?? null);
      this.refreshToday();
    },
    onDelta: (name, delta) => {
      if (delta.counter?.id === this.counterId) this.checkHolder(delta.counter);
      const mine = delta.counterId === this.counterId;
      if (mine && (name === 'ticket:finished' || name === 'ticket:no-show' || name === 'ticket:rated')) {
        this.refreshToday();
      }
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    this.ticker = setInterval(() => {
      this.now = this.conn.now();
    }, 1000);
    void this.loadReferenceData();
    setTimeout(() => void loadDialogs(), DIALOGS_AFTER_MS);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKey);
    if (this.ticker) clearInterval(this.ticker);
    if (this.todayTimer) clearTimeout(this.todayTimer);
    super.disconnectedCallback();
  }

  override updated(): void {
    // An officer's session that ended (expired, disabled) sends them back to the sign-in form.
    if (this.user && !this.lost && this.conn.status === 'unauthorized') {
      this.lost = true;
      this.dispatchEvent(new CustomEvent('session-lost', { bubbles: true, composed: true }));
    }
  }

  private get counter(): CounterView | null {
    return this.conn.snapshot?.counters.find((c) => c.id === this.counterId) ?? null;
  }

  private get timeZone(): string {
    return this.conn.snapshot?.site.timeZone ?? 'Asia/Ho_Chi_Minh';
  }

  private async loadReferenceData(): Promise<void> {
    const site = encodeURIComponent(this.siteId);
    try {
      const [catalogue, series] = await Promise.all([
        api<Catalogue>(`/api/sites/${site}/catalogue`, { key: this.deviceKey }),
        api<SeriesInfo[]>(`/api/sites/${site}/series`, { key: this.deviceKey }),
      ]);
      this.series = series;
      this.lookups = new Lookups(catalogue, series);
    } catch (error) {
      this.say('error', this.i18n.error(error instanceof ApiRequestError ? error.code : 'network'));
    }
  }

  /** Today's figures, at most once every 2 s, and every minute anyway. */
  private refreshToday(): void {
    if (this.todayTimer) clearTimeout(this.todayTimer);
    this.todayTimer = setTimeout(() => {
      void api<OfficerToday>(`/api/sites/${encodeURIComponent(this.siteId)}/officers/me/today`, {
        key: this.deviceKey,
      })
        .then((today) => {
          this.today = today;
        })
        .catch(() => undefined)
        .finally(() => {
          this.todayTimer = setTimeout(() => this.refreshToday(), 60_000);
        });
    }, 300);
  }

  /** A signed-in officer who is no longer the counter's holder goes back to the counter choice. */
  private checkHolder(counter: CounterView | null): void {
    if (!this.user || this.lost || !counter) return;
    if (counter.officer?.id === this.user.id) return;
    this.lost = true;
    const message = counter.officer
      ? this.t('done.takenOver', { name: counter.officer.fullName })
      : this.t('done.signedOut');
    this.dispatchEvent(
      new CustomEvent('counter-lost', { detail: { message }, bubbles: true, composed: true }),
    );
  }

  private say(kind: Feedback['kind'], text: string): void {
    this.feedback = { kind, text };
    this.feedbackSerial += 1;
  }

  /** Opens a dialog once its code is there (fetched after the workspace is up). */
  private showDialog(dialog: () => CounterDialog | undefined): void {
    void loadDialogs().then(() => dialog()?.show());
  }

  private get openDialog(): CounterDialog | null {
    const all = [this.finishDialog, this.transferDialog, this.callDialog, this.pauseDialog, this.keysDialog];
    return all.find((d) => d?.isOpen) ?? null;
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (this.openDialog) {
      // Keep the browser's own F-key actions (help, reload…) away while a dialog is open.
      if (FUNCTION_KEYS[event.code]) event.preventDefault();
      return;
    }
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const intent = intentOf(event, this.typedDigits);
    if (intent.kind === 'none') return;
    event.preventDefault();
    if (event.repeat) return;
    switch (intent.kind) {
      case 'digit':
        this.typedDigits += intent.digit;
        return;
      case 'clear-digits':
        this.typedDigits = '';
        return;
      case 'call-typed': {
        const typed = this.typedDigits;
        this.typedDigits = '';
        void this.callTyped(typed);
        return;
      }
      case 'command':
        this.command(intent.command);
    }
  };

  private onCommand(event: CommandEvent): void {
    this.command(event.detail.command);
  }

  private command(command: CounterCommand): void {
    const counter = this.counter;
    const current = counter?.current ?? null;
    switch (command) {
      case 'call-next':
        this.act(command, 'counter:call-next', {}, (d) =>
          d.ticket
            ? { kind: 'ok', text: this.t('done.called', { number: d.ticket.displayNumber }) }
            : { kind: 'info', text: this.t('done.nobody') },
        );
        break;
      case 'recall':
        this.act(command, 'counter:recall', {}, (d) => this.ok('done.recalled', d));
        break;
      case 'start':
        this.act(command, 'counter:start', {}, (d) => this.ok('done.started', d));
        break;
      case 'finish':
        if (current) this.showDialog(() => this.finishDialog);
        else this.say('error', this.i18n.error('counter_has_no_ticket'));
        break;
      case 'withdraw':
        this.act(command, 'counter:withdraw-call', {}, (d) => this.ok('done.withdrawn', d));
        break;
      case 'no-show':
        this.act(command, 'counter:no-show', {}, (d) => this.ok('done.noShow', d));
        break;
      case 'transfer':
        if (current) this.showDialog(() => this.transferDialog);
        else this.say('error', this.t('transfer.nothing'));
        break;
      case 'call-number':
        void this.wholeList().then((list) => {
          this.fullList = list;
          this.showDialog(() => this.callDialog);
        });
        break;
      case 'pause-toggle':
        if (counter?.paused) {
          this.act(command, 'counter:resume', {}, () => ({ kind: 'ok', text: this.t('done.resumed') }));
        } else {
          this.showDialog(() => this.pauseDialog);
        }
        break;
    }
  }

  private ok(key: CounterText, data: ActionData): Feedback {
    return { kind: 'ok', text: this.t(key, { number: data.ticket?.displayNumber ?? '' }) };
  }

  /**
   * Sends a command and shows its answer. Commands run one after another; pressing the same key
   * again while it is still on its way does nothing (no double calls).
   */
  private act(
    command: CounterCommand,
    event: CounterEvent,
    payload: Record<string, unknown>,
    success: (data: ActionData) => Feedback,
  ): void {
    if (this.queued.has(command)) return;
    this.queued.add(command);
    this.chain = this.chain.then(async () => {
      this.pending = command;
      const slowTimer = setTimeout(() => {
        this.slow = true;
      }, 250);
      try {
        if (this.conn.status !== 'online') {
          this.say('error', this.i18n.error('network'));
          return;
        }
        const result = await this.conn.command(event, {
          counterId: this.counterId,
          ...payload,
        } as Parameters<ClientToServerEvents[typeof event]>[0]);
        if (result.ok) {
          const feedback = success((result.data ?? {}) as ActionData);
          this.say(feedback.kind, feedback.text);
        } else {
          const code = result.error.message === 'timeout' ? 'timeout' : result.error.code;
          this.say('error', `${this.t('refused')}: ${this.i18n.error(code)}`);
        }
      } finally {
        clearTimeout(slowTimer);
        this.slow = false;
        this.queued.delete(command);
        this.pending = null;
      }
    });
  }

  /** A typed number: looked up in the head first, in the whole list when it is not there. */
  private async callTyped(typed: string): Promise<void> {
    const ticket = matchTyped(typed, this.queue?.tickets ?? []) ?? matchTyped(typed, await this.wholeList());
    if (ticket) this.callTicket(ticket);
    else this.say('error', this.t('call.notFound', { number: typed }));
  }

  /** The whole waiting list (the socket carries only its head), or the head when that is all. */
  private async wholeList(): Promise<TicketView[]> {
    const head = this.queue?.tickets ?? [];
    if ((this.queue?.total ?? 0) <= head.length) return head;
    const result = await this.conn.command('counter:queue-full', { counterId: this.counterId });
    return result.ok ? (result.data as CounterQueue).tickets : head;
  }

  private callTicket(ticket: TicketView): void {
    this.act('call-number', 'counter:call', { ticketId: ticket.id }, (d) => this.ok('done.called', d));
  }

  private onFinish(event: FinishEvent): void {
    const { handledProcedureId, note, dossierCode, outcome } = event.detail;
    this.act(
      'finish',
      'counter:finish',
      {
        ...(handledProcedureId ? { handledProcedureId } : {}),
        ...(note ? { note } : {}),
        ...(dossierCode ? { dossierCode } : {}),
        ...(outcome ? { outcome } : {}),
      },
      (d) => this.ok('done.finished', d),
    );
  }

  private onTransfer(event: TransferEvent): void {
    const { toSeriesId, toCounterId, label, placement, note } = event.detail;
    const target = toCounterId ? { toCounterId } : { toSeriesId };
    const payload = { ...target, ...(placement !== 'keep' ? { placement } : {}), ...(note ? { note } : {}) };
    this.act('transfer', 'counter:transfer', payload, (d) => ({
      kind: 'ok',
      text: this.t('done.transferred', { number: d.ticket?.displayNumber ?? '', target: label }),
    }));
  }

  private onPause(event: PauseEvent): void {
    const { reason, note } = event.detail;
    this.act('pause-toggle', 'counter:pause', { reason, ...(note ? { note } : {}) }, () => ({
      kind: 'ok',
      text: this.t('done.paused', { reason: this.t(pauseReasonKey(reason)) }),
    }));
  }

  private onReactivate(event: CustomEvent<{ ticket: TicketView }>): void {
    const { ticket } = event.detail;
    this.act('call-number', 'counter:reactivate', { ticketId: ticket.id }, () => ({
      kind: 'ok',
      text: this.t('done.reactivated', { number: ticket.displayNumber }),
    }));
  }

  private changeLocale(event: CustomEvent<Locale>): void {
    setLocale(event.detail, LOCALE_STORAGE);
  }

  private renderFeedback() {
    const f = this.feedback;
    const icon = f?.kind === 'error' ? alertIcon(22) : f?.kind === 'ok' ? checkIcon(22) : infoIcon(22);
    return html`
      <div class="feedback-row">
        <div
          class="feedback ${f?.kind ?? ''} ${this.feedbackSerial % 2 ? 'fresh' : ''}"
          role=${f?.kind === 'error' ? 'alert' : 'status'}
          data-testid="feedback"
          data-kind=${f?.kind ?? ''}
        >
          ${
            this.slow
              ? html`${infoIcon(22)} ${this.t('action.pending')}`
              : f
                ? html`${icon} ${f.text}`
                : html`<span class="muted">${this.t('feedback.hint')}</span>`
          }
        </div>
        ${
          this.counter?.current?.status === 'called'
            ? html`<button class="btn quiet withdraw" type="button" data-testid="withdraw-call" @click=${() => this.command('withdraw')}>
                ${this.t('action.withdraw')}
              </button>`
            : nothing
        }
        ${
          this.typedDigits
            ? html`<div class="keypad" data-testid="keypad-buffer">
                ${this.t('keypad.buffer', { digits: this.typedDigits })} <small>${this.t('keypad.hint')}</small>
              </div>`
            : nothing
        }
      </div>
    `;
  }

  private renderBanner() {
    const status = this.conn.status;
    if (status === 'online') return nothing;
    if (status === 'connecting' && !this.conn.snapshot) {
      return html`<div class="offline-banner warn" role="status">${this.t('conn.connecting')}</div>`;
    }
    return html`<div class="offline-banner" role="alert" data-testid="offline-banner">
      ${status === 'unauthorized' ? this.t('conn.unauthorized') : this.t('conn.offline')}
    </div>`;
  }

  override render() {
    const counter = this.counter;
    const locale = this.i18n.locale;
    const snapshot = this.conn.snapshot;
    const current = counter?.current ?? null;
    return html`
      <luot-workspace-header
        .counterName=${counter ? localized(counter.name, locale) : this.t('common.loading')}
        .officerName=${this.user?.fullName ?? ''}
        .status=${this.conn.status}
        .deviceMode=${!this.user}
        @change-locale=${this.changeLocale}
        @show-keys=${() => this.showDialog(() => this.keysDialog)}
      ></luot-workspace-header>
      ${this.renderBanner()}
      <luot-help-call-notice
        .siteId=${this.siteId}
        .deviceKey=${this.deviceKey}
        .locale=${locale}
        .timeZone=${this.timeZone}
      ></luot-help-call-notice>
      <main
        @counter-command=${this.onCommand}
        @call-ticket=${(e: CallTicketEvent) => this.callTicket(e.detail.ticket)}
        @reactivate=${this.onReactivate}
      >
        <luot-current-ticket
          .counter=${counter}
          .lookups=${this.lookups}
          .now=${this.now}
          .timeZone=${this.timeZone}
        ></luot-current-ticket>
        <luot-series-panel
          .seriesIds=${counter?.seriesIds ?? []}
          .waiting=${snapshot?.waiting ?? null}
          .lookups=${this.lookups}
          .now=${this.now}
        ></luot-series-panel>
        <luot-action-bar
          .ticket=${current?.status === 'called' || current?.status === 'serving' ? current.status : null}
          .paused=${Boolean(counter?.paused)}
          .pending=${this.pending}
        ></luot-action-bar>
        ${this.renderFeedback()}
        <luot-waiting-list
          .tickets=${this.queue?.tickets ?? []}
          .total=${this.queue?.total ?? 0}
          .lookups=${this.lookups}
          .counterId=${this.counterId}
          .now=${this.now}
        ></luot-waiting-list>
        <div class="side">
          <luot-today-panel .figures=${this.today}></luot-today-panel>
          <luot-no-show-panel .tickets=${this.queue?.noShows ?? []} .timeZone=${this.timeZone}></luot-no-show-panel>
        </div>
      </main>
      <luot-finish-dialog
        .ticket=${current}
        .lookups=${this.lookups}
        .preferredSeries=${counter?.seriesIds ?? []}
        @finish-ticket=${this.onFinish}
      ></luot-finish-dialog>
      <luot-transfer-dialog
        .ticket=${current}
        .series=${this.series}
        .counters=${snapshot?.counters ?? []}
        .counterId=${this.counterId}
        .waiting=${snapshot?.waiting ?? null}
        @transfer-ticket=${this.onTransfer}
      ></luot-transfer-dialog>
      <luot-call-dialog .tickets=${this.fullList ?? this.queue?.tickets ?? []} @call-ticket=${(e: CallTicketEvent) => this.callTicket(e.detail.ticket)}></luot-call-dialog>
      <luot-pause-dialog @pause-counter=${this.onPause}></luot-pause-dialog>
      <luot-keys-dialog></luot-keys-dialog>
    `;
  }
}
