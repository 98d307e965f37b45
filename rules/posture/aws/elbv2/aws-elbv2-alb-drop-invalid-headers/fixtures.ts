import type { RuleFixture } from '../../../../../src/model/rule.js';
import { lbUid, loadBalancer } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'invalid headers forwarded', expect: 'FAIL', target: lbUid('web-alb'), resources: [loadBalancer('web-alb', {}, { 'routing.http.drop_invalid_header_fields.enabled': 'false' })] },
  { name: 'invalid headers dropped', expect: 'PASS', target: lbUid('web-alb'), resources: [loadBalancer('web-alb')] },
  { name: 'network load balancer', expect: 'NOT_APPLICABLE', target: lbUid('tcp-nlb', 'net'), resources: [loadBalancer('tcp-nlb', { Type: 'network' })] },
  { name: 'attributes not collectable', expect: 'NOT_ASSESSED', target: lbUid('web-alb'), resources: [loadBalancer('web-alb', { attributes: undefined }, {}, { attributes: 'AccessDenied' })] },
];
