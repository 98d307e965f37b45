import type { RuleFixture } from '../../../../../src/model/rule.js';
import { DETECTOR_UID as target, detectorFixture } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'feature disabled', expect: 'FAIL', target, resources: [detectorFixture({ Features: [{ Name: 'EKS_AUDIT_LOGS', Status: 'DISABLED' }] })] },
  {
    name: 'feature enabled but detector suspended',
    expect: 'FAIL',
    target,
    resources: [detectorFixture({ Status: 'DISABLED', Features: [{ Name: 'EKS_AUDIT_LOGS', Status: 'ENABLED' }] })],
  },
  { name: 'feature enabled', expect: 'PASS', target, resources: [detectorFixture({ Features: [{ Name: 'EKS_AUDIT_LOGS', Status: 'ENABLED' }] })] },
  { name: 'legacy data source enabled', expect: 'PASS', target, resources: [detectorFixture({ DataSources: { KubernetesAuditLogs: 'ENABLED' } })] },
  { name: 'detector settings not collectable', expect: 'NOT_ASSESSED', target, resources: [detectorFixture({}, { Features: 'AccessDenied' })] },
];
