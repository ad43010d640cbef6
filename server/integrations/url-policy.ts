// Where a webhook or a notification gateway may point. Refused always: anything but http(s),
// credentials in the URL, link-local addresses (169.254.0.0/16 with the cloud metadata service,
// fe80::/10), unspecified, multicast and reserved addresses, and the hub itself (its own port on
// one of its own addresses). Refused unless the administrator allows private targets
// (LUOT_WEBHOOK_ALLOW_PRIVATE=true, since a centre's SMS gateway often sits on its LAN):
// loopback, private (RFC 1918, fc00::/7) and shared (100.64.0.0/10) addresses. Host names are
// resolved and every address is checked, when the URL is saved and again at each delivery, and the
// connection goes to the address that was checked (no DNS rebinding between check and connect).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

export interface UrlPolicyOptions {
  allowPrivate: boolean;
  /** The hub's own port(s): a target on one of this machine's addresses with such a port is the hub. */
  selfPorts: () => readonly number[];
  /** Host names the hub answers to (from LUOT_PUBLIC_URL), refused with a self port. */
  selfHosts?: () => readonly string[];
}

export type AddressClass = 'public' | 'private' | 'loopback' | 'forbidden';

const forbidden = new BlockList();
forbidden.addSubnet('0.0.0.0', 8, 'ipv4');
forbidden.addSubnet('169.254.0.0', 16, 'ipv4');
forbidden.addSubnet('192.0.0.0', 24, 'ipv4');
forbidden.addSubnet('224.0.0.0', 4, 'ipv4');
forbidden.addSubnet('240.0.0.0', 4, 'ipv4');
forbidden.addAddress('::', 'ipv6');
forbidden.addSubnet('fe80::', 10, 'ipv6');
forbidden.addSubnet('ff00::', 8, 'ipv6');
forbidden.addSubnet('fd00:ec2::', 32, 'ipv6');

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const privateNets = new BlockList();
privateNets.addSubnet('10.0.0.0', 8, 'ipv4');
privateNets.addSubnet('172.16.0.0', 12, 'ipv4');
privateNets.addSubnet('192.168.0.0', 16, 'ipv4');
privateNets.addSubnet('100.64.0.0', 10, 'ipv4');
privateNets.addSubnet('198.18.0.0', 15, 'ipv4');
privateNets.addSubnet('fc00::', 7, 'ipv6');

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:10.0.0.1), else the address. */
function unmapped(address: string): string {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match ? match[1] : address;
}

export function classifyAddress(raw: string): AddressClass {
  const address = unmapped(raw);
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  if (isIP(address) === 0) return 'forbidden';
  if (forbidden.check(address, family)) return 'forbidden';
  if (loopback.check(address, family)) return 'loopback';
  if (privateNets.check(address, family)) return 'private';
  return 'public';
}

export class UrlNotAllowed extends Error {}

function portOf(url: URL): number {
  return Number(url.port || (url.protocol === 'https:' ? 443 : 80));
}

function ownAddresses(): Set<string> {
  const own = new Set<string>(['127.0.0.1', '::1', '0.0.0.0', '::']);
  for (const list of Object.values(networkInterfaces())) {
    for (const i of list ?? []) own.add(unmapped(i.address));
  }
  return own;
}

export class UrlPolicy {
  constructor(private readonly options: UrlPolicyOptions) {}

  get allowPrivate(): boolean {
    return this.options.allowPrivate;
  }

  /** Checks the URL's form (no DNS): returns the parsed URL or throws UrlNotAllowed. */
  parse(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new UrlNotAllowed('not a URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UrlNotAllowed('only http and https');
    if (url.username || url.password) throw new UrlNotAllowed('no credentials in the URL');
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (
      this.options.selfHosts?.().some((h) => h.toLowerCase() === host) &&
      this.options.selfPorts().includes(portOf(url))
    )
      throw new UrlNotAllowed('the hub itself');
    if (host === 'localhost' || host.endsWith('.localhost')) this.checkAddress('127.0.0.1', url);
    if (isIP(host)) this.checkAddress(host, url);
    return url;
  }

  /** Every address a host resolves to must pass: returns them (connect only to these). */
  async resolve(url: URL): Promise<{ address: string; family: number }[]> {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host)
      ? [{ address: host, family: isIP(host) }]
      : await lookup(host, { all: true, verbatim: true }).catch(() => {
          throw new UrlNotAllowed(`cannot resolve ${host}`);
        });
    if (addresses.length === 0) throw new UrlNotAllowed(`cannot resolve ${host}`);
    for (const a of addresses) this.checkAddress(a.address, url);
    return addresses;
  }

  /** Form and resolution together (when a URL is saved). */
  async check(raw: string): Promise<URL> {
    const url = this.parse(raw);
    await this.resolve(url);
    return url;
  }

  private checkAddress(address: string, url: URL): void {
    const kind = classifyAddress(address);
    if (kind === 'forbidden') throw new UrlNotAllowed(`address ${address} is never allowed`);
    if (this.isSelf(address, url)) throw new UrlNotAllowed('the hub itself');
    if ((kind === 'private' || kind === 'loopback') && !this.options.allowPrivate) {
      throw new UrlNotAllowed(`${kind} address ${address} (set LUOT_WEBHOOK_ALLOW_PRIVATE=true to allow)`);
    }
  }

  private isSelf(address: string, url: URL): boolean {
    if (!this.options.selfPorts().includes(portOf(url))) return false;
    return ownAddresses().has(unmapped(address)) || classifyAddress(address) === 'loopback';
  }
}
