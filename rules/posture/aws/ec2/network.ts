/**
 * Shared network logic for the ec2 and vpc rules: "is this CIDR the whole internet", "does this
 * security group permission / network ACL entry cover that port", CIDR containment. Pure functions.
 */
import type { IpPermission, NetworkAclEntry, SecurityGroupConfig } from '../../../../src/providers/aws/model/ec2.js';

export const WORLD_IPV4 = '0.0.0.0/0';
export const WORLD_IPV6 = '::/0';

/** Remote server administration ports checked by CIS 5.1–5.3 and FSBP EC2.21 / EC2.53 / EC2.54. */
export const ADMIN_PORTS = [22, 3389] as const;

/** FSBP EC2.19 high-risk ports. */
export const HIGH_RISK_PORTS = [
  20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300,
] as const;

/** FSBP EC2.18 default authorizedTcpPorts. */
export const AUTHORIZED_PUBLIC_PORTS = [80, 443] as const;

export type Family = 'ipv4' | 'ipv6' | 'any';
export type Proto = 'tcp' | 'udp';

/** True for 0.0.0.0/0 and ::/0 (in any spelling such as ::0/0). */
export function isWorldCidr(cidr: string | undefined, family: Family = 'any'): boolean {
  if (!cidr) return false;
  const c = cidr.trim().toLowerCase();
  const v4 = c === WORLD_IPV4;
  const v6 = /^(::|0{0,4}(:0{0,4}){1,7}|::0)\/0$/.test(c);
  return family === 'ipv4' ? v4 : family === 'ipv6' ? v6 : v4 || v6;
}

const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', '-1': 'all', all: 'all' };
const protocolName = (p: string) => PROTOCOL_NAMES[p.toLowerCase()] ?? p.toLowerCase();

/** Whether a protocol value ('tcp', '6', '-1' ...) carries one of `protocols`. */
export function protocolMatches(protocol: string, protocols: readonly Proto[]): boolean {
  const name = protocolName(protocol);
  return name === 'all' || (protocols as readonly string[]).includes(name);
}

/** Whether a security group permission lets `port` in over one of `protocols` (protocol -1 = every port). */
export function permissionCoversPort(p: IpPermission, port: number, protocols: readonly Proto[] = ['tcp', 'udp']): boolean {
  if (!protocolMatches(p.IpProtocol, protocols)) return false;
  if (protocolName(p.IpProtocol) === 'all') return true;
  const from = p.FromPort ?? -1;
  const to = p.ToPort ?? -1;
  if (from === -1 && to === -1) return true;
  return from <= port && port <= to;
}

/** World-open source CIDRs of a permission for the given address family. */
export function worldSources(p: IpPermission, family: Family): string[] {
  const out: string[] = [];
  if (family !== 'ipv6') for (const r of p.IpRanges) if (isWorldCidr(r.CidrIp, 'ipv4')) out.push(r.CidrIp);
  if (family !== 'ipv4') for (const r of p.Ipv6Ranges) if (isWorldCidr(r.CidrIpv6, 'ipv6')) out.push(r.CidrIpv6);
  return out;
}

/** Human-readable port range of a permission: "22", "0-1024", "all". */
export function portLabel(p: { IpProtocol: string; FromPort?: number; ToPort?: number }): string {
  if (protocolName(p.IpProtocol) === 'all' || p.FromPort === undefined || p.FromPort === -1) return 'all';
  return p.FromPort === p.ToPort ? String(p.FromPort) : `${p.FromPort}-${p.ToPort}`;
}

export interface OpenPort {
  port: number;
  protocol: string;
  portRange: string;
  source: string;
}

/** Every (port, world source) pair of `ports` that the group's inbound rules open to the internet. */
export function worldOpenPorts(sg: SecurityGroupConfig, ports: readonly number[], family: Family, protocols: readonly Proto[] = ['tcp', 'udp']): OpenPort[] {
  const out: OpenPort[] = [];
  for (const p of sg.ingress) {
    const sources = worldSources(p, family);
    if (!sources.length) continue;
    for (const port of ports) {
      if (!permissionCoversPort(p, port, protocols)) continue;
      for (const source of sources) out.push({ port, protocol: protocolName(p.IpProtocol), portRange: portLabel(p), source });
    }
  }
  return out;
}

/** Inbound world-open permissions of a group that open anything outside `allowed` TCP ports. */
export function worldOpenOutside(sg: SecurityGroupConfig, allowed: readonly number[]): { protocol: string; portRange: string; source: string }[] {
  const out: { protocol: string; portRange: string; source: string }[] = [];
  for (const p of sg.ingress) {
    const sources = worldSources(p, 'any');
    if (!sources.length) continue;
    const proto = protocolName(p.IpProtocol);
    const from = p.FromPort ?? -1;
    const to = p.ToPort ?? -1;
    const onlyAllowed =
      proto === 'tcp' && from !== -1 && to - from < allowed.length && Array.from({ length: to - from + 1 }, (_, i) => from + i).every((port) => allowed.includes(port));
    if (!onlyAllowed) for (const source of sources) out.push({ protocol: proto, portRange: portLabel(p), source });
  }
  return out;
}

/** Unique "tcp 22 from 0.0.0.0/0" strings for reasons. */
export function describeOpen(open: { protocol: string; portRange: string; source: string; port?: number }[]): string[] {
  return [...new Set(open.map((o) => `${o.protocol} ${o.port ?? o.portRange}${o.port !== undefined && o.portRange !== String(o.port) ? ` (rule ${o.portRange})` : ''} from ${o.source}`))];
}

/** Whether a network ACL entry's protocol and port range cover `port`. */
export function aclEntryCoversPort(e: NetworkAclEntry, port: number, protocols: readonly Proto[]): boolean {
  if (!protocolMatches(e.Protocol, protocols)) return false;
  if (protocolName(e.Protocol) === 'all' || !e.PortRange) return true;
  const from = e.PortRange.From ?? 0;
  const to = e.PortRange.To ?? 65535;
  return from <= port && port <= to;
}

/**
 * The inbound entry that decides traffic from the whole internet (family) to `port`, following
 * NACL evaluation order (lowest rule number first). Only entries whose source is the whole
 * internet decide for every source address; narrower entries are skipped. Returns the allowing
 * entry, or undefined when a world-wide deny (or nothing) decides first.
 */
export function aclAllowsWorldToPort(entries: NetworkAclEntry[], port: number, family: 'ipv4' | 'ipv6', protocols: readonly Proto[]): NetworkAclEntry | undefined {
  const inbound = entries.filter((e) => !e.Egress).sort((a, b) => a.RuleNumber - b.RuleNumber);
  for (const e of inbound) {
    const cidr = family === 'ipv4' ? e.CidrBlock : e.Ipv6CidrBlock;
    if (!isWorldCidr(cidr, family)) continue;
    if (!aclEntryCoversPort(e, port, protocols)) continue;
    return e.RuleAction === 'allow' ? e : undefined;
  }
  return undefined;
}

/** IPv4 CIDR → [network, prefix]; undefined for anything else. */
export function parseIpv4Cidr(cidr: string | undefined): { base: number; prefix: number } | undefined {
  const m = cidr?.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const ip = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { base: (ip & mask) >>> 0, prefix };
}

/** Whether IPv4 CIDR `outer` contains every address of `inner`. */
export function cidrContains(outer: string, inner: string): boolean {
  const o = parseIpv4Cidr(outer);
  const i = parseIpv4Cidr(inner);
  if (!o || !i || o.prefix > i.prefix) return false;
  const mask = o.prefix === 0 ? 0 : (0xffffffff << (32 - o.prefix)) >>> 0;
  return ((i.base & mask) >>> 0) === o.base;
}
