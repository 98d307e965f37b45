/**
 * Small IPv4/IPv6 address and CIDR helpers (no dependency): IPv4 as an unsigned 32-bit number,
 * IPv6 as a 128-bit bigint. IPv4-mapped IPv6 addresses (::ffff:1.2.3.4) are treated as IPv4.
 */
import { isIPv6 } from 'node:net';

export type Ip = { v: 4; n: number } | { v: 6; n: bigint };
export type Cidr = { v: 4; n: number; bits: number } | { v: 6; n: bigint; bits: number };

const MAX_V6 = (1n << 128n) - 1n;

/** Dotted-quad IPv4 (no leading zeros) → unsigned number, or undefined. */
export function parseIpv4(s: string): number | undefined {
  let n = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) {
      if (digits === 0 || dots === 3) return undefined;
      n = n * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && part === 0) return undefined; // leading zero
      part = part * 10 + (c - 48);
      if (part > 255) return undefined;
      digits++;
    } else {
      return undefined;
    }
  }
  if (dots !== 3 || digits === 0) return undefined;
  return n * 256 + part;
}

/** IPv6 text (with optional zone and embedded IPv4) → bigint, or undefined. */
export function parseIpv6(input: string): bigint | undefined {
  let s = input;
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!isIPv6(s)) return undefined;
  const lastColon = s.lastIndexOf(':');
  if (s.indexOf('.', lastColon) >= 0) {
    const v4 = parseIpv4(s.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    s = `${s.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const double = s.indexOf('::');
  let groups: string[];
  if (double >= 0) {
    const head = s.slice(0, double) ? s.slice(0, double).split(':') : [];
    const tail = s.slice(double + 2) ? s.slice(double + 2).split(':') : [];
    groups = [...head, ...new Array<string>(8 - head.length - tail.length).fill('0'), ...tail];
  } else {
    groups = s.split(':');
  }
  if (groups.length !== 8) return undefined;
  let n = 0n;
  for (const g of groups) n = (n << 16n) | BigInt(parseInt(g, 16));
  return n;
}

/** Any IP address text (IPv4, IPv6, [IPv6]) → parsed address; IPv4-mapped IPv6 becomes IPv4. */
export function parseIp(s: string): Ip | undefined {
  const v4 = parseIpv4(s);
  if (v4 !== undefined) return { v: 4, n: v4 };
  if (s.indexOf(':') < 0) return undefined;
  const text = s.startsWith('[') && s.endsWith(']') ? s.slice(1, -1) : s;
  const v6 = parseIpv6(text);
  if (v6 === undefined) return undefined;
  if (v6 >> 32n === 0xffffn) return { v: 4, n: Number(v6 & 0xffffffffn) };
  return { v: 6, n: v6 };
}

export function maskV4(n: number, bits: number): number {
  if (bits <= 0) return 0;
  if (bits >= 32) return n >>> 0;
  return (n & (0xffffffff << (32 - bits))) >>> 0;
}

export function maskV6(n: bigint, bits: number): bigint {
  if (bits <= 0) return 0n;
  if (bits >= 128) return n;
  return n & (MAX_V6 ^ ((1n << BigInt(128 - bits)) - 1n));
}

/** `a.b.c.d/n` or `v6/n` → the network (host bits cleared), or undefined. */
export function parseCidr(s: string): Cidr | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const bitsText = s.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  const ip = parseIp(s.slice(0, slash));
  if (!ip) return undefined;
  if (ip.v === 4) {
    // An IPv4-mapped IPv6 prefix (::ffff:1.2.3.0/120) counts in IPv4 bits.
    const b = s.slice(0, slash).includes(':') ? bits - 96 : bits;
    if (b < 0 || b > 32) return undefined;
    return { v: 4, n: maskV4(ip.n, b), bits: b };
  }
  if (bits > 128) return undefined;
  return { v: 6, n: maskV6(ip.n, bits), bits };
}

export function formatIpv4(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** RFC 5952 text: lower case, longest run of zero groups (≥ 2) compressed. */
export function formatIpv6(n: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((n >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

export function formatIp(ip: Ip): string {
  return ip.v === 4 ? formatIpv4(ip.n) : formatIpv6(ip.n);
}

/** The network an address belongs to at the given prefix lengths, as CIDR text (e.g. 203.0.113.0/24). */
export function networkOf(ip: string, v4Bits = 24, v6Bits = 48): string | undefined {
  const p = parseIp(ip);
  if (!p) return undefined;
  return p.v === 4 ? `${formatIpv4(maskV4(p.n, v4Bits))}/${v4Bits}` : `${formatIpv6(maskV6(p.n, v6Bits))}/${v6Bits}`;
}

const IPV4_HEAD = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/;

/**
 * Whether an address is internal rather than on the internet: RFC 1918, carrier-grade NAT
 * (100.64.0.0/10), loopback, and IPv6 unique-local (fc00::/7) and link-local (fe80::/10).
 */
export function isPrivateAddress(ip: string): boolean {
  const m = IPV4_HEAD.exec(ip);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a === 127;
  }
  return /^f[cd][0-9a-f]{2}:/i.test(ip) || /^fe[89ab][0-9a-f]:/i.test(ip);
}
