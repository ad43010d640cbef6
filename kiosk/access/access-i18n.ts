// Words of the kiosk's accessibility bar and spoken guidance, and of the help call. Citizens read
// and hear them: Vietnamese, English and Khmer required (Khmer awaiting review: docs/khmer-review.md).
import { defineCitizenMessages } from '../../shared/i18n/messages.js';

const vi = {
  'access.label': 'Hỗ trợ sử dụng',
  'access.largeText': 'Chữ lớn',
  'access.readAloud': 'Đọc to',
  'access.help': 'Gọi hỗ trợ',
  'access.helpSent': 'Đã báo bàn hướng dẫn. Cán bộ sẽ đến giúp Quý khách.',
  'access.helpFailed': 'Chưa gọi được hỗ trợ. Quý khách vui lòng đến bàn hướng dẫn.',
  'speak.home': 'Mời Quý khách chọn lĩnh vực cần giải quyết.',
  'speak.field': 'Lĩnh vực {name}. Mời chọn thủ tục.',
  'speak.procedure': 'Thủ tục {name}. Chạm nút Lấy số ở cuối màn hình.',
  'speak.priority': 'Mời chọn đối tượng ưu tiên. Cán bộ sẽ xác nhận tại quầy.',
  'speak.ticket': 'Số thứ tự của Quý khách là {number}. Mời đến quầy {counters}.',
  'speak.checkin': 'Mời nhập mã lịch hẹn.',
  'speak.closed': 'Hiện ngoài giờ cấp số.',
  'cccd.elderly': 'Đã đọc thẻ CCCD: Quý khách được ưu tiên ({name}).',
  'cccd.notEligible': 'Đã đọc thẻ CCCD: Quý khách chưa thuộc diện ưu tiên theo tuổi. Mời lấy số thường.',
  'cccd.unreadable': 'Không đọc được mã QR này. Mời Quý khách quét mã trên thẻ CCCD.',
  'cccd.camera': 'Người cao tuổi: đưa mã QR trên thẻ CCCD trước camera để được ưu tiên ngay.',
};

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  'access.label': 'Help using the kiosk',
  'access.largeText': 'Large text',
  'access.readAloud': 'Read aloud',
  'access.help': 'Call for help',
  'access.helpSent': 'The help desk has been told. An officer is coming to help you.',
  'access.helpFailed': 'Help could not be called. Please go to the help desk.',
  'speak.home': 'Please choose the service you need.',
  'speak.field': '{name}. Please choose a procedure.',
  'speak.procedure': '{name}. Touch the Take a number button at the bottom of the screen.',
  'speak.priority': 'Please choose your priority category. The officer will confirm it at the counter.',
  'speak.ticket': 'Your number is {number}. Please go to counter {counters}.',
  'speak.checkin': 'Please type your appointment code.',
  'speak.closed': 'Numbers are not issued now.',
  'cccd.elderly': 'ID card read: you are entitled to priority ({name}).',
  'cccd.notEligible': 'ID card read: no priority by age. Please take a normal number.',
  'cccd.unreadable': 'This QR code could not be read. Please scan the code on your ID card.',
  'cccd.camera': 'Older people: hold the QR code on your ID card up to the camera for priority at once.',
};

const km: Record<Key, string> = {
  'access.label': 'ជំនួយក្នុងការប្រើប្រាស់',
  'access.largeText': 'អក្សរធំ',
  'access.readAloud': 'អានឮៗ',
  'access.help': 'ហៅជំនួយ',
  'access.helpSent': 'បានជូនដំណឹងទៅតុណែនាំហើយ។ មន្ត្រីនឹងមកជួយអ្នក។',
  'access.helpFailed': 'មិនអាចហៅជំនួយបានទេ។ សូមអញ្ជើញទៅតុណែនាំ។',
  'speak.home': 'សូមជ្រើសរើសវិស័យសេវាដែលអ្នកត្រូវការ។',
  'speak.field': 'វិស័យ {name}។ សូមជ្រើសរើសនីតិវិធី។',
  'speak.procedure': 'នីតិវិធី {name}។ សូមចុចប៊ូតុង យកលេខ នៅខាងក្រោមអេក្រង់។',
  'speak.priority': 'សូមជ្រើសរើសប្រភេទអាទិភាព។ មន្ត្រីនឹងបញ្ជាក់នៅបញ្ជរ។',
  'speak.ticket': 'លេខរបស់អ្នកគឺ {number}។ សូមអញ្ជើញទៅបញ្ជរ {counters}។',
  'speak.checkin': 'សូមវាយលេខកូដណាត់ជួប។',
  'speak.closed': 'មិនមែនម៉ោងចេញលេខទេ។',
  'cccd.elderly': 'បានអានអត្តសញ្ញាណប័ណ្ណ៖ អ្នកមានសិទ្ធិអាទិភាព ({name})។',
  'cccd.notEligible': 'បានអានអត្តសញ្ញាណប័ណ្ណ៖ អ្នកមិនមានអាទិភាពតាមអាយុទេ។ សូមយកលេខធម្មតា។',
  'cccd.unreadable': 'មិនអាចអានកូដ QR នេះបានទេ។ សូមស្កេនកូដនៅលើអត្តសញ្ញាណប័ណ្ណ។',
  'cccd.camera': 'មនុស្សចាស់៖ សូមបង្ហាញកូដ QR នៅលើអត្តសញ្ញាណប័ណ្ណនៅមុខកាមេរ៉ា ដើម្បីទទួលបានអាទិភាពភ្លាមៗ។',
};

export const accessMessages = defineCitizenMessages(vi, en, km);
export type AccessKey = Key;
