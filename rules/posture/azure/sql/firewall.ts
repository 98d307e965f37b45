/**
 * Server-level IP firewall rules of Azure SQL, PostgreSQL and MySQL flexible servers: which ones
 * open the server to the internet. The rules only ever admit public addresses, so a range that lies
 * inside private (RFC 1918) space admits nobody and is ignored.
 */
import { parseIpv4 } from '../../../../src/detect/intel/ip.js';
import type { DatabaseFirewallRule } from '../../../../src/providers/azure/model/index.js';

/** A range larger than a /16 (65,536 addresses) is treated as open to the internet. */
export const WIDE_RANGE_ADDRESSES = 65_536;

const ipv4 = (text: string | undefined): number | undefined => parseIpv4((text ?? '').trim());

const PRIVATE: [number, number][] = [
  [ipv4('10.0.0.0')!, ipv4('10.255.255.255')!],
  [ipv4('172.16.0.0')!, ipv4('172.31.255.255')!],
  [ipv4('192.168.0.0')!, ipv4('192.168.255.255')!],
];

export interface OpenFirewallRule {
  name?: string;
  startIpAddress?: string;
  endIpAddress?: string;
  addresses: number;
}

/** `0.0.0.0`–`0.0.0.0`: the "Allow Azure services and resources to access this server" switch. */
export const isAllowAzureServicesRule = (r: DatabaseFirewallRule) => r.startIpAddress?.trim() === '0.0.0.0' && r.endIpAddress?.trim() === '0.0.0.0';

/** Rules that admit the whole internet or a public range wider than a /16. */
export function internetOpenRules(rules: readonly DatabaseFirewallRule[]): OpenFirewallRule[] {
  const open: OpenFirewallRule[] = [];
  for (const r of rules) {
    if (isAllowAzureServicesRule(r)) continue;
    const start = ipv4(r.startIpAddress);
    const end = ipv4(r.endIpAddress);
    if (start === undefined || end === undefined || end < start) continue;
    if (PRIVATE.some(([lo, hi]) => start >= lo && end <= hi)) continue;
    const addresses = end - start + 1;
    if (addresses > WIDE_RANGE_ADDRESSES) open.push({ name: r.name, startIpAddress: r.startIpAddress, endIpAddress: r.endIpAddress, addresses });
  }
  return open;
}

export const describeRules = (rules: readonly { name?: string; startIpAddress?: string; endIpAddress?: string }[]) =>
  rules.map((r) => `${r.name ?? '?'} (${r.startIpAddress}–${r.endIpAddress})`).join(', ');
