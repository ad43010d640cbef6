// The query of a report over a set of centres, validated: which centres (a comma-separated list of
// site ids), which period (from, to: local days, both included), and who may ask. Every refusal
// has its own code: bad syntax → invalid_input; from after to → period_invalid; more than
// MAX_REPORT_DAYS days → period_too_long; more than MAX_REPORT_CENTRES centres → centres_too_many;
// a centre the account may not read → 403 centres_forbidden (checked before existence, so a
// manager learns nothing of other centres); a centre that does not exist → centres_unknown.
import { z } from 'zod';
import { MAX_REPORT_CENTRES, MAX_REPORT_DAYS } from '../../shared/protocol/centre-report-views.js';
import { idSchema } from '../../shared/protocol/config-schemas.js';
import { authorize } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import { ServiceError } from '../services/service-error.js';
import { daysBetween, isoDay } from './query.js';

export const centreSetQuerySchema = z.strictObject({
  /** Site ids separated by commas. */
  siteIds: z
    .string()
    .min(1)
    .max(64 * 1024),
  from: isoDay,
  to: isoDay,
  /** UI language (the exports stay Vietnamese, as the single-centre ones). */
  lang: z.enum(['vi', 'en', 'km']).optional(),
});

export type CentreSetQueryInput = z.infer<typeof centreSetQuerySchema>;

export interface CentreSetQuery {
  siteIds: string[];
  from: string;
  to: string;
}

const badSiteIds = (message: string) =>
  new ServiceError(400, 'invalid_input', 'Danh sách trung tâm không hợp lệ.', {
    issues: [{ path: 'siteIds', message }],
  });

/** The query's shape and limits (no authorization yet). */
export function resolveCentreSetQuery(input: CentreSetQueryInput): CentreSetQuery {
  if (input.from > input.to) {
    throw new ServiceError(400, 'period_invalid', 'Ngày bắt đầu sau ngày kết thúc.', {
      issues: [{ path: 'from', message: 'from must not be after to' }],
    });
  }
  if (daysBetween(input.from, input.to) + 1 > MAX_REPORT_DAYS) {
    throw new ServiceError(400, 'period_too_long', `Tối đa ${MAX_REPORT_DAYS} ngày.`, {
      max: MAX_REPORT_DAYS,
    });
  }
  const siteIds = [...new Set(input.siteIds.split(',').map((s) => s.trim()))];
  if (siteIds.length > MAX_REPORT_CENTRES) {
    throw new ServiceError(400, 'centres_too_many', `Tối đa ${MAX_REPORT_CENTRES} trung tâm.`, {
      max: MAX_REPORT_CENTRES,
    });
  }
  for (const id of siteIds) {
    if (!idSchema.safeParse(id).success)
      throw badSiteIds(`not a site id: ${JSON.stringify(id.slice(0, 70))}`);
  }
  return { siteIds, from: input.from, to: input.to };
}

/**
 * Throws unless the principal may read the reports of every chosen centre (server/auth/permissions.ts:
 * admin and province every site, a manager their own) and every chosen centre exists.
 */
export function checkCentres(
  principal: Principal,
  siteIds: readonly string[],
  exists: (id: string) => boolean,
) {
  const denial = authorize(principal, 'reports:read');
  if (denial) throw new ServiceError(denial.status, denial.code, denial.message);
  const forbidden = siteIds.filter((siteId) => authorize(principal, 'reports:read', { siteId }) !== null);
  if (forbidden.length > 0) {
    throw new ServiceError(403, 'centres_forbidden', 'Tài khoản không thuộc các trung tâm này.', {
      siteIds: forbidden,
    });
  }
  const unknown = siteIds.filter((id) => !exists(id));
  if (unknown.length > 0) {
    throw new ServiceError(400, 'centres_unknown', 'Không có các trung tâm này.', { siteIds: unknown });
  }
}
