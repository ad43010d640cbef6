// Words of the help-call notice that the admin monitor and the counter screen show while a kiosk
// asks for help. Officers read them: Vietnamese first, English and Khmer complete.
import { defineMessages } from '../i18n/messages.js';

const vi = {
  'helpCall.one': 'Cần hỗ trợ tại {where} (gọi lúc {time})',
  'helpCall.many': 'Cần hỗ trợ tại {n} kiosk: {where}',
  'helpCall.open': 'Mở bàn hướng dẫn',
};

type HelpCallKey = keyof typeof vi;

export const helpCallMessages = defineMessages<HelpCallKey>(
  vi,
  {
    'helpCall.one': 'Help needed at {where} (called at {time})',
    'helpCall.many': 'Help needed at {n} kiosks: {where}',
    'helpCall.open': 'Open the guidance desk',
  },
  {
    'helpCall.one': 'ត្រូវការជំនួយនៅ {where} (ហៅនៅម៉ោង {time})',
    'helpCall.many': 'ត្រូវការជំនួយនៅគីយ៉ូស {n}៖ {where}',
    'helpCall.open': 'បើកតុណែនាំ',
  },
);
