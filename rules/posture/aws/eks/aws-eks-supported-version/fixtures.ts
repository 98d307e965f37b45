import type { RuleFixture } from '../../../../../src/model/rule.js';
import { CLUSTER_UID as target, clusterFixture } from '../fixture-helpers.js';

// Snapshot time defaults to 2026-11-01.
export const fixtures: RuleFixture[] = [
  { name: '1.26: past end of extended support', expect: 'FAIL', target, resources: [clusterFixture({ version: '1.26' })] },
  { name: '1.31: in paid extended support', expect: 'FAIL', target, resources: [clusterFixture({ version: '1.31' })] },
  { name: '1.21: older than the calendar', expect: 'FAIL', target, resources: [clusterFixture({ version: '1.21' })] },
  { name: '1.34: in standard support', expect: 'PASS', target, resources: [clusterFixture({ version: '1.34' })] },
  { name: '1.34 after its end of standard support', expect: 'FAIL', target, resources: [clusterFixture({ version: '1.34' })], collectedAt: '2026-12-05T00:00:00.000Z' },
  { name: '1.40: newer than the calendar', expect: 'PASS', target, resources: [clusterFixture({ version: '1.40' })] },
  { name: 'version not collectable', expect: 'NOT_ASSESSED', target, resources: [clusterFixture({}, { version: 'AccessDenied' })] },
];
