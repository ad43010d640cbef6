// The dossier-code export: one row per served ticket that has a mã hồ sơ, over a range of days —
// the link between the queue (number, wait, service, counter, officer, rating) and the province's
// dossier (code, lookup link). Days are replayed from their journals (no cache: codes are few).
import { applyEvent, createDayState } from '../../shared/domain/index.js';
import { dossierLink } from '../../shared/domain/dossier-code.js';
import { formatLocalTime } from '../../shared/i18n/time.js';
import type { SiteConfig } from '../../shared/domain/model.js';
import type { Store } from '../store/store.js';
import type { ReportTable } from './tables.js';

export async function dossierCodeTable(
  config: SiteConfig,
  officerName: (id: string) => string,
  store: Store,
  range: { from: string; to: string },
  linkTemplate: string | null,
): Promise<ReportTable> {
  const siteId = config.site.id;
  const rows: (string | number | null)[][] = [];
  const name = (id: string | null, list: { id: string; name: { vi: string } }[]) =>
    id ? (list.find((x) => x.id === id)?.name.vi ?? id) : '';
  for (const day of await store.listDays(siteId)) {
    if (day < range.from || day > range.to) continue;
    const state = createDayState(siteId, day);
    for (const event of await store.readDay(siteId, day)) applyEvent(state, event);
    for (const t of state.tickets.values()) {
      if (!t.dossierCode) continue;
      const counter = config.counters.find((c) => c.id === t.counterId);
      const officer = t.officerId ? officerName(t.officerId) : '';
      rows.push([
        day,
        t.displayNumber,
        t.dossierCode,
        name(t.handledProcedureId ?? t.procedureId, config.procedures),
        counter ? counter.number : null,
        officer,
        t.finishedAt === null ? '' : formatLocalTime(t.finishedAt, config.site.timeZone),
        t.firstCalledAt === null ? null : Math.round((t.firstCalledAt - t.issuedAt) / 6000) / 10,
        t.rating ? `${t.rating.level}/${t.rating.scale}` : '',
        dossierLink(linkTemplate, t.dossierCode) ?? '',
      ]);
    }
  }
  return {
    title: 'Danh sách mã hồ sơ theo lượt phục vụ',
    subtitle: [config.site.name.vi, `Từ ${range.from} đến ${range.to}`, `Múi giờ ${config.site.timeZone}`],
    columns: [
      { header: 'Ngày', kind: 'text' },
      { header: 'Số thứ tự', kind: 'text' },
      { header: 'Mã hồ sơ', kind: 'text' },
      { header: 'Thủ tục', kind: 'text' },
      { header: 'Quầy', kind: 'int' },
      { header: 'Cán bộ', kind: 'text' },
      { header: 'Hoàn thành lúc', kind: 'text' },
      { header: 'Chờ (phút)', kind: 'decimal' },
      { header: 'Đánh giá', kind: 'text' },
      { header: 'Tra cứu', kind: 'text' },
    ],
    rows,
    totalRow: false,
  };
}
