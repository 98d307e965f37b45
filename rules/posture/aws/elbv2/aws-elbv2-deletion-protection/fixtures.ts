import type { RuleFixture } from '../../../../../src/model/rule.js';
import { lbUid, loadBalancer } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'ALB without deletion protection', expect: 'FAIL', target: lbUid('web-alb'), resources: [loadBalancer('web-alb', {}, { 'deletion_protection.enabled': 'false' })] },
  { name: 'NLB without deletion protection', expect: 'FAIL', target: lbUid('tcp-nlb', 'net'), resources: [loadBalancer('tcp-nlb', { Type: 'network' }, { 'deletion_protection.enabled': 'false' })] },
  { name: 'ALB with deletion protection', expect: 'PASS', target: lbUid('web-alb'), resources: [loadBalancer('web-alb')] },
  { name: 'attributes not collectable', expect: 'NOT_ASSESSED', target: lbUid('web-alb'), resources: [loadBalancer('web-alb', { attributes: undefined }, {}, { attributes: 'AccessDenied' })] },
];
