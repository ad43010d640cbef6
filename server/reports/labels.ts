// Vietnamese wording of exported reports (the exports are read by Vietnamese agencies; the UI
// translates the same ideas through its own dictionary).
import type { FinishOutcome } from '../../shared/domain/model.js';

export const WEEKDAYS_VI = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

export const PAUSE_REASONS_VI: Record<string, string> = {
  meeting: 'Họp',
  lunch: 'Nghỉ trưa',
  support: 'Hỗ trợ',
  other: 'Khác',
};

export const CHANNELS_VI: Record<string, string> = {
  kiosk: 'Kiosk',
  staff: 'Cán bộ cấp tại quầy',
  phone: 'Điện thoại',
  appointment: 'Đặt lịch hẹn',
};

/** Column headers of the finish outcomes (tickets served with that outcome). */
export const OUTCOME_HEADERS_VI: Record<FinishOutcome, string> = {
  received: 'Tiếp nhận hồ sơ',
  guided: 'Hướng dẫn bổ sung',
  returned: 'Trả kết quả',
  refused: 'Từ chối tiếp nhận',
  other: 'Kết quả khác',
};

export const GROUP_HEADERS_VI: Record<string, string> = {
  procedure: 'Thủ tục',
  field: 'Lĩnh vực',
  series: 'Dãy số',
  counter: 'Quầy',
  officer: 'Cán bộ',
  day: 'Ngày',
  month: 'Tháng',
};

export const REPORT_TITLES_VI: Record<string, string> = {
  summary: 'Tổng hợp phiếu, thời gian chờ và phục vụ',
  procedures: 'Thời gian chờ và phục vụ theo thủ tục',
  fields: 'Thời gian chờ và phục vụ theo lĩnh vực',
  series: 'Thời gian chờ và phục vụ theo dãy số',
  counters: 'Thời gian chờ và phục vụ theo quầy',
  officers: 'Thời gian chờ và phục vụ theo cán bộ',
  days: 'Thời gian chờ và phục vụ theo ngày',
  months: 'Thời gian chờ và phục vụ theo tháng',
  load: 'Lượng phiếu theo giờ trong ngày và thứ trong tuần',
  satisfaction: 'Mức độ hài lòng',
  'officer-time': 'Thời gian làm việc của cán bộ',
  index: 'Số liệu phục vụ Bộ chỉ số 766 theo tháng và lĩnh vực',
  'on-time': 'Giải quyết hồ sơ đúng hạn',
};

export const FILTER_NAMES_VI: Record<string, string> = {
  fieldId: 'Lĩnh vực',
  procedureId: 'Thủ tục',
  seriesId: 'Dãy số',
  counterId: 'Quầy',
  officerId: 'Cán bộ',
  channel: 'Kênh lấy số',
  priority: 'Ưu tiên',
};

/** 2026-03-02 → 02/03/2026; 2026-03 → 03/2026. */
export function viDate(value: string): string {
  const [y, m, d] = value.split('-');
  return d ? `${d}/${m}/${y}` : `${m}/${y}`;
}
