/**
 * Internet exposure of an EC2 instance from the five factors that must all hold for a packet from
 * an arbitrary internet address to reach a TCP port of the instance and for the answer to get back
 * (Amazon VPC User Guide › "Enable internet access for a VPC using an internet gateway"; "Control
 * subnet traffic with network access control lists"; "Control traffic to your AWS resources using
 * security groups"):
 *   1. a public address: a public IPv4 address or an Elastic IP on the instance;
 *   2. a route: the subnet's route table (its explicit association, else the VPC's main table) sends
 *      0.0.0.0/0 to an internet gateway;
 *   3. the network ACL of the subnet allows the port inbound from anywhere and the return traffic
 *      (ephemeral ports) outbound — NACLs are stateless and evaluated in rule-number order, first
 *      match wins, an unmatched packet is denied;
 *   4. a security group of the instance allows the port from 0.0.0.0/0 (security groups are
 *      stateful: the answer needs no rule);
 *   5. the port: the intersection of what 3 and 4 allow.
 * "From anywhere" means rules whose CIDR is 0.0.0.0/0: a narrower rule does not apply to an
 * arbitrary internet address, so it neither opens nor closes the port for one. TCP only (what a web
 * shell or an exposed admin service needs). IPv6 is not assessed: the snapshot does not say which
 * instances have IPv6 addresses.
 *
 * Not assessed either: reachability through a load balancer (the snapshot does not hold target
 * group membership), which is reported as a note when an internet-facing load balancer sits in the
 * instance's VPC.
 */
import type { LocalizedText, Resource } from '../../../model/types.js';
import type { EvaluationContext } from '../../../model/rule.js';
import {
  EIP_TYPE,
  INTERNET_GATEWAY_TYPE,
  NETWORK_ACL_TYPE,
  ROUTE_TABLE_TYPE,
  SECURITY_GROUP_TYPE,
  type EipConfig,
  type InstanceConfig,
  type InternetGatewayConfig,
  type IpPermission,
  type NetworkAclConfig,
  type NetworkAclEntry,
  type RouteTableConfig,
  type SecurityGroupConfig,
} from '../model/ec2.js';
import { LOAD_BALANCER_TYPE, type LoadBalancerConfig } from '../model/elbv2.js';

/** An inclusive TCP port range. */
export interface PortRange {
  from: number;
  to: number;
}

export type ExposureFactorName = 'state' | 'public-address' | 'route' | 'network-acl' | 'security-group' | 'port' | 'load-balancer';

export interface ExposureFactor {
  factor: ExposureFactorName;
  /** true: holds; false: does not (the instance is not exposed); null: unknown (input not collected). */
  holds: boolean | null;
  /** The resource the factor rests on (route table, NACL, security group, EIP…). */
  subject?: string;
  reason: LocalizedText;
}

export interface Exposure {
  /** exposed: every factor holds for at least one port; not-exposed: one factor fails; unknown: an input is missing. */
  status: 'exposed' | 'not-exposed' | 'unknown';
  ports: PortRange[];
  factors: ExposureFactor[];
}

/** The ephemeral port a client's answer goes back to: inside every OS's range (Linux 32768–60999, Windows 49152–65535). */
const RETURN_PORT = 49152;
const ALL: PortRange = { from: 0, to: 65535 };
const isWorld = (cidr: string | undefined) => cidr === '0.0.0.0/0';

// ---------------------------------------------------------------- port range sets

function normalise(ranges: PortRange[]): PortRange[] {
  const sorted = ranges.filter((r) => r.from <= r.to).sort((a, b) => a.from - b.from);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

function intersect(set: PortRange[], r: PortRange): PortRange[] {
  const out: PortRange[] = [];
  for (const s of set) {
    const from = Math.max(s.from, r.from);
    const to = Math.min(s.to, r.to);
    if (from <= to) out.push({ from, to });
  }
  return out;
}

function subtract(set: PortRange[], r: PortRange): PortRange[] {
  const out: PortRange[] = [];
  for (const s of set) {
    if (r.to < s.from || r.from > s.to) out.push(s);
    else {
      if (s.from < r.from) out.push({ from: s.from, to: r.from - 1 });
      if (s.to > r.to) out.push({ from: r.to + 1, to: s.to });
    }
  }
  return out;
}

export function intersectSets(a: PortRange[], b: PortRange[]): PortRange[] {
  return normalise(b.flatMap((r) => intersect(a, r)));
}

export const formatPorts = (ports: PortRange[]) => ports.map((p) => (p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`)).join(', ');

/**
 * TCP ports a network ACL allows from (inbound) or to (outbound) any internet address: entries in
 * rule-number order, first match decides, the rest is denied.
 */
export function naclWorldPorts(entries: readonly NetworkAclEntry[], egress: boolean): PortRange[] {
  let undecided: PortRange[] = [ALL];
  const allowed: PortRange[] = [];
  const ordered = entries.filter((e) => e.Egress === egress && isWorld(e.CidrBlock)).sort((a, b) => a.RuleNumber - b.RuleNumber);
  for (const e of ordered) {
    if (e.Protocol !== '-1' && e.Protocol !== '6') continue;
    const range: PortRange = e.Protocol === '-1' || !e.PortRange ? ALL : { from: e.PortRange.From ?? 0, to: e.PortRange.To ?? 65535 };
    if (e.RuleAction === 'allow') allowed.push(...intersect(undecided, range));
    undecided = subtract(undecided, range);
    if (!undecided.length) break;
  }
  return normalise(allowed);
}

/** TCP ports a security group permission opens to 0.0.0.0/0. */
function worldPorts(p: IpPermission): PortRange | null {
  if (!p.IpRanges?.some((r) => isWorld(r.CidrIp))) return null;
  const proto = String(p.IpProtocol).toLowerCase();
  if (proto === '-1') return ALL;
  if (proto !== 'tcp' && proto !== '6') return null;
  return { from: p.FromPort ?? 0, to: p.ToPort ?? 65535 };
}

// ---------------------------------------------------------------- network index (once per assessment)

interface Scope {
  routeTablesBySubnet: Map<string, Resource<RouteTableConfig>>;
  mainRouteTables: Map<string, Resource<RouteTableConfig>>;
  naclsBySubnet: Map<string, Resource<NetworkAclConfig>>;
  defaultNacls: Map<string, Resource<NetworkAclConfig>>;
  securityGroups: Map<string, Resource<SecurityGroupConfig>>;
  igws: Map<string, Resource<InternetGatewayConfig>>;
  eipsByInstance: Map<string, Resource<EipConfig>>;
  publicLoadBalancersByVpc: Map<string, Resource<LoadBalancerConfig>[]>;
  collected: { routeTables: boolean; nacls: boolean; securityGroups: boolean };
}

/** Indexes the network resources of each (account, region) once. */
export class NetworkIndex {
  private readonly scopes = new Map<string, Scope>();
  constructor(private readonly ctx: EvaluationContext) {}

  private scope(account: string, region: string): Scope {
    const key = `${account}|${region}`;
    let s = this.scopes.get(key);
    if (s) return s;
    const where = { account, region };
    const routeTables = this.ctx.resources<RouteTableConfig>(ROUTE_TABLE_TYPE, where);
    const nacls = this.ctx.resources<NetworkAclConfig>(NETWORK_ACL_TYPE, where);
    const sgs = this.ctx.resources<SecurityGroupConfig>(SECURITY_GROUP_TYPE, where);
    s = {
      routeTablesBySubnet: new Map(),
      mainRouteTables: new Map(),
      naclsBySubnet: new Map(),
      defaultNacls: new Map(),
      securityGroups: new Map(),
      igws: new Map(),
      eipsByInstance: new Map(),
      publicLoadBalancersByVpc: new Map(),
      collected: { routeTables: routeTables.length > 0, nacls: nacls.length > 0, securityGroups: sgs.length > 0 },
    };
    for (const rt of routeTables) {
      for (const sub of rt.config.associatedSubnetIds ?? []) s.routeTablesBySubnet.set(sub, rt);
      if (rt.config.main && rt.config.vpcId) s.mainRouteTables.set(rt.config.vpcId, rt);
    }
    for (const n of nacls) {
      for (const sub of n.config.associatedSubnetIds ?? []) s.naclsBySubnet.set(sub, n);
      if (n.config.isDefault && n.config.vpcId) s.defaultNacls.set(n.config.vpcId, n);
    }
    for (const g of sgs) s.securityGroups.set(g.config.groupId, g);
    for (const i of this.ctx.resources<InternetGatewayConfig>(INTERNET_GATEWAY_TYPE, where)) s.igws.set(i.config.internetGatewayId, i);
    for (const e of this.ctx.resources<EipConfig>(EIP_TYPE, where)) if (e.config.instanceId) s.eipsByInstance.set(e.config.instanceId, e);
    for (const lb of this.ctx.resources<LoadBalancerConfig>(LOAD_BALANCER_TYPE, where)) {
      if (lb.config.Scheme !== 'internet-facing' || !lb.config.VpcId) continue;
      const list = s.publicLoadBalancersByVpc.get(lb.config.VpcId) ?? [];
      list.push(lb);
      s.publicLoadBalancersByVpc.set(lb.config.VpcId, list);
    }
    this.scopes.set(key, s);
    return s;
  }

  /** The five factors for one instance. */
  instanceExposure(instance: Resource<InstanceConfig>): Exposure {
    const c = instance.config;
    const s = this.scope(instance.account, instance.region);
    const factors: ExposureFactor[] = [];

    if (c.state !== 'running' && c.state !== 'pending') {
      factors.push({ factor: 'state', holds: false, reason: { en: `The instance is ${c.state}.`, ja: `インスタンスは ${c.state} 状態です。` } });
      return { status: 'not-exposed', ports: [], factors };
    }

    // 1. public address
    const eip = s.eipsByInstance.get(c.instanceId);
    const publicIp = c.publicIpAddress ?? eip?.config.publicIp ?? null;
    factors.push(
      c.publicIpAddress === undefined && !eip
        ? { factor: 'public-address', holds: null, reason: { en: 'The public address of the instance was not collected.', ja: 'インスタンスのパブリックアドレスを取得できませんでした。' } }
        : publicIp
        ? {
            factor: 'public-address',
            holds: true,
            subject: eip?.uid,
            reason: eip ? { en: `Elastic IP ${publicIp} is associated with the instance.`, ja: `Elastic IP ${publicIp} がインスタンスに関連付けられています。` } : { en: `The instance has the public IPv4 address ${publicIp}.`, ja: `インスタンスにパブリック IPv4 アドレス ${publicIp} があります。` },
          }
        : { factor: 'public-address', holds: false, reason: { en: 'The instance has no public IPv4 address or Elastic IP.', ja: 'インスタンスにパブリック IPv4 アドレスも Elastic IP もありません。' } },
    );

    // 2. route to an internet gateway
    const rt = c.subnetId ? (s.routeTablesBySubnet.get(c.subnetId) ?? (c.vpcId ? s.mainRouteTables.get(c.vpcId) : undefined)) : undefined;
    if (!rt) {
      factors.push({
        factor: 'route',
        holds: null,
        reason: { en: `The route table of subnet ${c.subnetId ?? '(unknown)'} is not in the snapshot.`, ja: `サブネット ${c.subnetId ?? '(不明)'} のルートテーブルがスナップショットにありません。` },
      });
    } else {
      const route = rt.config.routes.find((r) => r.DestinationCidrBlock === '0.0.0.0/0' && r.GatewayId?.startsWith('igw-') && r.State !== 'blackhole');
      const igw = route?.GatewayId ? s.igws.get(route.GatewayId) : undefined;
      const detached = igw && c.vpcId && !igw.config.attachments.some((a) => a.vpcId === c.vpcId && (a.state === undefined || a.state === 'available' || a.state === 'attached'));
      factors.push(
        route && !detached
          ? {
              factor: 'route',
              holds: true,
              subject: rt.uid,
              reason: { en: `Route table ${rt.config.routeTableId} sends 0.0.0.0/0 to internet gateway ${route.GatewayId}.`, ja: `ルートテーブル ${rt.config.routeTableId} が 0.0.0.0/0 をインターネットゲートウェイ ${route.GatewayId} に向けています。` },
            }
          : {
              factor: 'route',
              holds: false,
              subject: rt.uid,
              reason: { en: `Route table ${rt.config.routeTableId} has no 0.0.0.0/0 route to an attached internet gateway.`, ja: `ルートテーブル ${rt.config.routeTableId} にアタッチ済みインターネットゲートウェイへの 0.0.0.0/0 ルートがありません。` },
            },
      );
    }

    // 3. network ACL, inbound and return traffic
    const nacl = c.subnetId ? (s.naclsBySubnet.get(c.subnetId) ?? (c.vpcId ? s.defaultNacls.get(c.vpcId) : undefined)) : undefined;
    let naclPorts: PortRange[] | null = null;
    if (!nacl) {
      factors.push({ factor: 'network-acl', holds: null, reason: { en: `The network ACL of subnet ${c.subnetId ?? '(unknown)'} is not in the snapshot.`, ja: `サブネット ${c.subnetId ?? '(不明)'} のネットワーク ACL がスナップショットにありません。` } });
    } else {
      const inbound = naclWorldPorts(nacl.config.entries, false);
      const returns = naclWorldPorts(nacl.config.entries, true).some((p) => p.from <= RETURN_PORT && RETURN_PORT <= p.to);
      naclPorts = returns ? inbound : [];
      const id = nacl.config.networkAclId;
      factors.push(
        !returns
          ? { factor: 'network-acl', holds: false, subject: nacl.uid, reason: { en: `Network ACL ${id} does not allow return traffic to the internet on ephemeral ports.`, ja: `ネットワーク ACL ${id} がエフェメラルポートでのインターネットへの戻りトラフィックを許可していません。` } }
          : inbound.length
            ? { factor: 'network-acl', holds: true, subject: nacl.uid, reason: { en: `Network ACL ${id} allows TCP ${formatPorts(inbound)} from 0.0.0.0/0 and the return traffic.`, ja: `ネットワーク ACL ${id} が 0.0.0.0/0 からの TCP ${formatPorts(inbound)} と戻りトラフィックを許可しています。` } }
            : { factor: 'network-acl', holds: false, subject: nacl.uid, reason: { en: `Network ACL ${id} allows no TCP port from 0.0.0.0/0.`, ja: `ネットワーク ACL ${id} は 0.0.0.0/0 からの TCP ポートを許可していません。` } },
      );
    }

    // 4. security groups
    const open: PortRange[] = [];
    const openBy: string[] = [];
    const missing: string[] = [];
    for (const id of c.securityGroupIds) {
      const g = s.securityGroups.get(id);
      if (!g) {
        missing.push(id);
        continue;
      }
      const ranges = g.config.ingress.map(worldPorts).filter((r): r is PortRange => r !== null);
      if (ranges.length) {
        open.push(...ranges);
        openBy.push(`${id} (${formatPorts(normalise(ranges))})`);
      }
    }
    const sgPorts = normalise(open);
    if (sgPorts.length) {
      factors.push({ factor: 'security-group', holds: true, subject: openBy.join(', '), reason: { en: `Security group ${openBy.join(', ')} allows TCP from 0.0.0.0/0.`, ja: `セキュリティグループ ${openBy.join('、')} が 0.0.0.0/0 からの TCP を許可しています。` } });
    } else if (missing.length) {
      factors.push({ factor: 'security-group', holds: null, reason: { en: `Security group(s) ${missing.join(', ')} are not in the snapshot.`, ja: `セキュリティグループ ${missing.join('、')} がスナップショットにありません。` } });
    } else {
      factors.push({ factor: 'security-group', holds: false, reason: { en: 'No security group of the instance allows TCP from 0.0.0.0/0.', ja: 'インスタンスのセキュリティグループは 0.0.0.0/0 からの TCP を許可していません。' } });
    }

    // 5. the ports both allow
    let ports: PortRange[] = [];
    if (naclPorts && sgPorts.length) {
      ports = intersectSets(sgPorts, naclPorts);
      factors.push(
        ports.length
          ? { factor: 'port', holds: true, reason: { en: `Reachable TCP ports: ${formatPorts(ports)}.`, ja: `到達可能な TCP ポート: ${formatPorts(ports)}。` } }
          : { factor: 'port', holds: false, reason: { en: `The security groups open ${formatPorts(sgPorts)} but the network ACL allows none of them.`, ja: `セキュリティグループは ${formatPorts(sgPorts)} を開放していますが、ネットワーク ACL がいずれも許可していません。` } },
      );
    }

    const lbs = c.vpcId ? (s.publicLoadBalancersByVpc.get(c.vpcId) ?? []) : [];
    if (lbs.length) {
      const names = lbs.map((l) => l.config.LoadBalancerName).join(', ');
      factors.push({
        factor: 'load-balancer',
        holds: null,
        reason: {
          en: `Internet-facing load balancer(s) ${names} in the same VPC may forward to this instance; target group membership is not collected, so that route is not assessed.`,
          ja: `同じ VPC のインターネット向けロードバランサー ${names} がこのインスタンスに転送している可能性があります。ターゲットグループの登録先は収集していないため、この経路は評価していません。`,
        },
      });
    }

    const decisive = factors.filter((f) => f.factor !== 'load-balancer');
    const status = decisive.some((f) => f.holds === false) ? 'not-exposed' : decisive.some((f) => f.holds === null) || !ports.length ? 'unknown' : 'exposed';
    return { status, ports: status === 'exposed' ? ports : [], factors };
  }
}
