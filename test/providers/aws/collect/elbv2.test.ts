import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/elbv2.js';
import { LISTENER_TYPE, LOAD_BALANCER_TYPE, type ListenerConfig, type LoadBalancerConfig } from '../../../../src/providers/aws/model/elbv2.js';
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

describe('elbv2 collector', () => {
  beforeEach(() => elb.reset());

  it('paginates load balancers and listeners (NextMarker), maps attributes and emits listeners', async () => {
    elb
      .on(DescribeLoadBalancersCommand)
      .resolvesOnce({ LoadBalancers: [lb('web-alb')], NextMarker: 'lb2' })
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
});
