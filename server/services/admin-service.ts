// Configuration changes from the admin console, one path for all of them:
//   authorize → change a copy → validate (schemas + cross-references) → write durably
//   → reconfigure the running hub → tell kiosks, displays and counters → audit.
// Each admin route only says what it changes.
import { DEFAULT_RULES, type Site } from '../../shared/domain/model.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { configIssues } from '../admin/config-integrity.js';
import { type Action, authorize } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { RouteDeps } from '../http/route-deps.js';
import { catalogueView } from '../hub/views.js';
import { siteRoom } from '../realtime/socket-data.js';
import { DEMO_PRIORITY_CATEGORIES } from '../seed/index.js';
import { type SiteRecord, siteRecordSchema } from '../store/config-data.js';
import { notFound, ServiceError } from './service-error.js';

export interface SiteChange {
  /** Audit action, e.g. "procedure:update". */
  action: string;
  target?: string;
  permission?: Action;
  /** Changes the draft in place; may return warnings (never refusals). */
  apply: (draft: SiteRecord) => string[] | undefined;
}

export interface ChangeResult {
  record: SiteRecord;
  warnings: string[];
}

/** Schema and cross-reference check of a whole site record; refusals are 400 invalid_input. */
export function validSiteRecord(draft: SiteRecord): SiteRecord {
  const parsed = siteRecordSchema.safeParse(draft);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 8)
      .map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    throw new ServiceError(400, 'invalid_input', 'Cấu hình không hợp lệ.', { issues });
  }
  const issues = configIssues(parsed.data.config);
  if (issues.length > 0) {
    throw new ServiceError(400, 'invalid_input', issues[0].message, { issues: issues.slice(0, 8) });
  }
  return parsed.data;
}

export class AdminService {
  constructor(private readonly deps: RouteDeps) {}

  record(siteId: string): SiteRecord {
    const record = this.deps.store.config.sites.find((s) => s.config.site.id === siteId);
    if (!record) throw notFound('trung tâm');
    return record;
  }

  async changeSite(principal: Principal, siteId: string, change: SiteChange): Promise<ChangeResult> {
    this.deps.queue.check(principal, change.permission ?? 'config:manage', siteId);
    let warnings: string[] = [];
    const record = await this.deps.store.updateConfig((data) => {
      const index = data.sites.findIndex((s) => s.config.site.id === siteId);
      if (index < 0) throw notFound('trung tâm');
      const draft = structuredClone(data.sites[index]);
      warnings = change.apply(draft) ?? [];
      const next = validSiteRecord(draft);
      data.sites[index] = next;
      return next;
    });
    await this.deps.hubs.add(record.config, record.settings);
    this.broadcast(siteId);
    this.deps.queue.audit(principal, siteId, change.action, change.target ?? null);
    return { record, warnings };
  }

  /**
   * Kiosks get the new catalogue, everyone a fresh snapshot, counters their refreshed lists. The
   * snapshot is settled (every accepted command durable), like every other snapshot.
   */
  broadcast(siteId: string): void {
    const hub = this.deps.hubs.get(siteId);
    if (!hub) return;
    const room = this.deps.realtime.io.to(siteRoom(siteId));
    room.emit('catalogue:changed', catalogueView(hub.config, hub.settings));
    void this.deps.queue.settledSnapshot(siteId).then((snapshot) => {
      room.emit('queue:snapshot', snapshot);
      this.deps.realtime.broadcaster.refreshFollowers(hub);
    });
  }

  /** A new centre (administrators only): empty catalogue, one series, default rules and settings. */
  async createSite(principal: Principal, site: Site): Promise<SiteRecord> {
    const denial = authorize(principal, 'sites:create');
    if (denial) throw new ServiceError(denial.status, denial.code, denial.message);
    const record = await this.deps.store.updateConfig((data) => {
      if (data.sites.some((s) => s.config.site.id === site.id)) {
        throw new ServiceError(409, 'conflict', `Đã có trung tâm mã "${site.id}".`);
      }
      const next = validSiteRecord({
        config: {
          site,
          fields: [],
          procedures: [],
          series: [
            {
              id: 's-a',
              name: { vi: 'Dãy A', en: 'Series A' },
              prefix: 'A',
              start: 1,
              end: 999,
              step: 1,
              padding: 3,
              dailyCap: 0,
              onExhausted: 'wrap',
              targetWaitMinutes: 15,
            },
          ],
          counters: [],
          priorityCategories: structuredClone(DEMO_PRIORITY_CATEGORIES),
          rules: { ...DEFAULT_RULES },
        },
        settings: defaultSiteSettings(),
      });
      data.sites.push(next);
      return next;
    });
    await this.deps.hubs.add(record.config, record.settings);
    this.deps.queue.audit(principal, site.id, 'site:create', site.id);
    return record;
  }
}
