/**
 * Internet exposure through load balancers (network.ts): a listener of an internet-facing ALB/NLB
 * that forwards to a target group where the compute is registered, the load balancer's public
 * subnets, NACLs and security groups, and the target's security group admitting the load balancer.
 * Sources: Elastic Load Balancing › Application Load Balancers › "Security groups for your
 * Application Load Balancer", "Listener rules" (source-ip conditions); Network Load Balancers ›
 * "Update the security groups for your Network Load Balancer", "Client IP preservation";
 * ELBv2 API Reference › TargetHealth (states unused / draining receive no new traffic).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SnapshotIndex } from '../../../../src/assess/context.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../../src/model/snapshot.js';
import type { Resource } from '../../../../src/model/types.js';
import { attackPathAnalysis } from '../../../../src/providers/aws/attack-paths/index.js';
import { lambdaEntry } from '../../../../src/providers/aws/attack-paths/entry.js';
import { NetworkIndex } from '../../../../src/providers/aws/attack-paths/network.js';
import { ROUTE_TABLE_TYPE, SUBNET_TYPE } from '../../../../src/providers/aws/model/ec2.js';
import { LISTENER_TYPE, LOAD_BALANCER_TYPE, TARGET_GROUP_TYPE, type ListenerConfig, type LoadBalancerConfig, type TargetGroupConfig } from '../../../../src/providers/aws/model/elbv2.js';
import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig } from '../../../../src/providers/aws/model/lambda.js';
import { ACCOUNT, REGION, resource } from '../../../../rules/posture/testing.js';
import { DEFAULT_DENY, aclEntry, arn, networkAcl, perm, securityGroup } from '../../../../rules/posture/aws/ec2/fixture-builders.js';
import { WEB, chain } from '../../../../rules/posture/aws/attack-paths/fixture-builders.js';

const LB = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/web-alb/50dc6c495c0c9188`;
const TG = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/web/6d0ecf831eec9f09`;
const FN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:hook`;

interface Options {
  scheme?: string;
  type?: 'application' | 'network';
  lbSecurityGroups?: string[];
  /** Inbound rule of the ALB's security group (default: 443 from anywhere). */
  lbIngress?: string[];
  /** Registered targets of the web target group; undefined: DescribeTargetHealth failed. */
  targets?: TargetGroupConfig['targets'] | 'missing';
  groupMissing?: boolean;
  /** The instance's security group rule for 8080: from the ALB's group (default), a CIDR, or nothing. */
  instanceSource?: { group?: string; cidr?: string };
  attributes?: Record<string, string>;
  targetType?: string;
  rules?: ListenerConfig['rules'] | 'missing';
  defaultForward?: boolean;
  extra?: Resource[];
}

/** The seed chain's web server moved to a private subnet, serving port 8080 behind "web-alb" (HTTPS:443). */
function behindLoadBalancer(o: Options = {}): Resource[] {
  const base = chain({ publicIp: false }).map((r) => {
    if (r.uid === WEB) return { ...r, config: { ...(r.config as object), subnetId: 'subnet-0priv', privateIpAddress: '10.0.2.10' } };
    if (r.uid.endsWith('security-group/sg-0web')) {
      const src = o.instanceSource ?? { group: 'sg-0alb' };
      return securityGroup('sg-0web', src.group || src.cidr ? [perm('tcp', 8080, 8080, src.cidr ? [src.cidr] : [], [], src.group ? [src.group] : [])] : []);
    }
    return r;
  });
  const lbConfig: LoadBalancerConfig = {
    LoadBalancerName: 'web-alb',
    Type: o.type ?? 'application',
    Scheme: o.scheme ?? 'internet-facing',
    VpcId: 'vpc-0aaa',
    State: 'active',
    AvailabilityZones: [{ ZoneName: `${REGION}a`, SubnetId: 'subnet-0aaa' }],
    SecurityGroups: o.lbSecurityGroups ?? ['sg-0alb'],
    attributes: {},
    listenerCount: 2,
  };
  const https: ListenerConfig = {
    LoadBalancerArn: LB,
    LoadBalancerType: lbConfig.Type,
    Protocol: o.type === 'network' ? 'TCP' : 'HTTPS',
    Port: 443,
    DefaultActions: o.defaultForward === false ? [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }] : [{ Type: 'forward', TargetGroupArn: TG }],
    CertificateArns: [],
    ...(o.type === 'network' || o.rules === 'missing' ? {} : { rules: o.rules ?? [] }),
  };
  const http: ListenerConfig = { LoadBalancerArn: LB, LoadBalancerType: lbConfig.Type, Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }], CertificateArns: [], ...(o.type === 'network' ? {} : { rules: [] }) };
  const group: TargetGroupConfig = {
    TargetGroupName: 'web',
    TargetType: o.targetType ?? 'instance',
    Protocol: o.type === 'network' ? 'TCP' : 'HTTP',
    Port: 8080,
    VpcId: 'vpc-0aaa',
    LoadBalancerArns: [LB],
    targets: o.targets === 'missing' ? undefined : (o.targets ?? [{ Id: 'i-0web', Port: 8080, State: 'healthy' }]),
    attributes: o.attributes ?? {},
  };
  return [
    ...base,
    securityGroup('sg-0alb', [perm('tcp', 443, 443, o.lbIngress ?? ['0.0.0.0/0'])]),
    securityGroup('sg-0priv-other', []),
    resource({ type: SUBNET_TYPE, uid: arn('subnet', 'subnet-0aaa'), config: { subnetId: 'subnet-0aaa', vpcId: 'vpc-0aaa', cidrBlock: '10.0.1.0/24', mapPublicIpOnLaunch: false } }),
    resource({ type: SUBNET_TYPE, uid: arn('subnet', 'subnet-0priv'), config: { subnetId: 'subnet-0priv', vpcId: 'vpc-0aaa', cidrBlock: '10.0.2.0/24', mapPublicIpOnLaunch: false } }),
    resource({ type: ROUTE_TABLE_TYPE, uid: arn('route-table', 'rtb-0priv'), config: { routeTableId: 'rtb-0priv', vpcId: 'vpc-0aaa', main: false, associatedSubnetIds: ['subnet-0priv'], routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' }] } }),
    networkAcl('acl-0priv', [aclEntry(100, 'allow', '-1', '0.0.0.0/0'), ...DEFAULT_DENY, aclEntry(100, 'allow', '-1', '0.0.0.0/0', undefined, true), ...DEFAULT_DENY.map((e) => ({ ...e, Egress: true }))], { subnets: ['subnet-0priv'] }),
    resource({ type: LOAD_BALANCER_TYPE, uid: LB, name: 'web-alb', config: lbConfig }),
    resource({ type: LISTENER_TYPE, uid: LB.replace(':loadbalancer/', ':listener/') + '/l443', config: https }),
    resource({ type: LISTENER_TYPE, uid: LB.replace(':loadbalancer/', ':listener/') + '/l80', config: http }),
    ...(o.groupMissing ? [] : [resource({ type: TARGET_GROUP_TYPE, uid: TG, name: 'web', config: group })]),
    ...(o.extra ?? []),
  ];
}

const snapshot = (resources: Resource[]): Snapshot => ({
  schema: SNAPSHOT_SCHEMA,
  version: SNAPSHOT_VERSION,
  id: 'network-test',
  collectedAt: '2026-11-01T00:00:00.000Z',
  tool: { name: 'mamori', version: 'test' },
  scope: { provider: 'aws', accounts: [ACCOUNT], regions: [REGION], services: [] },
  resources,
  errors: [],
});
const web = (resources: Resource[]) => attackPathAnalysis(new SnapshotIndex(snapshot(resources))).entries.get(WEB)!;

describe('internet exposure through a load balancer', () => {
  it('a private instance behind an internet-facing ALB is exposed on the listener port; the reasons name the load balancer and listener', () => {
    const a = web(behindLoadBalancer());
    const e = a.entry.exposure;
    assert.equal(e.status, 'exposed');
    assert.deepEqual(e.ports, [{ from: 443, to: 443 }], 'the listener port, not the redirecting HTTP listener nor the target port');
    assert.deepEqual(e.through?.map((t) => [t.name, t.protocol, t.port, t.targetPort]), [['web-alb', 'HTTPS', 443, 8080]]);
    assert.ok(e.factors.length && e.factors.every((f) => f.holds === true && f.via === 'load balancer web-alb listener HTTPS:443'));
    assert.deepEqual(
      e.factors.map((f) => f.factor),
      ['load-balancer', 'target-group', 'route', 'network-acl', 'security-group', 'port', 'target-security-group'],
    );
    assert.ok(e.factors.every((f) => f.reason.en.startsWith('Through load balancer web-alb listener HTTPS:443: ') && f.reason.ja.startsWith('ロードバランサー web-alb のリスナー HTTPS:443 経由: ')));
    assert.match(e.factors.find((f) => f.factor === 'target-security-group')!.reason.en, /sg-0web \(from sg-0alb\) of the instance allows TCP 8080/);
    // The path exists, and its exposure step says why: through the load balancer.
    assert.equal(a.status, 'paths');
    assert.ok(a.paths[0].steps[0].why.some((w) => /Through load balancer web-alb listener HTTPS:443/.test(w.en)));
  });

  it('an internal load balancer does not expose its targets', () => {
    const a = web(behindLoadBalancer({ scheme: 'internal' }));
    assert.equal(a.entry.exposure.status, 'not-exposed');
    assert.equal(a.status, 'none');
  });

  it('a deregistered target, or one draining, is not exposed (TargetHealth: unused / draining receive no new traffic)', () => {
    assert.equal(web(behindLoadBalancer({ targets: [] })).entry.exposure.status, 'not-exposed');
    const draining = web(behindLoadBalancer({ targets: [{ Id: 'i-0web', Port: 8080, State: 'draining', Reason: 'Target.DeregistrationInProgress' }] })).entry.exposure;
    assert.equal(draining.status, 'not-exposed');
    assert.ok(draining.factors.some((f) => f.factor === 'target-group' && f.holds === false && /draining/.test(f.reason.en)));
    // Unhealthy targets still get requests (an ALB fails open when every target is unhealthy).
    assert.equal(web(behindLoadBalancer({ targets: [{ Id: 'i-0web', Port: 8080, State: 'unhealthy' }] })).entry.exposure.status, 'exposed');
  });

  it("a load balancer security group that does not allow the listener port from 0.0.0.0/0 closes the route", () => {
    const office = web(behindLoadBalancer({ lbIngress: ['198.51.100.0/24'] })).entry.exposure;
    assert.equal(office.status, 'not-exposed');
    assert.ok(office.factors.some((f) => f.factor === 'security-group' && f.holds === false && f.via));
  });

  it("the instance's security group must admit the target port from the load balancer (its group, or a CIDR holding the load balancer's subnet)", () => {
    assert.equal(web(behindLoadBalancer({ instanceSource: {} })).entry.exposure.status, 'not-exposed');
    assert.equal(web(behindLoadBalancer({ instanceSource: { group: 'sg-0priv-other' } })).entry.exposure.status, 'not-exposed');
    assert.equal(web(behindLoadBalancer({ instanceSource: { cidr: '10.0.0.0/16' } })).entry.exposure.status, 'exposed', 'the VPC CIDR contains the ALB subnet 10.0.1.0/24');
    assert.equal(web(behindLoadBalancer({ instanceSource: { cidr: '10.0.2.0/24' } })).entry.exposure.status, 'not-exposed', 'its own subnet does not hold the ALB');
  });

  it('NLB with client IP preservation: the target sees the client, so only 0.0.0.0/0 or the NLB security group admits it', () => {
    const nlb = (o: Options) => web(behindLoadBalancer({ type: 'network', lbSecurityGroups: [], ...o })).entry.exposure.status;
    // instance targets preserve the client address by default; the NLB has no security group.
    assert.equal(nlb({ instanceSource: { cidr: '10.0.1.0/24' } }), 'not-exposed');
    assert.equal(nlb({ instanceSource: { cidr: '0.0.0.0/0' } }), 'exposed');
    assert.equal(nlb({ instanceSource: { cidr: '10.0.1.0/24' }, attributes: { 'preserve_client_ip.enabled': 'false' } }), 'exposed', 'without preservation the source is the NLB node in 10.0.1.0/24');
    assert.equal(nlb({ instanceSource: { group: 'sg-0alb' }, lbSecurityGroups: ['sg-0alb'] }), 'exposed', 'a rule referencing the NLB group admits it even with preservation');
  });

  it('a listener rule limited by a source-ip condition does not forward an arbitrary client; an open one does', () => {
    const rule = (ips?: string[]) => ({ Priority: '10', Actions: [{ Type: 'forward', TargetGroupArn: TG }], ConditionFields: ips ? ['source-ip'] : ['path-pattern'], ...(ips ? { SourceIps: ips } : {}) });
    assert.equal(web(behindLoadBalancer({ defaultForward: false, rules: [rule(['203.0.113.0/24'])] })).entry.exposure.status, 'not-exposed');
    assert.equal(web(behindLoadBalancer({ defaultForward: false, rules: [rule()] })).entry.exposure.status, 'exposed');
  });

  it('target groups, their targets or listener rules not collected → unknown, never "not exposed"', () => {
    for (const o of [{ groupMissing: true }, { targets: 'missing' as const }, { rules: 'missing' as const, defaultForward: false }]) {
      const a = web(behindLoadBalancer(o));
      assert.equal(a.entry.exposure.status, 'unknown', JSON.stringify(o));
      assert.equal(a.status, 'unknown');
      assert.match(a.reason.en, /not collected/);
    }
  });

  it('a Lambda function registered in a target group of an internet-facing ALB is exposed through it', () => {
    const fnConfig = { FunctionName: 'hook', Role: null, functionUrls: [], policy: null } as unknown as LambdaFunctionConfig;
    const fn = resource({ type: LAMBDA_FUNCTION_TYPE, uid: FN, name: 'hook', config: fnConfig }) as unknown as Resource<LambdaFunctionConfig>;
    const resources = behindLoadBalancer({ targetType: 'lambda', targets: [{ Id: FN, State: 'unavailable', Reason: 'Target.HealthCheckDisabled' }], extra: [fn as unknown as Resource] });
    const entry = lambdaEntry(fn, new NetworkIndex(new SnapshotIndex(snapshot(resources))));
    assert.equal(entry.exposure.status, 'exposed');
    assert.equal(entry.kind, 'lambda-load-balancer');
    assert.deepEqual(entry.exposure.ports, [{ from: 443, to: 443 }]);
    // Without the network index (or deregistered) the function URL alone decides.
    assert.equal(lambdaEntry(fn).exposure.status, 'not-exposed');
    const gone = behindLoadBalancer({ targetType: 'lambda', targets: [], extra: [fn as unknown as Resource] });
    assert.equal(lambdaEntry(fn, new NetworkIndex(new SnapshotIndex(snapshot(gone)))).exposure.status, 'not-exposed');
  });
});
