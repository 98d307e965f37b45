import type { RuleFixture } from '../../../../../src/model/rule.js';
import { alertPolicy, alertPolicyUid } from '../../logging/metric-alert-fixtures.js';
import { PROJECT } from '../../testing.js';

const target = alertPolicyUid(PROJECT, '1001');

export const fixtures: RuleFixture[] = [
  { name: 'enabled policy without channels', expect: 'FAIL', target, resources: [alertPolicy({ notificationChannels: [] })] },
  { name: 'enabled policy, channels field absent', expect: 'FAIL', target, resources: [alertPolicy({ notificationChannels: undefined })] },
  { name: 'policy with a channel', expect: 'PASS', target, resources: [alertPolicy()] },
  { name: 'disabled policy', expect: 'NOT_APPLICABLE', target, resources: [alertPolicy({ enabled: false, notificationChannels: [] })] },
];
