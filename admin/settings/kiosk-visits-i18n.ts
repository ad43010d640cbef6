// Words of the kiosk's visit-tile editor (settings → kiosk). Vietnamese first; English and Khmer
// complete (test/unit/kiosk-visits-editor.test.ts checks them).
import { defineMessages } from '../../shared/i18n/messages.js';

const vi = {
  'visits.title': 'Ô lượt khác trên kiosk',
  'visits.help':
    'Các ô bên cạnh lĩnh vực cho người đến nhận kết quả, bổ sung hồ sơ hoặc hỏi thông tin. Số được cấp theo dãy số của thủ tục chọn cho ô.',
  'visits.kind.result': 'Nhận kết quả',
  'visits.kind.supplement': 'Bổ sung hồ sơ',
  'visits.kind.inquiry': 'Hỏi thông tin',
  'visits.show': 'Hiện ô này',
  'visits.label': 'Chữ trên ô',
  'visits.procedure': 'Cấp số theo thủ tục (dãy số)',
  'visits.choose': '— Chọn thủ tục —',
  'visits.up': 'Lên',
  'visits.down': 'Xuống',
  'visits.moveUp': 'Đưa ô {name} lên trước',
  'visits.moveDown': 'Đưa ô {name} xuống sau',
  'visits.needProcedure': 'Ô "{name}" đang hiện nhưng chưa chọn thủ tục.',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  'visits.title': 'Visit tiles on the kiosk',
  'visits.help':
    'Tiles beside the fields for people who come to collect a result, bring missing papers or ask a question. The ticket is numbered in the series of the procedure chosen for the tile.',
  'visits.kind.result': 'Collect a result',
  'visits.kind.supplement': 'Bring missing papers',
  'visits.kind.inquiry': 'Ask a question',
  'visits.show': 'Show this tile',
  'visits.label': 'Words on the tile',
  'visits.procedure': 'Numbered as procedure (series)',
  'visits.choose': '— Choose a procedure —',
  'visits.up': 'Up',
  'visits.down': 'Down',
  'visits.moveUp': 'Move the {name} tile up',
  'visits.moveDown': 'Move the {name} tile down',
  'visits.needProcedure': 'The "{name}" tile is shown but has no procedure.',
};

const km: Record<Key, string> = {
  'visits.title': 'ប្រអប់ការមកផ្សេងៗនៅលើគីយ៉ូស',
  'visits.help':
    'ប្រអប់នៅក្បែរវិស័យ សម្រាប់អ្នកមកទទួលលទ្ធផល បំពេញឯកសារបន្ថែម ឬសួរព័ត៌មាន។ សំបុត្រត្រូវបានចេញតាមស៊េរីលេខនៃនីតិវិធីដែលបានជ្រើសសម្រាប់ប្រអប់។',
  'visits.kind.result': 'ទទួលលទ្ធផល',
  'visits.kind.supplement': 'បំពេញឯកសារបន្ថែម',
  'visits.kind.inquiry': 'សួរព័ត៌មាន',
  'visits.show': 'បង្ហាញប្រអប់នេះ',
  'visits.label': 'អក្សរលើប្រអប់',
  'visits.procedure': 'ចេញលេខតាមនីតិវិធី (ស៊េរី)',
  'visits.choose': '— ជ្រើសនីតិវិធី —',
  'visits.up': 'ឡើង',
  'visits.down': 'ចុះ',
  'visits.moveUp': 'ដាក់ប្រអប់ {name} ឡើងមុន',
  'visits.moveDown': 'ដាក់ប្រអប់ {name} ចុះក្រោយ',
  'visits.needProcedure': 'ប្រអប់ "{name}" កំពុងបង្ហាញ ប៉ុន្តែមិនទាន់ជ្រើសនីតិវិធីទេ។',
};

export const visitsMessages = defineMessages<Key>(vi, en, km);
