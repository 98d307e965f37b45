import type { RuleFixture } from '../../../../../src/model/rule.js';
import { lbUid, loadBalancer } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'access logs disabled', expect: 'FAIL', target: lbUid('web-alb'), resources: [loadBalancer('web-alb', {}, { 'access_logs.s3.enabled': 'false', 'access_logs.s3.bucket': '' })] },
  { name: 'access logs to S3', expect: 'PASS', target: lbUid('web-alb'), resources: [loadBalancer('web-alb')] },
  { name: 'attributes not collectable', expect: 'NOT_ASSESSED', target: lbUid('web-alb'), resources: [loadBalancer('web-alb', { attributes: undefined }, {}, { attributes: 'AccessDenied' })] },
];
