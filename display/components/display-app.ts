// The wall display: owns the connection (reconnect forever, snapshot on every reconnect and on
// any seq gap), the voice and the mode (hall board, zone board, counter board). It never shows
// numbers as current while out of step with the server: a red band says so and the board dims.
// The hall board shows the figures slide between calls (state/figures-cycle.ts).
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { PublicFigures } from '../../shared/protocol/report-views.js';
import type { DeltaEventName } from '../../shared/protocol/socket-events.js';
import type { Catalogue, CounterView, QueueDelta, QueueSnapshot } from '../../shared/protocol/views.js';
import { api } from '../../shared/ui/api.js';
import { ConnectionController, type LuotSocket } from '../../shared/ui/connection.js';
import { deviceKey, isPaired } from '../../shared/ui/device-auth.js';
import { I18nController } from '../../shared/ui/locale.js';
import { displayMessages } from '../i18n.js';
import { hallBoard, visibleCalls, visibleCounters } from '../state/board-model.js';
import { parseBoardOptions } from '../state/board-options.js';
import { figuresVisible, nextFiguresChange, parseFiguresOptions } from '../state/figures-cycle.js';
import { highlightRemainingMs } from '../state/highlight.js';
import { installVoiceHook } from '../voice/test-hook.js';
import { VoiceBridge } from '../voice/voice-bridge.js';
import type { HallLabels } from './hall-board.js';
import './counter-board.js';
import './hall-board.js';
import './sound-prompt.js';
import './status-banner.js';

/** How often the figures slide's numbers are fetched again. */
const FIGURES_REFRESH_MS = 5 * 60_000;

/** Longest wait between two reconnection attempts: a restarted server is seen within ~2 s. */
const RECONNECT_DELAY_MAX_MS = 1500;

const PAUSE_KEYS = {
  meeting: 'pause.meeting',
  lunch: 'pause.lunch',
  support: 'pause.support',
  other: 'pause.other',
} as const;

@customElement('luot-display-app')
export class DisplayApp extends LitElement {
  private readonly options = parseBoardOptions(location.search);
  private readonly figuresOptions = parseFiguresOptions(location.search);
  @state() private figures: PublicFigures | null = null;
  private figuresFetchedAt = 0;
  /** The figures cycle restarts at load and at every call. */
  private figuresCycleStart = Date.now();
  private figuresTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly key = deviceKey();
  private readonly i18n = new I18nController(this, displayMessages);
  private readonly voice = new VoiceBridge(() => this.requestUpdate(), this.options.pack);
  private readonly conn = new ConnectionController(this, {
    auth: () => ({ key: this.key ?? '' }),
    onSnapshot: (snapshot) => this.onSnapshot(snapshot),
    onDelta: (name, delta, snapshot) => this.onDelta(name, delta, snapshot),
    setup: (socket) => this.setupSocket(socket),
  });
  /** A snapshot arrived since the last (re)connect: what is shown is current. */
  @state() private fresh = false;
  @state() private catalogue: Catalogue | null = null;
  private loadingCatalogue = false;
  private highlightMs = 0;
  /** Snapshots taken since the page loaded (diagnosis and tests). */
  snapshots = 0;
  /** Any tap or key on the screen also lets the browser play sound. */
  private readonly onAnyGesture = (): void => {
    if (this.voice.needsUnlock) void this.voice.unlock();
  };
  private highlightTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    if (this.options.voice) installVoiceHook(this.voice);
  }

  // Light DOM root: the board components have their own shadow roots.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pointerdown', this.onAnyGesture);
    window.addEventListener('keydown', this.onAnyGesture);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pointerdown', this.onAnyGesture);
    window.removeEventListener('keydown', this.onAnyGesture);
    clearTimeout(this.highlightTimer);
    clearTimeout(this.figuresTimer);
    this.voice.dispose();
  }

  private setupSocket(socket: LuotSocket): void {
    socket.io.reconnectionDelayMax(RECONNECT_DELAY_MAX_MS);
    socket.on('disconnect', (reason) => {
      this.fresh = false;
      // A server that closes the socket itself is not retried by Socket.IO: retry anyway.
      if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 1000);
    });
    socket.on('queue:reset', () => this.voice.onReset());
    socket.on('catalogue:changed', (catalogue) => {
      this.catalogue = catalogue;
    });
  }

  private shownCounters(snapshot: QueueSnapshot): CounterView[] {
    return visibleCounters(snapshot.counters, this.options.mode);
  }

  private onSnapshot(snapshot: QueueSnapshot): void {
    this.fresh = true;
    this.snapshots += 1;
    if (this.options.voice)
      this.voice.onSnapshot(snapshot, visibleCalls(snapshot.recentCalls, this.shownCounters(snapshot)));
    void this.loadCatalogue(snapshot.siteId);
    void this.loadFigures(snapshot.siteId);
  }

  private async loadFigures(siteId: string): Promise<void> {
    const mode = this.options.mode;
    if (!this.figuresOptions.enabled || mode.kind !== 'hall' || mode.zones.length > 0) return;
    if (Date.now() - this.figuresFetchedAt < FIGURES_REFRESH_MS && this.figuresFetchedAt > 0) return;
    this.figuresFetchedAt = Date.now();
    try {
      this.figures = await api<PublicFigures>(`/api/sites/${encodeURIComponent(siteId)}/public-figures`, {
        key: this.key,
      });
    } catch {
      // No slide until the next try: the board itself is unaffected.
      this.figuresFetchedAt = 0;
    }
  }

  private onDelta(name: DeltaEventName, delta: QueueDelta, snapshot: QueueSnapshot): void {
    if (name === 'ticket:called') this.figuresCycleStart = Date.now();
    if (!this.options.voice) return;
    const call = delta.call;
    if (name === 'ticket:called' && call && this.shownCounters(snapshot).some((c) => c.id === call.counterId))
      this.voice.onCall(call);
    this.voice.onSeq(delta.seq);
  }

  private async loadCatalogue(siteId: string): Promise<void> {
    if (this.catalogue !== null || this.loadingCatalogue || this.options.mode.kind === 'counter') return;
    this.loadingCatalogue = true;
    try {
      this.catalogue = await api<Catalogue>(`/api/sites/${encodeURIComponent(siteId)}/catalogue`);
    } catch {
      // Tried again with the next snapshot; meanwhile the board shows the total only.
    } finally {
      this.loadingCatalogue = false;
    }
  }

  private pauseText(counter: CounterView): string {
    const paused = counter.paused;
    if (paused === null) return '';
    const reason =
      paused.reason === 'other' && paused.note
        ? paused.note
        : this.i18n.t(PAUSE_KEYS[paused.reason as keyof typeof PAUSE_KEYS] ?? 'pause.other');
    return this.i18n.t('display.paused', { reason });
  }

  private hallLabels(snapshot: QueueSnapshot, waitingTotal: number): HallLabels {
    const t = this.i18n.t.bind(this.i18n);
    const locale = this.i18n.locale;
    const site = snapshot.site;
    const mode = this.options.mode;
    return {
      current: {
        nowCalling: t('display.nowCalling'),
        toCounter: t('display.toCounter'),
        recall: t('display.recall'),
        noCall: t('display.noCall'),
      },
      counters: {
        counter: t('display.counter'),
        serving: t('display.serving'),
        calling: t('display.stateCalling'),
        idle: t('display.idle'),
        closed: t('display.closed'),
        paused: (c) => this.pauseText(c),
      },
      history: t('display.history'),
      historyEmpty: t('display.historyEmpty'),
      waiting: t('display.waiting'),
      waitingTotal:
        waitingTotal > 0 ? t('display.waitingTotal', { n: waitingTotal }) : t('display.nobodyWaiting'),
      waitingOthers: t('display.waitingOthers'),
      centre: localized(site.name, locale),
      ward: [localized(site.ward, locale), localized(site.province, locale)].filter(Boolean).join(' · '),
      zone:
        mode.kind === 'hall' && mode.zones.length > 0
          ? t('display.zone', { zone: mode.zones.join(', ') })
          : '',
      notice: localized(snapshot.display.noticeText, locale),
      dateLine: (weekday, date) =>
        t('display.dateLine', { weekday: t(`weekday.${weekday}` as 'weekday.1'), date }),
    };
  }

  override render() {
    document.title = this.i18n.t('display.title');
    const snapshot = this.conn.snapshot;
    this.highlightMs = 0;
    const banner = this.renderBanner(snapshot);
    const prompt =
      this.options.voice && this.voice.needsUnlock
        ? html`<luot-sound-prompt
            .label=${this.i18n.t('display.enableSound')}
            .hint=${this.i18n.t('display.enableSoundHint')}
            @enable-sound=${this.onAnyGesture}
          ></luot-sound-prompt>`
        : null;
    if (snapshot === null) return html`${banner}<div class="waiting-screen"></div>`;
    const body =
      this.options.mode.kind === 'counter' ? this.renderCounterBoard(snapshot) : this.renderHall(snapshot);
    return html`${body}${banner}${prompt}`;
  }

  private renderBanner(snapshot: QueueSnapshot | null) {
    const t = this.i18n.t.bind(this.i18n);
    if (this.key === null && !isPaired())
      return html`<luot-status-banner .message=${t('display.noKey')}></luot-status-banner>`;
    const status = this.conn.status;
    if (status === 'unauthorized')
      return html`<luot-status-banner .message=${t('conn.unauthorized')} .detail=${snapshot ? t('display.stale') : ''}></luot-status-banner>`;
    if (status === 'online' && this.fresh) return null;
    if (snapshot === null)
      return html`<luot-status-banner .message=${t('conn.connecting')}></luot-status-banner>`;
    return html`<luot-status-banner .message=${t('conn.offline')} .detail=${t('display.stale')}></luot-status-banner>`;
  }

  private isCurrent(): boolean {
    return this.conn.status === 'online' && this.fresh;
  }

  private highlightFor(at: number, snapshot: QueueSnapshot): boolean {
    const remaining = highlightRemainingMs(at, this.conn.now(), snapshot.display.highlightSeconds);
    this.highlightMs = remaining;
    return remaining > 0 && this.isCurrent();
  }

  private renderHall(snapshot: QueueSnapshot) {
    const board = hallBoard(snapshot, this.options.mode, this.catalogue, this.i18n.locale);
    const highlight = board.current !== null && this.highlightFor(board.current.at, snapshot);
    const slide =
      this.figures !== null &&
      this.isCurrent() &&
      figuresVisible(this.figuresOptions, this.figuresCycleStart, Date.now(), highlight);
    if (this.figures !== null && this.figuresOptions.enabled) {
      clearTimeout(this.figuresTimer);
      this.figuresTimer = setTimeout(
        () => {
          void this.loadFigures(snapshot.siteId);
          this.requestUpdate();
        },
        nextFiguresChange(this.figuresOptions, this.figuresCycleStart, Date.now()) + 20,
      );
    }
    return html`<luot-hall-board
      .board=${board}
      .figures=${slide ? this.figures : null}
      .labels=${this.hallLabels(snapshot, board.waitingTotal)}
      ?highlight=${highlight}
      ?stale=${!this.isCurrent()}
      .timeZone=${snapshot.site.timeZone}
      .clockOffset=${this.conn.clockOffset}
    ></luot-hall-board>`;
  }

  private renderCounterBoard(snapshot: QueueSnapshot) {
    const mode = this.options.mode;
    const number = mode.kind === 'counter' ? mode.counterNumber : 0;
    const counter = this.shownCounters(snapshot)[0] ?? null;
    const lastCall = counter ? snapshot.recentCalls.find((c) => c.counterId === counter.id) : undefined;
    const highlight =
      counter?.current != null &&
      lastCall !== undefined &&
      lastCall.ticketId === counter.current.id &&
      this.highlightFor(lastCall.at, snapshot);
    const t = this.i18n.t.bind(this.i18n);
    return html`<luot-counter-board
      .counter=${counter}
      ?highlight=${highlight}
      ?stale=${!this.isCurrent()}
      .labels=${{
        title: t('display.counterBoard', { n: number }),
        calling: t('display.stateCalling'),
        serving: t('display.serving'),
        free: counter?.closed ? t('display.closed') : t('display.counterFree'),
        paused: counter ? this.pauseText(counter) : '',
        notFound: t('display.counterNotFound', { n: number }),
      }}
    ></luot-counter-board>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    clearTimeout(this.highlightTimer);
    if (this.highlightMs > 0)
      this.highlightTimer = setTimeout(() => this.requestUpdate(), this.highlightMs + 50);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-display-app': DisplayApp;
  }
}
