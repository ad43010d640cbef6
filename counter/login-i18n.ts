// Words of the sign-in form, shared by the counter terminal and the rating tablet.
import { defineMessages } from '../shared/i18n/messages.js';

const vi = {
  'login.title': 'Đăng nhập',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.busy': 'Đang đăng nhập…',
  'login.hint': 'Dùng tài khoản cán bộ do quản trị viên cấp.',
};

const en: Record<keyof typeof vi, string> = {
  'login.title': 'Sign in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.busy': 'Signing in…',
  'login.hint': 'Use the officer account your administrator gave you.',
};

const km: Partial<Record<keyof typeof vi, string>> = {
  'login.title': 'ចូលប្រើ',
  'login.username': 'ឈ្មោះអ្នកប្រើ',
  'login.password': 'ពាក្យសម្ងាត់',
  'login.submit': 'ចូលប្រើ',
};

export const loginMessages = defineMessages(vi, en, km);
