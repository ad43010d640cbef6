// The words of the password dialog (admin console and counter). Vietnamese first; English complete.
import { defineMessages } from '../i18n/messages.js';

const vi = {
  'password.change': 'Đổi mật khẩu',
  'password.current': 'Mật khẩu hiện tại',
  'password.next': 'Mật khẩu mới',
  'password.repeat': 'Nhập lại mật khẩu mới',
  'password.rules':
    'Ít nhất 10 ký tự, khác tên đăng nhập, không phải mật khẩu phổ biến. Có thể dùng chữ có dấu và dấu cách.',
  'password.mismatch': 'Hai lần nhập mật khẩu mới không giống nhau.',
  'password.changed': 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.',
  'password.forcedTitle': 'Hãy đặt mật khẩu của riêng bạn',
  'password.forcedHelp':
    'Bạn đang dùng mật khẩu được cấp. Đặt mật khẩu mới trước khi làm việc: chỉ bạn được biết mật khẩu này.',
  'password.save': 'Lưu mật khẩu mới',
  'password.cancel': 'Huỷ',
  'password.signOut': 'Đăng xuất',
  'password.reason.password_too_short': 'Mật khẩu mới cần ít nhất 10 ký tự.',
  'password.reason.password_is_username': 'Mật khẩu mới không được trùng tên đăng nhập.',
  'password.reason.password_too_common': 'Mật khẩu mới quá phổ biến, dễ bị đoán.',
  'password.reason.password_is_current': 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  'password.reason.invalid_credentials': 'Mật khẩu hiện tại không đúng.',
} as const;

const en: Record<keyof typeof vi, string> = {
  'password.change': 'Change password',
  'password.current': 'Current password',
  'password.next': 'New password',
  'password.repeat': 'Repeat the new password',
  'password.rules':
    'At least 10 characters, not the username, not a common password. Accents and spaces are fine.',
  'password.mismatch': 'The two new passwords differ.',
  'password.changed': 'Password changed. Your other sessions have been signed out.',
  'password.forcedTitle': 'Choose your own password',
  'password.forcedHelp':
    'You are using a password you were given. Choose a new one before you start: only you should know it.',
  'password.save': 'Save the new password',
  'password.cancel': 'Cancel',
  'password.signOut': 'Sign out',
  'password.reason.password_too_short': 'The new password needs at least 10 characters.',
  'password.reason.password_is_username': 'The new password must not be the username.',
  'password.reason.password_too_common': 'The new password is too common and easy to guess.',
  'password.reason.password_is_current': 'The new password must differ from the current one.',
  'password.reason.invalid_credentials': 'The current password is wrong.',
};

const km: Partial<Record<keyof typeof vi, string>> = {
  'password.change': 'ប្តូរពាក្យសម្ងាត់',
};

export const passwordMessages = defineMessages<keyof typeof vi>(vi, en, km);
export type PasswordKey = keyof typeof vi;
