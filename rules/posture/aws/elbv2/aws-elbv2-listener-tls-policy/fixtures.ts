import type { RuleFixture } from '../../../../../src/model/rule.js';
import { listener, listenerUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'HTTPS with ELBSecurityPolicy-2016-08', expect: 'FAIL', target: listenerUid('web-alb', 443), resources: [listener('web-alb', 443, { SslPolicy: 'ELBSecurityPolicy-2016-08' })] },
  { name: 'NLB TLS with TLS-1-2-2017-01', expect: 'FAIL', target: listenerUid('tcp-nlb', 8443, 'net'), resources: [listener('tcp-nlb', 8443, { LoadBalancerType: 'network', Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' })] },
  { name: 'HTTPS with TLS13-1-2-2021-06', expect: 'PASS', target: listenerUid('web-alb', 443), resources: [listener('web-alb', 443)] },
  { name: 'plain HTTP listener', expect: 'NOT_APPLICABLE', target: listenerUid('web-alb', 80), resources: [listener('web-alb', 80)] },
];
