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
 * shell or an exposed admin service needs).
 *
 * IPv6 (Amazon VPC User Guide › "IPv6 support for your VPC", "Enable outbound IPv6 traffic using an
 * egress-only internet gateway"; network ACL and security group rules with IPv6 CIDRs): the same
 * five factors with the IPv6 inputs, and the compute is exposed when either family fully holds:
 *   1. an IPv6 address on the instance (every IPv6 address of a VPC's Amazon-provided block is
 *      globally routable: there is no "public" flag);
 *   2. the route table sends ::/0 to an internet gateway — an egress-only internet gateway (eigw-)
 *      lets instances connect out but the internet cannot open a connection in;
 *   3. the network ACL's entries with an Ipv6CidrBlock of ::/0, in rule-number order as for IPv4;
 *   4. a security group rule with Ipv6Ranges ::/0; 5. the ports both allow.
 * Every factor carries its family; a family in which the compute has no address at all is left out
 * of the factors of a resource that is not exposed (it would repeat "no IPv6 address" everywhere).
 * Not assessed: IPv6 addresses outside the VPC's Amazon-provided or BYOIP ranges that the internet
 * cannot route (private IPv6 / ULA): an IPv6 address with a ::/0 route to an internet gateway is
 * taken as reachable.
 *
 * Through an internet-facing load balancer (Elastic Load Balancing User Guides for Application and
 * Network Load Balancers › "Listeners", "Target groups", "Security groups", "Client IP
 * preservation"; API Reference › TargetHealth), an instance — or its private IP registered as an
 * `ip` target, or a Lambda function registered as a `lambda` target — is exposed on a listener's
 * port when all of these hold:
 *   a. the load balancer is internet-facing and not `failed`; over IPv4 unless its IP address type
 *      is `dualstack-without-public-ipv4`, over IPv6 when the type is `dualstack` or
 *      `dualstack-without-public-ipv4` (API Reference › LoadBalancer.IpAddressType; ALB/NLB guides ›
 *      "IP address types": dualstack needs IPv6 routes, NACL and security group rules);
 *   b. a TCP listener (HTTP, HTTPS, TCP, TLS, TCP_UDP) forwards to a target group — by its default
 *      actions or by a rule whose source-ip condition (if any) admits 0.0.0.0/0 — in which the target
 *      is registered in a state that receives traffic (every state but `unused` and `draining`:
 *      an unhealthy target still gets requests when every target is unhealthy, "fail open");
 *   c. one of the load balancer's subnets routes 0.0.0.0/0 (::/0) to an attached internet gateway,
 *      and that subnet's network ACL allows the listener port from 0.0.0.0/0 (::/0) and the return
 *      traffic;
 *   d. the load balancer's security groups allow the listener port from 0.0.0.0/0 (::/0) (an Application
 *      Load Balancer always has security groups; a Network Load Balancer without any lets every
 *      client reach its listeners);
 *   e. the target's security groups allow the target port (the registered port, else the group's)
 *      from what the target sees as the source:
 *        - a rule that references one of the load balancer's security groups always admits it (for
 *          a Network Load Balancer even with client IP preservation, as its guide says);
 *        - 0.0.0.0/0 always admits it;
 *        - without client IP preservation (every Application Load Balancer; a Network Load
 *          Balancer whose target group has preserve_client_ip.enabled=false, the default for `ip`
 *          targets over TCP/TLS) the source is the load balancer's private address: a CIDR that
 *          contains one of the load balancer's subnets (or, when subnets were not collected, the
 *          VPC's CIDR) admits it;
 *        - with client IP preservation the source is the client: only 0.0.0.0/0 (or the load
 *          balancer's security group) admits an arbitrary internet address, and the target subnet's
 *          network ACL must then allow the target port from 0.0.0.0/0 and the return traffic.
 *      Lambda targets have no security group: a. to d. decide. The target side is the same whichever
 *      family the client used (an IPv6 client of a Network Load Balancer with client IP preservation
 *      is judged as an IPv4 one).
 * Not assessed: network ACL rules between the load balancer and a target that does not see client
 * addresses (VPC-internal traffic; a NACL that dropped it would break the service the load
 * balancer exists for), listener authentication actions (authenticate-oidc / -cognito: many
 * identity providers let anyone sign up), `ip` targets outside the load balancer's VPC, chained
 * load balancers (`alb` targets) and listener rules' host/path conditions (the attacker sets them).
 * A listener, a rule list or a target group the snapshot does not hold makes the answer "unknown",
 * never "not exposed".
 */
import type { LocalizedText, Resource } from '../../../model/types.js';
import type { EvaluationContext } from '../../../model/rule.js';
import {
  EIP_TYPE,
  INTERNET_GATEWAY_TYPE,
  NETWORK_ACL_TYPE,
  ROUTE_TABLE_TYPE,
  SECURITY_GROUP_TYPE,
  SUBNET_TYPE,
  VPC_TYPE,
  type EipConfig,
  type InstanceConfig,
  type InternetGatewayConfig,
  type IpPermission,
  type NetworkAclConfig,
  type NetworkAclEntry,
  type Route,
  type RouteTableConfig,
  type SecurityGroupConfig,
  type SubnetConfig,
  type VpcConfig,
} from '../model/ec2.js';
import type { EcsServiceConfig, EcsTaskDefinitionConfig } from '../model/ecs.js';
import type { EksClusterConfig } from '../model/eks.js';
import type { LambdaFunctionConfig } from '../model/lambda.js';
import {
  LISTENER_TYPE,
  LOAD_BALANCER_TYPE,
  TARGET_GROUP_TYPE,
  type ListenerAction,
  type ListenerConfig,
  type LoadBalancerConfig,
  type RegisteredTarget,
  type TargetGroupConfig,
} from '../model/elbv2.js';

/** An inclusive TCP port range. */
export interface PortRange {
  from: number;
  to: number;
}

export type ExposureFactorName =
  | 'state'
  | 'public-address'
  | 'route'
  | 'network-acl'
  | 'security-group'
  | 'port'
  | 'load-balancer'
  | 'target-group'
  | 'target-security-group'
  | 'target-network-acl';

export type AddressFamily = 'ipv4' | 'ipv6';

export interface ExposureFactor {
  factor: ExposureFactorName;
  /** The address family a network factor is about (absent for the family-neutral ones: state, target group…). */
  family?: AddressFamily;
  /** true: holds; false: does not (the instance is not exposed); null: unknown (input not collected). */
  holds: boolean | null;
  /** The resource the factor rests on (route table, NACL, security group, EIP…). */
  subject?: string;
  reason: LocalizedText;
  /** Set when the factor belongs to a route through a load balancer: "load balancer <name> listener <protocol>:<port>". */
  via?: string;
}

/** A listener through which the compute is reached from the internet. */
export interface LoadBalancerRoute {
  loadBalancer: string;
  name: string;
  listener: string;
  protocol?: string;
  port: number;
  targetGroup: string;
  /** The port the load balancer sends to (absent for Lambda targets). */
  targetPort?: number;
}

export interface Exposure {
  /** exposed: every factor holds for at least one port; not-exposed: one factor fails; unknown: an input is missing. */
  status: 'exposed' | 'not-exposed' | 'unknown';
  ports: PortRange[];
  factors: ExposureFactor[];
  /** Exposed listeners of internet-facing load balancers; absent when the compute is exposed directly only. */
  through?: LoadBalancerRoute[];
}

/** The ephemeral port a client's answer goes back to: inside every OS's range (Linux 32768–60999, Windows 49152–65535). */
const RETURN_PORT = 49152;
const ALL: PortRange = { from: 0, to: 65535 };
const isWorld = (cidr: string | undefined) => cidr === '0.0.0.0/0';

/** What differs between the address families in the inputs of the five factors. */
interface Family {
  family: AddressFamily;
  /** "Any internet address" as AWS writes it. */
  world: string;
  isWorld(cidr: string | undefined): boolean;
  routeDestination(r: Route): string | undefined;
  naclCidr(e: NetworkAclEntry): string | undefined;
  /** Whether a security group permission admits any internet address of the family. */
  sgWorld(p: IpPermission): boolean;
  /** Appended to family-neutral texts ("Reachable TCP ports over IPv6"). */
  over: LocalizedText;
}
/** Any IPv6 CIDR of prefix length 0 (AWS writes ::/0). */
const isWorld6 = (cidr: string | undefined) => !!cidr && /^[0-9a-f:]*:[0-9a-f:]*\/0$/i.test(cidr);
const IPV4: Family = {
  family: 'ipv4',
  world: '0.0.0.0/0',
  isWorld,
  routeDestination: (r) => r.DestinationCidrBlock,
  naclCidr: (e) => e.CidrBlock,
  sgWorld: (p) => !!p.IpRanges?.some((r) => isWorld(r.CidrIp)),
  over: { en: '', ja: '' },
};
const IPV6: Family = {
  family: 'ipv6',
  world: '::/0',
  isWorld: isWorld6,
  routeDestination: (r) => r.DestinationIpv6CidrBlock,
  naclCidr: (e) => e.Ipv6CidrBlock,
  sgWorld: (p) => !!p.Ipv6Ranges?.some((r) => isWorld6(r.CidrIpv6)),
  over: { en: ' over IPv6', ja: '（IPv6）' },
};
const FAMILIES = { ipv4: IPV4, ipv6: IPV6 } as const;

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
 * TCP ports a network ACL allows from (inbound) or to (outbound) any internet address of the family
 * (IPv4 unless said): entries in rule-number order, first match decides, the rest is denied.
 */
export function naclWorldPorts(entries: readonly NetworkAclEntry[], egress: boolean, family: AddressFamily = 'ipv4'): PortRange[] {
  const fam = FAMILIES[family];
  let undecided: PortRange[] = [ALL];
  const allowed: PortRange[] = [];
  const ordered = entries.filter((e) => e.Egress === egress && fam.isWorld(fam.naclCidr(e))).sort((a, b) => a.RuleNumber - b.RuleNumber);
  for (const e of ordered) {
    if (e.Protocol !== '-1' && e.Protocol !== '6') continue;
    const range: PortRange = e.Protocol === '-1' || !e.PortRange ? ALL : { from: e.PortRange.From ?? 0, to: e.PortRange.To ?? 65535 };
    if (e.RuleAction === 'allow') allowed.push(...intersect(undecided, range));
    undecided = subtract(undecided, range);
    if (!undecided.length) break;
  }
  return normalise(allowed);
}

/**
 * The TCP ports the given security groups open to 0.0.0.0/0 (or ::/0) (normalised), which group
 * opens what ("sg-1 (80, 443)"), and the groups not in the snapshot.
 */
function worldOpenGroups(s: Scope, ids: readonly string[], fam: Family): { ports: PortRange[]; openBy: string[]; missing: string[] } {
  const open: PortRange[] = [];
  const openBy: string[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const g = s.securityGroups.get(id);
    if (!g) {
      missing.push(id);
      continue;
    }
    const ranges = g.config.ingress.map((p) => worldPorts(p, fam)).filter((r): r is PortRange => r !== null);
    if (ranges.length) {
      open.push(...ranges);
      openBy.push(`${id} (${formatPorts(normalise(ranges))})`);
    }
  }
  return { ports: normalise(open), openBy, missing };
}

/** TCP ports a security group permission opens to any internet address of the family. */
function worldPorts(p: IpPermission, fam: Family): PortRange | null {
  if (!fam.sgWorld(p)) return null;
  const proto = String(p.IpProtocol).toLowerCase();
  if (proto === '-1') return ALL;
  if (proto !== 'tcp' && proto !== '6') return null;
  return { from: p.FromPort ?? 0, to: p.ToPort ?? 65535 };
}

// ---------------------------------------------------------------- IPv4 CIDRs

/** [first, last] address of an IPv4 CIDR as unsigned integers; null when it is not one. */
function cidrRange(cidr: string | undefined): [number, number] | null {
  const m = cidr ? /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr) : null;
  if (!m) return null;
  const bits = Number(m[5]);
  if (bits > 32 || m.slice(1, 5).some((o) => Number(o) > 255)) return null;
  const ip = ((Number(m[1]) << 24) | (Number(m[2]) << 16) | (Number(m[3]) << 8) | Number(m[4])) >>> 0;
  const size = 2 ** (32 - bits);
  const first = ip - (ip % size);
  return [first, first + size - 1];
}

/** true when `outer` contains every address of `inner`. */
function cidrContains(outer: string, inner: string): boolean {
  const o = cidrRange(outer);
  const n = cidrRange(inner);
  return !!o && !!n && o[0] <= n[0] && n[1] <= o[1];
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
  subnets: Map<string, SubnetConfig>;
  vpcs: Map<string, VpcConfig>;
  /** Internet-facing load balancers by VPC. */
  publicLoadBalancersByVpc: Map<string, Resource<LoadBalancerConfig>[]>;
  loadBalancers: Map<string, Resource<LoadBalancerConfig>>;
  listenersByLoadBalancer: Map<string, Resource<ListenerConfig>[]>;
  targetGroups: Map<string, Resource<TargetGroupConfig>>;
  /** Target groups by the load balancers they are attached to. */
  groupsByLoadBalancer: Map<string, Resource<TargetGroupConfig>[]>;
  /** Registrations by target key (`i:<instance id>`, `ip:<vpc>|<address>`, `fn:<function ARN>`). */
  registrations: Map<string, { group: Resource<TargetGroupConfig>; target: RegisteredTarget }[]>;
  /** Per load balancer and address family (`<arn>|ipv4`): its internet side (c, d), computed on first use. */
  fronts: Map<string, Front>;
  /** Per load balancer: why its listeners' targets cannot all be known (null: they can). */
  opaque: Map<string, LocalizedText | null>;
  collected: { routeTables: boolean; nacls: boolean; securityGroups: boolean };
}

/** The internet side of a load balancer in one address family: which listener ports a packet from anywhere gets through. */
interface Front {
  family: AddressFamily;
  factors: ExposureFactor[];
  /** null: unknown (an input is missing). */
  ports: PortRange[] | null;
  /** An input is missing but the ports are known: an open port is "unknown", a closed one "not reachable". */
  undecided: boolean;
}

/** Whose subnets and security groups a factor is about: "the service" / "サービス", or a load balancer's name (ja with a trailing space). */
type Owner = LocalizedText;

/** The inputs of the five factors for one address family of directly reachable compute. */
interface DirectInputs {
  owner: Owner;
  /** Factor 1, decided by the caller. */
  address: ExposureFactor;
  /** Without an address of the family, stop at factor 1. */
  stopWithoutAddress: boolean;
  /** The subnets the compute may sit in (an attacker picks the one that lets him in). */
  subnets: string[];
  vpcId: string | undefined;
  /** undefined: not known (the factor is unknown, with `unknownGroups` as the reason). */
  securityGroupIds: string[] | undefined;
  unknownGroups?: LocalizedText;
  /** Factor 5 from the ports the network allows; default: all of them. */
  port?: (open: PortRange[], sgPorts: PortRange[], fam: Family) => { ports: PortRange[]; factor: ExposureFactor | null };
}

/**
 * Exposed when either family is; otherwise unknown when either is unknown. The factors are those of
 * the exposed families, else of every family but one in which the compute has no address.
 */
function eitherFamily(parts: Exposure[]): Exposure {
  const exposed = parts.filter((p) => p.status === 'exposed');
  if (exposed.length) return { status: 'exposed', ports: normalise(exposed.flatMap((p) => p.ports)), factors: exposed.flatMap((p) => p.factors) };
  const shown = parts.filter((p, i) => i === 0 || !p.factors.some((f) => f.factor === 'public-address' && f.holds === false));
  return { status: parts.some((p) => p.status === 'unknown') ? 'unknown' : 'not-exposed', ports: [], factors: shown.flatMap((p) => p.factors) };
}

const statusOf = (factors: ExposureFactor[], ports: PortRange[]): Exposure['status'] =>
  factors.some((f) => f.holds === false) ? 'not-exposed' : factors.some((f) => f.holds === null) || !ports.length ? 'unknown' : 'exposed';
const withFamily = (fam: Family, factors: ExposureFactor[]) => factors.map((f) => ({ ...f, family: fam.family }));

/** A listener that forwards to a target group holding the compute. */
interface Candidate {
  lb: Resource<LoadBalancerConfig>;
  listener: Resource<ListenerConfig> | null;
  group: Resource<TargetGroupConfig>;
  target: RegisteredTarget;
}

type Verdict = { holds: boolean | null; factor: ExposureFactor };

/** What e. needs of a load balancer target: its security groups and subnets. */
interface TargetHost {
  /** undefined: not known (e.g. ECS tasks sharing their EC2 container instance's network). */
  securityGroupIds: string[] | undefined;
  subnetIds: string[];
  vpcId?: string;
  /** "the instance" / "インスタンス": used in reasons ("security group … of the instance"). */
  noun: LocalizedText;
  /** Why the security groups are not known (with securityGroupIds undefined). */
  unknownNetwork?: LocalizedText;
}
const INSTANCE_NOUN: LocalizedText = { en: 'the instance', ja: 'インスタンス' };
const NODE_NOUN: LocalizedText = { en: 'the worker node', ja: 'ワーカーノード' };
// Trailing space: Japanese reasons append の directly to the noun ("Pod のセキュリティグループ").
const PODS_NOUN: LocalizedText = { en: 'the pods', ja: 'Pod ' };
const TASK_NOUN: LocalizedText = { en: 'the tasks', ja: 'タスク' };
const SERVICE_OWNER: Owner = { en: 'the service', ja: 'サービス' };
const NO_SERVICE_GROUP: LocalizedText = { en: 'The service names no security group and the default security group of its VPC is not in the snapshot.', ja: 'サービスにセキュリティグループの指定がなく、VPC のデフォルトセキュリティグループもスナップショットにありません。' };
const BRIDGE_MODE: LocalizedText = { en: 'The tasks do not use the awsvpc network mode: they share the network of EC2 container instances, which the snapshot does not map to the service.', ja: 'タスクは awsvpc ネットワークモードではなく EC2 コンテナインスタンスのネットワークを共有しますが、スナップショットではそのインスタンスとサービスの対応が分かりません。' };
const NOT_COLLECTED_SERVICE: LocalizedText = { en: 'The network configuration of the service was not collected.', ja: 'サービスのネットワーク設定を取得できませんでした。' };

const TCP_LISTENER = new Set(['HTTP', 'HTTPS', 'TCP', 'TLS', 'TCP_UDP']);
const NO_TRAFFIC = new Set(['unused', 'draining']);

/** Target groups an action sends traffic to (weight 0 sends none). */
function forwardedGroups(a: ListenerAction): string[] {
  if (a.ForwardTargetGroups?.length) return a.ForwardTargetGroups.filter((t) => t.Weight === undefined || t.Weight > 0).map((t) => t.TargetGroupArn);
  return a.TargetGroupArn ? [a.TargetGroupArn] : [];
}

const groupsOfListener = new WeakMap<ListenerConfig, Set<string> | null>();

/** Target groups a listener forwards an arbitrary internet client to; null when its rules were not collected. */
function listenerGroups(l: ListenerConfig): Set<string> | null {
  if (groupsOfListener.has(l)) return groupsOfListener.get(l)!;
  const g = computeListenerGroups(l);
  groupsOfListener.set(l, g);
  return g;
}

function computeListenerGroups(l: ListenerConfig): Set<string> | null {
  const out = new Set(l.DefaultActions.flatMap(forwardedGroups));
  if (l.LoadBalancerType === 'application' && l.rules === undefined) return null;
  for (const r of l.rules ?? []) {
    if (r.SourceIps && !r.SourceIps.some(isWorld)) continue;
    for (const a of r.Actions) for (const g of forwardedGroups(a)) out.add(g);
  }
  return out;
}

const listenerLabel = (lb: Resource<LoadBalancerConfig>, l: ListenerConfig | null) =>
  l ? `load balancer ${lb.config.LoadBalancerName} listener ${l.Protocol ?? '?'}:${l.Port ?? '?'}` : `load balancer ${lb.config.LoadBalancerName}`;
const viaText = (via: string): LocalizedText => ({ en: `Through ${via}: `, ja: `${via.replace(/^load balancer (\S+) listener (\S+)$/, 'ロードバランサー $1 のリスナー $2').replace(/^load balancer (\S+)$/, 'ロードバランサー $1')} 経由: ` });
const tagged = (via: string, f: ExposureFactor): ExposureFactor => {
  const p = viaText(via);
  return { ...f, via, reason: { en: p.en + f.reason.en, ja: p.ja + f.reason.ja } };
};

/** Tags the AWS Load Balancer Controller sets (docs: "AWS Load Balancer Controller › Ingress/Service annotations", resource tags). */
const LBC_CLUSTER_TAG = 'elbv2.k8s.aws/cluster';
const LBC_SERVICE_STACK_TAG = 'service.k8s.aws/stack';
const LBC_INGRESS_STACK_TAG = 'ingress.k8s.aws/stack';
/** Tags the Kubernetes AWS cloud provider's service controller sets on a Service's load balancer. */
const K8S_SERVICE_NAME_TAG = 'kubernetes.io/service-name';
const K8S_CLUSTER_TAG_PREFIX = 'kubernetes.io/cluster/';

/**
 * The namespace of the Kubernetes Service or Ingress a load balancer or target group was created
 * for by a controller of cluster `name` ('*' when any namespace: an IngressGroup, or no stack
 * tag); null when its tags do not name the cluster.
 */
function controllerNamespace(tags: Record<string, string>, name: string): string | null {
  const nsOf = (v: string | undefined) => (v && v.includes('/') ? v.slice(0, v.indexOf('/')) : '*');
  if (tags[LBC_CLUSTER_TAG] === name) return nsOf(tags[LBC_SERVICE_STACK_TAG] ?? tags[LBC_INGRESS_STACK_TAG]);
  if (`${K8S_CLUSTER_TAG_PREFIX}${name}` in tags && tags[K8S_SERVICE_NAME_TAG] !== undefined) return nsOf(tags[K8S_SERVICE_NAME_TAG]);
  return null;
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
      subnets: new Map(),
      vpcs: new Map(),
      publicLoadBalancersByVpc: new Map(),
      loadBalancers: new Map(),
      listenersByLoadBalancer: new Map(),
      targetGroups: new Map(),
      groupsByLoadBalancer: new Map(),
      registrations: new Map(),
      fronts: new Map(),
      opaque: new Map(),
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
    for (const n of this.ctx.resources<SubnetConfig>(SUBNET_TYPE, where)) s.subnets.set(n.config.subnetId, n.config);
    for (const v of this.ctx.resources<VpcConfig>(VPC_TYPE, where)) s.vpcs.set(v.config.vpcId, v.config);
    for (const lb of this.ctx.resources<LoadBalancerConfig>(LOAD_BALANCER_TYPE, where)) {
      s.loadBalancers.set(lb.uid, lb);
      if (lb.config.Scheme !== 'internet-facing' || !lb.config.VpcId) continue;
      const list = s.publicLoadBalancersByVpc.get(lb.config.VpcId) ?? [];
      list.push(lb);
      s.publicLoadBalancersByVpc.set(lb.config.VpcId, list);
    }
    for (const l of this.ctx.resources<ListenerConfig>(LISTENER_TYPE, where)) {
      const list = s.listenersByLoadBalancer.get(l.config.LoadBalancerArn) ?? [];
      list.push(l);
      s.listenersByLoadBalancer.set(l.config.LoadBalancerArn, list);
    }
    for (const g of this.ctx.resources<TargetGroupConfig>(TARGET_GROUP_TYPE, where)) {
      s.targetGroups.set(g.uid, g);
      for (const lb of g.config.LoadBalancerArns ?? []) {
        const list = s.groupsByLoadBalancer.get(lb) ?? [];
        list.push(g);
        s.groupsByLoadBalancer.set(lb, list);
      }
      for (const t of g.config.targets ?? []) {
        const k = g.config.TargetType === 'instance' ? `i:${t.Id}` : g.config.TargetType === 'ip' ? `ip:${g.config.VpcId}|${t.Id}` : g.config.TargetType === 'lambda' ? `fn:${t.Id.replace(/^(arn:[^:]+:lambda:[^:]+:\d+:function:[^:]+):.*$/, '$1')}` : null;
        if (!k) continue;
        const list = s.registrations.get(k) ?? [];
        list.push({ group: g, target: t });
        s.registrations.set(k, list);
      }
    }
    this.scopes.set(key, s);
    return s;
  }

  /**
   * Route table of a subnet (its explicit association, else the VPC's main table) and whether it
   * sends the family's "anywhere" to an attached internet gateway; `egressOnly`: the egress-only
   * internet gateway it sends it to instead (IPv6: outbound only).
   */
  private publicRoute(s: Scope, subnetId: string | undefined, vpcId: string | undefined, fam: Family): { rt?: Resource<RouteTableConfig>; gateway?: string; egressOnly?: string; holds: boolean | null } {
    const rt = subnetId ? (s.routeTablesBySubnet.get(subnetId) ?? (vpcId ? s.mainRouteTables.get(vpcId) : undefined)) : undefined;
    if (!rt) return { holds: null };
    const world = rt.config.routes.filter((r) => fam.isWorld(fam.routeDestination(r)) && r.State !== 'blackhole');
    const route = world.find((r) => r.GatewayId?.startsWith('igw-'));
    const egressOnly = world.map((r) => r.EgressOnlyInternetGatewayId ?? (r.GatewayId?.startsWith('eigw-') ? r.GatewayId : undefined)).find((g) => !!g);
    const igw = route?.GatewayId ? s.igws.get(route.GatewayId) : undefined;
    const detached = igw && vpcId && !igw.config.attachments.some((a) => a.vpcId === vpcId && (a.state === undefined || a.state === 'available' || a.state === 'attached'));
    return { rt, gateway: route?.GatewayId, egressOnly, holds: !!route && !detached };
  }

  /** TCP ports a subnet's network ACL lets in from anywhere (of the family) with their return traffic; null when the NACL is not in the snapshot. */
  private naclPorts(s: Scope, subnetId: string | undefined, vpcId: string | undefined, fam: Family): { nacl?: Resource<NetworkAclConfig>; ports: PortRange[] | null; returns: boolean } {
    const nacl = subnetId ? (s.naclsBySubnet.get(subnetId) ?? (vpcId ? s.defaultNacls.get(vpcId) : undefined)) : undefined;
    if (!nacl) return { ports: null, returns: false };
    const returns = naclWorldPorts(nacl.config.entries, true, fam.family).some((p) => p.from <= RETURN_PORT && RETURN_PORT <= p.to);
    return { nacl, ports: returns ? naclWorldPorts(nacl.config.entries, false, fam.family) : [], returns };
  }

  /**
   * Factor 2 over the subnets the compute may sit in: holds when one routes anywhere to an
   * internet gateway. `open`: the subnets through which a packet may come (those whose route holds,
   * else those whose route is unknown: their NACLs may still close the door).
   */
  private routeFactor(s: Scope, fam: Family, owner: Owner, subnets: string[], vpcId: string | undefined): { factor: ExposureFactor; open: string[]; holds: boolean | null } {
    const W = fam.world;
    const each = subnets.map((sub) => ({ sub, ...this.publicRoute(s, sub, vpcId, fam) }));
    const pub = each.filter((e) => e.holds === true);
    const unknown = each.filter((e) => e.holds === null);
    const single = subnets.length <= 1;
    if (pub.length) {
      const p = pub[0];
      return {
        holds: true,
        open: pub.map((e) => e.sub),
        factor: single
          ? { factor: 'route', holds: true, subject: p.rt!.uid, reason: { en: `Route table ${p.rt!.config.routeTableId} sends ${W} to internet gateway ${p.gateway}.`, ja: `ルートテーブル ${p.rt!.config.routeTableId} が ${W} をインターネットゲートウェイ ${p.gateway} に向けています。` } }
          : { factor: 'route', holds: true, subject: pub.map((e) => e.sub).join(', '), reason: { en: `Subnet(s) ${pub.map((e) => e.sub).join(', ')} of ${owner.en} route ${W} to an internet gateway.`, ja: `${owner.ja}のサブネット ${pub.map((e) => e.sub).join('、')} が ${W} をインターネットゲートウェイに向けています。` } },
      };
    }
    if (unknown.length || !subnets.length) {
      const list = unknown.map((e) => e.sub);
      return {
        holds: null,
        open: list,
        factor: single
          ? { factor: 'route', holds: null, reason: { en: `The route table of subnet ${subnets[0] ?? '(unknown)'} is not in the snapshot.`, ja: `サブネット ${subnets[0] ?? '(不明)'} のルートテーブルがスナップショットにありません。` } }
          : { factor: 'route', holds: null, reason: { en: `The route tables of the subnets of ${owner.en} (${list.join(', ')}) are not in the snapshot.`, ja: `${owner.ja}のサブネット（${list.join('、')}）のルートテーブルがスナップショットにありません。` } },
      };
    }
    const eigw = each.find((e) => e.egressOnly)?.egressOnly;
    const note = eigw ? { en: ` (it goes to egress-only internet gateway ${eigw}, which lets no connection in from the internet)`, ja: `（宛先はエグレス専用インターネットゲートウェイ ${eigw} で、インターネットからの接続は受け付けません）` } : { en: '', ja: '' };
    const rt = each[0].rt!;
    return {
      holds: false,
      open: [],
      factor: single
        ? { factor: 'route', holds: false, subject: rt.uid, reason: { en: `Route table ${rt.config.routeTableId} has no ${W} route to an attached internet gateway${note.en}.`, ja: `ルートテーブル ${rt.config.routeTableId} にアタッチ済みインターネットゲートウェイへの ${W} ルートがありません${note.ja}。` } }
        : { factor: 'route', holds: false, subject: subnets.join(', '), reason: { en: `No subnet of ${owner.en} (${subnets.join(', ')}) routes ${W} to an attached internet gateway${note.en}.`, ja: `${owner.ja}のどのサブネット（${subnets.join('、')}）もアタッチ済みインターネットゲートウェイへの ${W} ルートを持っていません${note.ja}。` } },
    };
  }

  /** Factor 3 over the subnets a packet may come through (union: the attacker picks the subnet). */
  private naclFactor(s: Scope, fam: Family, owner: Owner, subnets: string[], vpcId: string | undefined): { factor: ExposureFactor; ports: PortRange[] | null } {
    const W = fam.world;
    if (subnets.length === 1) {
      const n = this.naclPorts(s, subnets[0], vpcId, fam);
      if (!n.nacl) return { ports: null, factor: { factor: 'network-acl', holds: null, reason: { en: `The network ACL of subnet ${subnets[0]} is not in the snapshot.`, ja: `サブネット ${subnets[0]} のネットワーク ACL がスナップショットにありません。` } } };
      const id = n.nacl.config.networkAclId;
      const ports = n.ports ?? [];
      return {
        ports,
        factor: !n.returns
          ? { factor: 'network-acl', holds: false, subject: n.nacl.uid, reason: { en: `Network ACL ${id} does not allow return traffic to the internet (${W}) on ephemeral ports.`, ja: `ネットワーク ACL ${id} がエフェメラルポートでのインターネット（${W}）への戻りトラフィックを許可していません。` } }
          : ports.length
            ? { factor: 'network-acl', holds: true, subject: n.nacl.uid, reason: { en: `Network ACL ${id} allows TCP ${formatPorts(ports)} from ${W} and the return traffic.`, ja: `ネットワーク ACL ${id} が ${W} からの TCP ${formatPorts(ports)} と戻りトラフィックを許可しています。` } }
            : { factor: 'network-acl', holds: false, subject: n.nacl.uid, reason: { en: `Network ACL ${id} allows no TCP port from ${W}.`, ja: `ネットワーク ACL ${id} は ${W} からの TCP ポートを許可していません。` } },
      };
    }
    const open: PortRange[] = [];
    const ids: string[] = [];
    let unknown = false;
    for (const sub of subnets) {
      const n = this.naclPorts(s, sub, vpcId, fam);
      if (n.ports === null) unknown = true;
      else if (n.ports.length) {
        open.push(...n.ports);
        ids.push(n.nacl!.config.networkAclId);
      }
    }
    const u = normalise(open);
    return {
      ports: u.length || !unknown ? u : null,
      factor: u.length
        ? { factor: 'network-acl', holds: true, subject: ids.join(', '), reason: { en: `Network ACL ${ids.join(', ')} allows TCP ${formatPorts(u)} from ${W} and the return traffic.`, ja: `ネットワーク ACL ${ids.join('、')} が ${W} からの TCP ${formatPorts(u)} と戻りトラフィックを許可しています。` } }
        : unknown
          ? { factor: 'network-acl', holds: null, reason: { en: `A network ACL of the subnets of ${owner.en} (${subnets.join(', ')}) is not in the snapshot.`, ja: `${owner.ja}のサブネット（${subnets.join('、')}）のネットワーク ACL がスナップショットにありません。` } }
          : { factor: 'network-acl', holds: false, reason: { en: `The network ACLs of the subnets of ${owner.en} (${subnets.join(', ')}) allow no TCP port from ${W} with its return traffic.`, ja: `${owner.ja}のサブネット（${subnets.join('、')}）のネットワーク ACL は ${W} からの TCP ポート（戻りトラフィックを含む）を許可していません。` } },
    };
  }

  /** Factor 4: the TCP ports the security groups open to anywhere (null: a group is not in the snapshot). */
  private securityGroupFactor(s: Scope, fam: Family, owner: Owner, ids: string[]): { factor: ExposureFactor; ports: PortRange[] | null } {
    const W = fam.world;
    const { ports: u, openBy, missing } = worldOpenGroups(s, ids, fam);
    return {
      ports: u.length || !missing.length ? u : null,
      factor: u.length
        ? { factor: 'security-group', holds: true, subject: openBy.join(', '), reason: { en: `Security group ${openBy.join(', ')} of ${owner.en} allows TCP from ${W}.`, ja: `${owner.ja}のセキュリティグループ ${openBy.join('、')} が ${W} からの TCP を許可しています。` } }
        : missing.length
          ? { factor: 'security-group', holds: null, reason: { en: `Security group(s) ${missing.join(', ')} of ${owner.en} are not in the snapshot.`, ja: `${owner.ja}のセキュリティグループ ${missing.join('、')} がスナップショットにありません。` } }
          : { factor: 'security-group', holds: false, subject: ids.join(', '), reason: { en: `No security group of ${owner.en} allows TCP from ${W}.`, ja: `${owner.ja}のセキュリティグループは ${W} からの TCP を許可していません。` } },
    };
  }

  /** The five factors in one address family for compute reached directly (an instance, the awsvpc tasks of a service). */
  private directFamily(s: Scope, fam: Family, d: DirectInputs): Exposure {
    const factors: ExposureFactor[] = [d.address];
    if (d.address.holds === false && d.stopWithoutAddress) return { status: 'not-exposed', ports: [], factors: withFamily(fam, factors) };
    const route = this.routeFactor(s, fam, d.owner, d.subnets, d.vpcId);
    factors.push(route.factor);
    let naclPorts: PortRange[] | null = null;
    if (route.open.length) {
      const n = this.naclFactor(s, fam, d.owner, route.open, d.vpcId);
      factors.push(n.factor);
      naclPorts = n.ports;
    }
    let sgPorts: PortRange[] | null = null;
    if (!d.securityGroupIds) factors.push({ factor: 'security-group', holds: null, reason: d.unknownGroups ?? { en: `The security groups of ${d.owner.en} are not known.`, ja: `${d.owner.ja}のセキュリティグループが不明です。` } });
    else {
      const g = this.securityGroupFactor(s, fam, d.owner, d.securityGroupIds);
      factors.push(g.factor);
      sgPorts = g.ports;
    }
    let ports: PortRange[] = [];
    if (naclPorts && sgPorts?.length) {
      const open = intersectSets(sgPorts, naclPorts);
      const p = d.port
        ? d.port(open, sgPorts, fam)
        : {
            ports: open,
            factor: open.length
              ? { factor: 'port' as const, holds: true, reason: { en: `Reachable TCP ports${fam.over.en}: ${formatPorts(open)}.`, ja: `到達可能な TCP ポート${fam.over.ja}: ${formatPorts(open)}。` } }
              : { factor: 'port' as const, holds: false, reason: { en: `The security groups open ${formatPorts(sgPorts)} but the network ACL allows none of them.`, ja: `セキュリティグループは ${formatPorts(sgPorts)} を開放していますが、ネットワーク ACL がいずれも許可していません。` } },
          };
      ports = p.ports;
      if (p.factor) factors.push(p.factor);
    }
    const status = statusOf(factors, ports);
    return { status, ports: status === 'exposed' ? ports : [], factors: withFamily(fam, factors) };
  }

  /** The address families a load balancer may be reached in: IPv4 always (its factor 1 says when not), IPv6 unless its type is ipv4. */
  private fronts(s: Scope, lb: Resource<LoadBalancerConfig>): Front[] {
    return lb.config.IpAddressType === 'ipv4' ? [this.front(s, lb, IPV4)] : [this.front(s, lb, IPV4), this.front(s, lb, IPV6)];
  }

  /** c. and d. in one address family: the load balancer's public subnets, their NACLs and its security groups. */
  private front(s: Scope, lb: Resource<LoadBalancerConfig>, fam: Family): Front {
    const key = `${lb.uid}|${fam.family}`;
    const cached = s.fronts.get(key);
    if (cached) return cached;
    const c = lb.config;
    const name = c.LoadBalancerName;
    const owner: Owner = { en: name, ja: `${name} ` };
    const type = c.IpAddressType;
    const factors: ExposureFactor[] = [];
    // Its addresses in this family (API Reference › LoadBalancer.IpAddressType).
    if (fam.family === 'ipv4' && type === 'dualstack-without-public-ipv4') {
      factors.push({ factor: 'public-address', holds: false, subject: lb.uid, reason: { en: `${name} has no public IPv4 address (IP address type ${type}).`, ja: `${name} にはパブリック IPv4 アドレスがありません（IP アドレスタイプ ${type}）。` } });
    } else if (fam.family === 'ipv6') {
      factors.push(
        type === undefined
          ? { factor: 'public-address', holds: null, subject: lb.uid, reason: { en: `The IP address type of ${name} was not collected: whether it answers over IPv6 is unknown.`, ja: `${name} の IP アドレスタイプを取得できなかったため、IPv6 で応答するか不明です。` } }
          : type.startsWith('dualstack')
            ? { factor: 'public-address', holds: true, subject: lb.uid, reason: { en: `${name} has public IPv6 addresses (IP address type ${type}).`, ja: `${name} にはパブリック IPv6 アドレスがあります（IP アドレスタイプ ${type}）。` } }
            : { factor: 'public-address', holds: false, subject: lb.uid, reason: { en: `${name} has no IPv6 address (IP address type ${type}).`, ja: `${name} に IPv6 アドレスはありません（IP アドレスタイプ ${type}）。` } },
      );
    }
    const finish = (ports: PortRange[] | null): Front => {
      const decidedFalse = factors.some((f) => f.holds === false);
      const f: Front = { family: fam.family, factors: withFamily(fam, factors), ports: decidedFalse ? [] : ports, undecided: factors.some((x) => x.holds === null) };
      s.fronts.set(key, f);
      return f;
    };
    if (factors.some((f) => f.holds === false)) return finish([]);

    const subnets = c.AvailabilityZones.map((z) => z.SubnetId).filter((x): x is string => !!x);
    const route = this.routeFactor(s, fam, owner, subnets, c.VpcId);
    factors.push(route.factor);
    // NACLs: an attacker picks the node (one per subnet), so the union over public subnets counts.
    let naclPorts: PortRange[] | null = null;
    if (route.open.length) {
      const n = this.naclFactor(s, fam, owner, route.open, c.VpcId);
      factors.push(n.factor);
      naclPorts = n.ports;
    }
    // Security groups of the load balancer.
    let sgPorts: PortRange[] | null;
    if (!c.SecurityGroups.length && c.Type === 'network') {
      sgPorts = [ALL];
      factors.push({ factor: 'security-group', holds: true, reason: { en: `Network Load Balancer ${name} has no security group: every client reaches its listeners.`, ja: `Network Load Balancer ${name} にはセキュリティグループがないため、すべてのクライアントがリスナーに到達できます。` } });
    } else if (!c.SecurityGroups.length) {
      sgPorts = null;
      factors.push({ factor: 'security-group', holds: null, reason: { en: `Security group(s) (none recorded) of ${name} are not in the snapshot.`, ja: `${name} のセキュリティグループ（記録なし）がスナップショットにありません。` } });
    } else {
      const g = this.securityGroupFactor(s, fam, owner, c.SecurityGroups);
      factors.push(g.factor);
      sgPorts = g.ports;
    }
    return finish(naclPorts !== null && sgPorts !== null ? intersectSets(sgPorts, naclPorts) : null);
  }

  /** Why a load balancer's listeners' targets cannot all be known; null when they can. */
  private opaqueReason(s: Scope, lb: Resource<LoadBalancerConfig>): LocalizedText | null {
    if (s.opaque.has(lb.uid)) return s.opaque.get(lb.uid)!;
    const name = lb.config.LoadBalancerName;
    let why: LocalizedText | null = null;
    const listeners = s.listenersByLoadBalancer.get(lb.uid) ?? [];
    if (lb.config.listenerCount === undefined || listeners.length < lb.config.listenerCount) {
      why = { en: `The listeners of ${name} were not collected.`, ja: `${name} のリスナーを取得できませんでした。` };
    } else {
      for (const l of listeners) {
        const groups = listenerGroups(l.config);
        if (!groups) {
          why = { en: `The rules of listener ${l.config.Protocol ?? '?'}:${l.config.Port ?? '?'} of ${name} were not collected.`, ja: `${name} のリスナー ${l.config.Protocol ?? '?'}:${l.config.Port ?? '?'} のルールを取得できませんでした。` };
          break;
        }
        const missing = [...groups].find((g) => !s.targetGroups.get(g)?.config.targets);
        if (missing) {
          why = { en: `Target group ${missing} of ${name} or its registered targets were not collected.`, ja: `${name} のターゲットグループ ${missing} またはその登録ターゲットを取得できませんでした。` };
          break;
        }
      }
    }
    s.opaque.set(lb.uid, why);
    return why;
  }

  /** Listeners of internet-facing load balancers that forward to a group where one of `keys` is registered. */
  private candidates(s: Scope, keys: string[]): Candidate[] {
    const out: Candidate[] = [];
    for (const key of keys) {
      for (const { group, target } of s.registrations.get(key) ?? []) {
        for (const lbArn of group.config.LoadBalancerArns) {
          const lb = s.loadBalancers.get(lbArn);
          if (!lb || lb.config.Scheme !== 'internet-facing') continue;
          const listeners = (s.listenersByLoadBalancer.get(lbArn) ?? []).filter((l) => listenerGroups(l.config)?.has(group.uid));
          // Attached to the load balancer, but the listener that forwards to it was not collected: unknown.
          // (With every listener and rule collected, an attached group no listener names is reached only
          // through a source-ip rule or a zero weight, which an arbitrary client does not get.)
          if (!listeners.length && this.opaqueReason(s, lb)) out.push({ lb, listener: null, group, target });
          for (const l of listeners) out.push({ lb, listener: l, group, target });
        }
      }
    }
    return out;
  }

  /** e. for an instance: does a security group admit the target port from what the instance sees as the source? */
  private targetSide(s: Scope, host: TargetHost, cand: Candidate, port: number, via: string): Verdict[] {
    const noun = host.noun;
    const subnetOf = `${host.noun.en}'${host.noun.en.endsWith('s') ? '' : 's'} subnet`;
    if (!host.securityGroupIds) {
      return [{ holds: null, factor: tagged(via, { factor: 'target-security-group', holds: null, reason: host.unknownNetwork ?? { en: `The security groups of ${noun.en} are not known.`, ja: `${noun.ja}のセキュリティグループが不明です。` } }) }];
    }
    const securityGroupIds = host.securityGroupIds;
    const lb = cand.lb.config;
    const tg = cand.group.config;
    const lbSgs = new Set(lb.SecurityGroups);
    const defaultPreserve = tg.TargetType === 'instance' || tg.Protocol === 'UDP' || tg.Protocol === 'TCP_UDP';
    const attr = tg.attributes?.['preserve_client_ip.enabled'];
    const preserveOptions: boolean[] = lb.Type !== 'network' ? [false] : attr === 'true' ? [true] : attr === 'false' ? [false] : tg.attributes ? [defaultPreserve] : [true, false];
    const lbCidrs = cand.lb.config.AvailabilityZones.map((z) => (z.SubnetId ? s.subnets.get(z.SubnetId)?.cidrBlock : undefined)).filter((c): c is string => !!c);
    if (!lbCidrs.length && lb.VpcId) {
      const v = s.vpcs.get(lb.VpcId);
      if (v?.cidrBlock) lbCidrs.push(v.cidrBlock);
    }
    const judge = (preserve: boolean): { holds: boolean | null; by: string[]; missing: string[] } => {
      const by: string[] = [];
      const missing: string[] = [];
      let unknown = false;
      for (const id of securityGroupIds) {
        const g = s.securityGroups.get(id);
        if (!g) {
          missing.push(id);
          continue;
        }
        for (const p of g.config.ingress) {
          const proto = String(p.IpProtocol).toLowerCase();
          if (proto !== '-1' && proto !== 'tcp' && proto !== '6') continue;
          if (proto !== '-1' && !((p.FromPort ?? 0) <= port && port <= (p.ToPort ?? 65535))) continue;
          if (p.UserIdGroupPairs?.some((u) => u.GroupId && lbSgs.has(u.GroupId))) by.push(`${id} (from ${lb.SecurityGroups.join(', ')})`);
          else if (p.IpRanges?.some((r) => isWorld(r.CidrIp))) by.push(`${id} (from 0.0.0.0/0)`);
          else if (!preserve && p.IpRanges?.length) {
            const hit = p.IpRanges.find((r) => lbCidrs.some((c) => cidrContains(r.CidrIp, c)));
            if (hit) by.push(`${id} (from ${hit.CidrIp})`);
            else if (!lbCidrs.length) unknown = true;
          } else if (p.PrefixListIds?.length) unknown = true;
        }
      }
      return { holds: by.length ? true : missing.length || unknown ? null : false, by, missing };
    };
    const results = preserveOptions.map((p) => ({ preserve: p, ...judge(p) }));
    const verdicts: Verdict[] = [];
    const agreed = results.every((r) => r.holds === results[0].holds) ? results[0] : null;
    const sgHolds = agreed ? agreed.holds : null;
    const sub = agreed ?? results[0];
    const source = agreed?.preserve ? { en: 'the client address (client IP preservation)', ja: 'クライアントのアドレス（クライアント IP 保持）' } : agreed ? { en: `the load balancer (${lb.SecurityGroups.join(', ') || lbCidrs.join(', ') || 'its private addresses'})`, ja: `ロードバランサー（${lb.SecurityGroups.join('、') || lbCidrs.join('、') || 'プライベートアドレス'}）` } : { en: 'the load balancer or the client (client IP preservation not collected)', ja: 'ロードバランサーまたはクライアント（クライアント IP 保持の設定を取得できず）' };
    verdicts.push({
      holds: sgHolds,
      factor: tagged(via, sgHolds
        ? { factor: 'target-security-group', holds: true, subject: sub.by.join(', '), reason: { en: `Security group ${sub.by.join(', ')} of ${noun.en} allows TCP ${port} from ${source.en}.`, ja: `${noun.ja}のセキュリティグループ ${sub.by.join('、')} が ${source.ja} からの TCP ${port} を許可しています。` } }
        : sgHolds === false
          ? { factor: 'target-security-group', holds: false, subject: securityGroupIds.join(', '), reason: { en: `No security group of ${noun.en} allows TCP ${port} from ${source.en}.`, ja: `${noun.ja}のセキュリティグループは ${source.ja} からの TCP ${port} を許可していません。` } }
          : { factor: 'target-security-group', holds: null, reason: { en: `Whether the security groups of ${noun.en} allow TCP ${port} from ${source.en} cannot be decided${sub.missing.length ? ` (${sub.missing.join(', ')} not in the snapshot)` : ''}.`, ja: `${noun.ja}のセキュリティグループが ${source.ja} からの TCP ${port} を許可しているか判定できません${sub.missing.length ? `（${sub.missing.join('、')} がスナップショットにありません）` : ''}。` } }),
    });
    // With the client's address preserved, the target subnet's NACL sees the internet.
    if (results.some((r) => r.preserve)) {
      // Tasks spread over several subnets: a client reaches the tasks of any subnet whose NACL lets it in.
      const each = (host.subnetIds.length ? host.subnetIds : [undefined]).map((sub) => {
        const n = this.naclPorts(s, sub, host.vpcId, IPV4);
        return { n, open: n.ports === null ? null : n.ports.some((r) => r.from <= port && port <= r.to) };
      });
      const best = each.find((e) => e.open === true) ?? each.find((e) => e.open === null) ?? each[0];
      const n = best.n;
      const open = best.open;
      const subnetLabel = host.subnetIds.join(', ') || '(unknown)';
      const id = n.nacl?.config.networkAclId ?? '(unknown)';
      const holds = open === null ? null : results.every((r) => r.preserve) ? open : open ? true : null;
      verdicts.push({
        holds,
        factor: tagged(via, holds
          ? { factor: 'target-network-acl', holds: true, subject: n.nacl?.uid, reason: { en: `Network ACL ${id} of ${subnetOf} allows TCP ${port} from 0.0.0.0/0 and the return traffic.`, ja: `${noun.ja}のサブネットのネットワーク ACL ${id} が 0.0.0.0/0 からの TCP ${port} と戻りトラフィックを許可しています。` } }
          : holds === false
            ? { factor: 'target-network-acl', holds: false, subject: n.nacl?.uid, reason: { en: `Network ACL ${id} of ${subnetOf} does not allow TCP ${port} from 0.0.0.0/0 with its return traffic (the client's address is preserved).`, ja: `${noun.ja}のサブネットのネットワーク ACL ${id} は 0.0.0.0/0 からの TCP ${port}（戻りトラフィックを含む）を許可していません（クライアント IP が保持されます）。` } }
            : { factor: 'target-network-acl', holds: null, reason: { en: `The network ACL of subnet ${subnetLabel} or the client IP preservation setting is not in the snapshot.`, ja: `サブネット ${subnetLabel.replace('(unknown)', '(不明)')} のネットワーク ACL またはクライアント IP 保持の設定がスナップショットにありません。` } }),
      });
    }
    return verdicts;
  }

  /**
   * Exposure through internet-facing load balancers. `keys`: the registration keys of the compute;
   * `vpcId`: where its load balancers may sit; `targetSide`: e. (null for Lambda).
   */
  private loadBalancerExposure(
    s: Scope,
    cands: Candidate[],
    vpcId: string | undefined,
    targetSide: ((cand: Candidate, port: number, via: string) => Verdict[]) | null,
  ): { status: Exposure['status']; factors: ExposureFactor[]; through: LoadBalancerRoute[] } | null {
    const lbs = new Map<string, Resource<LoadBalancerConfig>>();
    for (const lb of vpcId ? (s.publicLoadBalancersByVpc.get(vpcId) ?? []) : []) lbs.set(lb.uid, lb);
    for (const c of cands) lbs.set(c.lb.uid, c.lb);
    if (!lbs.size) return null;

    const exposedFactors: ExposureFactor[] = [];
    const otherFactors: ExposureFactor[] = [];
    const through: LoadBalancerRoute[] = [];
    let unknown = false;
    for (const lb of lbs.values()) {
      const name = lb.config.LoadBalancerName;
      const mine = cands.filter((c) => c.lb.uid === lb.uid);
      const receiving = mine.filter((c) => !NO_TRAFFIC.has(c.target.State ?? ''));
      if (!receiving.length) {
        const opaque = this.opaqueReason(s, lb);
        if (opaque) {
          unknown = true;
          otherFactors.push(tagged(listenerLabel(lb, null), { factor: 'target-group', holds: null, subject: lb.uid, reason: opaque }));
        } else {
          const idle = mine[0];
          otherFactors.push(
            tagged(listenerLabel(lb, null), idle
              ? { factor: 'target-group', holds: false, subject: idle.group.uid, reason: { en: `The target is registered in target group ${idle.group.config.TargetGroupName} in state ${idle.target.State} (${idle.target.Reason ?? 'no reason given'}): it receives no new traffic.`, ja: `ターゲットはターゲットグループ ${idle.group.config.TargetGroupName} に ${idle.target.State} 状態（${idle.target.Reason ?? '理由なし'}）で登録されており、新しいトラフィックを受けません。` } }
              : { factor: 'target-group', holds: false, subject: lb.uid, reason: { en: `No listener of internet-facing ${name} forwards to a target group where this target is registered.`, ja: `インターネット向けの ${name} のどのリスナーも、このターゲットが登録されたターゲットグループに転送していません。` } }),
          );
        }
        continue;
      }
      if (lb.config.State === 'failed') {
        otherFactors.push(tagged(listenerLabel(lb, null), { factor: 'load-balancer', holds: false, subject: lb.uid, reason: { en: `${name} is in state failed.`, ja: `${name} は failed 状態です。` } }));
        continue;
      }
      const fronts = this.fronts(s, lb);
      for (const c of receiving) {
        const l = c.listener?.config ?? null;
        const via = listenerLabel(lb, l);
        const targetPort = c.target.Port ?? c.group.config.Port;
        const factors: ExposureFactor[] = [
          tagged(via, { factor: 'load-balancer', holds: true, subject: lb.uid, reason: { en: `${name} is an internet-facing ${lb.config.Type} load balancer.`, ja: `${name} はインターネット向けの ${lb.config.Type} ロードバランサーです。` } }),
        ];
        if (!l || l.Port === undefined) {
          factors.push(tagged(via, { factor: 'target-group', holds: null, subject: c.group.uid, reason: { en: `The target is registered in target group ${c.group.config.TargetGroupName} of ${name}, but the listener that forwards to it was not collected.`, ja: `ターゲットは ${name} のターゲットグループ ${c.group.config.TargetGroupName} に登録されていますが、そこへ転送するリスナーを取得できませんでした。` } }));
          unknown = true;
          otherFactors.push(...factors);
          continue;
        }
        if (!TCP_LISTENER.has(l.Protocol ?? '')) continue;
        factors.push(tagged(via, { factor: 'target-group', holds: true, subject: c.group.uid, reason: { en: `Listener ${l.Protocol}:${l.Port} forwards to target group ${c.group.config.TargetGroupName}, where the target is registered${targetPort !== undefined ? ` on port ${targetPort}` : ''} (${c.target.State ?? 'state unknown'}).`, ja: `リスナー ${l.Protocol}:${l.Port} がターゲットグループ ${c.group.config.TargetGroupName} に転送しており、ターゲットが${targetPort !== undefined ? `ポート ${targetPort} で` : ''}登録されています（${c.target.State ?? '状態不明'}）。` } }));
        // c. and d. in each address family: the listener is reached when it is in one of them.
        const families = fronts.map((front) => {
          const fam = FAMILIES[front.family];
          const contains = front.ports !== null && front.ports.some((p) => p.from <= l.Port! && l.Port! <= p.to);
          const open = front.ports === null ? null : !contains ? false : front.undecided ? null : true;
          const own = [...front.factors];
          if (front.ports !== null && open !== null) {
            own.push(
              open
                ? { factor: 'port', holds: true, family: front.family, reason: { en: `Listener port TCP ${l.Port} is reachable from the internet${fam.over.en}.`, ja: `リスナーポート TCP ${l.Port} にインターネット${fam.over.ja}から到達できます。` } }
                : { factor: 'port', holds: false, family: front.family, reason: { en: `Listener port TCP ${l.Port} is not reachable from the internet${fam.over.en} (reachable: ${formatPorts(front.ports) || 'none'}).`, ja: `リスナーポート TCP ${l.Port} にはインターネット${fam.over.ja}から到達できません（到達可能: ${formatPorts(front.ports) || 'なし'}）。` } },
            );
          }
          return { open, own, absent: own.some((f) => f.factor === 'public-address' && f.holds === false) };
        });
        const reached = families.filter((f) => f.open === true);
        const listenerOpen = reached.length ? true : families.some((f) => f.open === null) ? null : false;
        const shown = reached.length ? reached : families.filter((f, i) => i === 0 || !f.absent);
        factors.push(...shown.flatMap((f) => f.own).map((f) => tagged(via, f)));
        const verdicts: boolean[] = [];
        const side = targetSide && targetPort !== undefined ? targetSide(c, targetPort, via) : [];
        factors.push(...side.map((v) => v.factor));
        const all = [listenerOpen, ...side.map((v) => v.holds)];
        if (all.some((h) => h === false)) verdicts.push(false);
        if (all.every((h) => h === true)) {
          exposedFactors.push(...factors);
          through.push({ loadBalancer: lb.uid, name, listener: c.listener!.uid, protocol: l.Protocol, port: l.Port, targetGroup: c.group.uid, targetPort });
        } else {
          if (!verdicts.length) unknown = true;
          otherFactors.push(...factors);
        }
      }
    }
    if (through.length) return { status: 'exposed', factors: exposedFactors, through };
    return { status: unknown ? 'unknown' : 'not-exposed', factors: otherFactors, through };
  }

  /** A Lambda function registered in a target group of an internet-facing Application Load Balancer. */
  lambdaExposure(fn: Resource<LambdaFunctionConfig>): Exposure | null {
    const s = this.scope(fn.account, fn.region);
    const lb = this.loadBalancerExposure(s, this.candidates(s, [`fn:${fn.uid}`]), undefined, null);
    if (!lb || (lb.status !== 'exposed' && !lb.factors.length)) return null;
    return { status: lb.status, ports: lb.status === 'exposed' ? normalise(lb.through.map((t) => ({ from: t.port, to: t.port }))) : [], factors: lb.factors, through: lb.through };
  }

  /**
   * Internet exposure of an instance: directly (the five factors) or through an internet-facing load
   * balancer. Exposed when either route is; unknown when neither is and one cannot be decided.
   */
  instanceExposure(instance: Resource<InstanceConfig>): Exposure {
    const direct = this.directExposure(instance);
    const c = instance.config;
    if (direct.factors[0]?.factor === 'state') return direct;
    const s = this.scope(instance.account, instance.region);
    const keys = [`i:${c.instanceId}`, ...(c.privateIpAddress && c.vpcId ? [`ip:${c.vpcId}|${c.privateIpAddress}`] : [])];
    const host: TargetHost = { securityGroupIds: c.securityGroupIds, subnetIds: c.subnetId ? [c.subnetId] : [], vpcId: c.vpcId, noun: INSTANCE_NOUN };
    const lb = this.loadBalancerExposure(s, this.candidates(s, keys), c.vpcId, (cand, port, via) => this.targetSide(s, host, cand, port, via));
    if (!lb) return direct;
    if (direct.status === 'exposed' || lb.status === 'exposed') {
      const factors = [...(direct.status === 'exposed' ? direct.factors : []), ...(lb.status === 'exposed' ? lb.factors : [])];
      const ports = normalise([...direct.ports, ...lb.through.map((t) => ({ from: t.port, to: t.port }))]);
      return { status: 'exposed', ports, factors, ...(lb.through.length ? { through: lb.through } : {}) };
    }
    const status = direct.status === 'unknown' || lb.status === 'unknown' ? 'unknown' : 'not-exposed';
    return { status, ports: [], factors: [...direct.factors, ...lb.factors] };
  }

  /**
   * Internet exposure of an ECS service's tasks, directly or through the target groups the service
   * registers its tasks in. Task IP addresses are not in the snapshot: the service's own mapping
   * (loadBalancers: target group + container port) says where its tasks are registered.
   *   - Directly (awsvpc only): the tasks' ENIs get a public IPv4 address (assignPublicIp ENABLED,
   *     Fargate), one of the service's subnets routes 0.0.0.0/0 to an internet gateway, that subnet's
   *     NACL allows the port both ways, a security group of the service allows it from 0.0.0.0/0,
   *     and the port is a TCP container port of the task definition (every port the security group
   *     and NACL allow when the task definition maps none: a process may listen without a mapping);
   *     or the same over IPv6 (see ecsDirectExposure: unknown at best, dualStackIPv6 is not collected).
   *   - Through a load balancer: a. to e. above, with the service's security groups and subnets as
   *     the target's. Tasks in bridge / host mode share their EC2 container instance's network, which
   *     the snapshot does not map to the service: unknown.
   * `td`: the service's task definition; undefined when it was not collected.
   */
  ecsServiceExposure(service: Resource<EcsServiceConfig>, td: EcsTaskDefinitionConfig | undefined): Exposure {
    const c = service.config;
    const s = this.scope(service.account, service.region);
    if ((c.status !== undefined && c.status !== 'ACTIVE') || c.desiredCount === 0) {
      const why = c.desiredCount === 0 ? { en: 'The service runs no task (desired count 0).', ja: 'サービスはタスクを実行していません（必要数 0）。' } : { en: `The service is ${c.status}.`, ja: `サービスは ${c.status} 状態です。` };
      return { status: 'not-exposed', ports: [], factors: [{ factor: 'state', holds: false, reason: why }] };
    }
    const net = c.networkConfiguration;
    const vpcId = net?.subnets.map((sub) => s.subnets.get(sub)?.vpcId).find((v): v is string => !!v);
    let sgs: string[] | undefined;
    if (net?.securityGroups.length) sgs = net.securityGroups;
    else if (net && vpcId) {
      // No security group given: the VPC's default security group applies (ECS API Reference › AwsVpcConfiguration).
      const d = [...s.securityGroups.values()].find((g) => g.config.isDefault && g.config.vpcId === vpcId);
      if (d) sgs = [d.config.groupId];
    }
    const direct = this.ecsDirectExposure(s, c, net, sgs, td);
    const host: TargetHost = net
      ? { securityGroupIds: sgs, subnetIds: net.subnets, vpcId, noun: TASK_NOUN, unknownNetwork: NO_SERVICE_GROUP }
      : { securityGroupIds: undefined, subnetIds: [], noun: TASK_NOUN, unknownNetwork: net === null ? BRIDGE_MODE : NOT_COLLECTED_SERVICE };
    const { cands, factors: lbFactors } = this.ecsCandidates(s, c);
    const lb = cands.length ? this.loadBalancerExposure(s, cands, undefined, (cand, port, via) => this.targetSide(s, host, cand, port, via)) : null;
    if (direct.status === 'exposed' || lb?.status === 'exposed') {
      const viaLb = lb?.status === 'exposed' ? lb : null;
      const factors = [...(direct.status === 'exposed' ? direct.factors : []), ...(viaLb?.factors ?? [])];
      const ports = normalise([...direct.ports, ...(viaLb?.through ?? []).map((t) => ({ from: t.port, to: t.port }))]);
      return { status: 'exposed', ports, factors, ...(viaLb?.through.length ? { through: viaLb.through } : {}) };
    }
    const unknown = direct.status === 'unknown' || lb?.status === 'unknown' || lbFactors.some((f) => f.holds === null);
    return { status: unknown ? 'unknown' : 'not-exposed', ports: [], factors: [...direct.factors, ...(lb?.factors ?? []), ...lbFactors] };
  }

  /**
   * Internet exposure of the workloads (pods) of an EKS cluster through the load balancers
   * Kubernetes controllers create for them, and the namespaces whose pods are exposed:
   *   - AWS Load Balancer Controller: it tags its load balancers and target groups with
   *     `elbv2.k8s.aws/cluster` = cluster name and `service.k8s.aws/stack` (a Service) or
   *     `ingress.k8s.aws/stack` (an Ingress) = "namespace/name"; an IngressGroup's stack is the group
   *     name, without "/", and its Ingresses may sit in any namespace.
   *   - The Kubernetes AWS cloud provider's service controller (in-tree): load balancers tagged
   *     `kubernetes.io/cluster/<name>` (owned | shared) and `kubernetes.io/service-name` = "namespace/name".
   * Each such target group is followed with a. to e. (see the module comment): `instance` targets are
   * worker nodes (their own security groups and subnet; traffic enters on the node port and
   * kube-proxy forwards it to a pod); `ip` targets are pod IPs (VPC CNI), whose ENIs carry the node's
   * security groups, which the snapshot does not map to pods: the approximation used is the cluster
   * security group (which EKS attaches to managed node groups) plus the cluster's additional
   * security groups and subnets; unknown when the cluster has none of them.
   * A load balancer or target group whose tags were not collected may serve the cluster: unknown
   * unless another route is exposed.
   * `namespaces`: namespaces of the exposed routes ('*': any namespace).
   */
  eksWorkloadExposure(cluster: Resource<EksClusterConfig>): { exposure: Exposure; namespaces: string[] } {
    const c = cluster.config;
    const name = c.name;
    const s = this.scope(cluster.account, cluster.region);
    const partition = cluster.uid.split(':')[1] || 'aws';
    const namespacesOf = new Map<string, Set<string>>();
    const add = (g: Resource<TargetGroupConfig>, ns: string) => (namespacesOf.get(g.uid) ?? namespacesOf.set(g.uid, new Set()).get(g.uid)!).add(ns);
    const untagged: string[] = [];
    for (const g of s.targetGroups.values()) {
      if (g.errors?.tags) {
        untagged.push(g.config.TargetGroupName);
        continue;
      }
      const ns = controllerNamespace(g.tags ?? {}, name);
      if (ns) add(g, ns);
    }
    for (const lb of s.loadBalancers.values()) {
      if (lb.errors?.tags) {
        untagged.push(lb.config.LoadBalancerName);
        continue;
      }
      const ns = controllerNamespace(lb.tags ?? {}, name);
      if (ns) for (const g of s.groupsByLoadBalancer.get(lb.uid) ?? []) add(g, ns);
    }

    const factors: ExposureFactor[] = [];
    const cands: Candidate[] = [];
    for (const uid of namespacesOf.keys()) {
      const group = s.targetGroups.get(uid)!;
      const gname = group.config.TargetGroupName;
      if (!group.config.targets) {
        factors.push({ factor: 'target-group', holds: null, subject: uid, reason: { en: `The registered targets of target group ${gname} (cluster ${name}) were not collected.`, ja: `ターゲットグループ ${gname}（クラスター ${name}）の登録ターゲットを取得できませんでした。` } });
        continue;
      }
      for (const lbArn of group.config.LoadBalancerArns) {
        const lb = s.loadBalancers.get(lbArn);
        if (!lb) {
          factors.push({ factor: 'target-group', holds: null, subject: lbArn, reason: { en: `Load balancer ${lbArn} of target group ${gname} is not in the snapshot.`, ja: `ターゲットグループ ${gname} のロードバランサー ${lbArn} がスナップショットにありません。` } });
          continue;
        }
        if (lb.config.Scheme !== 'internet-facing') {
          factors.push({ factor: 'load-balancer', holds: false, subject: lb.uid, reason: { en: `${lb.config.LoadBalancerName}, which forwards to target group ${gname} of cluster ${name}, is internal (scheme ${lb.config.Scheme}).`, ja: `クラスター ${name} のターゲットグループ ${gname} に転送する ${lb.config.LoadBalancerName} は内部向け（スキーム ${lb.config.Scheme}）です。` } });
          continue;
        }
        const listeners = (s.listenersByLoadBalancer.get(lbArn) ?? []).filter((x) => listenerGroups(x.config)?.has(uid));
        for (const target of group.config.targets) {
          if (!listeners.length && this.opaqueReason(s, lb)) cands.push({ lb, listener: null, group, target });
          for (const x of listeners) cands.push({ lb, listener: x, group, target });
        }
        if (!group.config.targets.length) factors.push({ factor: 'target-group', holds: false, subject: uid, reason: { en: `Target group ${gname} of cluster ${name} has no registered target.`, ja: `クラスター ${name} のターゲットグループ ${gname} には登録されたターゲットがありません。` } });
      }
    }
    if (untagged.length) {
      factors.push({ factor: 'target-group', holds: null, reason: { en: `The tags of ${untagged.join(', ')} were not collected: whether they serve workloads of cluster ${name} is unknown.`, ja: `${untagged.join('、')} のタグを取得できなかったため、クラスター ${name} のワークロードに転送しているか不明です。` } });
    }
    if (!namespacesOf.size && !untagged.length) {
      factors.push({ factor: 'load-balancer', holds: false, reason: { en: `No load balancer or target group is tagged for cluster ${name} (elbv2.k8s.aws/cluster or kubernetes.io/cluster/${name}): no Kubernetes Service or Ingress of the cluster has an AWS load balancer.`, ja: `クラスター ${name} 用のタグ（elbv2.k8s.aws/cluster または kubernetes.io/cluster/${name}）が付いたロードバランサーやターゲットグループはなく、クラスターの Service や Ingress に AWS のロードバランサーはありません。` } });
    }

    const vpcId = c.resourcesVpcConfig?.vpcId;
    const podGroups = [...new Set([...(c.resourcesVpcConfig?.clusterSecurityGroupId ? [c.resourcesVpcConfig.clusterSecurityGroupId] : []), ...(c.resourcesVpcConfig?.securityGroupIds ?? [])])];
    const pods: TargetHost = podGroups.length
      ? { securityGroupIds: podGroups, subnetIds: c.resourcesVpcConfig.subnetIds ?? [], vpcId, noun: PODS_NOUN }
      : { securityGroupIds: undefined, subnetIds: [], vpcId, noun: PODS_NOUN, unknownNetwork: { en: `Cluster ${name} has no cluster security group or additional security group: the security groups of its pods are unknown.`, ja: `クラスター ${name} にクラスターセキュリティグループも追加のセキュリティグループもないため、Pod のセキュリティグループが不明です。` } };
    const nodes = new Map<string, TargetHost>();
    const hostOf = (cand: Candidate): TargetHost => {
      if (cand.group.config.TargetType !== 'instance') return pods;
      const id = cand.target.Id;
      let host = nodes.get(id);
      if (!host) {
        const i = this.ctx.byUid<InstanceConfig>(`arn:${partition}:ec2:${cluster.region}:${cluster.account}:instance/${id}`);
        host = i && Array.isArray(i.config.securityGroupIds)
          ? { securityGroupIds: i.config.securityGroupIds, subnetIds: i.config.subnetId ? [i.config.subnetId] : [], vpcId: i.config.vpcId, noun: NODE_NOUN }
          : { securityGroupIds: undefined, subnetIds: [], noun: NODE_NOUN, unknownNetwork: { en: `Worker node ${id} is not in the snapshot.`, ja: `ワーカーノード ${id} がスナップショットにありません。` } };
        nodes.set(id, host);
      }
      return host;
    };
    const lb = cands.length ? this.loadBalancerExposure(s, cands, undefined, (cand, port, via) => this.targetSide(s, hostOf(cand), cand, port, via)) : null;
    if (lb?.status === 'exposed') {
      const namespaces = [...new Set(lb.through.flatMap((t) => [...(namespacesOf.get(t.targetGroup) ?? [])]))].sort();
      return { exposure: { status: 'exposed', ports: normalise(lb.through.map((t) => ({ from: t.port, to: t.port }))), factors: lb.factors, through: lb.through }, namespaces: namespaces.includes('*') ? ['*'] : namespaces };
    }
    const all = [...(lb?.factors ?? []), ...factors];
    const unknown = lb?.status === 'unknown' || factors.some((f) => f.holds === null);
    if (!unknown && !all.some((f) => f.holds === false)) all.push({ factor: 'load-balancer', holds: false, reason: { en: `No TCP listener of an internet-facing load balancer forwards to the workloads of cluster ${name}.`, ja: `インターネット向けロードバランサーのどの TCP リスナーもクラスター ${name} のワークロードに転送していません。` } });
    return { exposure: { status: unknown ? 'unknown' : 'not-exposed', ports: [], factors: all }, namespaces: [] };
  }

  /** Listeners of internet-facing load balancers that forward to the service's target groups; factors for what cannot be followed. */
  private ecsCandidates(s: Scope, c: EcsServiceConfig): { cands: Candidate[]; factors: ExposureFactor[] } {
    const cands: Candidate[] = [];
    const factors: ExposureFactor[] = [];
    for (const l of c.loadBalancers ?? []) {
      if (!l.targetGroupArn) {
        factors.push({ factor: 'target-group', holds: null, subject: l.loadBalancerName, reason: { en: `Classic Load Balancer ${l.loadBalancerName ?? '(unnamed)'} is not in the snapshot.`, ja: `Classic Load Balancer ${l.loadBalancerName ?? '(名前なし)'} はスナップショットにありません。` } });
        continue;
      }
      const group = s.targetGroups.get(l.targetGroupArn);
      if (!group) {
        factors.push({ factor: 'target-group', holds: null, subject: l.targetGroupArn, reason: { en: `Target group ${l.targetGroupArn} of the service is not in the snapshot.`, ja: `サービスのターゲットグループ ${l.targetGroupArn} がスナップショットにありません。` } });
        continue;
      }
      const target: RegisteredTarget = { Id: `ecs-service:${c.serviceName}`, ...(l.containerPort !== undefined ? { Port: l.containerPort } : {}) };
      for (const lbArn of group.config.LoadBalancerArns) {
        const lb = s.loadBalancers.get(lbArn);
        if (!lb) {
          factors.push({ factor: 'target-group', holds: null, subject: lbArn, reason: { en: `Load balancer ${lbArn} of target group ${group.config.TargetGroupName} is not in the snapshot.`, ja: `ターゲットグループ ${group.config.TargetGroupName} のロードバランサー ${lbArn} がスナップショットにありません。` } });
          continue;
        }
        if (lb.config.Scheme !== 'internet-facing') {
          factors.push({ factor: 'load-balancer', holds: false, subject: lb.uid, reason: { en: `${lb.config.LoadBalancerName}, which forwards to target group ${group.config.TargetGroupName}, is internal (scheme ${lb.config.Scheme}).`, ja: `ターゲットグループ ${group.config.TargetGroupName} に転送する ${lb.config.LoadBalancerName} は内部向け（スキーム ${lb.config.Scheme}）です。` } });
          continue;
        }
        const listeners = (s.listenersByLoadBalancer.get(lbArn) ?? []).filter((x) => listenerGroups(x.config)?.has(group.uid));
        if (!listeners.length && this.opaqueReason(s, lb)) cands.push({ lb, listener: null, group, target });
        for (const x of listeners) cands.push({ lb, listener: x, group, target });
      }
    }
    return { cands, factors };
  }

  /**
   * The five factors for the awsvpc tasks of a service, without load balancers, in each address family.
   * IPv6: a task's ENI gets an IPv6 address when its subnet assigns them (AssignIpv6AddressOnCreation)
   * and the ECS account setting dualStackIPv6 is on for the principal that launched it (Amazon ECS
   * Developer Guide › "Access Amazon ECS features with account settings" (dualStackIPv6) and
   * "Amazon ECS task networking options for Fargate" › "Using a VPC in dual-stack mode"). That
   * setting is not collected: in a subnet that assigns IPv6 addresses the tasks may have one, so the
   * factor is unknown — never "exposed" on a guess, never "not exposed" either.
   */
  private ecsDirectExposure(s: Scope, c: EcsServiceConfig, net: EcsServiceConfig['networkConfiguration'] | undefined, sgs: string[] | undefined, td: EcsTaskDefinitionConfig | undefined): Exposure {
    if (net === undefined) return { status: 'unknown', ports: [], factors: [{ factor: 'public-address', holds: null, reason: NOT_COLLECTED_SERVICE }] };
    if (net === null) return { status: 'unknown', ports: [], factors: [{ factor: 'public-address', holds: null, reason: BRIDGE_MODE }] };
    const vpcId = net.subnets.map((sub) => s.subnets.get(sub)?.vpcId).find((v): v is string => !!v);
    // 5. the port: what the network allows, limited to the containers' TCP ports.
    const port = (open: PortRange[]): { ports: PortRange[]; factor: ExposureFactor } => {
      if (!td?.containers) {
        return { ports: [], factor: { factor: 'port', holds: null, reason: { en: `The task definition ${c.taskDefinition ?? '(none recorded)'} is not in the snapshot: the containers' ports are unknown (the network allows TCP ${formatPorts(open) || 'none'}).`, ja: `タスク定義 ${c.taskDefinition ?? '（記録なし）'} がスナップショットにないため、コンテナのポートが不明です（ネットワーク上は TCP ${formatPorts(open) || 'なし'} が許可されています）。` } } };
      }
      const mapped = normalise(td.containers.flatMap((k) => (k.portMappings ?? []).filter((p) => p.containerPort !== undefined && (p.protocol ?? 'tcp') === 'tcp').map((p) => ({ from: p.containerPort!, to: p.containerPort! }))));
      const ports = mapped.length ? intersectSets(open, mapped) : open;
      const what = mapped.length ? { en: `container port(s) ${formatPorts(mapped)}`, ja: `コンテナポート ${formatPorts(mapped)}` } : { en: 'the task definition maps no port, so any listening port', ja: 'タスク定義にポートマッピングがないため、待ち受ける任意のポート' };
      return {
        ports,
        factor: ports.length
          ? { factor: 'port', holds: true, reason: { en: `Reachable TCP ports: ${formatPorts(ports)} (${what.en}).`, ja: `到達可能な TCP ポート: ${formatPorts(ports)}（${what.ja}）。` } }
          : { factor: 'port', holds: false, reason: { en: `The network allows TCP ${formatPorts(open) || 'none'} but the containers listen on ${formatPorts(mapped)}.`, ja: `ネットワーク上は TCP ${formatPorts(open) || 'なし'} が許可されていますが、コンテナは ${formatPorts(mapped)} で待ち受けています。` } },
      };
    };
    const common = { owner: SERVICE_OWNER, stopWithoutAddress: true, vpcId, securityGroupIds: sgs, unknownGroups: NO_SERVICE_GROUP, port };
    const v4 = this.directFamily(s, IPV4, {
      ...common,
      subnets: net.subnets,
      address:
        net.assignPublicIp === 'ENABLED'
          ? { factor: 'public-address', holds: true, reason: { en: 'Each task gets a public IPv4 address (assignPublicIp ENABLED).', ja: '各タスクにパブリック IPv4 アドレスが割り当てられます（assignPublicIp ENABLED）。' } }
          : { factor: 'public-address', holds: false, reason: { en: `The tasks get no public IPv4 address (assignPublicIp ${net.assignPublicIp}).`, ja: `タスクにパブリック IPv4 アドレスは割り当てられません（assignPublicIp ${net.assignPublicIp}）。` } },
    });
    // An absent AssignIpv6AddressOnCreation on a collected subnet is false (the field is optional in the schema); a subnet not in the snapshot may assign.
    const v6Subnets = net.subnets.filter((sub) => { const n = s.subnets.get(sub); return !n || n.assignIpv6AddressOnCreation === true; });
    const assigning = v6Subnets.filter((sub) => s.subnets.get(sub)?.assignIpv6AddressOnCreation === true);
    const v6 = this.directFamily(s, IPV6, {
      ...common,
      subnets: v6Subnets,
      address: !v6Subnets.length
        ? { factor: 'public-address', holds: false, reason: { en: `No subnet of the service (${net.subnets.join(', ') || 'none recorded'}) assigns IPv6 addresses.`, ja: `サービスのどのサブネット（${net.subnets.join('、') || '記録なし'}）も IPv6 アドレスを割り当てません。` } }
        : assigning.length
          ? { factor: 'public-address', holds: null, subject: assigning.join(', '), reason: { en: `Subnet(s) ${assigning.join(', ')} assign IPv6 addresses: the tasks get one when the ECS account setting dualStackIPv6 is on, which was not collected.`, ja: `サブネット ${assigning.join('、')} は IPv6 アドレスを割り当てます。ECS のアカウント設定 dualStackIPv6 が有効ならタスクにも割り当てられますが、この設定は取得していません。` } }
          : { factor: 'public-address', holds: null, subject: v6Subnets.join(', '), reason: { en: `Subnet(s) ${v6Subnets.join(', ')} of the service are not in the snapshot: whether the tasks get IPv6 addresses is unknown.`, ja: `サービスのサブネット ${v6Subnets.join('、')} がスナップショットにないため、タスクに IPv6 アドレスが割り当てられるか不明です。` } },
    });
    return eitherFamily([v4, v6]);
  }

  /** The five factors for one instance in each address family, without load balancers. */
  private directExposure(instance: Resource<InstanceConfig>): Exposure {
    const c = instance.config;
    const s = this.scope(instance.account, instance.region);
    if (c.state !== 'running' && c.state !== 'pending') {
      return { status: 'not-exposed', ports: [], factors: [{ factor: 'state', holds: false, reason: { en: `The instance is ${c.state}.`, ja: `インスタンスは ${c.state} 状態です。` } }] };
    }
    const eip = s.eipsByInstance.get(c.instanceId);
    const publicIp = c.publicIpAddress ?? eip?.config.publicIp ?? null;
    const common = { owner: INSTANCE_NOUN, subnets: c.subnetId ? [c.subnetId] : [], vpcId: c.vpcId, securityGroupIds: c.securityGroupIds };
    const v4 = this.directFamily(s, IPV4, {
      ...common,
      stopWithoutAddress: false,
      address:
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
    });
    const v6Addresses = c.ipv6Addresses;
    const v6 = this.directFamily(s, IPV6, {
      ...common,
      stopWithoutAddress: true,
      address:
        v6Addresses === undefined
          ? { factor: 'public-address', holds: null, reason: { en: 'The IPv6 addresses of the instance were not collected.', ja: 'インスタンスの IPv6 アドレスを取得できませんでした。' } }
          : v6Addresses.length
            ? { factor: 'public-address', holds: true, reason: { en: `The instance has the IPv6 address(es) ${v6Addresses.join(', ')}.`, ja: `インスタンスに IPv6 アドレス ${v6Addresses.join('、')} があります。` } }
            : { factor: 'public-address', holds: false, reason: { en: 'The instance has no IPv6 address.', ja: 'インスタンスに IPv6 アドレスはありません。' } },
    });
    return eitherFamily([v4, v6]);
  }
}
