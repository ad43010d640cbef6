// Words of the report filters' one-click periods and dd/mm/yyyy date fields. Vietnamese first;
// English and Khmer complete.
import { defineMessages } from '../../shared/i18n/messages.js';

const vi = {
  'period.label': 'Chọn nhanh',
  'period.today': 'Hôm nay',
  'period.month': 'Tháng này',
  'period.lastMonth': 'Tháng trước',
  'period.quarter': 'Quý này',
  'period.year': 'Năm nay',
  'date.placeholder': 'dd/mm/yyyy',
  'date.invalid': 'Nhập ngày dạng ngày/tháng/năm, ví dụ 17/02/2026.',
  'date.order': 'Ngày kết thúc phải từ ngày bắt đầu trở đi.',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  'period.label': 'Quick pick',
  'period.today': 'Today',
  'period.month': 'This month',
  'period.lastMonth': 'Last month',
  'period.quarter': 'This quarter',
  'period.year': 'This year',
  'date.placeholder': 'dd/mm/yyyy',
  'date.invalid': 'Type the date as day/month/year, e.g. 17/02/2026.',
  'date.order': 'The end date must not be before the start date.',
};

const km: Record<Key, string> = {
  'period.label': 'ជ្រើសរើសរហ័ស',
  'period.today': 'ថ្ងៃនេះ',
  'period.month': 'ខែនេះ',
  'period.lastMonth': 'ខែមុន',
  'period.quarter': 'ត្រីមាសនេះ',
  'period.year': 'ឆ្នាំនេះ',
  'date.placeholder': 'dd/mm/yyyy',
  'date.invalid': 'សូមវាយកាលបរិច្ឆេទជា ថ្ងៃ/ខែ/ឆ្នាំ ឧទាហរណ៍ 17/02/2026។',
  'date.order': 'ថ្ងៃបញ្ចប់មិនត្រូវមុនថ្ងៃចាប់ផ្តើមទេ។',
};

export const printMessages = defineMessages<Key>(vi, en, km);
export type PrintKey = Key;
