import type { RuleFixture } from '../../../../../src/model/rule.js';
import { DETECTOR_UID as target, detectorFixture } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'feature disabled', expect: 'FAIL', target, resources: [detectorFixture({ Features: [{ Name: 'S3_DATA_EVENTS', Status: 'DISABLED' }] })] },
  { name: 'legacy data source disabled', expect: 'FAIL', target, resources: [detectorFixture({ DataSources: { S3Logs: 'DISABLED' } })] },
  { name: 'feature enabled', expect: 'PASS', target, resources: [detectorFixture({ Features: [{ Name: 'S3_DATA_EVENTS', Status: 'ENABLED' }] })] },
  { name: 'detector settings not collectable', expect: 'NOT_ASSESSED', target, resources: [detectorFixture({}, { Features: 'AccessDenied' })] },
];
