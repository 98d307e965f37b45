import type { RuleFixture } from '../../../../../src/model/rule.js';
import { fnUid, lambdaFunction } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'nodejs16.x (deprecated 2024-06-12)', expect: 'FAIL', target: fnUid('order-processor'), resources: [lambdaFunction('order-processor', { Runtime: 'nodejs16.x' })] },
  { name: 'python3.10 after its 2026-10-31 date', expect: 'FAIL', target: fnUid('etl'), resources: [lambdaFunction('etl', { Runtime: 'python3.10' })], collectedAt: '2026-11-20T00:00:00.000Z' },
  { name: 'python3.10 before its date', expect: 'PASS', target: fnUid('etl'), resources: [lambdaFunction('etl', { Runtime: 'python3.10' })], collectedAt: '2026-06-01T00:00:00.000Z' },
  { name: 'nodejs22.x', expect: 'PASS', target: fnUid('api'), resources: [lambdaFunction('api')] },
  { name: 'container image', expect: 'NOT_APPLICABLE', target: fnUid('img'), resources: [lambdaFunction('img', { PackageType: 'Image', Runtime: undefined })] },
];
