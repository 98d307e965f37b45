/**
 * VPC firewall rule analysis shared by the vpc rules: which rules are active ingress rules, which
 * source ranges mean "the whole internet", and which ports an allowed entry opens
 * (`IPProtocol` tcp/udp/all or a protocol number; `ports` items "22" or "20-30"; no ports = every port).
 * Pure functions.
 */
import { fail, notApplicable, pass, type RuleOutcome } from '../../../../src/model/rule.js';
import type { FirewallConfig, FirewallRuleEntry } from '../../../../src/providers/gcp/model.js';
import { lastSegment } from './refs.js';

export type Protocol = 'tcp' | 'udp';

export interface PortRange {
  from: number;
  to: number;
}

/** Database, file-sharing, remote-administration and cluster-control ports that must never face the internet. */
export const SENSITIVE_PORTS: Readonly<Record<number, string>> = {
  20: 'FTP data',
  21: 'FTP',
  23: 'Telnet',
  25: 'SMTP',
  110: 'POP3',
  135: 'Microsoft RPC',
  137: 'NetBIOS',
  138: 'NetBIOS',
  139: 'NetBIOS',
  143: 'IMAP',
  445: 'SMB',
  1433: 'SQL Server',
  1434: 'SQL Server Browser',
  1521: 'Oracle',
  2375: 'Docker API',
  2376: 'Docker API (TLS)',
  2379: 'etcd',
  3306: 'MySQL',
  5432: 'PostgreSQL',
  5601: 'Kibana',
  5900: 'VNC',
  6379: 'Redis',
  7001: 'WebLogic',
  9042: 'Cassandra',
  9200: 'Elasticsearch',
  9300: 'Elasticsearch transport',
  10250: 'Kubelet API',
  11211: 'Memcached',
  27017: 'MongoDB',
};

const PROTOCOL_NUMBERS: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '132': 'sctp', '50': 'esp', '51': 'ah' };

/** `tcp`, `udp`, `all`, … for an IPProtocol value given as a name or a protocol number. */
export function protocolName(ipProtocol: string): string {
  const p = ipProtocol.trim().toLowerCase();
  return PROTOCOL_NUMBERS[p] ?? p;
}

/** True for a source range that matches every address: `0.0.0.0/0`, `::/0` (any address with a /0 prefix). */
export function isInternetRange(cidr: string): boolean {
  return /^[0-9a-f.:]+\/0$/i.test(cidr.trim());
}

/** The rule's source ranges that open it to the whole internet. */
export function internetSources(fw: FirewallConfig): string[] {
  return (fw.sourceRanges ?? []).filter(isInternetRange);
}

/** Ingress (the default direction) and not disabled. */
export function isActiveIngress(fw: FirewallConfig): boolean {
  return (fw.direction ?? 'INGRESS') === 'INGRESS' && fw.disabled !== true;
}

/**
 * The port ranges an entry opens for `protocol`: 'all' for every port (protocol `all`, or tcp/udp
 * without ports), [] when the entry is for another protocol.
 */
export function entryPorts(entry: FirewallRuleEntry, protocol: Protocol): PortRange[] | 'all' {
  const name = protocolName(entry.IPProtocol);
  if (name === 'all') return 'all';
  if (name !== protocol) return [];
  if (!entry.ports?.length) return 'all';
  const out: PortRange[] = [];
  for (const item of entry.ports) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(item);
    if (!m) continue;
    const from = Number(m[1]);
    out.push({ from, to: m[2] === undefined ? from : Number(m[2]) });
  }
  return out;
}

/** Whether the entry lets `port` in over one of `protocols`. */
export function entryCoversPort(entry: FirewallRuleEntry, port: number, protocols: readonly Protocol[]): boolean {
  return protocols.some((protocol) => {
    const ranges = entryPorts(entry, protocol);
    return ranges === 'all' || ranges.some((r) => r.from <= port && port <= r.to);
  });
}

/** Whether the entry opens every port of tcp or udp (protocol `all`, or tcp/udp without a port list). */
export function entryOpensAllPorts(entry: FirewallRuleEntry): boolean {
  return entryPorts(entry, 'tcp') === 'all' || entryPorts(entry, 'udp') === 'all';
}

/** `tcp:22,8000-8080`, `udp (all ports)`, `all protocols`: an allowed entry, close to how gcloud prints it. */
export function describeEntry(entry: FirewallRuleEntry): string {
  const name = protocolName(entry.IPProtocol);
  if (name === 'all') return 'all protocols';
  return entry.ports?.length ? `${name}:${entry.ports.join(',')}` : `${name} (all ports)`;
}

export interface InternetExposure {
  /** Source ranges meaning "anyone" (`0.0.0.0/0`, `::/0`). */
  sources: string[];
  /** Ports of the requested list that an allowed entry opens. */
  ports: number[];
  /** The allowed entries that open them, as gcloud prints them. */
  entries: string[];
}

/**
 * What an active ingress rule opens to the internet among `ports` over `protocols`; undefined when
 * the rule is egress, disabled, not sourced from 0.0.0.0/0 or ::/0, or opens none of the ports.
 */
export function internetExposure(fw: FirewallConfig, ports: readonly number[], protocols: readonly Protocol[]): InternetExposure | undefined {
  if (!isActiveIngress(fw)) return undefined;
  const sources = internetSources(fw);
  if (!sources.length) return undefined;
  const open = new Set<number>();
  const entries: string[] = [];
  for (const entry of fw.allowed ?? []) {
    const covered = ports.filter((p) => entryCoversPort(entry, p, protocols));
    if (!covered.length) continue;
    covered.forEach((p) => open.add(p));
    entries.push(describeEntry(entry));
  }
  return open.size ? { sources, ports: [...open].sort((a, b) => a - b), entries } : undefined;
}

/** Evidence common to every firewall finding. */
export function firewallEvidence(fw: FirewallConfig): Record<string, unknown> {
  return {
    network: lastSegment(fw.network),
    direction: fw.direction ?? 'INGRESS',
    priority: fw.priority,
    disabled: fw.disabled ?? false,
    sourceRanges: fw.sourceRanges,
    allowed: fw.allowed?.map(describeEntry),
    targetTags: fw.targetTags,
    targetServiceAccounts: fw.targetServiceAccounts,
  };
}

/**
 * CIS 3.6 / 3.7: an active ingress rule must not allow `port` over tcp (or protocol `all`) from
 * 0.0.0.0/0 or ::/0. Egress rules are not applicable; disabled rules and other sources pass.
 */
export function evaluateAdminPort(fw: FirewallConfig, port: number, service: string): RuleOutcome {
  const network = lastSegment(fw.network);
  if ((fw.direction ?? 'INGRESS') !== 'INGRESS') {
    return notApplicable({ en: `Firewall rule ${fw.name} is an egress rule.`, ja: `ファイアウォールルール ${fw.name} は下り（EGRESS）ルールです。` });
  }
  if (fw.disabled === true) {
    return pass({ en: `Firewall rule ${fw.name} is disabled.`, ja: `ファイアウォールルール ${fw.name} は無効化されています。` }, firewallEvidence(fw));
  }
  const exposure = internetExposure(fw, [port], ['tcp']);
  if (!exposure) {
    return pass(
      {
        en: `Firewall rule ${fw.name} (network ${network}) does not allow ${service} (tcp:${port}) from 0.0.0.0/0 or ::/0.`,
        ja: `ファイアウォールルール ${fw.name}（ネットワーク ${network}）は 0.0.0.0/0 や ::/0 からの ${service}（tcp:${port}）を許可していません。`,
      },
      firewallEvidence(fw),
    );
  }
  return fail(
    {
      en: `Firewall rule ${fw.name} (network ${network}, priority ${fw.priority ?? 1000}) allows ${service} (tcp:${port}) from ${exposure.sources.join(', ')} through ${exposure.entries.join(', ')}.`,
      ja: `ファイアウォールルール ${fw.name}（ネットワーク ${network}、優先度 ${fw.priority ?? 1000}）が ${exposure.entries.join('、')} により ${exposure.sources.join('、')} からの ${service}（tcp:${port}）を許可しています。`,
    },
    { ...firewallEvidence(fw), internetSources: exposure.sources, openingEntries: exposure.entries },
  );
}
