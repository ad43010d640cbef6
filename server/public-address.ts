// The address others can reach this hub at, used for every QR code and pairing link: the
// configured LUOT_PUBLIC_URL, else the address the port is bound to, else the machine's LAN address.
import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os';

export type PublicAddressSource = 'configured' | 'bound' | 'lan' | 'console' | 'loopback';

export interface PublicAddress {
  url: string;
  source: PublicAddressSource;
}

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Bridges of containers and virtual machines: a phone on the centre's Wi-Fi cannot reach them. */
const VIRTUAL_INTERFACE = /^(docker|br-|veth|virbr|vmnet|vboxnet|lxc|lxd|cni|flannel|podman|tailscale|zt)/;

const ANY_HOST = new Set(['', '0.0.0.0', '::', '[::]']);

/** The machine's own IPv4 addresses others may reach, real network cards first. */
export function lanAddresses(interfaces: Interfaces = networkInterfaces()): string[] {
  const real: string[] = [];
  const virtual: string[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal || info.address.startsWith('169.254.')) continue;
      (VIRTUAL_INTERFACE.test(name) ? virtual : real).push(info.address);
    }
  }
  return [...real, ...virtual];
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host);
}

export function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return true;
  }
}

/** Chooses the public address at start-up (the port is known once bound). */
export function choosePublicAddress(opts: {
  configured?: string;
  host: string;
  port: number;
  interfaces?: Interfaces;
}): PublicAddress {
  if (opts.configured) return { url: opts.configured.replace(/\/+$/, ''), source: 'configured' };
  if (!ANY_HOST.has(opts.host)) {
    const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
    const url = `http://${host}:${opts.port}`;
    return { url, source: isLoopbackHost(opts.host) ? 'loopback' : 'bound' };
  }
  const lan = lanAddresses(opts.interfaces)[0];
  if (lan) return { url: `http://${lan}:${opts.port}`, source: 'lan' };
  return { url: `http://localhost:${opts.port}`, source: 'loopback' };
}

/**
 * The base for links built for one console user: the chosen address, unless none was configured
 * and the console was opened through another of this machine's own addresses on our port (a
 * second network card). The Host header is only a hint, checked against the machine's addresses.
 */
export function addressForConsole(
  chosen: PublicAddress,
  hostHeader: string | undefined,
  opts: { port: number; interfaces?: Interfaces },
): PublicAddress {
  if (chosen.source === 'configured' || chosen.source === 'bound' || !hostHeader) return chosen;
  const match = /^(\d{1,3}(?:\.\d{1,3}){3})(?::(\d{1,5}))?$/.exec(hostHeader.trim());
  if (!match) return chosen;
  const [, ip, port] = match;
  if (Number(port ?? 80) !== opts.port) return chosen;
  if (!lanAddresses(opts.interfaces).includes(ip)) return chosen;
  return { url: `http://${ip}:${opts.port}`, source: 'console' };
}

/** The start-up line saying which address the links use and why. */
export function describePublicAddress(address: PublicAddress): string {
  const why: Record<PublicAddressSource, string> = {
    configured: 'from LUOT_PUBLIC_URL',
    bound: 'the address HOST binds to',
    lan: "this machine's LAN address; set LUOT_PUBLIC_URL to choose another",
    console: 'the address the console was opened through',
    loopback:
      'WARNING: a loopback address, phones and TVs cannot open these links; set LUOT_PUBLIC_URL=http://<LAN address>:<port>',
  };
  return `Links and QR codes use ${address.url}  (${why[address.source]})`;
}
