import type { RuleFixture } from '../../../../../src/model/rule.js';
import { CLUSTER_UID as target, clusterFixture } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'no control plane logging', expect: 'FAIL', target, resources: [clusterFixture({ enabledLogTypes: [] })] },
  { name: 'api and scheduler logs but no audit', expect: 'FAIL', target, resources: [clusterFixture({ enabledLogTypes: ['api', 'scheduler'] })] },
  { name: 'audit logging enabled', expect: 'PASS', target, resources: [clusterFixture({ enabledLogTypes: ['audit'] })] },
  { name: 'cluster not describable', expect: 'NOT_ASSESSED', target, resources: [clusterFixture({}, { enabledLogTypes: 'AccessDenied' })] },
];
