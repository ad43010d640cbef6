// Who may do what, on which site, at which counter, on which ticket: every rule is here. Every HTTP
// route and socket command goes through authorize(); the rules that depend on the queue (who sits
// at a counter, who holds a ticket) are evaluated inside the site's writer chain, against the
// state the command will act on (QueueService passes them to SiteHub.execute as a guard).
//   admin    every site, everything
//   province every site, read only: queue, configuration, monitor, reports and the province overview; no
//            configuration, accounts, devices or counter work (a provincial supervisor)
//   manager  their sites: configuration, devices, reports, monitor, integrations (webhooks,
//            messages, dossier link), taking over a counter, any ticket of the site, and
//            everything staff do
//   staff    their sites: read the queue, issue at the desk, sign in to a free counter, and act
//            only at the counter they are signed in to, on tickets that counter holds or serves
//            staff and managers (no device) may look up today's bookings by name or phone
//            ('appointment:lookup': personal data) to check in a citizen who has no code
//   devices  kiosk: issue, read the queue and check in bookings; display: read only; counter: its own counter,
//            on the same terms as staff; integration: read the queue, issue, check in bookings
//   citizen  whoever holds a ticket's status token (the phone page) may give up that ticket, or
//            say they are in the hall (a remote ticket)
//   ticket:manage  managers' hand on any ticket of their site from the monitor (transfer, reactivate)
//   anyone   book, view/change/cancel a booking by its token, take a remote ticket (public routes,
//            rate-limited: server/appointments/appointment-routes.ts)
import type { UserRecord } from '../store/config-data.js';
import type { Principal } from './principal.js';

export type Action =
  | 'ticket:issue'
  | 'queue:read'
  | 'counter:sign-in'
  | 'counter:operate'
  | 'counter:take-over'
  | 'ticket:transfer'
  | 'ticket:reactivate'
  | 'ticket:rate'
  | 'ticket:cancel'
  | 'ticket:give-up'
  | 'ticket:confirm-arrival'
  | 'ticket:manage'
  | 'config:manage'
  | 'config:read'
  | 'devices:manage'
  | 'users:manage'
  | 'reports:read'
  | 'monitor:read'
  | 'sites:create'
  | 'appointment:check-in'
  | 'appointment:lookup'
  | 'integrations:manage'
  | 'province:read'
  /** The admin console's context (the sites one sees): every signed-in account. */
  | 'console:enter'
  /** Change one's own password: every signed-in account. */
  | 'account:password'
  /** Today's figures of an officer (their own) or of a counter device (its counter). */
  | 'officer:day'
  /** A kiosk calls for help from the guidance desk; officers answer and issue for a citizen. */
  | 'help:call'
  | 'help:answer'
  | 'guidance:issue'
  /** Slip print jobs of the site: a kiosk only those of its own printer. */
  | 'print-jobs:read'
  /** A kiosk reads its own printer's state. */
  | 'printer:own-status'
  /** A printer target that is a path on the server (a file): the administrator alone. */
  | 'printer:file-target';

/** What a ticket-scoped rule needs to know of the ticket (null: no such ticket). */
export interface TicketScope {
  status: string;
  seriesId: string;
  /** The counter that called it (holds it, or held it last). */
  counterId: string | null;
  /** The counter it was transferred to, if any. */
  targetCounterId: string | null;
}

export interface Scope {
  siteId?: string;
  counterId?: string;
  /** The officer signed in at scope.counterId, if any. */
  counterOfficerId?: string | null;
  /** The ticket acted on, for ticket-scoped actions (undefined: not checked; null: none). */
  ticket?: TicketScope | null;
  /** The series the acting counter serves (how far a transfer may reach). */
  counterSeriesIds?: readonly string[];
  /** The status token presented, when it is the acted-on ticket's own (else null). */
  heldToken?: string | null;
  /** For a print job: whether it prints on the acting kiosk's own printer. */
  printJob?: { onOwnPrinter: boolean };
}

export type Denial = { status: 401 | 403; code: 'unauthorized' | 'forbidden'; message: string };

const COUNTER_TICKET_ACTIONS: ReadonlySet<Action> = new Set([
  'ticket:transfer',
  'ticket:reactivate',
  'ticket:rate',
]);
const STAFF_ACTIONS: ReadonlySet<Action> = new Set([
  'ticket:issue',
  'queue:read',
  'counter:sign-in',
  'counter:operate',
  ...COUNTER_TICKET_ACTIONS,
  'ticket:cancel',
  'appointment:check-in',
  'appointment:lookup',
  'console:enter',
  'account:password',
  'officer:day',
  'help:answer',
  'guidance:issue',
  'print-jobs:read',
]);
/** Everything staff do, and the site's management. */
const MANAGER_ACTIONS: ReadonlySet<Action> = new Set([
  ...STAFF_ACTIONS,
  'counter:take-over',
  'ticket:manage',
  'config:manage',
  'config:read',
  'devices:manage',
  'users:manage',
  'reports:read',
  'monitor:read',
  'integrations:manage',
  'province:read',
]);
const PROVINCE_ACTIONS: ReadonlySet<Action> = new Set([
  'queue:read',
  'config:read',
  'reports:read',
  'monitor:read',
  'province:read',
  'console:enter',
  'account:password',
]);
const DEVICE_ACTIONS: Record<string, ReadonlySet<Action>> = {
  // A kiosk reads the queue it issues into (waiting counts, opening state), as a display does.
  kiosk: new Set([
    'ticket:issue',
    'queue:read',
    'appointment:check-in',
    'help:call',
    'print-jobs:read',
    'printer:own-status',
  ]),
  display: new Set(['queue:read']),
  counter: new Set([
    'queue:read',
    'counter:operate',
    ...COUNTER_TICKET_ACTIONS,
    'ticket:cancel',
    'officer:day',
  ]),
  integration: new Set(['queue:read', 'ticket:issue', 'appointment:check-in']),
};

const forbidden = (message: string): Denial => ({ status: 403, code: 'forbidden', message });
const KIOSK_OWN_ACTIONS: ReadonlySet<Action> = new Set(['help:call', 'printer:own-status']);

export function authorize(principal: Principal, action: Action, scope: Scope = {}): Denial | null {
  // Giving up a place, or saying "I am here", is the citizen's own doing: the ticket's status token
  // is the proof.
  if (action === 'ticket:give-up' || action === 'ticket:confirm-arrival') {
    return scope.heldToken ? null : forbidden('Chỉ người giữ số này mới rời hàng được.');
  }
  if (principal.kind === 'anonymous') {
    return { status: 401, code: 'unauthorized', message: 'Cần đăng nhập hoặc khoá thiết bị.' };
  }
  if (principal.kind === 'device') {
    const { device } = principal;
    if (!DEVICE_ACTIONS[device.kind]?.has(action))
      return forbidden('Thiết bị này không được phép làm việc đó.');
    if (scope.siteId && scope.siteId !== device.siteId) return forbidden('Thiết bị thuộc trung tâm khác.');
    if (atCounter(action) && scope.counterId !== device.counterId) {
      return forbidden('Thiết bị chỉ điều khiển quầy của mình.');
    }
    if (action === 'officer:day' && !device.counterId) return forbidden('Máy quầy chưa gắn với quầy nào.');
    if (action === 'print-jobs:read' && scope.printJob && !scope.printJob.onOwnPrinter) {
      return forbidden('Kiosk chỉ in lại phiếu của máy in của mình.');
    }
    return ticketRule(action, scope);
  }
  const { user } = principal;
  // What a device does for itself (a kiosk's help call, its own printer) no account does.
  if (KIOSK_OWN_ACTIONS.has(action)) return forbidden('Chỉ dành cho kiosk.');
  if (user.role === 'admin') return null;
  if (action === 'sites:create') return forbidden('Chỉ quản trị hệ thống được tạo trung tâm.');
  if (user.role === 'province') {
    return PROVINCE_ACTIONS.has(action) ? null : forbidden('Tài khoản cấp tỉnh chỉ được xem.');
  }
  if (scope.siteId && !user.siteIds.includes(scope.siteId))
    return forbidden('Tài khoản không thuộc trung tâm này.');
  if (user.role === 'manager') {
    return MANAGER_ACTIONS.has(action) ? null : forbidden('Không đủ quyền.');
  }
  if (!STAFF_ACTIONS.has(action)) return forbidden('Cán bộ không có quyền này.');
  if (atCounter(action) && scope.counterOfficerId !== user.id) {
    return forbidden('Cán bộ chỉ thao tác tại quầy mình đang đăng nhập.');
  }
  return ticketRule(action, scope);
}

/**
 * The part of a rule that needs no queue state (role, site, a device's own counter), checked when a
 * command arrives, before it is queued. Who sits at the counter and who holds the ticket are for
 * authorize() to judge inside the site's writer chain, on the state the command acts on.
 */
export function authorizeEntry(
  principal: Principal,
  action: Action,
  siteId: string,
  counterId?: string,
  /** A status token that names a ticket of this site (its holder's proof). */
  heldToken?: string,
): Denial | null {
  const ownCounter = principal.kind === 'device' ? (principal.device.counterId ?? undefined) : undefined;
  const sitting = principal.kind === 'user' ? principal.user.id : null;
  return authorize(principal, action, {
    siteId,
    counterId: counterId ?? ownCounter,
    counterOfficerId: sitting,
    heldToken: heldToken ?? null,
  });
}

/** The signed-in account behind a principal, or why there is none (devices have no account). */
export function accountOf(principal: Principal): { user: UserRecord } | { denial: Denial } {
  if (principal.kind === 'user') return { user: principal.user };
  if (principal.kind === 'anonymous') {
    return { denial: { status: 401, code: 'unauthorized', message: 'Cần đăng nhập.' } };
  }
  return { denial: forbidden('Việc này cần tài khoản cán bộ, không phải khoá thiết bị.') };
}

/** An account as one manages it: its role and sites, and what a change would do to it. */
export interface AccountTarget {
  role: string;
  siteIds: readonly string[];
  /** The acting user's own account, being disabled or given another role. */
  selfDemotion?: boolean;
}

/**
 * Who may manage which account (no target: whether any at all): the administrator any; a manager
 * only accounts of their own sites below the site level (never an administrator's or a province
 * account, never one of no site); nobody disables or re-roles themselves.
 */
export function authorizeAccount(principal: Principal, target?: AccountTarget): Denial | null {
  const account = accountOf(principal);
  if ('denial' in account) return account.denial;
  const { user } = account;
  if (user.role !== 'admin' && user.role !== 'manager') return forbidden('Không đủ quyền.');
  if (!target) return null;
  if (target.selfDemotion) return forbidden('Không tự khoá hay tự đổi vai trò của chính mình.');
  if (seesAllSites(target.role)) {
    return user.role === 'admin'
      ? null
      : forbidden('Chỉ quản trị hệ thống quản lý tài khoản quản trị và cấp tỉnh.');
  }
  if (target.siteIds.length === 0 && user.role !== 'admin') {
    return forbidden('Tài khoản không thuộc trung tâm của bạn.');
  }
  for (const siteId of target.siteIds) {
    const denial = authorize(principal, 'users:manage', { siteId });
    if (denial) return denial;
  }
  return null;
}

/** Actions done from one counter (the counter's holder or its own device). */
function atCounter(action: Action): boolean {
  return action === 'counter:operate' || COUNTER_TICKET_ACTIONS.has(action) || action === 'ticket:cancel';
}

/**
 * What a counter may do to a ticket (managers and admins are not bound by these): transfer its
 * own ticket or one waiting for a line it serves; reactivate or rate only a ticket it called.
 * Cancelling is scoped by the counter that holds the ticket (its holder alone passes atCounter).
 */
function ticketRule(action: Action, scope: Scope): Denial | null {
  const ticket = scope.ticket;
  // No such ticket: the engine answers unknown_ticket.
  if (!ticket) return null;
  const own = ticket.counterId === scope.counterId;
  switch (action) {
    case 'ticket:transfer': {
      const serves =
        ticket.status === 'waiting' &&
        !ticket.targetCounterId &&
        (scope.counterSeriesIds ?? []).includes(ticket.seriesId);
      return own || ticket.targetCounterId === scope.counterId || serves
        ? null
        : forbidden('Số này không thuộc quầy của bạn.');
    }
    case 'ticket:reactivate':
      return own ? null : forbidden('Chỉ quầy đã gọi số này mới gọi lại được.');
    case 'ticket:rate':
      return own ? null : forbidden('Lượt này không được phục vụ tại quầy này.');
    default:
      // ticket:cancel is scoped by its counter: the one holding the ticket, checked above.
      return null;
  }
}

/** Sites a principal may see, or 'all'. */
export function visibleSites(principal: Principal): 'all' | string[] {
  if (principal.kind === 'device') return [principal.device.siteId];
  if (principal.kind === 'user') return seesAllSites(principal.user.role) ? 'all' : principal.user.siteIds;
  return [];
}

/** Roles that see every site of the hub (the province's and the administrator's). */
export function seesAllSites(role: string): boolean {
  return role === 'admin' || role === 'province';
}
