// Words of the voice settings' reading style and of the recording kit (Cài đặt › Giọng đọc).
// Officers read them: Vietnamese first, English complete.
import { defineMessages } from '../../shared/i18n/messages.js';

const vi = {
  'reading.title': 'Cách đọc số theo vùng',
  'reading.thousand': 'Hàng nghìn',
  'reading.zeroTen': 'Số 0 ở hàng chục (101)',
  'reading.fourAfterTens': 'Số 4 sau “mươi” (24)',
  'reading.example': 'Ví dụ: {text}',
  'kit.title': 'Giọng đọc riêng của trung tâm',
  'kit.intro':
    'Ghi âm từng tệp bằng micrô của máy này (đọc rõ, đều giọng, phòng yên tĩnh), hoặc tải lên tệp zip gồm các tệp <mã>.wav/.ogg. Tệp chưa ghi được đọc bằng giọng có sẵn.',
  'kit.language': 'Ngôn ngữ',
  'kit.coverage': 'Đã ghi {n}/{total} tệp',
  'kit.upload': 'Tải lên gói (zip)',
  'kit.download': 'Tải về gói đã ghi',
  'kit.reset': 'Dùng lại giọng có sẵn',
  'kit.preview': 'Nghe thử lời gọi',
  'kit.previewText': 'Lời gọi mẫu: {text}',
  'kit.clip': 'Mã',
  'kit.say': 'Đọc',
  'kit.state': 'Trạng thái',
  'kit.own': 'Đã ghi ({s} giây)',
  'kit.builtIn': 'Giọng có sẵn',
  'kit.missing': 'Chưa có',
  'kit.record': 'Ghi âm',
  'kit.stop': 'Dừng và lưu',
  'kit.redo': 'Ghi lại',
  'kit.play': 'Nghe',
  'kit.remove': 'Bỏ',
  'kit.saved': 'Đã lưu {id}.',
  'kit.chime': '(chuông: tải lên tệp âm thanh)',
  'kit.problems': 'Gói chưa dùng được:',
  'kit.noMic': 'Không mở được micrô: {error}',
};

const en: Record<keyof typeof vi, string> = {
  'reading.title': 'Regional reading of numbers',
  'reading.thousand': 'Thousands',
  'reading.zeroTen': 'A zero ten (101)',
  'reading.fourAfterTens': 'A 4 after “mươi” (24)',
  'reading.example': 'Example: {text}',
  'kit.title': "The centre's own voice",
  'kit.intro':
    "Record each clip with this computer's microphone (clear, even voice, quiet room), or upload a zip of <id>.wav/.ogg files. Clips not recorded are said by the built-in voice.",
  'kit.language': 'Language',
  'kit.coverage': '{n}/{total} clips recorded',
  'kit.upload': 'Upload a pack (zip)',
  'kit.download': 'Download the recorded pack',
  'kit.reset': 'Back to the built-in voice',
  'kit.preview': 'Preview a call',
  'kit.previewText': 'Sample call: {text}',
  'kit.clip': 'Id',
  'kit.say': 'Say',
  'kit.state': 'State',
  'kit.own': 'Recorded ({s} s)',
  'kit.builtIn': 'Built-in voice',
  'kit.missing': 'Missing',
  'kit.record': 'Record',
  'kit.stop': 'Stop and save',
  'kit.redo': 'Record again',
  'kit.play': 'Play',
  'kit.remove': 'Remove',
  'kit.saved': 'Saved {id}.',
  'kit.chime': '(chime: upload a sound file)',
  'kit.problems': 'The pack cannot be used:',
  'kit.noMic': 'The microphone could not be opened: {error}',
};

export const voiceAdminMessages = defineMessages(vi, en, {});
export type VoiceAdminKey = keyof typeof vi;
