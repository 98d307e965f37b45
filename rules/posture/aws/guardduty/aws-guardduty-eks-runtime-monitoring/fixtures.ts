import type { RuleFixture } from '../../../../../src/model/rule.js';
import { DETECTOR_UID as target, detectorFixture } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'runtime monitoring off', expect: 'FAIL', target, resources: [detectorFixture({ Features: [{ Name: 'RUNTIME_MONITORING', Status: 'DISABLED' }] })] },
  {
    name: 'runtime monitoring on, EKS agent management off',
    expect: 'FAIL',
    target,
    resources: [
      detectorFixture({
        Features: [
          {
            Name: 'RUNTIME_MONITORING',
            Status: 'ENABLED',
            AdditionalConfiguration: [
              { Name: 'EKS_ADDON_MANAGEMENT', Status: 'DISABLED' },
              { Name: 'EC2_AGENT_MANAGEMENT', Status: 'ENABLED' },
            ],
          },
        ],
      }),
    ],
  },
  {
    name: 'runtime monitoring with EKS agent management',
    expect: 'PASS',
    target,
    resources: [
      detectorFixture({
        Features: [{ Name: 'RUNTIME_MONITORING', Status: 'ENABLED', AdditionalConfiguration: [{ Name: 'EKS_ADDON_MANAGEMENT', Status: 'ENABLED' }] }],
      }),
    ],
  },
  {
    name: 'legacy EKS runtime monitoring with add-on management',
    expect: 'PASS',
    target,
    resources: [
      detectorFixture({
        Features: [{ Name: 'EKS_RUNTIME_MONITORING', Status: 'ENABLED', AdditionalConfiguration: [{ Name: 'EKS_ADDON_MANAGEMENT', Status: 'ENABLED' }] }],
      }),
    ],
  },
  { name: 'detector settings not collectable', expect: 'NOT_ASSESSED', target, resources: [detectorFixture({}, { Features: 'AccessDenied' })] },
];
