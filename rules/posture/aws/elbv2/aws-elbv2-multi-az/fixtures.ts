import type { RuleFixture } from '../../../../../src/model/rule.js';
import { REGION } from '../../../testing.js';
import { lbUid, loadBalancer } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'single AZ', expect: 'FAIL', target: lbUid('web-alb'), resources: [loadBalancer('web-alb', { AvailabilityZones: [{ ZoneName: `${REGION}a`, SubnetId: 'subnet-a' }] })] },
  { name: 'two AZs', expect: 'PASS', target: lbUid('web-alb'), resources: [loadBalancer('web-alb')] },
];
