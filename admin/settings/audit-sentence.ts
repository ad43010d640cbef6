// One audit entry as a sentence: "Nguyễn Thị Thu Hà gọi số A012." — the person's name, the
// action in words, the counter, ticket or item named (see server/admin/audit-names.ts).
import type { Locale } from '../../shared/domain/model.js';
import type { AuditEntryView } from '../../shared/protocol/admin-views.js';
import { type AdminKey, adminMessages } from '../i18n.js';

export function auditSentence(entry: AuditEntryView, locale: Locale): string {
  const t = (key: AdminKey, params?: Record<string, string>) => adminMessages.t(locale, key, params);
  const who = entry.actor === 'anonymous' ? t('audit.citizen') : (entry.actorName ?? entry.actor);
  const target = entry.targetName ?? (entry.target ? t('audit.unknownTarget') : '');
  const key = `audit.say.${entry.action}`;
  const what = adminMessages.has(key)
    ? t(key, { target })
    : entry.action.startsWith('settings:')
      ? t('audit.settings', { target: entry.action.slice('settings:'.length) })
      : t('audit.other', { action: entry.action, target });
  return t('audit.sentence', { who, what: what.trim() });
}
