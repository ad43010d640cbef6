// The one rule for every password set by a person (new account, reset, own change): at least
// 10 characters, not the username, not in the shipped list of common passwords.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../services/service-error.js';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export type PasswordProblem =
  | 'password_too_short'
  | 'password_too_long'
  | 'password_is_username'
  | 'password_too_common'
  | 'password_is_current';

const MESSAGES: Record<PasswordProblem, string> = {
  password_too_short: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
  password_too_long: `Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`,
  password_is_username: 'Mật khẩu không được trùng tên đăng nhập.',
  password_too_common: 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.',
  password_is_current: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
};

let common: ReadonlySet<string> | null = null;

/** The shipped list, read once: one password a line, # comments. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(join(import.meta.dirname, 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map(fold),
  );
  return common;
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Why this password may not be used, or null when it may. Length counts characters, not bytes. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  const length = [...password.normalize('NFC')].length;
  if (length < MIN_PASSWORD_LENGTH) return 'password_too_short';
  if (length > MAX_PASSWORD_LENGTH) return 'password_too_long';
  const folded = fold(password);
  const name = fold(username.trim());
  if (name && (folded === name || folded === [...name].reverse().join(''))) return 'password_is_username';
  if (commonPasswords().has(folded)) return 'password_too_common';
  return null;
}

/** Refuses a password the policy does not allow (400 password_rejected, the reason in details). */
export function assertPasswordAllowed(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw passwordRejected(problem);
}

export function passwordRejected(problem: PasswordProblem): ServiceError {
  return new ServiceError(400, 'password_rejected', MESSAGES[problem], { reason: problem });
}
