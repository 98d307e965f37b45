import type { RuleFixture } from '../../../../../src/model/rule.js';
import { lbUid, listener, loadBalancer } from '../shared.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'HTTP:80 forwards to targets',
    expect: 'FAIL',
    target: lbUid('web-alb'),
    resources: [
      loadBalancer('web-alb'),
      listener('web-alb', 80, { DefaultActions: [{ Type: 'forward', TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/web/1' }] }),
      listener('web-alb', 443),
    ],
  },
  {
    name: 'redirect keeps the HTTP protocol',
    expect: 'FAIL',
    target: lbUid('web-alb'),
    resources: [loadBalancer('web-alb'), listener('web-alb', 80, { DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: '#{protocol}', Host: 'www.example.com', StatusCode: 'HTTP_301' } }] })],
  },
  { name: 'HTTP:80 redirects to HTTPS:443', expect: 'PASS', target: lbUid('web-alb'), resources: [loadBalancer('web-alb'), listener('web-alb', 80), listener('web-alb', 443)] },
  { name: 'HTTPS only', expect: 'PASS', target: lbUid('api-alb'), resources: [loadBalancer('api-alb'), listener('api-alb', 443)] },
  { name: 'network load balancer', expect: 'NOT_APPLICABLE', target: lbUid('tcp-nlb', 'net'), resources: [loadBalancer('tcp-nlb', { Type: 'network' })] },
  { name: 'listeners not collectable', expect: 'NOT_ASSESSED', target: lbUid('web-alb'), resources: [loadBalancer('web-alb', { listenerCount: undefined }, {}, { listeners: 'AccessDenied' })] },
];
