import type { RuleFixture } from '../../../../../src/model/rule.js';
import { lbUid, loadBalancer } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'monitor mode', expect: 'FAIL', target: lbUid('web-alb'), resources: [loadBalancer('web-alb', {}, { 'routing.http.desync_mitigation_mode': 'monitor' })] },
  { name: 'defensive mode', expect: 'PASS', target: lbUid('web-alb'), resources: [loadBalancer('web-alb')] },
  { name: 'strictest mode', expect: 'PASS', target: lbUid('web-alb'), resources: [loadBalancer('web-alb', {}, { 'routing.http.desync_mitigation_mode': 'strictest' })] },
  { name: 'attributes not collectable', expect: 'NOT_ASSESSED', target: lbUid('web-alb'), resources: [loadBalancer('web-alb', { attributes: undefined }, {}, { attributes: 'AccessDenied' })] },
];
