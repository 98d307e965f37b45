import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/elbv2.js';
import { LISTENER_TYPE, LOAD_BALANCER_TYPE, TARGET_GROUP_TYPE, type ListenerConfig, type LoadBalancerConfig, type TargetGroupConfig } from '../../../../src/providers/aws/model/elbv2.js';
import { awsError, runCollector } from './harness.js';

const elb = mockClient(ElasticLoadBalancingV2Client);
const ACCOUNT = '111111111111';
const lbArn = (name: string) => `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/${name}/50dc6c495c0c9188`;
const lb = (name: string) => ({
  LoadBalancerArn: lbArn(name),
  DNSName: `${name}-123.us-east-1.elb.amazonaws.com`,
  LoadBalancerName: name,
  Scheme: 'internet-facing' as const,
  VpcId: 'vpc-0123',
  State: { Code: 'active' as const },
  Type: 'application' as const,
  AvailabilityZones: [
    { ZoneName: 'us-east-1a', SubnetId: 'subnet-a' },
    { ZoneName: 'us-east-1b', SubnetId: 'subnet-b' },
  ],
  SecurityGroups: ['sg-alb'],
});
const attrs = (over: Record<string, string> = {}) => ({
  Attributes: Object.entries({
    'deletion_protection.enabled': 'false',
    'access_logs.s3.enabled': 'false',
    'access_logs.s3.bucket': '',
    'routing.http.drop_invalid_header_fields.enabled': 'false',
    'routing.http.desync_mitigation_mode': 'defensive',
    ...over,
  }).map(([Key, Value]) => ({ Key, Value })),
});

const tgArn = (name: string) => `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/${name}/6d0ecf831eec9f09`;

describe('elbv2 collector', () => {
  beforeEach(() => {
    elb.reset();
    // Every listener has its default rule; target groups are listed per region.
    elb.on(DescribeRulesCommand).resolves({ Rules: [{ RuleArn: 'default', Priority: 'default', IsDefault: true, Actions: [], Conditions: [] }] });
    elb.on(DescribeTargetGroupsCommand).resolves({ TargetGroups: [] });
    elb.on(DescribeTagsCommand).resolves({ TagDescriptions: [] });
  });

  it('paginates load balancers and listeners (NextMarker), maps attributes and emits listeners', async () => {
    elb
      .on(DescribeLoadBalancersCommand)
      .resolvesOnce({ LoadBalancers: [{ ...lb('web-alb'), IpAddressType: 'dualstack' }], NextMarker: 'lb2' })
      .resolvesOnce({ LoadBalancers: [lb('api-alb')] });
    elb.on(DescribeLoadBalancerAttributesCommand).resolves(attrs({ 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'alb-logs' }));
    elb.on(DescribeListenersCommand, { LoadBalancerArn: lbArn('web-alb') }).resolvesOnce({
      Listeners: [
        {
          ListenerArn: `${lbArn('web-alb')}/l-http`.replace('loadbalancer', 'listener'),
          LoadBalancerArn: lbArn('web-alb'),
          Port: 80,
          Protocol: 'HTTP',
          DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
        },
      ],
      NextMarker: 'l2',
    });
    elb.on(DescribeListenersCommand, { LoadBalancerArn: lbArn('web-alb'), Marker: 'l2' }).resolves({
      Listeners: [
        {
          ListenerArn: `${lbArn('web-alb')}/l-https`.replace('loadbalancer', 'listener'),
          LoadBalancerArn: lbArn('web-alb'),
          Port: 443,
          Protocol: 'HTTPS',
          SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
          Certificates: [{ CertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/abc` }],
          DefaultActions: [{ Type: 'forward', TargetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/web/1` }],
        },
      ],
    });
    elb.on(DescribeListenersCommand, { LoadBalancerArn: lbArn('api-alb') }).resolves({ Listeners: [] });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(elb.commandCalls(DescribeLoadBalancersCommand)[1].args[0].input.Marker, 'lb2');
    const lbs = resources.filter((r) => r.type === LOAD_BALANCER_TYPE);
    assert.equal(lbs.length, 2);
    const web = lbs[0].config as unknown as LoadBalancerConfig;
    assert.equal(web.attributes?.['access_logs.s3.enabled'], 'true');
    assert.equal(web.listenerCount, 2);
    assert.equal(web.IpAddressType, 'dualstack');
    assert.equal((lbs[1].config as unknown as LoadBalancerConfig).IpAddressType, undefined, 'not returned: left out');
    assert.ok(lbs[0].relationships?.some((r) => r.type === 'logs-to' && r.target === 'arn:aws:s3:::alb-logs'));
    const listeners = resources.filter((r) => r.type === LISTENER_TYPE);
    assert.equal(listeners.length, 2);
    const http = listeners[0].config as unknown as ListenerConfig;
    assert.equal(http.DefaultActions[0].RedirectConfig?.Protocol, 'HTTPS');
    assert.equal(http.LoadBalancerType, 'application');
    assert.equal((listeners[1].config as unknown as ListenerConfig).SslPolicy, 'ELBSecurityPolicy-TLS13-1-2-2021-06');
    assert.ok(listeners[1].relationships?.some((r) => r.type === 'listener-of' && r.target === lbArn('web-alb')));
  });

  it('records AccessDenied on attributes of one load balancer and keeps going', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('a'), lb('b')] });
    elb.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lbArn('a') }).rejects(awsError('AccessDenied', 'denied', 403));
    elb.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lbArn('b') }).resolves(attrs());
    elb.on(DescribeListenersCommand).resolves({ Listeners: [] });
    const { resources, errors } = await runCollector(collector);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].resourceUid, lbArn('a'));
    const a = resources.find((r) => r.uid === lbArn('a'));
    assert.deepEqual(a?.errors, { attributes: 'AccessDenied' });
    assert.equal((a?.config as unknown as LoadBalancerConfig).attributes, undefined);
    const b = resources.find((r) => r.uid === lbArn('b'));
    assert.equal((b?.config as unknown as LoadBalancerConfig).attributes?.['deletion_protection.enabled'], 'false');
  });

  it('records a failed listing for load balancers and listeners', async () => {
    elb.on(DescribeLoadBalancersCommand).rejects(awsError('AccessDenied', 'denied', 403));
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 0);
    assert.deepEqual(errors[0].resourceTypes, [LOAD_BALANCER_TYPE, LISTENER_TYPE]);
  });

  it('collects listener rules (default rule left out, source-ip values kept) and weighted forwards', async () => {
    const listenerArn = `${lbArn('web-alb')}/l-https`.replace('loadbalancer', 'listener');
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('web-alb')] });
    elb.on(DescribeLoadBalancerAttributesCommand).resolves(attrs());
    elb.on(DescribeListenersCommand).resolves({
      Listeners: [{ ListenerArn: listenerArn, LoadBalancerArn: lbArn('web-alb'), Port: 443, Protocol: 'HTTPS', DefaultActions: [{ Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: tgArn('blue'), Weight: 90 }, { TargetGroupArn: tgArn('green'), Weight: 10 }] } }] }],
    });
    elb.on(DescribeRulesCommand, { ListenerArn: listenerArn }).resolvesOnce({
      Rules: [{ RuleArn: 'r1', Priority: '10', IsDefault: false, Conditions: [{ Field: 'source-ip', SourceIpConfig: { Values: ['203.0.113.0/24'] } }], Actions: [{ Type: 'forward', TargetGroupArn: tgArn('admin') }] }],
      NextMarker: 'r2',
    });
    elb.on(DescribeRulesCommand, { ListenerArn: listenerArn, Marker: 'r2' }).resolves({
      Rules: [
        { RuleArn: 'r2', Priority: '20', IsDefault: false, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }], Actions: [{ Type: 'forward', TargetGroupArn: tgArn('api') }] },
        { RuleArn: 'default', Priority: 'default', IsDefault: true, Actions: [{ Type: 'forward', TargetGroupArn: tgArn('blue') }], Conditions: [] },
      ],
    });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    const l = resources.find((r) => r.type === LISTENER_TYPE)!;
    const c = l.config as unknown as ListenerConfig;
    assert.deepEqual(c.DefaultActions[0].ForwardTargetGroups, [{ TargetGroupArn: tgArn('blue'), Weight: 90 }, { TargetGroupArn: tgArn('green'), Weight: 10 }]);
    assert.deepEqual(c.rules?.map((r) => [r.Priority, r.SourceIps, r.ConditionFields]), [['10', ['203.0.113.0/24'], ['source-ip']], ['20', undefined, ['path-pattern']]]);
    assert.deepEqual(l.relationships?.filter((r) => r.type === 'forwards-to').map((r) => r.target).sort(), [tgArn('admin'), tgArn('api'), tgArn('blue'), tgArn('green')]);
  });

  it('records AccessDenied on DescribeRules on the listener (rules absent, not empty)', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('web-alb')] });
    elb.on(DescribeLoadBalancerAttributesCommand).resolves(attrs());
    elb.on(DescribeListenersCommand).resolves({ Listeners: [{ ListenerArn: 'arn:l', LoadBalancerArn: lbArn('web-alb'), Port: 80, Protocol: 'HTTP', DefaultActions: [] }] });
    elb.on(DescribeRulesCommand).rejects(awsError('AccessDenied', 'denied', 403));
    const { resources, errors } = await runCollector(collector);
    assert.equal(errors.length, 1);
    const l = resources.find((r) => r.type === LISTENER_TYPE)!;
    assert.deepEqual(l.errors, { rules: 'AccessDenied' });
    assert.equal((l.config as unknown as ListenerConfig).rules, undefined);
  });

  it('collects target groups with their registered targets, health and attributes (NextMarker)', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [] });
    elb
      .on(DescribeTargetGroupsCommand)
      .resolvesOnce({ TargetGroups: [{ TargetGroupArn: tgArn('web'), TargetGroupName: 'web', Protocol: 'HTTP', Port: 8080, VpcId: 'vpc-0123', TargetType: 'instance', LoadBalancerArns: [lbArn('web-alb')] }], NextMarker: 'tg2' })
      .resolvesOnce({ TargetGroups: [{ TargetGroupArn: tgArn('fn'), TargetGroupName: 'fn', TargetType: 'lambda', LoadBalancerArns: [] }] });
    elb.on(DescribeTargetHealthCommand, { TargetGroupArn: tgArn('web') }).resolves({
      TargetHealthDescriptions: [
        { Target: { Id: 'i-0abc', Port: 8080 }, HealthCheckPort: '8080', TargetHealth: { State: 'healthy' } },
        { Target: { Id: 'i-0old', Port: 8080 }, TargetHealth: { State: 'draining', Reason: 'Target.DeregistrationInProgress' } },
      ],
    });
    elb.on(DescribeTargetHealthCommand, { TargetGroupArn: tgArn('fn') }).resolves({ TargetHealthDescriptions: [{ Target: { Id: 'arn:aws:lambda:us-east-1:111111111111:function:hook' }, TargetHealth: { State: 'unavailable', Reason: 'Target.HealthCheckDisabled' } }] });
    elb.on(DescribeTargetGroupAttributesCommand, { TargetGroupArn: tgArn('web') }).resolves({ Attributes: [{ Key: 'preserve_client_ip.enabled', Value: 'false' }] });
    elb.on(DescribeTargetGroupAttributesCommand, { TargetGroupArn: tgArn('fn') }).rejects(awsError('AccessDenied', 'denied', 403));
    const { resources, errors } = await runCollector(collector);
    assert.equal(elb.commandCalls(DescribeTargetGroupsCommand)[1].args[0].input.Marker, 'tg2');
    const groups = resources.filter((r) => r.type === TARGET_GROUP_TYPE);
    assert.equal(groups.length, 2);
    const web = groups[0].config as unknown as TargetGroupConfig;
    assert.deepEqual(web.targets, [
      { Id: 'i-0abc', Port: 8080, AvailabilityZone: undefined, State: 'healthy', Reason: undefined },
      { Id: 'i-0old', Port: 8080, AvailabilityZone: undefined, State: 'draining', Reason: 'Target.DeregistrationInProgress' },
    ]);
    assert.equal(web.attributes?.['preserve_client_ip.enabled'], 'false');
    assert.deepEqual(web.LoadBalancerArns, [lbArn('web-alb')]);
    assert.ok(groups[0].relationships?.some((r) => r.type === 'routes-to' && r.target === `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0abc`));
    const fn = groups[1];
    assert.deepEqual(fn.errors, { attributes: 'AccessDenied' });
    assert.equal((fn.config as unknown as TargetGroupConfig).targets?.[0].Id, 'arn:aws:lambda:us-east-1:111111111111:function:hook');
    assert.equal(errors.length, 1);
  });

  it('a failed DescribeTargetHealth leaves targets absent (never an empty group); a failed listing records the type', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [] });
    elb.on(DescribeTargetGroupsCommand).resolves({ TargetGroups: [{ TargetGroupArn: tgArn('web'), TargetGroupName: 'web', TargetType: 'ip', LoadBalancerArns: [] }] });
    elb.on(DescribeTargetHealthCommand).rejects(awsError('AccessDenied', 'denied', 403));
    elb.on(DescribeTargetGroupAttributesCommand).resolves({ Attributes: [] });
    const { resources } = await runCollector(collector);
    const g = resources.find((r) => r.type === TARGET_GROUP_TYPE)!;
    assert.equal((g.config as unknown as TargetGroupConfig).targets, undefined);
    assert.deepEqual(g.errors, { targets: 'AccessDenied' });

    elb.reset();
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [] });
    elb.on(DescribeTargetGroupsCommand).rejects(awsError('AccessDenied', 'denied', 403));
    const failed = await runCollector(collector);
    assert.deepEqual(failed.errors.map((e) => e.resourceTypes), [[TARGET_GROUP_TYPE]]);
  });

  it('reads tags with DescribeTags, 20 ARNs per call; a failed call leaves its ARNs untagged with errors.tags and the rest tagged', async () => {
    // 23 load balancers: two calls (20 + 3); the second is denied. One target group: its own call.
    const names = Array.from({ length: 23 }, (_, i) => `k8s-lb-${i}`);
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: names.map(lb) });
    elb.on(DescribeLoadBalancerAttributesCommand).resolves(attrs());
    elb.on(DescribeListenersCommand).resolves({ Listeners: [] });
    elb.on(DescribeTargetGroupsCommand).resolves({ TargetGroups: [{ TargetGroupArn: tgArn('k8s-web'), TargetGroupName: 'k8s-web', TargetType: 'ip', LoadBalancerArns: [] }] });
    elb.on(DescribeTargetHealthCommand).resolves({ TargetHealthDescriptions: [] });
    elb.on(DescribeTargetGroupAttributesCommand).resolves({ Attributes: [] });
    const tagsOf = (arn: string) => [{ Key: 'elbv2.k8s.aws/cluster', Value: 'prod-eks' }, { Key: 'ingress.k8s.aws/stack', Value: `web/${arn.split('/')[2]}` }];
    const described = (arns: string[]) => ({ TagDescriptions: arns.map((ResourceArn) => ({ ResourceArn, Tags: tagsOf(ResourceArn) })) });
    const first = names.slice(0, 20).map(lbArn);
    elb.on(DescribeTagsCommand, { ResourceArns: first }).resolves(described(first));
    elb.on(DescribeTagsCommand, { ResourceArns: names.slice(20).map(lbArn) }).rejects(awsError('AccessDenied', 'not authorized to perform: elasticloadbalancing:DescribeTags', 403));
    elb.on(DescribeTagsCommand, { ResourceArns: [tgArn('k8s-web')] }).resolves(described([tgArn('k8s-web')]));
    const { resources, errors } = await runCollector(collector);
    const calls = elb.commandCalls(DescribeTagsCommand).map((c) => c.args[0].input.ResourceArns ?? []);
    assert.deepEqual(calls.map((c) => c.length), [20, 3, 1]);
    assert.ok(calls.every((c) => c.length <= 20));
    const lbs = resources.filter((r) => r.type === LOAD_BALANCER_TYPE);
    assert.deepEqual(lbs.find((r) => r.name === 'k8s-lb-0')?.tags, { 'elbv2.k8s.aws/cluster': 'prod-eks', 'ingress.k8s.aws/stack': 'web/k8s-lb-0' });
    assert.equal(lbs.find((r) => r.name === 'k8s-lb-19')?.errors, undefined);
    const denied = lbs.filter((r) => r.errors?.tags);
    assert.deepEqual(denied.map((r) => r.name), ['k8s-lb-20', 'k8s-lb-21', 'k8s-lb-22']);
    assert.ok(denied.every((r) => r.errors?.tags === 'AccessDenied' && Object.keys(r.tags).length === 0));
    assert.deepEqual(errors.map((e) => [e.operation, e.code, e.resourceUid]), [['DescribeTags', 'AccessDenied', lbArn('k8s-lb-20')]]);
    const group = resources.find((r) => r.type === TARGET_GROUP_TYPE)!;
    assert.equal(group.tags['elbv2.k8s.aws/cluster'], 'prod-eks');
  });
});
