/**
 * Network security group analysis shared by the NSG exposure rules: which inbound traffic from the
 * internet an NSG lets through, rule by rule, as Azure evaluates it.
 *
 * Azure matches a flow against the inbound rules in priority order (lowest number first) and the
 * first rule that matches decides. An Allow whose source is the whole internet (`*`, `Internet`,
 * `0.0.0.0/0`, `::/0`, or prefixes that add up to it) exposes a port unless rules of higher
 * priority deny that port for every internet address the Allow admits and for every destination it
 * covers; a narrow Deny (one address range, one destination) leaves the rest exposed. The default
 * rules (`defaultSecurityRules`) never allow inbound internet traffic except the load balancer
 * probe, so only `securityRules` are read. Pure functions.
 */
import type { SecurityRule } from '@azure/arm-network';
import { parseIpv4, parseIpv6 } from '../../../../src/detect/intel/ip.js';
import { fail, pass, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import type { NetworkSecurityGroupConfig } from '../../../../src/providers/azure/model/index.js';

export type Protocol = 'tcp' | 'udp';

/** An inclusive range: of ports (numbers) or of addresses (bigints). */
interface Range<T extends number | bigint> {
  lo: T;
  hi: T;
}
type PortRange = Range<number>;
type AddrRange = Range<bigint>;
type Family = 'v4' | 'v6';
const FAMILIES: readonly Family[] = ['v4', 'v6'];
type AddrSet = Record<Family, AddrRange[]>;

export const ALL_PORTS: readonly PortRange[] = [{ lo: 0, hi: 65535 }];
const MAX: Record<Family, bigint> = { v4: (1n << 32n) - 1n, v6: (1n << 128n) - 1n };
const FULL: AddrSet = { v4: [{ lo: 0n, hi: MAX.v4 }], v6: [{ lo: 0n, hi: MAX.v6 }] };

// ── address parsing ──────────────────────────────────────────────────────────────────────────

// The address parsers detection uses for threat-intel lists (dotted quads without leading zeros,
// IPv6 with :: and an embedded IPv4 tail).
function parseV4(text: string): bigint | undefined {
  const n = parseIpv4(text);
  return n === undefined ? undefined : BigInt(n);
}

function parseV6(text: string): bigint | undefined {
  return text.includes('%') ? undefined : parseIpv6(text);
}

/** `10.0.0.0/8`, `203.0.113.7`, `2001:db8::/32` as a family and an address range; undefined for anything else. */
function parseCidr(text: string): { family: Family; range: AddrRange } | undefined {
  const [addr, bitsText, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const v4 = parseV4(addr);
  const family: Family | undefined = v4 !== undefined ? 'v4' : parseV6(addr) !== undefined ? 'v6' : undefined;
  if (!family) return undefined;
  const value = family === 'v4' ? v4! : parseV6(addr)!;
  const width = family === 'v4' ? 32 : 128;
  // CIS counts a bare 0.0.0.0 as "any source".
  const bits = bitsText === undefined ? (value === 0n && family === 'v4' ? 0 : width) : /^\d+$/.test(bitsText) ? Number(bitsText) : NaN;
  if (!(bits >= 0 && bits <= width)) return undefined;
  const host = (1n << BigInt(width - bits)) - 1n;
  const lo = value & (MAX[family] ^ host);
  return { family, range: { lo, hi: lo | host } };
}

// ── range arithmetic ─────────────────────────────────────────────────────────────────────────

function normalize<T extends number | bigint>(ranges: Range<T>[]): Range<T>[] {
  const sorted = [...ranges].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  const out: Range<T>[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    // Adjacent ranges merge too (hi + 1 === lo).
    if (last && (typeof r.lo === 'bigint' ? (r.lo as bigint) <= (last.hi as bigint) + 1n : (r.lo as number) <= (last.hi as number) + 1)) {
      if (r.hi > last.hi) last.hi = r.hi;
    } else out.push({ ...r });
  }
  return out;
}

function intersect<T extends number | bigint>(a: Range<T>[], b: Range<T>[]): Range<T>[] {
  const out: Range<T>[] = [];
  for (const x of a) for (const y of b) {
    const lo = x.lo > y.lo ? x.lo : y.lo;
    const hi = x.hi < y.hi ? x.hi : y.hi;
    if (lo <= hi) out.push({ lo, hi });
  }
  return normalize(out);
}

function subtract(a: AddrRange[], b: AddrRange[]): AddrRange[] {
  let rest = normalize(a);
  for (const y of normalize(b)) {
    const next: AddrRange[] = [];
    for (const x of rest) {
      if (y.hi < x.lo || y.lo > x.hi) next.push(x);
      else {
        if (x.lo < y.lo) next.push({ lo: x.lo, hi: y.lo - 1n });
        if (x.hi > y.hi) next.push({ lo: y.hi + 1n, hi: x.hi });
      }
    }
    rest = next;
  }
  return rest;
}

/** Whether `outer` contains every address or port of `inner`. */
function covers<T extends number | bigint>(outer: Range<T>[], inner: Range<T>[]): boolean {
  const merged = normalize(outer);
  return normalize(inner).every((r) => merged.some((o) => o.lo <= r.lo && r.hi <= o.hi));
}

/** Private, shared, loopback, link-local and multicast space: not "the internet". */
const NON_PUBLIC: AddrSet = {
  v4: ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.168.0.0/16', '224.0.0.0/3'].map((c) => parseCidr(c)!.range),
  v6: ['::/127', 'fc00::/7', 'fe80::/10', 'ff00::/8'].map((c) => parseCidr(c)!.range),
};
const PUBLIC: AddrSet = { v4: subtract(FULL.v4, NON_PUBLIC.v4), v6: subtract(FULL.v6, NON_PUBLIC.v6) };

// ── one security rule ────────────────────────────────────────────────────────────────────────

/** A rule's source or destination: `all` (`*`, `Any`), address ranges per family, and named tags / application security groups. */
interface Endpoint {
  all: boolean;
  addrs: AddrSet;
  /** Service tags (lower case) and application security group ids (lower case). */
  names: Set<string>;
  /** The values as written in the rule, for evidence. */
  raw: string[];
}

function endpoint(prefix: string | undefined, prefixes: string[] | undefined, groups: { id?: string }[] | undefined, side: 'source' | 'destination'): Endpoint | undefined {
  const raw = [prefix, ...(prefixes ?? [])].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  const asgs = (groups ?? []).map((g) => g.id?.toLowerCase()).filter((id): id is string => !!id);
  if (!raw.length && !asgs.length) return undefined;
  const e: Endpoint = { all: false, addrs: { v4: [], v6: [] }, names: new Set(asgs), raw: [...raw, ...asgs.map((id) => id.split('/').pop() ?? id)] };
  for (const p of raw) {
    const value = p.trim();
    const lower = value.toLowerCase();
    if (lower === '*' || lower === 'any') e.all = true;
    else if (lower === 'internet' && side === 'source') {
      // As a source, the Internet tag is every address outside the virtual network: the whole internet.
      e.addrs.v4.push(...FULL.v4);
      e.addrs.v6.push(...FULL.v6);
    } else {
      const cidr = parseCidr(value);
      if (cidr) e.addrs[cidr.family].push(cidr.range);
      else e.names.add(lower);
    }
  }
  if (e.all) e.addrs = { v4: [...FULL.v4], v6: [...FULL.v6] };
  e.addrs = { v4: normalize(e.addrs.v4), v6: normalize(e.addrs.v6) };
  return e;
}

/** Whether a deny rule's destination contains everything an allow rule's destination does. */
function destinationCovers(deny: Endpoint, allow: Endpoint): boolean {
  if (deny.all) return true;
  if (allow.all) return false;
  for (const n of allow.names) if (!deny.names.has(n)) return false;
  return FAMILIES.every((f) => covers(deny.addrs[f], allow.addrs[f]));
}

/** The destination ports of a rule: `*`, `3389`, `3000-4000`, singly or as a list; undefined when it names none. */
function ports(rule: SecurityRule): PortRange[] | undefined {
  const items = [rule.destinationPortRange, ...(rule.destinationPortRanges ?? [])].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (!items.length) return undefined;
  const out: PortRange[] = [];
  for (const item of items) {
    const text = item.trim();
    if (text === '*') return [...ALL_PORTS];
    const m = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(text);
    if (!m) continue;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (lo <= hi) out.push({ lo, hi: Math.min(hi, 65535) });
  }
  return normalize(out);
}

const isInbound = (r: SecurityRule) => (r.direction ?? '').toLowerCase() === 'inbound';
const accessOf = (r: SecurityRule) => (r.access ?? '').toLowerCase();
/** Whether the rule's protocol includes `p`; a rule without a protocol counts as `*` when it allows and as nothing when it denies (either way errs towards exposure). */
function protocolMatches(r: SecurityRule, p: Protocol): boolean {
  const proto = r.protocol?.toLowerCase();
  if (!proto) return accessOf(r) === 'allow';
  return proto === '*' || proto === p;
}

/** Whether an endpoint admits every public address of some family: the whole internet. */
function isWholeInternet(e: Endpoint): boolean {
  return FAMILIES.some((f) => covers(e.addrs[f], PUBLIC[f]));
}

export const formatPorts = (ranges: readonly PortRange[]): string[] =>
  ranges.map((r) => (r.lo === 0 && r.hi === 65535 ? '*' : r.lo === r.hi ? String(r.lo) : `${r.lo}-${r.hi}`));

/** One allow rule that lets internet traffic through to some of the ports asked about. */
export interface Exposure {
  rule: string;
  priority?: number;
  protocol: 'Tcp' | 'Udp';
  /** The exposed ports among those asked about (`3389`, `3000-4000`, `*`). */
  ports: string[];
  /** The rule's own destination ports as written. */
  rulePorts: string[];
  sources: string[];
  destinations: string[];
  /** True when the rule's destination ports are every port. */
  allPorts: boolean;
  /** Exposed port ranges, for callers that test specific ports. */
  ranges: PortRange[];
}

/**
 * The internet exposures of an NSG over `protocols` among `interest` (port ranges): for each
 * inbound Allow rule whose source is the whole internet, the ports of `interest` it opens that no
 * rule of higher priority denies to all of its internet sources and destinations.
 */
export function internetExposures(rules: readonly SecurityRule[], protocols: readonly Protocol[], interest: readonly PortRange[] = ALL_PORTS): Exposure[] {
  const inbound = rules.filter(isInbound).map((r, i) => ({ r, i }));
  // Lowest priority number first; the list order breaks ties (Azure keeps priorities unique).
  inbound.sort((a, b) => (a.r.priority ?? Infinity) - (b.r.priority ?? Infinity) || a.i - b.i);
  const out: Exposure[] = [];
  for (const p of protocols) {
    for (let i = 0; i < inbound.length; i++) {
      const allow = inbound[i].r;
      if (accessOf(allow) !== 'allow' || !protocolMatches(allow, p)) continue;
      const source = endpoint(allow.sourceAddressPrefix, allow.sourceAddressPrefixes, allow.sourceApplicationSecurityGroups, 'source');
      if (!source || !isWholeInternet(source)) continue;
      // An allow rule without destination or ports is read as "everything" (errs towards exposure).
      const destination = endpoint(allow.destinationAddressPrefix, allow.destinationAddressPrefixes, allow.destinationApplicationSecurityGroups, 'destination') ?? {
        all: true,
        addrs: FULL,
        names: new Set<string>(),
        raw: ['*'],
      };
      const rulePorts = ports(allow) ?? [...ALL_PORTS];
      const wanted = intersect(rulePorts, [...interest]);
      if (!wanted.length) continue;
      // Higher-priority deny rules that apply to all of this rule's destinations for protocol p.
      const denies = inbound
        .slice(0, i)
        .map((x) => x.r)
        .filter((d) => accessOf(d) === 'deny' && protocolMatches(d, p))
        .flatMap((d) => {
          const dst = endpoint(d.destinationAddressPrefix, d.destinationAddressPrefixes, d.destinationApplicationSecurityGroups, 'destination');
          const src = endpoint(d.sourceAddressPrefix, d.sourceAddressPrefixes, d.sourceApplicationSecurityGroups, 'source');
          const dp = ports(d);
          return dst && src && dp && destinationCovers(dst, destination) ? [{ src, ports: dp }] : [];
        });
      // Split the wanted ports where a deny's port range starts or ends, then test each piece.
      const cuts = new Set<number>();
      for (const d of denies) for (const r of d.ports) cuts.add(r.lo).add(r.hi + 1);
      const exposed: PortRange[] = [];
      for (const w of wanted) {
        const points = [w.lo, ...[...cuts].filter((c) => c > w.lo && c <= w.hi).sort((a, b) => a - b), w.hi + 1];
        for (let k = 0; k + 1 < points.length; k++) {
          const piece = { lo: points[k], hi: points[k + 1] - 1 };
          const masking = denies.filter((d) => covers(d.ports, [piece]));
          const open = FAMILIES.some((f) => subtract(intersect(source.addrs[f], PUBLIC[f]), masking.flatMap((d) => d.src.addrs[f])).length > 0);
          if (open) exposed.push(piece);
        }
      }
      if (!exposed.length) continue;
      const ranges = normalize(exposed);
      out.push({
        rule: allow.name ?? `priority ${allow.priority}`,
        priority: allow.priority,
        protocol: p === 'tcp' ? 'Tcp' : 'Udp',
        ports: formatPorts(ranges),
        rulePorts: formatPorts(rulePorts),
        sources: source.raw,
        destinations: destination.raw,
        allPorts: covers(rulePorts, [{ lo: 1, hi: 65535 }]),
        ranges,
      });
    }
  }
  return out;
}

/** Whether an exposure opens `port`. */
export const opensPort = (e: Exposure, port: number) => e.ranges.some((r) => r.lo <= port && port <= r.hi);

/** `AllowRDP (priority 300, Tcp 3389 from Internet)`. */
export function describeExposure(e: Exposure): string {
  return `${e.rule} (priority ${e.priority ?? '?'}, ${e.protocol} ${e.ports.join(',')} from ${e.sources.join(',')})`;
}

/** Evidence entry of one exposure (no internal ranges). */
export function exposureEvidence(e: Exposure): Record<string, unknown> {
  return { rule: e.rule, priority: e.priority, protocol: e.protocol, ports: e.ports, rulePorts: e.rulePorts, sources: e.sources, destinations: e.destinations };
}

/** Whether the NSG is associated with any subnet or network interface (an unassociated NSG filters nothing yet). */
export function isAssociated(nsg: NetworkSecurityGroupConfig): boolean {
  return (nsg.subnets?.length ?? 0) > 0 || (nsg.networkInterfaces?.length ?? 0) > 0;
}

/**
 * The PASS / FAIL outcome of an exposure rule on one NSG: `what` names the traffic (`RDP (TCP 3389)`).
 */
export function exposureOutcome(resource: Resource<NetworkSecurityGroupConfig>, exposures: Exposure[], what: { en: string; ja: string }): RuleOutcome {
  const nsg = resource.config;
  if (!exposures.length) {
    return pass(
      { en: `NSG ${resource.name} does not allow ${what.en} from the internet.`, ja: `NSG ${resource.name} はインターネットからの ${what.ja} を許可していません。` },
      { inboundRules: nsg.securityRules!.filter(isInbound).length },
    );
  }
  const associated = isAssociated(nsg);
  const list = exposures.map(describeExposure).join('; ');
  const note = associated
    ? { en: '', ja: '' }
    : { en: ' The NSG is not associated with any subnet or network interface yet, so the rule takes effect as soon as it is.', ja: ' この NSG はまだどのサブネットやネットワーク インターフェイスにも関連付けられていませんが、関連付けた時点で規則が有効になります。' };
  return fail(
    {
      en: `NSG ${resource.name} allows ${what.en} from the internet: ${list}.${note.en}`,
      ja: `NSG ${resource.name} はインターネットからの ${what.ja} を許可しています: ${list}。${note.ja}`,
    },
    { exposedBy: exposures.map(exposureEvidence), associated, subnets: nsg.subnets?.length ?? 0, networkInterfaces: nsg.networkInterfaces?.length ?? 0 },
  );
}

/** Remediation code for the exposure rules: restrict an inbound rule for `port` to a named range. */
export function restrictRuleRemediation(ruleName: string, protocol: 'Tcp' | 'Udp', port: string): { cli: string; terraform: string; bicep: string } {
  return {
    cli: [
      '# Restrict the offending rule to the ranges that need it (or delete it with `az network nsg rule delete`):',
      'az network nsg rule update --resource-group RG_NAME --nsg-name NSG_NAME --name RULE_NAME --source-address-prefixes 203.0.113.0/24',
    ].join('\n'),
    terraform: [
      `resource "azurerm_network_security_rule" "${ruleName.toLowerCase()}" {`,
      `  name                        = "${ruleName}"`,
      '  priority                    = 300',
      '  direction                   = "Inbound"',
      '  access                      = "Allow"',
      `  protocol                    = "${protocol}"`,
      '  source_port_range           = "*"',
      `  destination_port_range      = "${port}"`,
      '  source_address_prefix       = "203.0.113.0/24" # never "*", "Internet" or "0.0.0.0/0"',
      '  destination_address_prefix  = "VirtualNetwork"',
      '  resource_group_name         = azurerm_resource_group.example.name',
      '  network_security_group_name = azurerm_network_security_group.example.name',
      '}',
    ].join('\n'),
    bicep: [
      `resource rule 'Microsoft.Network/networkSecurityGroups/securityRules@2024-05-01' = {`,
      '  parent: nsg',
      `  name: '${ruleName}'`,
      '  properties: {',
      '    priority: 300',
      "    direction: 'Inbound'",
      "    access: 'Allow'",
      `    protocol: '${protocol}'`,
      "    sourcePortRange: '*'",
      `    destinationPortRange: '${port}'`,
      "    sourceAddressPrefix: '203.0.113.0/24' // never '*', 'Internet' or '0.0.0.0/0'",
      "    destinationAddressPrefix: 'VirtualNetwork'",
      '  }',
      '}',
    ].join('\n'),
  };
}

/** Portal steps shared by the exposure rules (English, Japanese). */
export const RESTRICT_RULE_CONSOLE = {
  en: [
    'In the Azure portal, open "Network security groups" and select the NSG.',
    'Under "Settings", open "Inbound security rules" and select the rule named in the finding.',
    'Change "Source" to "IP Addresses" with only the ranges that need access (or a service tag such as VirtualNetwork), or delete the rule, then click "Save".',
  ],
  ja: [
    'Azure portal で「ネットワーク セキュリティ グループ」を開き、対象の NSG を選択します。',
    '「設定」の「受信セキュリティ規則」を開き、検出結果に記載された規則を選択します。',
    '「ソース」を「IP アドレス」に変更してアクセスが必要な範囲のみを指定する（または VirtualNetwork などのサービス タグを指定する）か、規則を削除して「保存」をクリックします。',
  ],
};
