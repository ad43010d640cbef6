// The console's words for set-up: public address warning, login slip, pairing codes, device
// presence, holidays. Vietnamese first; English complete.
import { defineMessages } from '../shared/i18n/messages.js';

const vi = {
  'address.loopback':
    'Các liên kết và mã QR đang trỏ tới {url}, chỉ chính máy chủ mở được. Điện thoại và TV không dùng được. Hãy đặt LUOT_PUBLIC_URL=http://<địa chỉ LAN>:<cổng> rồi khởi động lại.',
  'slip.title': 'Phiếu đăng nhập Lượt',
  'slip.help':
    'Mật khẩu chỉ hiện một lần. In hoặc ghi lại rồi trao tận tay cán bộ. Lần đăng nhập đầu, cán bộ phải đổi mật khẩu.',
  'slip.name': 'Họ và tên',
  'slip.username': 'Tên đăng nhập',
  'slip.password': 'Mật khẩu tạm',
  'slip.address': 'Địa chỉ',
  'slip.print': 'In phiếu',
  'pair.code': 'Mã ghép nối',
  'pair.newCode': 'Tạo mã ghép nối',
  'pair.codeHelp': 'Trên TV/kiosk, mở {url} và gõ mã này. Mã dùng một lần, hết hạn lúc {until}.',
  'pair.orLink': 'Hoặc mở liên kết (có khoá thiết bị, chỉ hiện lần này):',
  'pair.board': 'Màn hình hiển thị',
  'pair.board.hall': 'Toàn sảnh',
  'pair.board.zone': 'Một khu (dãy số)',
  'pair.board.counter': 'Một quầy',
  'pair.zone': 'Khu (dãy số)',
  'presence.online': 'Đang kết nối',
  'presence.offline': 'Mất kết nối',
  'presence.never': 'Chưa kết nối',
  'presence.lastSeen': 'lần cuối {at}',
  'presence.title': 'Kết nối',
  'holidays.addYear': 'Thêm các ngày lễ năm {year}',
} as const;

const en: Record<keyof typeof vi, string> = {
  'address.loopback':
    'Links and QR codes point to {url}, which only this server can open. Phones and TVs cannot use them. Set LUOT_PUBLIC_URL=http://<LAN address>:<port> and restart.',
  'slip.title': 'Lượt sign-in slip',
  'slip.help':
    'The password is shown only now. Print or note it and hand it to the officer. At the first sign-in the officer must change it.',
  'slip.name': 'Full name',
  'slip.username': 'Username',
  'slip.password': 'Temporary password',
  'slip.address': 'Address',
  'slip.print': 'Print slip',
  'pair.code': 'Pairing code',
  'pair.newCode': 'Create a pairing code',
  'pair.codeHelp': 'On the TV/kiosk, open {url} and type this code. Single use, expires at {until}.',
  'pair.orLink': 'Or open the link (it holds the device key, shown only now):',
  'pair.board': 'What the display shows',
  'pair.board.hall': 'The whole hall',
  'pair.board.zone': 'One zone (series)',
  'pair.board.counter': 'One counter',
  'pair.zone': 'Zone (series)',
  'presence.online': 'Connected',
  'presence.offline': 'Disconnected',
  'presence.never': 'Never connected',
  'presence.lastSeen': 'last seen {at}',
  'presence.title': 'Connection',
  'holidays.addYear': 'Add the public holidays of {year}',
};

export const setupMessages = defineMessages<keyof typeof vi>(vi, en, {});
export type SetupKey = keyof typeof vi;
