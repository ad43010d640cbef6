// The account behind a request, for what only a signed-in person does (devices have no account):
// the refusal is the rule table's (server/auth/permissions.ts accountOf).
import { accountOf } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { UserRecord } from '../store/config-data.js';
import { ServiceError } from './service-error.js';

export function signedInAccount(principal: Principal): UserRecord {
  const account = accountOf(principal);
  if ('user' in account) return account.user;
  const { status, code, message } = account.denial;
  throw new ServiceError(status, code, message);
}
