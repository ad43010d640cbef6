// The demo centre `npm start` creates on an empty data directory.
import { DEFAULT_RULES, type SiteConfig } from '../../shared/domain/model.js';
import { DEMO_FIELDS, DEMO_PROCEDURES } from './demo-catalogue.js';
import { DEMO_COUNTERS, DEMO_PRIORITY_CATEGORIES, DEMO_SERIES, demoSite } from './demo-site.js';
import { DEMO_VISIT_FIELD, DEMO_VISIT_PROCEDURES } from './demo-visits.js';

export { DEMO_FIELDS, DEMO_PROCEDURES } from './demo-catalogue.js';
export {
  DEMO_COUNTERS,
  DEMO_PRIORITY_CATEGORIES,
  DEMO_RATING,
  DEMO_SERIES,
  DEMO_STAFF,
  type DemoRating,
  type DemoStaffMember,
} from './demo-site.js';
export { DEMO_KIOSK_VISITS } from './demo-visits.js';

/** A fresh copy of the demo site's configuration: callers may change it freely. */
export function demoSiteConfig(siteId = 'demo'): SiteConfig {
  return structuredClone({
    site: demoSite(siteId),
    fields: [...DEMO_FIELDS, DEMO_VISIT_FIELD],
    procedures: [...DEMO_PROCEDURES, ...DEMO_VISIT_PROCEDURES],
    series: DEMO_SERIES,
    counters: DEMO_COUNTERS,
    priorityCategories: DEMO_PRIORITY_CATEGORIES,
    rules: DEFAULT_RULES,
  });
}
