// Who may do what, on which site. Every HTTP route and socket command goes through authorize().
//   admin    every site, everything
//   manager  their sites: configuration, devices, reports, monitor, and everything staff do
//   staff    their sites: read the queue, issue at the desk, sign in to a counter, and act only
//            at the counter they are signed in to
//   devices  kiosk: issue only; display: read only; counter: its own counter;
//            integration: read the queue and issue tickets (its configured scope)
import type { Principal } from './principal.js';

export type Action =
  | 'ticket:issue'
  | 'queue:read'
  | 'counter:sign-in'
  | 'counter:operate'
  | 'ticket:cancel'
  | 'config:manage'
  | 'devices:manage'
  | 'users:manage'
  | 'reports:read'
  | 'monitor:read'
  | 'sites:create';

export interface Scope {
  siteId?: string;
  counterId?: string;
  /** The officer signed in at scope.counterId, if any. */
  counterOfficerId?: string | null;
}

export type Denial = { status: 401 | 403; code: 'unauthorized' | 'forbidden'; message: string };

const MANAGER_ACTIONS: ReadonlySet<Action> = new Set([
  'ticket:issue',
  'queue:read',
  'counter:sign-in',
  'counter:operate',
  'ticket:cancel',
  'config:manage',
  'devices:manage',
  'users:manage',
  'reports:read',
  'monitor:read',
]);
const STAFF_ACTIONS: ReadonlySet<Action> = new Set([
  'ticket:issue',
  'queue:read',
  'counter:sign-in',
  'counter:operate',
]);
const DEVICE_ACTIONS: Record<string, ReadonlySet<Action>> = {
  kiosk: new Set(['ticket:issue']),
  display: new Set(['queue:read']),
  counter: new Set(['queue:read', 'counter:operate']),
  integration: new Set(['queue:read', 'ticket:issue']),
};

const forbidden = (message: string): Denial => ({ status: 403, code: 'forbidden', message });

export function authorize(principal: Principal, action: Action, scope: Scope = {}): Denial | null {
  if (principal.kind === 'anonymous') {
    return { status: 401, code: 'unauthorized', message: 'Cần đăng nhập hoặc khoá thiết bị.' };
  }
  if (principal.kind === 'device') {
    const { device } = principal;
    if (!DEVICE_ACTIONS[device.kind]?.has(action))
      return forbidden('Thiết bị này không được phép làm việc đó.');
    if (scope.siteId && scope.siteId !== device.siteId) return forbidden('Thiết bị thuộc trung tâm khác.');
    if (action === 'counter:operate' && scope.counterId !== device.counterId) {
      return forbidden('Thiết bị chỉ điều khiển quầy của mình.');
    }
    return null;
  }
  const { user } = principal;
  if (user.role === 'admin') return null;
  if (action === 'sites:create') return forbidden('Chỉ quản trị hệ thống được tạo trung tâm.');
  if (scope.siteId && !user.siteIds.includes(scope.siteId))
    return forbidden('Tài khoản không thuộc trung tâm này.');
  if (user.role === 'manager') {
    return MANAGER_ACTIONS.has(action) ? null : forbidden('Không đủ quyền.');
  }
  if (!STAFF_ACTIONS.has(action)) return forbidden('Cán bộ không có quyền này.');
  if (action === 'counter:operate' && scope.counterOfficerId !== user.id) {
    return forbidden('Cán bộ chỉ thao tác tại quầy mình đang đăng nhập.');
  }
  return null;
}

/** Sites a principal may see, or 'all'. */
export function visibleSites(principal: Principal): 'all' | string[] {
  if (principal.kind === 'device') return [principal.device.siteId];
  if (principal.kind === 'user') return principal.user.role === 'admin' ? 'all' : principal.user.siteIds;
  return [];
}
