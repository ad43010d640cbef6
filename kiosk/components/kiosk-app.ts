// The kiosk: connection and catalogue, the screens (home → field → procedure → [priority] →
// ticket), taking a number with a request id reused on retries, printing status, idle return,
// the lock screen and the offline banner.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Locale } from '../../shared/domain/model.js';
import { localized } from '../../shared/i18n/messages.js';
import type { Catalogue, IssuedTicket, QueueSnapshot } from '../../shared/protocol/views.js';
import { api } from '../../shared/ui/api.js';
import { ConnectionController } from '../../shared/ui/connection.js';
import { deviceKey, isPaired } from '../../shared/ui/device-auth.js';
import { I18nController, initialLocale, setLocale } from '../../shared/ui/locale.js';
import { tokens } from '../../shared/ui/tokens.js';
import { type KioskKey, kioskMessages } from '../i18n.js';
import {
  isPrinterProblem,
  ownPrinter,
  type PrintState,
  printJob,
  printStateOf,
  reprint,
} from '../printing.js';
import { RequestIds } from '../request-ids.js';
import { kioskBase } from '../styles.js';
import './field-screen.js';
import './home-screen.js';
import './kiosk-header.js';
import './lock-screen.js';
import './procedure-screen.js';
import { appointmentsOpen } from './checkin-button.js';
import { AccessModes } from '../access/access-modes.js';
import { type AccessKey, accessMessages } from '../access/access-i18n.js';
import { ageFromCccd, ScannerInput } from '../access/cccd.js';
import { localParts } from '../../shared/i18n/time.js';
import '../access/access-bar.js';

/** Longest pause between two keystrokes of one scan (ms). */
const SCAN_GAP_MS = 400;
/** After this long on the home screen the later screens are fetched (ms). */
const LATER_SCREENS_MS = 500;
let laterScreens: Promise<unknown> | null = null;
/**
 * The screens after the first choice (priority with its camera, the ticket with its phone step and
 * QR code, booking check-in), loaded once: after the home screen is up, or at the citizen's first
 * tap, whichever comes first. A screen shown before its code is there upgrades when it arrives.
 */
function loadLaterScreens(): Promise<unknown> {
  laterScreens ??= Promise.all([
    import('./priority-screen.js'),
    import('./ticket-screen.js'),
    import('./checkin-screen.js'),
    import('../qr.js'),
  ]);
  return laterScreens;
}

type Screen = 'home' | 'field' | 'procedure' | 'priority' | 'ticket' | 'cap' | 'checkin';

/** Codes after which the same request cannot succeed: the next tap gets a new request id. */
const FINAL_ERRORS = new Set([
  'invalid_input',
  'unknown_procedure',
  'procedure_retired',
  'unknown_priority',
  'unknown_series',
  'forbidden',
]);
const CLOSED_ERRORS = new Set(['outside_opening_hours', 'holiday']);
const CAP_ERRORS = new Set(['series_daily_cap_reached', 'series_exhausted']);
const RESYNC_MS = 60_000;
const PRINT_POLL_MS = 1500;

@customElement('luot-kiosk-app')
export class KioskApp extends LitElement {
  static override styles = [
    tokens,
    kioskBase,
    css`
      /* Vietnamese words (procedure names without a Khmer translation) keep their own font. */
      :host([lang='km']) {
        --luot-font: 'Be Vietnam Pro', 'Noto Sans Khmer', system-ui, sans-serif;
      }
      :host {
        display: flex;
        flex-direction: column;
        min-height: 100vh;
        background: var(--luot-bg);
      }
      main {
        flex: 1;
        display: flex;
        flex-direction: column;
      }
      main > * {
        flex: 1;
      }
      /* "Chữ lớn": the screens are laid out at 1.35× (text and targets), still inside the screen. */
      :host([large]) main {
        zoom: 1.35;
      }
      .banner {
        padding: 16px 40px;
        font-weight: 700;
        text-align: center;
      }
      .banner.offline {
        background: var(--luot-error);
        color: #fff;
      }
      .banner.printer {
        background: var(--luot-accent-bg);
        color: #7a3700;
        border-bottom: 2px solid #7a3700;
      }
      .message {
        padding: 80px 40px;
        text-align: center;
        font-size: 32px;
      }
    `,
  ];

  private readonly key = deviceKey();
  private readonly homeLocale: Locale = initialLocale('luot.kiosk.lang');
  private readonly i18n = new I18nController<KioskKey>(this, kioskMessages);
  private readonly requestIds = new RequestIds();
  private readonly access = new AccessModes(this, {
    siteId: () => this.snapshot?.siteId ?? null,
    key: () => this.key,
    step: () => this.guidedStep(),
  });
  private readonly conn = new ConnectionController(this, {
    auth: () => (this.key ? { key: this.key } : {}),
    onSnapshot: (s) => this.onSnapshot(s),
    setup: (socket) => {
      socket.on('catalogue:changed', (catalogue) => this.setCatalogue(catalogue));
      socket.on('printer:status-changed', (change) => {
        if (this.deviceId && change.deviceIds?.includes(this.deviceId))
          this.printerSeen(change.state, change.at);
      });
    },
  });

  @state() private screen: Screen = 'home';
  @state() private catalogue: Catalogue | null = null;
  @state() private fieldId: string | null = null;
  @state() private procedureId: string | null = null;
  @state() private query = '';
  @state() private keyboard = false;
  @state() private busy = false;
  @state() private errorCode: string | null = null;
  @state() private issued: IssuedTicket | null = null;
  @state() private issuedPriority: string | null = null;
  @state() private printState: PrintState = 'skipped';
  @state() private printJobId: string | null = null;
  @state() private reprintBusy = false;
  @state() private secondsLeft = 0;
  @state() private printerState: string | null = null;
  @state() private minute = 0;
  @state() private appointments = false;
  /** What reading a CCCD QR just concluded (shown until the next screen). */
  @state() private cccdNotice: { key: AccessKey; name?: string } | null = null;
  // Keystrokes on the procedure and priority screens (no text field there) come from a scanner:
  // a generous gap keeps a scan whole on a busy kiosk, and a person's slow typing still starts over.
  private readonly scanner = new ScannerInput((line) => this.onScan(line), SCAN_GAP_MS);
  private readonly onScanKey = (event: KeyboardEvent) => {
    if (this.screen !== 'procedure' && this.screen !== 'priority') return;
    if (this.scanner.key(event)) event.preventDefault();
  };

  private pendingPriority: string | null = null;
  private deviceId: string | null = null;
  private printerAt = 0;
  private lastActivity = Date.now();
  private timers: ReturnType<typeof setInterval>[] = [];
  private reopenTimer: ReturnType<typeof setTimeout> | undefined;
  private printPoll: ReturnType<typeof setTimeout> | undefined;
  private catalogueSite: string | null = null;
  private readonly onActivity = () => {
    this.lastActivity = Date.now();
    void loadLaterScreens();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    setLocale(this.homeLocale);
    window.addEventListener('pointerdown', this.onActivity, { capture: true, passive: true });
    window.addEventListener('keydown', this.onActivity, { capture: true, passive: true });
    window.addEventListener('keydown', this.onScanKey);
    this.timers.push(setInterval(() => this.tick(), 1000));
    this.timers.push(setInterval(() => void this.conn.resync(), RESYNC_MS));
    this.tick();
    // Screens a citizen reaches later are not in the first load (the kiosk's JS budget): fetched
    // once the home screen is up, so they are there when asked.
    this.timers.push(setTimeout(() => void loadLaterScreens(), LATER_SCREENS_MS));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pointerdown', this.onActivity, { capture: true });
    window.removeEventListener('keydown', this.onActivity, { capture: true });
    window.removeEventListener('keydown', this.onScanKey);
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    clearTimeout(this.reopenTimer);
    clearTimeout(this.printPoll);
  }

  override willUpdate(): void {
    this.lang = this.i18n.locale;
    this.toggleAttribute('large', this.access.largeText);
  }

  override updated(changed: Map<string, unknown>): void {
    this.access.afterRender();
    // Each screen opens at its top ("Lấy số" within reach), whatever the last one was scrolled to.
    if (changed.has('screen')) window.scrollTo(0, 0);
  }

  /** The step "Đọc to" speaks, with what it names. */
  private guidedStep() {
    const snapshot = this.snapshot;
    if (!snapshot || !this.catalogue) return null;
    const locale = this.i18n.locale;
    if (this.screen !== 'ticket' && this.screen !== 'cap' && !snapshot.issuing.open)
      return { step: 'closed' as const };
    const found = this.procedureId ? this.findProcedure(this.procedureId) : null;
    const field = this.catalogue.fields.find((f) => f.id === this.fieldId);
    switch (this.screen) {
      case 'field':
        return { step: 'field' as const, name: field ? localized(field.name, locale) : '' };
      case 'procedure':
        return { step: 'procedure' as const, name: found ? localized(found.procedure.name, locale) : '' };
      case 'priority':
        return { step: 'priority' as const };
      case 'checkin':
        return { step: 'checkin' as const };
      case 'ticket':
        return this.issued
          ? {
              step: 'ticket' as const,
              displayNumber: this.issued.ticket.displayNumber,
              counterNumbers: this.issued.counterNumbers,
            }
          : null;
      case 'cap':
        return null;
      default:
        return { step: 'home' as const };
    }
  }

  // ── connection, catalogue, printer ────────────────────────────────────────────────────────

  private onSnapshot(snapshot: QueueSnapshot): void {
    if (this.catalogueSite !== snapshot.siteId || !this.catalogue) {
      this.catalogueSite = snapshot.siteId;
      void this.loadCatalogue(snapshot.siteId);
      void this.loadPrinter(snapshot.siteId);
    }
    clearTimeout(this.reopenTimer);
    const next = snapshot.issuing.nextOpening;
    if (!snapshot.issuing.open && next) {
      const wait = Math.min(Math.max(next - this.conn.now() + 500, 1000), 2 ** 31 - 1);
      this.reopenTimer = setTimeout(() => void this.conn.resync(), wait);
    }
  }

  private async loadCatalogue(siteId: string): Promise<void> {
    try {
      this.setCatalogue(await api<Catalogue>(`/api/sites/${encodeURIComponent(siteId)}/catalogue`));
      this.appointments = await appointmentsOpen(siteId);
    } catch {
      this.catalogueSite = null;
      setTimeout(() => this.snapshot && void this.loadCatalogue(this.snapshot.siteId), 5000);
    }
  }

  private async loadPrinter(siteId: string): Promise<void> {
    try {
      const own = await ownPrinter(siteId, this.key);
      this.deviceId = own.deviceId;
      this.printerSeen(own.state, own.checkedAt ?? 0);
    } catch {
      // no printer information: the print result of each ticket still says what happened
    }
  }

  /** Keeps the newest printer state: an answer may arrive after a later change event. */
  private printerSeen(state: string | null, at: number): void {
    if (at < this.printerAt) return;
    this.printerAt = at;
    this.printerState = state;
  }

  private setCatalogue(catalogue: Catalogue): void {
    if (this.snapshot && catalogue.siteId !== this.snapshot.siteId) return;
    this.catalogue = catalogue;
    const stillThere =
      (!this.fieldId || catalogue.fields.some((f) => f.id === this.fieldId)) &&
      (!this.procedureId || this.findProcedure(this.procedureId));
    if (!stillThere && this.screen !== 'ticket') this.goHome(false);
  }

  private get snapshot(): QueueSnapshot | null {
    return this.conn.snapshot;
  }

  private findProcedure(id: string) {
    for (const field of this.catalogue?.fields ?? []) {
      const procedure = field.procedures.find((p) => p.id === id);
      if (procedure) return { field, procedure };
    }
    return null;
  }

  // ── timers: clock, ticket countdown, idle ─────────────────────────────────────────────────

  private tick(): void {
    const now = this.conn.now();
    const minute = Math.floor(now / 60_000) * 60_000;
    if (minute !== this.minute) this.minute = minute;
    if (this.screen === 'ticket') {
      this.secondsLeft = Math.max(0, this.secondsLeft - 1);
      if (this.secondsLeft === 0) this.goHome(true);
      return;
    }
    const idleMs = (this.catalogue?.kiosk.idleSeconds ?? 60) * 1000;
    const dirty =
      this.screen !== 'home' || this.query !== '' || this.keyboard || this.i18n.locale !== this.homeLocale;
    if (dirty && !this.busy && Date.now() - this.lastActivity > idleMs) this.goHome(true);
  }

  /** Back to the start; `newCitizen` also resets the language and forgets a pending request. */
  private goHome(newCitizen: boolean): void {
    this.screen = 'home';
    this.cccdNotice = null;
    this.fieldId = null;
    this.procedureId = null;
    this.errorCode = null;
    this.query = '';
    this.keyboard = false;
    this.issued = null;
    clearTimeout(this.printPoll);
    if (newCitizen) {
      this.access.reset();
      this.requestIds.settle();
      this.pendingPriority = null;
      setLocale(this.homeLocale);
    }
  }

  // ── navigation ─────────────────────────────────────────────────────────────────────────────

  private selectField(fieldId: string): void {
    const field = this.catalogue?.fields.find((f) => f.id === fieldId);
    if (!field) return;
    this.fieldId = fieldId;
    if (field.procedures.length === 1) {
      this.openProcedure(field.procedures[0].id);
    } else {
      this.screen = 'field';
    }
  }

  private openProcedure(procedureId: string): void {
    const found = this.findProcedure(procedureId);
    if (!found) return;
    if (this.procedureId !== procedureId) this.errorCode = null;
    this.fieldId = found.field.id;
    this.procedureId = procedureId;
    this.keyboard = false;
    this.screen = 'procedure';
  }

  private back(): void {
    if (this.screen === 'priority') this.screen = 'procedure';
    else if (this.screen === 'procedure' && this.query === '' && this.fieldId) {
      const field = this.catalogue?.fields.find((f) => f.id === this.fieldId);
      this.screen = field && field.procedures.length > 1 ? 'field' : 'home';
    } else this.screen = 'home';
  }

  /**
   * A QR scanner (or, on the priority screen, the camera) read a code. A CCCD old enough for an
   * age-based category takes that priority number at once; only the age is worked out, in this
   * page, and nothing from the card is sent, kept or logged.
   */
  private onScan(line: string): void {
    const snapshot = this.snapshot;
    const catalogue = this.catalogue;
    if (!snapshot || !catalogue?.kiosk.showPriority) return;
    const p = localParts(this.conn.now(), snapshot.site.timeZone);
    const age = ageFromCccd(line, { y: p.year, m: p.month, d: p.day });
    if (age === null) {
      this.cccdNotice = { key: 'cccd.unreadable' };
      return;
    }
    const category = catalogue.priorityCategories
      .filter((c) => c.ageThreshold !== undefined && age >= c.ageThreshold)
      .sort((a, b) => (b.ageThreshold ?? 0) - (a.ageThreshold ?? 0))[0];
    if (!category) {
      this.cccdNotice = { key: 'cccd.notEligible' };
      return;
    }
    this.cccdNotice = { key: 'cccd.elderly', name: localized(category.name, this.i18n.locale) };
    void this.take(category.id);
  }

  // ── taking a number ───────────────────────────────────────────────────────────────────────

  private async take(priority: string | null): Promise<void> {
    const procedureId = this.procedureId;
    if (this.busy || !procedureId || this.conn.status !== 'online') return;
    this.busy = true;
    this.errorCode = null;
    this.pendingPriority = priority;
    const requestId = this.requestIds.for(`${procedureId}|${priority ?? ''}`);
    const result = await this.conn.command(
      'ticket:take',
      { procedureId, priority, language: this.i18n.locale, requestId },
      10_000,
    );
    this.busy = false;
    if (result.ok) {
      this.requestIds.settle();
      this.pendingPriority = null;
      this.showTicket(result.data as IssuedTicket, priority);
      return;
    }
    const { code, message } = result.error;
    if (FINAL_ERRORS.has(code)) this.requestIds.settle();
    if (CLOSED_ERRORS.has(code)) {
      this.requestIds.settle();
      await this.conn.resync();
      this.goHome(false);
    } else if (CAP_ERRORS.has(code)) {
      this.requestIds.settle();
      this.screen = 'cap';
    } else {
      this.errorCode =
        code === 'internal' && (message === 'timeout' || message === 'offline') ? message : code;
      this.screen = 'procedure';
    }
  }

  private showTicket(issued: IssuedTicket, priority: string | null): void {
    this.issued = issued;
    this.issuedPriority = priority;
    this.printJobId = issued.print.jobId;
    this.printState = printStateOf(issued.print.status);
    this.secondsLeft = this.catalogue?.kiosk.ticketScreenSeconds ?? 20;
    this.screen = 'ticket';
    this.query = '';
    this.keyboard = false;
    if (this.printState === 'printing') this.followPrint();
  }

  private followPrint(): void {
    clearTimeout(this.printPoll);
    const siteId = this.snapshot?.siteId;
    const jobId = this.printJobId;
    if (!siteId || !jobId || this.screen !== 'ticket') return;
    this.printPoll = setTimeout(async () => {
      try {
        const job = await printJob(siteId, jobId, this.key);
        if (jobId !== this.printJobId) return;
        this.printState = printStateOf(job.state);
      } catch {
        // keep showing "printing" and ask again
      }
      if (this.printState === 'printing') this.followPrint();
    }, PRINT_POLL_MS);
  }

  private async reprint(): Promise<void> {
    const siteId = this.snapshot?.siteId;
    const jobId = this.printJobId;
    if (!siteId || !jobId || this.reprintBusy) return;
    this.reprintBusy = true;
    this.secondsLeft = this.catalogue?.kiosk.ticketScreenSeconds ?? 20;
    try {
      const outcome = await reprint(siteId, jobId, this.key);
      this.printJobId = outcome.jobId ?? jobId;
      this.printState = printStateOf(outcome.status);
      if (this.printState === 'printing') this.followPrint();
    } catch {
      this.printState = 'failed';
    } finally {
      this.reprintBusy = false;
    }
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  override render() {
    const { i18n } = this;
    const snapshot = this.snapshot;
    const status = this.conn.status;
    return html`<luot-kiosk-header
        .site=${snapshot?.site ?? null}
        .now=${this.minute}
        @locale-change=${(e: CustomEvent<Locale>) => setLocale(e.detail)}
      ></luot-kiosk-header>
      <luot-kiosk-access
        ?largeText=${this.access.largeText}
        ?readAloud=${this.access.readAloud}
        .help=${this.access.help}
        @large-text-toggle=${() => this.access.toggleLargeText()}
        @read-aloud-toggle=${() => this.access.toggleReadAloud()}
        @help-call=${() => void this.access.callHelp(this.i18n.locale)}
      ></luot-kiosk-access>
      ${
        status === 'offline' || (status === 'connecting' && snapshot)
          ? html`<div class="banner offline" role="alert" data-testid="offline-banner">
              ${i18n.t('conn.offline')}
            </div>`
          : nothing
      }
      ${
        isPrinterProblem(this.printerState)
          ? html`<div class="banner printer" role="status" data-testid="printer-problem">
              ⚠ ${i18n.t('print.problem', { state: i18n.t(`printer.${this.printerState}` as KioskKey) })}
            </div>`
          : nothing
      }
      ${
        this.cccdNotice
          ? html`<div class="banner printer" role="status" data-testid="cccd-notice">
              ${accessMessages.t(this.i18n.locale, this.cccdNotice.key, { name: this.cccdNotice.name ?? '' })}
            </div>`
          : nothing
      }
      <main>${this.renderMain()}</main>`;
  }

  private renderMain() {
    const { i18n } = this;
    const snapshot = this.snapshot;
    if ((!this.key && !isPaired()) || this.conn.status === 'unauthorized') {
      return html`<p class="message" role="alert" data-testid="unauthorized">${i18n.t('conn.unauthorized')}</p>`;
    }
    if (!snapshot || !this.catalogue) {
      return html`<p class="message" role="status">${i18n.t('conn.connecting')}</p>`;
    }
    if (this.screen !== 'ticket' && this.screen !== 'cap' && !snapshot.issuing.open) {
      return html`<luot-lock-screen
        .issuing=${snapshot.issuing}
        .timeZone=${snapshot.site.timeZone}
      ></luot-lock-screen>`;
    }
    const online = this.conn.status === 'online';
    const found = this.procedureId ? this.findProcedure(this.procedureId) : null;
    switch (this.screen) {
      case 'cap':
        return html`<luot-lock-screen mode="cap" @done=${() => this.goHome(false)}></luot-lock-screen>`;
      case 'field':
        return html`<luot-field-screen
          .field=${this.catalogue.fields.find((f) => f.id === this.fieldId) ?? null}
          .waiting=${snapshot.waiting}
          @procedure-select=${(e: CustomEvent<string>) => this.openProcedure(e.detail)}
          @back=${() => this.back()}
        ></luot-field-screen>`;
      case 'procedure':
        return html`<luot-procedure-screen
          .procedure=${found?.procedure ?? null}
          .field=${found?.field ?? null}
          .waitingNow=${found ? (snapshot.waiting.bySeries[found.procedure.seriesId] ?? 0) : 0}
          .online=${online}
          .busy=${this.busy}
          .errorCode=${this.errorCode}
          .priorityEnabled=${this.catalogue.kiosk.showPriority && this.catalogue.priorityCategories.length > 0}
          @take=${() => void this.take(this.errorCode ? this.pendingPriority : null)}
          @priority-open=${() => {
            this.screen = 'priority';
          }}
          @back=${() => this.back()}
        ></luot-procedure-screen>`;
      case 'priority':
        return html`<luot-priority-screen
          .categories=${this.catalogue.priorityCategories}
          .disabled=${!online || this.busy}
          .cccdCamera=${this.catalogue.priorityCategories.some((c) => c.ageThreshold !== undefined)}
          @code=${(e: CustomEvent<string>) => this.onScan(e.detail)}
          @take-priority=${(e: CustomEvent<string>) => void this.take(e.detail)}
          @take=${() => void this.take(null)}
          @back=${() => this.back()}
        ></luot-priority-screen>`;
      case 'ticket': {
        const issued = this.issued;
        const ticketProcedure = issued ? this.findProcedure(issued.ticket.procedureId) : null;
        return html`<luot-ticket-screen
          .issued=${issued}
          .field=${ticketProcedure?.field ?? null}
          .procedure=${ticketProcedure?.procedure ?? null}
          .category=${this.catalogue.priorityCategories.find((c) => c.id === this.issuedPriority) ?? null}
          .printState=${this.printState}
          .reprintBusy=${this.reprintBusy}
          .secondsLeft=${this.secondsLeft}
          @reprint=${() => void this.reprint()}
          @done=${() => this.goHome(true)}
          @ticket-hold=${() => {
            // The phone step is being used: keep the ticket up for a full period from this tap.
            this.secondsLeft = this.catalogue?.kiosk.ticketScreenSeconds ?? 20;
          }}
        ></luot-ticket-screen>`;
      }
      case 'checkin':
        return html`<luot-checkin-screen
          .siteId=${snapshot.siteId}
          .deviceKey=${this.key}
          @issued=${(e: CustomEvent<IssuedTicket>) => this.showTicket(e.detail, null)}
          @back=${() => this.goHome(false)}
        ></luot-checkin-screen>`;
      default:
        return html`<luot-home-screen
          .catalogue=${this.catalogue}
          .appointments=${this.appointments}
          @checkin-open=${() => {
            // Shown once its code is there (fetched already, unless tapped in the first moments).
            void loadLaterScreens().then(() => {
              this.screen = 'checkin';
            });
          }}
          .waiting=${snapshot.waiting}
          .query=${this.query}
          .keyboard=${this.keyboard}
          @field-select=${(e: CustomEvent<string>) => this.selectField(e.detail)}
          @procedure-select=${(e: CustomEvent<string>) => this.openProcedure(e.detail)}
          @query-change=${(e: CustomEvent<string>) => {
            this.query = e.detail;
          }}
          @keyboard-toggle=${(e: CustomEvent<boolean>) => {
            this.keyboard = e.detail;
          }}
        ></luot-home-screen>`;
    }
  }
}
