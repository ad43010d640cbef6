// The rating tablet's words (citizen-facing). Vietnamese first; English and Khmer complete.
import type { CommonKey } from '../shared/i18n/common-messages.js';
import { defineCitizenMessages } from '../shared/i18n/messages.js';

const vi = {
  'rating.title': 'Đánh giá mức độ hài lòng',
  'rating.idle': 'Cảm ơn Quý khách',
  'rating.idleSub': 'Sau khi được phục vụ, Quý khách vui lòng đánh giá tại đây.',
  'rating.ticket': 'Số {number}',
  'rating.question': 'Quý khách có hài lòng với việc tiếp nhận, giải quyết thủ tục hôm nay không?',
  'rating.reasonsTitle': 'Quý khách chưa hài lòng về điều gì?',
  'rating.reasonsHint': 'Chọn một hoặc nhiều lý do, rồi bấm "Gửi đánh giá".',
  'rating.comment': 'Góp ý thêm (không bắt buộc)',
  'rating.send': 'Gửi đánh giá',
  'rating.sending': 'Đang gửi…',
  'rating.back': 'Chọn lại mức',
  'rating.thanks': 'Cảm ơn Quý khách!',
  'rating.thanksSub': 'Ý kiến của Quý khách giúp chúng tôi phục vụ tốt hơn.',
  'rating.closesIn': 'Tự đóng sau {n} giây',
  'rating.noCounter': 'Chưa chọn quầy: mở trang với ?counter=<số quầy>.',
  'rating.notCounterDevice': 'Khoá thiết bị này không phải của máy quầy.',
  'rating.loginHeading': 'Lượt – Máy đánh giá',
};

const en: Record<keyof typeof vi, string> = {
  'rating.title': 'Rate our service',
  'rating.idle': 'Thank you',
  'rating.idleSub': 'After your visit, please rate our service here.',
  'rating.ticket': 'Ticket {number}',
  'rating.question': 'Are you satisfied with how your request was handled today?',
  'rating.reasonsTitle': 'What were you not satisfied with?',
  'rating.reasonsHint': 'Choose one or more reasons, then press "Send".',
  'rating.comment': 'Anything else you want to tell us (optional)',
  'rating.send': 'Send',
  'rating.sending': 'Sending…',
  'rating.back': 'Choose again',
  'rating.thanks': 'Thank you!',
  'rating.thanksSub': 'Your opinion helps us serve you better.',
  'rating.closesIn': 'Closes in {n} s',
  'rating.noCounter': 'No counter chosen: open the page with ?counter=<counter number>.',
  'rating.notCounterDevice': 'This device key does not belong to a counter device.',
  'rating.loginHeading': 'Lượt – Rating tablet',
};

const km: Record<keyof typeof vi, string> = {
  'rating.title': 'វាយតម្លៃសេវាកម្ម',
  'rating.idle': 'សូមអរគុណ',
  'rating.idleSub': 'បន្ទាប់ពីទទួលសេវា សូមវាយតម្លៃនៅទីនេះ។',
  'rating.ticket': 'លេខ {number}',
  'rating.question': 'តើលោកអ្នកពេញចិត្តនឹងការដោះស្រាយនីតិវិធីថ្ងៃនេះទេ?',
  'rating.reasonsTitle': 'តើលោកអ្នកមិនពេញចិត្តអំពីអ្វី?',
  'rating.reasonsHint': 'ជ្រើសរើសមូលហេតុមួយ ឬច្រើន រួចចុច «ផ្ញើ»។',
  'rating.comment': 'មតិយោបល់បន្ថែម (មិនចាំបាច់)',
  'rating.send': 'ផ្ញើ',
  'rating.sending': 'កំពុងផ្ញើ…',
  'rating.back': 'ជ្រើសរើសម្តងទៀត',
  'rating.thanks': 'សូមអរគុណ!',
  'rating.thanksSub': 'មតិរបស់លោកអ្នកជួយយើងបម្រើបានល្អជាងមុន។',
  'rating.closesIn': 'បិទក្នុងរយៈពេល {n} វិនាទី',
  // Added for a complete Khmer kiosk (awaiting native review: docs/khmer-review.md).
  'rating.noCounter': 'មិនទាន់ជ្រើសរើសបញ្ជរ៖ សូមបើកទំព័រជាមួយ ?counter=<លេខបញ្ជរ>។',
  'rating.notCounterDevice': 'សោឧបករណ៍នេះមិនមែនជារបស់ឧបករណ៍បញ្ជរទេ។',
  'rating.loginHeading': 'Lượt – ថេប្លេតវាយតម្លៃ',
};

export const ratingMessages = defineCitizenMessages(vi, en, km);
export type RatingText = keyof typeof vi | CommonKey;
