// The kiosk's visit tiles must point at procedures of the centre's catalogue: a tile whose
// procedure does not exist would issue nothing, so saving it is refused with the tile named.
import { type SiteConfig, VISIT_KINDS } from '../../shared/domain/model.js';
import type { KioskSettings } from '../../shared/protocol/config-schemas.js';
import { ServiceError } from '../services/service-error.js';

export function checkVisitProcedures(config: SiteConfig, kiosk: KioskSettings): void {
  const visits = kiosk.visits;
  if (!visits) return;
  const issues = VISIT_KINDS.flatMap((kind) => {
    const id = visits[kind];
    return id && !config.procedures.some((p) => p.id === id)
      ? [{ path: `visits.${kind}`, message: `no procedure "${id}" in the catalogue` }]
      : [];
  });
  if (issues.length > 0) {
    throw new ServiceError(400, 'invalid_input', 'Ô lượt khác trỏ tới thủ tục không có trong danh mục.', {
      issues,
    });
  }
}
