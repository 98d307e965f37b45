/** Helpers shared by the ELBv2 rules and fixtures (not a rule folder). */
import { LISTENER_TYPE, LOAD_BALANCER_TYPE, type ListenerConfig, type LoadBalancerConfig } from '../../../../src/providers/aws/model/elbv2.js';
import type { Resource } from '../../../../src/model/types.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';

export const lbUid = (name: string, type = 'app') => `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${type}/${name}/50dc6c495c0c9188`;
export const listenerUid = (name: string, port: number, type = 'app') =>
  `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/${type}/${name}/50dc6c495c0c9188/${port.toString(16).padStart(16, '0')}`;

/** A well-configured internet-facing ALB. */
export function loadBalancer(name: string, over: Partial<LoadBalancerConfig> = {}, attrs: Record<string, string> = {}, errors?: Record<string, string>): Resource {
  const config: LoadBalancerConfig = {
    LoadBalancerName: name,
    Type: 'application',
    Scheme: 'internet-facing',
    DNSName: `${name}-1234567890.${REGION}.elb.amazonaws.com`,
    VpcId: 'vpc-0123',
    State: 'active',
    AvailabilityZones: [
      { ZoneName: `${REGION}a`, SubnetId: 'subnet-a' },
      { ZoneName: `${REGION}c`, SubnetId: 'subnet-c' },
    ],
    SecurityGroups: ['sg-alb'],
    attributes: {
      'deletion_protection.enabled': 'true',
      'access_logs.s3.enabled': 'true',
      'access_logs.s3.bucket': 'alb-access-logs',
      'routing.http.drop_invalid_header_fields.enabled': 'true',
      'routing.http.desync_mitigation_mode': 'defensive',
      ...attrs,
    },
    listenerCount: 2,
    ...over,
  };
  const type = config.Type === 'network' ? 'net' : config.Type === 'gateway' ? 'gwy' : 'app';
  return resource({ type: LOAD_BALANCER_TYPE, uid: lbUid(name, type), name, config, errors });
}

export function listener(lbName: string, port: number, over: Partial<ListenerConfig> = {}): Resource {
  const type = over.LoadBalancerType === 'network' ? 'net' : 'app';
  const config: ListenerConfig = {
    LoadBalancerArn: lbUid(lbName, type),
    LoadBalancerType: 'application',
    Protocol: port === 443 ? 'HTTPS' : 'HTTP',
    Port: port,
    SslPolicy: port === 443 ? 'ELBSecurityPolicy-TLS13-1-2-2021-06' : undefined,
    DefaultActions:
      port === 443
        ? [{ Type: 'forward', TargetGroupArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/web/73e2d6bc24d8a067` }]
        : [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
    CertificateArns: port === 443 ? [`arn:aws:acm:${REGION}:${ACCOUNT}:certificate/0a1b2c3d`] : [],
    ...over,
  };
  return resource({ type: LISTENER_TYPE, uid: listenerUid(lbName, port, type), name: `${lbName} ${config.Protocol}:${port}`, config, relationships: [{ type: 'listener-of', target: config.LoadBalancerArn }] });
}

/** The ALB attribute rules only apply to Application Load Balancers. */
export const isAlb = (c: LoadBalancerConfig) => c.Type === 'application';
