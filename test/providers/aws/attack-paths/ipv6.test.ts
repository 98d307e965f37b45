/**
 * Internet exposure over IPv6 (network.ts): the five factors with the IPv6 inputs, exposed when
 * IPv4 or IPv6 fully holds. Sources: Amazon VPC User Guide › "IPv6 support for your VPC" (an IPv6
 * address reaches the internet through an internet gateway with a ::/0 route), "Enable outbound IPv6
 * traffic using an egress-only internet gateway" (it "prevents the internet from initiating an IPv6
 * connection with your instances"), "Control subnet traffic with network access control lists"
 * (IPv6 entries, rule order, stateless), "Security group rules" (Ipv6Ranges); Elastic Load
 * Balancing › "IP address types for your Application Load Balancer" (dualstack needs IPv6 routes,
 * security group and NACL rules; dualstack-without-public-ipv4 has public IPv6 addresses only);
 * Amazon ECS Developer Guide › account settings (dualStackIPv6) and Fargate task networking ›
 * "Using a VPC in dual-stack mode".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SnapshotIndex } from '../../../../src/assess/context.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../../src/model/snapshot.js';
import type { Resource } from '../../../../src/model/types.js';
import { attackPathAnalysis, naclWorldPorts, type EntryAnalysis } from '../../../../src/providers/aws/attack-paths/index.js';
import { ACCOUNT, REGION } from '../../../../rules/posture/testing.js';
import { aclEntry, perm } from '../../../../rules/posture/aws/ec2/fixture-builders.js';
import { WEB, WEB_IPV6, chain } from '../../../../rules/posture/aws/attack-paths/fixture-builders.js';
import { PRIVATE, SERVICE, ecsSnapshot, type EcsOptions } from '../../../../rules/posture/aws/attack-paths/ecs-fixture-builders.js';

const snapshot = (resources: Resource[]): Snapshot => ({
  schema: SNAPSHOT_SCHEMA,
  version: SNAPSHOT_VERSION,
  id: 'ipv6-test',
  collectedAt: '2026-11-01T00:00:00.000Z',
  tool: { name: 'mamori', version: 'test' },
  scope: { provider: 'aws', accounts: [ACCOUNT], regions: [REGION], services: [] },
  resources,
  errors: [],
});
const analyse = (resources: Resource[], uid: string): EntryAnalysis => attackPathAnalysis(new SnapshotIndex(snapshot(resources))).entries.get(uid)!;
const patch = (resources: Resource[], uidSuffix: string, edit: (c: Record<string, any>) => void) =>
  resources.map((r) => {
    if (!r.uid.endsWith(uidSuffix)) return r;
    const copy = structuredClone(r);
    edit(copy.config as Record<string, any>);
    return copy;
  });
const summary = (a: EntryAnalysis) => a.entry.exposure.factors.map((f) => [f.factor, f.family, f.holds]);

describe('network ACL entries for ::/0', () => {
  it('IPv6 entries are evaluated in rule-number order, first match wins, and IPv4 entries do not apply to IPv6 (nor the reverse)', () => {
    const entries = [aclEntry(100, 'allow', '-1', '::/0'), aclEntry(90, 'deny', '6', '::/0', [22, 22]), aclEntry(80, 'allow', '6', '0.0.0.0/0', [22, 22]), aclEntry(32768, 'deny', '-1', '::/0')];
    assert.deepEqual(naclWorldPorts(entries, false, 'ipv6'), [{ from: 0, to: 21 }, { from: 23, to: 65535 }]);
    assert.deepEqual(naclWorldPorts(entries, false, 'ipv4'), [{ from: 22, to: 22 }], 'only the 0.0.0.0/0 entry counts for IPv4');
    assert.deepEqual(naclWorldPorts(entries, false), [{ from: 22, to: 22 }], 'IPv4 by default');
    assert.deepEqual(naclWorldPorts([aclEntry(100, 'allow', '-1', '0.0.0.0/0')], false, 'ipv6'), [], 'no ::/0 entry: the IPv6 default deny');
  });
});

describe('EC2 instance reachable over IPv6 only', () => {
  it('an IPv6 address, ::/0 to the internet gateway, NACL and security group open from ::/0: exposed, every factor says IPv6, and the path is found', () => {
    const a = analyse(chain({ publicIp: false, ipv6: 'igw' }), WEB);
    assert.equal(a.entry.exposure.status, 'exposed');
    assert.deepEqual(a.entry.exposure.ports, [{ from: 443, to: 443 }]);
    assert.deepEqual(summary(a), [
      ['public-address', 'ipv6', true],
      ['route', 'ipv6', true],
      ['network-acl', 'ipv6', true],
      ['security-group', 'ipv6', true],
      ['port', 'ipv6', true],
    ]);
    const f = a.entry.exposure.factors;
    assert.match(f[0].reason.en, new RegExp(WEB_IPV6.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(f[1].reason.en, /sends ::\/0 to internet gateway igw-0aaa/);
    assert.match(f[3].reason.en, /allows TCP from ::\/0/);
    assert.ok(f.every((x) => x.reason.ja.length > 0));
    assert.equal(a.status, 'paths');
    assert.equal(a.paths[0].class, 'code-execution');
    const fixes = [a.paths[0].fix, ...a.paths[0].alternatives].map((x) => x.text.en).join(' | ');
    assert.match(fixes, /remove its IPv6 addresses/, 'the fix names the IPv6 address, not a public IPv4 one');
  });

  it('the same instance whose ::/0 route goes to an egress-only internet gateway: not exposed (outbound only)', () => {
    const a = analyse(chain({ publicIp: false, ipv6: 'eigw' }), WEB);
    assert.equal(a.entry.exposure.status, 'not-exposed');
    assert.equal(a.status, 'none');
    const route = a.entry.exposure.factors.find((f) => f.factor === 'route' && f.family === 'ipv6');
    assert.equal(route?.holds, false);
    assert.match(route!.reason.en, /egress-only internet gateway eigw-0aaa/);
    assert.match(route!.reason.ja, /エグレス専用インターネットゲートウェイ eigw-0aaa/);
  });

  it('the security group allows ::/0 but the network ACL has no IPv6 allow entry: not exposed', () => {
    const closed = patch(chain({ publicIp: false, ipv6: 'igw' }), 'network-acl/acl-0pub', (c) => (c.entries = c.entries.filter((e: { Ipv6CidrBlock?: string; RuleAction: string }) => !(e.Ipv6CidrBlock && e.RuleAction === 'allow'))));
    const a = analyse(closed, WEB);
    assert.equal(a.entry.exposure.status, 'not-exposed');
    const v6 = a.entry.exposure.factors.filter((f) => f.family === 'ipv6');
    assert.equal(v6.find((f) => f.holds === false)?.factor, 'network-acl');
    assert.ok(v6.some((f) => f.factor === 'security-group' && f.holds === true), 'the open security group is shown next to the NACL that closes the door');
    // A deny of 443 from ::/0 before the allows: the NACL lets the ephemeral range in, not the port the group opens.
    const denied = patch(chain({ publicIp: false, ipv6: 'igw' }), 'network-acl/acl-0pub', (c) => c.entries.unshift(aclEntry(50, 'deny', '6', '::/0', [443, 443])));
    const d = analyse(denied, WEB);
    assert.equal(d.entry.exposure.status, 'not-exposed');
    assert.equal(d.entry.exposure.factors.find((f) => f.family === 'ipv6' && f.holds === false)?.factor, 'port');
  });

  it('the IPv6 addresses not collected while every other IPv6 factor holds: unknown, never "not exposed"', () => {
    const a = analyse(patch(chain({ publicIp: false, ipv6: 'igw' }), 'instance/i-0web', (c) => delete c.ipv6Addresses), WEB);
    assert.equal(a.entry.exposure.status, 'unknown');
    assert.equal(a.status, 'unknown');
    assert.match(a.reason.en, /IPv6 addresses of the instance were not collected/);
  });

  it('IPv4 is unchanged: without an IPv6 address no IPv6 factor appears; with both families open, both are reasons and the fix names both', () => {
    const v4 = analyse(chain(), WEB);
    assert.equal(v4.entry.exposure.status, 'exposed');
    assert.deepEqual(summary(v4).map(([factor, family]) => [factor, family]), [
      ['public-address', 'ipv4'],
      ['route', 'ipv4'],
      ['network-acl', 'ipv4'],
      ['security-group', 'ipv4'],
      ['port', 'ipv4'],
    ]);
    const closed = analyse(chain({ publicIp: false }), WEB);
    assert.equal(closed.entry.exposure.status, 'not-exposed');
    assert.ok(!closed.entry.exposure.factors.some((f) => f.family === 'ipv6'), 'no IPv6 address: the family is left out');
    const both = analyse(chain({ ipv6: 'igw' }), WEB);
    assert.equal(both.entry.exposure.status, 'exposed');
    assert.deepEqual([...new Set(both.entry.exposure.factors.map((f) => f.family))], ['ipv4', 'ipv6']);
    const fixes = [both.paths[0].fix, ...both.paths[0].alternatives].map((x) => x.text.en).join(' | ');
    assert.match(fixes, /remove its public IPv4 address and its IPv6 addresses/);
  });
});

describe('ECS awsvpc tasks and IPv6', () => {
  /** Tasks without a public IPv4 address in subnet-0pub, which routes ::/0 to the internet gateway; NACL and sg-0task open from ::/0. */
  const dualStack = (assign: boolean | undefined, o: EcsOptions = {}) => {
    let r = ecsSnapshot({ network: { assignPublicIp: 'DISABLED' }, taskIngress: [perm('tcp', 8080, 8080, [], ['::/0'])], ...o });
    r = patch(r, 'subnet/subnet-0pub', (c) => (assign === undefined ? delete c.assignIpv6AddressOnCreation : (c.assignIpv6AddressOnCreation = assign)));
    r = patch(r, 'route-table/rtb-0pub', (c) => c.routes.push({ DestinationIpv6CidrBlock: '::/0', GatewayId: 'igw-0aaa', State: 'active' }));
    return patch(r, 'network-acl/acl-0pub', (c) => c.entries.unshift(aclEntry(90, 'allow', '-1', '::/0'), aclEntry(90, 'allow', '-1', '::/0', undefined, true)));
  };

  it('a subnet that assigns IPv6 addresses: the tasks may have one (dualStackIPv6 is not collected), so unknown, not exposed nor safe', () => {
    const a = analyse(dualStack(true), SERVICE);
    assert.equal(a.entry.exposure.status, 'unknown');
    const addr = a.entry.exposure.factors.find((f) => f.factor === 'public-address' && f.family === 'ipv6');
    assert.equal(addr?.holds, null);
    assert.match(addr!.reason.en, /dualStackIPv6/);
    assert.match(a.reason.en, /dualStackIPv6/);
  });

  it('the same subnet without IPv6 auto-assign, or with the ::/0 route to an egress-only gateway: not exposed', () => {
    assert.equal(analyse(dualStack(false), SERVICE).entry.exposure.status, 'not-exposed');
    assert.equal(analyse(dualStack(undefined), SERVICE).entry.exposure.status, 'not-exposed', 'an absent optional field on a collected subnet is false');
    const eigw = patch(dualStack(true), 'route-table/rtb-0pub', (c) => (c.routes = c.routes.map((x: Record<string, string>) => (x.DestinationIpv6CidrBlock ? { DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-0aaa', State: 'active' } : x))));
    assert.equal(analyse(eigw, SERVICE).entry.exposure.status, 'not-exposed');
  });
});

describe('dualstack load balancers', () => {
  /** Private tasks (subnet-0priv, no public IP) behind the internet-facing ALB in subnet-0pub; the ALB's group admits 443 from ::/0 only. */
  const alb = (type: string | undefined, v4: string[] = [], v6: string[] = ['::/0']) => {
    let r = ecsSnapshot({ network: { subnets: [PRIVATE], assignPublicIp: 'DISABLED' }, loadBalancer: { scheme: 'internet-facing' }, taskIngress: [perm('tcp', 8080, 8080, [], [], ['sg-0alb'])] });
    r = patch(r, 'security-group/sg-0alb', (c) => (c.ingress = [perm('tcp', 443, 443, v4, v6)]));
    r = patch(r, 'loadbalancer/app/web-alb/50dc6c495c0c9188', (c) => (type === undefined ? delete c.IpAddressType : (c.IpAddressType = type)));
    r = patch(r, 'route-table/rtb-0pub', (c) => c.routes.push({ DestinationIpv6CidrBlock: '::/0', GatewayId: 'igw-0aaa', State: 'active' }));
    return patch(r, 'network-acl/acl-0pub', (c) => c.entries.unshift(aclEntry(90, 'allow', '-1', '::/0'), aclEntry(90, 'allow', '-1', '::/0', undefined, true)));
  };

  it('a dualstack ALB whose security group allows the listener port from ::/0 only exposes its targets over IPv6', () => {
    const a = analyse(alb('dualstack'), SERVICE);
    const e = a.entry.exposure;
    assert.equal(e.status, 'exposed');
    assert.deepEqual(e.ports, [{ from: 443, to: 443 }]);
    assert.deepEqual(e.through?.map((t) => [t.name, t.port]), [['web-alb', 443]]);
    const front = e.factors.filter((f) => f.family);
    assert.deepEqual(front.map((f) => [f.factor, f.family, f.holds]), [
      ['public-address', 'ipv6', true],
      ['route', 'ipv6', true],
      ['network-acl', 'ipv6', true],
      ['security-group', 'ipv6', true],
      ['port', 'ipv6', true],
    ]);
    assert.ok(e.factors.some((f) => f.factor === 'target-security-group' && f.holds === true), 'the target side is unchanged');
    assert.match(front[4].reason.en, /^Through load balancer web-alb listener HTTPS:443: Listener port TCP 443 is reachable from the internet over IPv6\.$/);
    assert.equal(a.status, 'paths');
  });

  it('the same security group on an ipv4 load balancer: not exposed; the IP address type not collected: unknown', () => {
    const v4only = analyse(alb('ipv4'), SERVICE);
    assert.equal(v4only.entry.exposure.status, 'not-exposed');
    assert.ok(!v4only.entry.exposure.factors.some((f) => f.family === 'ipv6'));
    const unknown = analyse(alb(undefined), SERVICE);
    assert.equal(unknown.entry.exposure.status, 'unknown');
    assert.match(unknown.reason.en, /IP address type of web-alb was not collected/);
  });

  it('dualstack-without-public-ipv4: a rule for 0.0.0.0/0 does not expose it (no public IPv4 address), one for ::/0 does', () => {
    const v4rule = analyse(alb('dualstack-without-public-ipv4', ['0.0.0.0/0'], []), SERVICE);
    assert.equal(v4rule.entry.exposure.status, 'not-exposed');
    assert.ok(v4rule.entry.exposure.factors.some((f) => f.factor === 'public-address' && f.family === 'ipv4' && f.holds === false && /no public IPv4 address/.test(f.reason.en)));
    assert.equal(analyse(alb('dualstack-without-public-ipv4', ['0.0.0.0/0'], ['::/0']), SERVICE).entry.exposure.status, 'exposed');
    // Plain dualstack with the IPv4 rule: exposed over IPv4, as before.
    assert.equal(analyse(alb('dualstack', ['0.0.0.0/0'], []), SERVICE).entry.exposure.status, 'exposed');
  });
});
