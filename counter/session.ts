// Who is at this counter PC: a signed-in officer (session cookie) or a counter device key.
// Also the counter chosen on this PC, remembered across days.
import { ApiRequestError, api } from '../shared/ui/api.js';

export interface UserInfo {
  id: string;
  username: string;
  fullName: string;
  role: 'admin' | 'manager' | 'staff';
  siteIds: string[];
  /** Signed in with a password someone else chose: a new one is asked for first. */
  mustChangePassword?: boolean;
}

export interface DeviceInfo {
  id: string;
  siteId: string;
  kind: string;
  name: string;
  counterId: string | null;
}

export type Me = { kind: 'user'; user: UserInfo } | { kind: 'device'; device: DeviceInfo };

/** Who is signed in; throws ApiRequestError 'unauthorized' when nobody is. */
export async function whoAmI(key: string | null): Promise<Me> {
  const me = await api<Me | { kind: 'anonymous' }>('/api/auth/session', { key });
  if (me.kind === 'anonymous')
    throw new ApiRequestError(401, { code: 'unauthorized', message: 'not signed in' });
  return me;
}

export async function logIn(username: string, password: string): Promise<UserInfo> {
  const res = await api<{ user: UserInfo }>('/api/auth/login', { body: { username, password } });
  return res.user;
}

export async function logOut(): Promise<void> {
  await api('/api/auth/logout', { body: {} });
}

/** The site to work on: ?site= when the user may see it, else their first site, else the first one. */
export async function chooseSite(user: UserInfo): Promise<string | null> {
  const wanted = new URLSearchParams(location.search).get('site');
  if (wanted && (user.role === 'admin' || user.siteIds.includes(wanted))) return wanted;
  if (user.siteIds.length > 0) return user.siteIds[0];
  const sites = await api<{ id: string }[]>('/api/sites');
  return sites[0]?.id ?? null;
}

const CHOICE_KEY = 'luot.counter.choice';

export function rememberedCounter(siteId: string): string | null {
  try {
    const saved = JSON.parse(localStorage.getItem(CHOICE_KEY) ?? 'null') as {
      siteId?: string;
      counterId?: string;
    } | null;
    return saved?.siteId === siteId && typeof saved.counterId === 'string' ? saved.counterId : null;
  } catch {
    return null;
  }
}

export function rememberCounter(siteId: string, counterId: string): void {
  try {
    localStorage.setItem(CHOICE_KEY, JSON.stringify({ siteId, counterId }));
  } catch {
    // storage may be disabled; the officer chooses again next time
  }
}

export const counterPath = (siteId: string, counterId: string, action: string) =>
  `/api/sites/${encodeURIComponent(siteId)}/counters/${encodeURIComponent(counterId)}/${action}`;
