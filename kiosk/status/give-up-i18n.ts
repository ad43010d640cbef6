// The phone page's words for leaving the queue and for which line "now serving" means
// (vi source, en and km complete).
import { defineMessages } from '../../shared/i18n/messages.js';

const vi = {
  'giveUp.ask': 'Tôi không chờ nữa',
  'giveUp.confirm': 'Quý khách chắc chắn rời hàng chờ? Số {number} sẽ bị huỷ và không dùng lại được.',
  'giveUp.yes': 'Rời hàng chờ',
  'giveUp.no': 'Tiếp tục chờ',
  'giveUp.done': 'Quý khách đã rời hàng chờ. Cảm ơn Quý khách đã báo cho chúng tôi!',
  'line.nowServing': 'Đang phục vụ — hàng {line}',
};

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  'giveUp.ask': 'I will not wait any longer',
  'giveUp.confirm': 'Leave the queue? Number {number} will be cancelled and cannot be used again.',
  'giveUp.yes': 'Leave the queue',
  'giveUp.no': 'Keep waiting',
  'giveUp.done': 'You have left the queue. Thank you for letting us know!',
  'line.nowServing': 'Now serving — {line} line',
};

const km: Record<Key, string> = {
  'giveUp.ask': 'ខ្ញុំមិនរង់ចាំទៀតទេ',
  'giveUp.confirm': 'ចាកចេញពីជួរ? លេខ {number} នឹងត្រូវលុបចោល ហើយមិនអាចប្រើម្តងទៀតបានទេ។',
  'giveUp.yes': 'ចាកចេញពីជួរ',
  'giveUp.no': 'បន្តរង់ចាំ',
  'giveUp.done': 'អ្នកបានចាកចេញពីជួររង់ចាំហើយ។ សូមអរគុណដែលបានប្រាប់យើង!',
  'line.nowServing': 'កំពុងបម្រើ — ជួរ {line}',
};

export const giveUpMessages = defineMessages(vi, en, km);
