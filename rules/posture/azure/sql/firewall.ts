/**
 * Server-level IP firewall rules of Azure SQL, PostgreSQL and MySQL flexible servers: which ones
 * open the server to the internet. The rules only ever admit public addresses, so a range that lies
 * inside private (RFC 1918) space admits nobody and is ignored.
 */
import { parseIpv4 } from '../../../../src/detect/intel/ip.js';
import { fail, pass, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
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

/**
 * A PostgreSQL or MySQL flexible server: PASS without public access, FAIL when a firewall rule admits
 * the internet (or all of Azure), PASS otherwise. `publicNetworkAccess` left out: treated as
 * publicly reachable, the conservative reading.
 */
export function evaluateFlexibleServerFirewall(
  engine: 'PostgreSQL' | 'MySQL',
  server: Resource<{ network?: { publicNetworkAccess?: string }; firewallRules?: DatabaseFirewallRule[] }>,
): RuleOutcome {
  const access = server.config.network?.publicNetworkAccess ?? 'Enabled';
  if (access === 'Disabled') {
    return pass({ en: `${engine} server ${server.name} has no public access.`, ja: `${engine} サーバー ${server.name} にはパブリック アクセスがありません。` }, { publicNetworkAccess: access });
  }
  const rules = server.config.firewallRules ?? [];
  const open = internetOpenRules(rules);
  const azure = rules.filter(isAllowAzureServicesRule);
  if (open.length || azure.length) {
    const all = [...open, ...azure];
    return fail(
      { en: `${engine} server ${server.name} admits ${open.length ? 'the internet' : 'all of Azure'} through firewall rules ${describeRules(all)}.`, ja: `${engine} サーバー ${server.name} はファイアウォール規則 ${describeRules(all)} で${open.length ? 'インターネット' : 'Azure 全体'}からの接続を許可しています。` },
      { openRules: open, allowAzureServices: azure.map((r) => r.name) },
    );
  }
  return pass({ en: `No firewall rule of ${engine} server ${server.name} admits the internet or all of Azure (${rules.length} rules).`, ja: `${engine} サーバー ${server.name} にインターネットや Azure 全体を許可するファイアウォール規則はありません (規則 ${rules.length} 件)。` }, { rules: rules.length });
}
