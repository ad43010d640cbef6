// The phone page's words for the dossier code and text messages (vi source, en and km complete;
// the Khmer is listed in docs/khmer-review.md for a native reader).
import { defineCitizenMessages } from '../../shared/i18n/messages.js';

const vi = {
  'dossier.title': 'Mã hồ sơ của Quý khách',
  'dossier.lookup': 'Tra cứu tiến độ hồ sơ',
  'dossier.keep': 'Giữ mã này để tra cứu và nhận kết quả.',
  'messages.title': 'Nhận tin nhắn khi sắp đến lượt',
  'messages.phone': 'Số điện thoại di động',
  'messages.submit': 'Nhận tin nhắn',
  'messages.privacy': 'Số điện thoại chỉ dùng để báo lượt hôm nay và được xoá khi hết ngày.',
  'messages.on': 'Sẽ gửi tin nhắn tới số {phone}.',
  'messages.stop': 'Thôi nhận tin',
  'messages.invalid': 'Số điện thoại di động chưa đúng (ví dụ 0912 345 678).',
  // The kiosk's phone step (after the ticket is shown).
  'messages.kioskOpen': 'Nhận tin nhắn khi sắp đến lượt (không bắt buộc)',
  'messages.consent':
    'Bấm “Nhận tin nhắn” là quý khách đồng ý để trung tâm dùng số này gửi tin báo lượt hôm nay (Nghị định 13/2023/NĐ-CP).',
  'messages.cancel': 'Không, cảm ơn',
  'messages.erase': 'Xoá',
};

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  'dossier.title': 'Your dossier code',
  'dossier.lookup': 'Track your dossier',
  'dossier.keep': 'Keep this code to track your dossier and collect the result.',
  'messages.title': 'Get a text message when your turn is near',
  'messages.phone': 'Mobile number',
  'messages.submit': 'Send me messages',
  'messages.privacy': 'Your number is used only for today’s turn and deleted at the end of the day.',
  'messages.on': 'Messages will go to {phone}.',
  'messages.stop': 'Stop messages',
  'messages.invalid': 'That mobile number is not valid (e.g. 0912 345 678).',
  'messages.kioskOpen': 'Get a text message when your turn is near (optional)',
  'messages.consent':
    'By pressing “Send me messages” you agree that the centre uses this number to tell you about today’s turn (Decree 13/2023/NĐ-CP).',
  'messages.cancel': 'No, thank you',
  'messages.erase': 'Delete',
};

const km: Record<Key, string> = {
  'dossier.title': 'លេខកូដឯកសាររបស់អ្នក',
  'dossier.lookup': 'តាមដានឯកសាររបស់អ្នក',
  'dossier.keep': 'សូមរក្សាលេខកូដនេះ ដើម្បីតាមដាន និងទទួលលទ្ធផល។',
  'messages.title': 'ទទួលសារនៅពេលជិតដល់វេនរបស់អ្នក',
  'messages.phone': 'លេខទូរស័ព្ទចល័ត',
  'messages.submit': 'ផ្ញើសារមកខ្ញុំ',
  'messages.privacy': 'លេខរបស់អ្នកប្រើសម្រាប់តែវេនថ្ងៃនេះ ហើយនឹងត្រូវលុបនៅចុងថ្ងៃ។',
  'messages.on': 'សារនឹងផ្ញើទៅលេខ {phone}។',
  'messages.stop': 'ឈប់ទទួលសារ',
  'messages.invalid': 'លេខទូរស័ព្ទចល័តមិនត្រឹមត្រូវ (ឧ. 0912 345 678)។',
  'messages.kioskOpen': 'ទទួលសារនៅពេលជិតដល់វេន (មិនបង្ខំ)',
  'messages.consent':
    'ការចុច «ផ្ញើសារមកខ្ញុំ» មានន័យថាអ្នកយល់ព្រមឱ្យមជ្ឈមណ្ឌលប្រើលេខនេះដើម្បីជូនដំណឹងអំពីវេនថ្ងៃនេះ (អនុក្រឹត្យ 13/2023/NĐ-CP)។',
  'messages.cancel': 'ទេ អរគុណ',
  'messages.erase': 'លុប',
};

export const integrationMessages = defineCitizenMessages(vi, en, km);
export type IntegrationKey = Key;
