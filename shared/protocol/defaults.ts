// Settings a new site starts with.
import type { SiteSettings } from './config-schemas.js';

export function defaultSiteSettings(): SiteSettings {
  return {
    display: {
      noticeText: {
        vi: 'Quý khách vui lòng chuẩn bị đầy đủ giấy tờ trước khi đến quầy. Xin cảm ơn!',
        en: 'Please have your documents ready before you come to the counter. Thank you!',
      },
      historySize: 6,
      highlightSeconds: 10,
    },
    voice: {
      template: {
        vi: 'Mời công dân có số thứ tự {số} đến quầy số {quầy}',
        en: 'Ticket number {number}, please go to counter {counter}',
      },
      repeat: 2,
      numberMode: 'words',
      chime: true,
      useSpeechSynthesis: false,
    },
    slip: {
      paperWidth: 80,
      show: {
        centre: true,
        ward: true,
        field: true,
        procedure: true,
        counters: true,
        ahead: true,
        time: true,
        qr: true,
        footer: true,
        priority: true,
      },
    },
    rating: {
      scale: 3,
      levels: [
        { level: 3, label: { vi: 'Rất hài lòng', en: 'Very satisfied', km: 'ពេញចិត្តខ្លាំង' } },
        { level: 2, label: { vi: 'Hài lòng', en: 'Satisfied', km: 'ពេញចិត្ត' } },
        { level: 1, label: { vi: 'Không hài lòng', en: 'Not satisfied', km: 'មិនពេញចិត្ត' } },
      ],
      lowLevels: [1],
      satisfiedLevels: [3, 2],
      reasons: [
        { id: 'attitude', label: { vi: 'Thái độ phục vụ', en: 'Staff attitude', km: 'អាកប្បកិរិយាបម្រើ' } },
        { id: 'wait', label: { vi: 'Thời gian chờ lâu', en: 'Long wait', km: 'រង់ចាំយូរ' } },
        {
          id: 'guidance',
          label: { vi: 'Hướng dẫn chưa rõ ràng', en: 'Unclear guidance', km: 'ការណែនាំមិនច្បាស់' },
        },
        { id: 'procedure', label: { vi: 'Thủ tục rườm rà', en: 'Complicated procedure', km: 'នីតិវិធីស្មុគស្មាញ' } },
        { id: 'facilities', label: { vi: 'Cơ sở vật chất', en: 'Facilities', km: 'សម្ភារៈបរិក្ខារ' } },
      ],
      phoneWindowMinutes: 120,
      closeAfterSeconds: 30,
    },
    kiosk: { idleSeconds: 60, ticketScreenSeconds: 20, showPriority: true },
  };
}
