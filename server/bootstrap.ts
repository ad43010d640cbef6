// First start: on an empty data directory, create the administrator (no default password:
// LUOT_ADMIN_PASSWORD or a random one) and, unless disabled, the demo centre with three officers
// and one device of each kind. Returns the secrets; first-start-credentials.ts decides where they
// go (an owner-only file, the terminal only when it is one; never a log).
import { demoAppointments } from './seed/demo-appointments.js';
import { randomUUID } from 'node:crypto';
import { defaultSiteSettings } from '../shared/protocol/defaults.js';
import { generatePassword, hashPassword } from './auth/passwords.js';
import { hashSecret, newDeviceKey } from './auth/secrets.js';
import { DEMO_KIOSK_VISITS, DEMO_RATING, DEMO_STAFF, demoSiteConfig } from './seed/index.js';
import type { DeviceKind, DeviceRecord, SiteRecord, UserRecord } from './store/config-data.js';
import type { Store } from './store/store.js';

export interface FirstStartReport {
  admin: { username: string; password: string | null; generated: boolean };
  officers: { username: string; fullName: string; password: string }[];
  devices: { kind: DeviceKind; name: string; key: string; path: string }[];
  siteId: string | null;
}

export async function firstStart(
  store: Store,
  opts: {
    adminPassword?: string;
    demo: boolean;
    clock: () => number;
    /** Generated passwords must be changed at the first sign-in (default true). */
    forcePasswordChange?: boolean;
  },
): Promise<FirstStartReport | null> {
  if (store.config.users.length > 0 || store.config.sites.length > 0) return null;
  const now = opts.clock();
  const adminPassword = opts.adminPassword ?? generatePassword();
  const mustChange = opts.forcePasswordChange !== false ? { mustChangePassword: true } : {};
  const users: UserRecord[] = [
    {
      id: 'u-admin',
      username: 'admin',
      fullName: 'Quản trị hệ thống',
      role: 'admin',
      siteIds: [],
      passwordHash: await hashPassword(adminPassword),
      disabled: false,
      createdAt: now,
      ...(opts.adminPassword ? {} : mustChange),
    },
  ];
  const report: FirstStartReport = {
    admin: {
      username: 'admin',
      password: opts.adminPassword ? null : adminPassword,
      generated: !opts.adminPassword,
    },
    officers: [],
    devices: [],
    siteId: null,
  };
  const devices: DeviceRecord[] = [];
  const sites: SiteRecord[] = [];
  if (opts.demo) {
    const config = demoSiteConfig('demo');
    const settings = defaultSiteSettings();
    settings.rating = { ...settings.rating, ...DEMO_RATING };
    settings.appointments = demoAppointments();
    settings.kiosk = { ...settings.kiosk, visits: { ...DEMO_KIOSK_VISITS } };
    sites.push({ config, settings });
    report.siteId = config.site.id;
    for (const staff of DEMO_STAFF) {
      const password = generatePassword();
      users.push({
        id: `u-${staff.username}`,
        username: staff.username,
        fullName: staff.fullName,
        role: 'staff',
        siteIds: [config.site.id],
        passwordHash: await hashPassword(password),
        disabled: false,
        createdAt: now,
        ...mustChange,
      });
      report.officers.push({ username: staff.username, fullName: staff.fullName, password });
    }
    const firstCounter = config.counters[0]?.id ?? null;
    const kinds: { kind: DeviceKind; name: string; path: string }[] = [
      { kind: 'kiosk', name: 'Kiosk sảnh chính', path: '/kiosk/' },
      { kind: 'display', name: 'Màn hình sảnh', path: '/display/' },
      { kind: 'counter', name: 'Máy quầy 1', path: '/counter/' },
      { kind: 'integration', name: 'Tích hợp mẫu', path: '/api/sites/demo/snapshot' },
    ];
    for (const d of kinds) {
      const id = `dev-${randomUUID().slice(0, 8)}`;
      const key = newDeviceKey(id);
      devices.push({
        id,
        siteId: config.site.id,
        kind: d.kind,
        name: d.name,
        counterId: d.kind === 'counter' ? firstCounter : null,
        printer: null,
        keyHash: hashSecret(key),
        createdAt: now,
        revokedAt: null,
      });
      report.devices.push({ ...d, key });
    }
  }
  await store.updateConfig((data) => {
    data.users.push(...users);
    data.devices.push(...devices);
    data.sites.push(...sites);
  });
  return report;
}

/** The lines printed once at first start. */
export function firstStartLines(report: FirstStartReport, baseUrl: string): string[] {
  const lines = ['', '=== Lượt: first start ==='];
  lines.push(
    report.admin.password
      ? `Admin login: ${report.admin.username} / ${report.admin.password}   (shown once; change it in the admin console)`
      : `Admin login: ${report.admin.username} / the password in LUOT_ADMIN_PASSWORD`,
  );
  if (report.officers.length > 0) {
    lines.push('Officer logins (counter app):');
    for (const o of report.officers) lines.push(`  ${o.username} / ${o.password}   ${o.fullName}`);
  }
  if (report.devices.length > 0) {
    lines.push('Ready-to-open device URLs (keys are shown only now):');
    for (const d of report.devices) {
      const url =
        d.kind === 'integration'
          ? `${baseUrl}${d.path}  (Authorization: Bearer ${d.key})`
          : `${baseUrl}${d.path}?key=${d.key}`;
      lines.push(`  ${d.kind.padEnd(11)} ${url}`);
    }
  }
  lines.push(`Admin console: ${baseUrl}/admin/`, '');
  return lines;
}
