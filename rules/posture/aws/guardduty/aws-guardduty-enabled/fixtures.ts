import { GUARDDUTY_DETECTOR_TYPE } from '../../../../../src/providers/aws/model/guardduty.js';
import { REGION_TYPE, regionUid } from '../../../../../src/model/pseudo.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, REGION, resource } from '../../../testing.js';
import { detectorFixture } from '../fixture-helpers.js';

const target = regionUid(ACCOUNT, REGION);
const region = resource({ type: REGION_TYPE, uid: target, region: REGION, config: { regionName: REGION } });
// A detector in another region must not count for this one.
const otherRegionDetector = resource({
  type: GUARDDUTY_DETECTOR_TYPE,
  uid: `arn:aws:guardduty:eu-west-1:${ACCOUNT}:detector/aaaabbbbccccdddd`,
  region: 'eu-west-1',
  config: { detectorId: 'aaaabbbbccccdddd', Status: 'ENABLED', Features: [] },
});

export const fixtures: RuleFixture[] = [
  { name: 'no detector in the region (only in another region)', expect: 'FAIL', target, resources: [region, otherRegionDetector] },
  { name: 'detector suspended', expect: 'FAIL', target, resources: [region, detectorFixture({ Status: 'DISABLED' })] },
  { name: 'detector enabled', expect: 'PASS', target, resources: [region, detectorFixture({ Status: 'ENABLED' })] },
  {
    name: 'detector status unreadable (GetDetector denied)',
    expect: 'NOT_ASSESSED',
    target,
    resources: [region, detectorFixture({ Status: 'UNKNOWN' }, { Status: 'AccessDenied', Features: 'AccessDenied' })],
  },
  {
    name: 'ListDetectors denied',
    expect: 'NOT_ASSESSED',
    target,
    resources: [region],
    errors: [
      {
        provider: 'aws',
        account: ACCOUNT,
        region: REGION,
        service: 'guardduty',
        operation: 'ListDetectors',
        code: 'AccessDenied',
        message: 'not authorized',
        resourceTypes: [GUARDDUTY_DETECTOR_TYPE],
      },
    ],
  },
];
