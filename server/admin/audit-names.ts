// The audit log in people's words: who (full name or device name, not "user:canbo1") and what
// (a counter's number, a ticket's number, an item's name, not ids). Resolved when the log is
// read, from the configuration and today's queue; what no longer exists keeps its stored text.
import type { SiteConfig, Ticket } from '../../shared/domain/model.js';
import type { DeviceRecord, UserRecord } from '../store/config-data.js';
import type { AuditEntry } from '../store/store.js';

export interface AuditNames {
  config: SiteConfig;
  users: readonly UserRecord[];
  devices: readonly DeviceRecord[];
  tickets: ReadonlyMap<string, Ticket>;
}

export interface NamedAuditEntry extends AuditEntry {
  actorName: string;
  targetName?: string;
}

function actorOf(actor: string, names: AuditNames): string {
  const [kind, id = ''] = actor.split(/:(.*)/s);
  if (kind === 'user') return names.users.find((u) => u.username === id)?.fullName || id;
  if (kind === 'device') return names.devices.find((d) => d.id === id)?.name || id;
  return actor;
}

function targetOf(action: string, target: string, names: AuditNames): string | undefined {
  const { config } = names;
  const ticket = names.tickets.get(target);
  if (ticket) return ticket.displayNumber;
  const counter = config.counters.find((c) => c.id === target);
  if (counter) return `${counter.number} (${counter.name.vi})`;
  const item =
    config.procedures.find((p) => p.id === target) ??
    config.fields.find((f) => f.id === target) ??
    config.series.find((s) => s.id === target) ??
    config.priorityCategories.find((p) => p.id === target);
  if (item) return item.name.vi;
  const device = names.devices.find((d) => d.id === target);
  if (device) return device.name;
  const user = names.users.find((u) => u.username === target || u.id === target);
  if (user) return user.fullName || user.username;
  return action.startsWith('ticket:') || action.startsWith('counter:') ? undefined : target;
}

export function nameAuditEntries(entries: readonly AuditEntry[], names: AuditNames): NamedAuditEntry[] {
  return entries.map((e) => {
    const targetName = e.target ? targetOf(e.action, e.target, names) : undefined;
    return { ...e, actorName: actorOf(e.actor, names), ...(targetName ? { targetName } : {}) };
  });
}
