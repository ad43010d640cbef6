// LUOT_TRUST_PROXY: which reverse proxies may tell the hub a client's address (X-Forwarded-For).
// Off by default: the address is the TCP peer's and forwarded headers are ignored. A number is
// the count of proxy hops in front of the hub; a list names the proxies' addresses or subnets
// (or Express's names loopback, linklocal, uniquelocal). "true" (trust any sender) is refused:
// any client could then choose its own address and escape every per-address limit.
import { isIP } from 'node:net';

export type TrustProxy = false | number | string[];

const NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function validEntry(entry: string): boolean {
  if (NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Parses the variable; returns an error message instead when it is not understood. */
export function parseTrustProxy(value: string | undefined): TrustProxy | { error: string } {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? hops : { error: 'at most 10 proxy hops' };
  }
  if (text === 'true') {
    return { error: 'true would trust any client; give the number of proxy hops or their addresses' };
  }
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const bad = entries.filter((e) => !validEntry(e));
  if (bad.length > 0) {
    return { error: `not an address, subnet or loopback/linklocal/uniquelocal: ${bad.join(', ')}` };
  }
  return entries;
}
