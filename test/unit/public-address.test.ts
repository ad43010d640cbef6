// Which address QR codes and pairing links use: configured, bound, LAN (real cards first), or a
// loopback warning; and when a console's own Host header may be used instead.
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  addressForConsole,
  choosePublicAddress,
  describePublicAddress,
  isLoopbackUrl,
  lanAddresses,
} from '../../server/public-address.js';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '00:00:00:00:00:00',
  internal: false,
  cidr: `${address}/64`,
  scopeid: 0,
});

const office = {
  lo: [v4('127.0.0.1', true)],
  docker0: [v4('172.17.0.1')],
  enp3s0: [v6('fe80::1'), v4('192.168.1.20')],
  wlan0: [v4('169.254.3.4'), v4('10.0.0.7')],
};

describe('lanAddresses', () => {
  it('lists non-internal IPv4 addresses, real cards before container bridges, without link-local', () => {
    expect(lanAddresses(office)).toEqual(['192.168.1.20', '10.0.0.7', '172.17.0.1']);
  });
  it('is empty on a machine with only loopback', () => {
    expect(lanAddresses({ lo: [v4('127.0.0.1', true)] })).toEqual([]);
  });
});

describe('choosePublicAddress', () => {
  it('uses LUOT_PUBLIC_URL when set, without its trailing slash', () => {
    expect(
      choosePublicAddress({
        configured: 'https://luot.phuong.gov.vn/',
        host: '0.0.0.0',
        port: 3000,
        interfaces: office,
      }),
    ).toEqual({ url: 'https://luot.phuong.gov.vn', source: 'configured' });
  });
  it("defaults to the machine's first LAN address when bound to every address", () => {
    expect(choosePublicAddress({ host: '0.0.0.0', port: 3000, interfaces: office })).toEqual({
      url: 'http://192.168.1.20:3000',
      source: 'lan',
    });
    expect(choosePublicAddress({ host: '::', port: 8080, interfaces: office }).url).toBe(
      'http://192.168.1.20:8080',
    );
  });
  it('uses the bound address when HOST names one', () => {
    expect(choosePublicAddress({ host: '10.0.0.7', port: 3000, interfaces: office })).toEqual({
      url: 'http://10.0.0.7:3000',
      source: 'bound',
    });
  });
  it('says loopback when nothing else can reach the machine', () => {
    expect(choosePublicAddress({ host: '127.0.0.1', port: 3000, interfaces: office }).source).toBe(
      'loopback',
    );
    expect(choosePublicAddress({ host: '0.0.0.0', port: 3000, interfaces: { lo: office.lo } })).toEqual({
      url: 'http://localhost:3000',
      source: 'loopback',
    });
  });
});

describe('addressForConsole', () => {
  const lan = choosePublicAddress({ host: '0.0.0.0', port: 3000, interfaces: office });
  it("uses the console's host when it is another of the machine's own addresses on our port", () => {
    expect(addressForConsole(lan, '10.0.0.7:3000', { port: 3000, interfaces: office })).toEqual({
      url: 'http://10.0.0.7:3000',
      source: 'console',
    });
  });
  it('never trusts a Host header that is not one of our addresses, or another port', () => {
    for (const host of [
      'evil.example:3000',
      '192.168.1.99:3000',
      '10.0.0.7:80',
      'localhost:3000',
      '127.0.0.1:3000',
    ]) {
      expect(addressForConsole(lan, host, { port: 3000, interfaces: office })).toBe(lan);
    }
  });
  it('keeps a configured address whatever the Host header says', () => {
    const configured = choosePublicAddress({ configured: 'https://a.vn', host: '0.0.0.0', port: 3000 });
    expect(addressForConsole(configured, '10.0.0.7:3000', { port: 3000, interfaces: office })).toBe(
      configured,
    );
  });
});

describe('loopback detection and the start-up line', () => {
  it('recognises loopback links', () => {
    expect(isLoopbackUrl('http://localhost:3000')).toBe(true);
    expect(isLoopbackUrl('http://127.0.0.1:3000')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:3000')).toBe(true);
    expect(isLoopbackUrl('http://192.168.1.20:3000')).toBe(false);
  });
  it('names the address and why it was chosen, and warns on loopback', () => {
    expect(describePublicAddress({ url: 'http://192.168.1.20:3000', source: 'lan' })).toContain(
      'http://192.168.1.20:3000',
    );
    expect(describePublicAddress({ url: 'http://localhost:3000', source: 'loopback' })).toMatch(
      /WARNING.*LUOT_PUBLIC_URL/,
    );
  });
});
