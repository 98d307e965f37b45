import type { RuleFixture } from '../../../../../src/model/rule.js';
import { DETECTOR_UID as target, detectorFixture } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'runtime monitoring disabled', expect: 'FAIL', target, resources: [detectorFixture({ Features: [{ Name: 'RUNTIME_MONITORING', Status: 'DISABLED' }] })] },
  {
    name: 'only legacy EKS runtime monitoring',
    expect: 'FAIL',
    target,
    resources: [detectorFixture({ Features: [{ Name: 'EKS_RUNTIME_MONITORING', Status: 'ENABLED' }] })],
  },
  { name: 'runtime monitoring enabled', expect: 'PASS', target, resources: [detectorFixture({ Features: [{ Name: 'RUNTIME_MONITORING', Status: 'ENABLED' }] })] },
  { name: 'detector settings not collectable', expect: 'NOT_ASSESSED', target, resources: [detectorFixture({}, { Features: 'AccessDenied' })] },
];
