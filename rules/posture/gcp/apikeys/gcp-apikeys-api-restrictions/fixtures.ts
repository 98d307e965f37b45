import type { RuleFixture } from '../../../../../src/model/rule.js';
import { apiKey, keyUid } from '../key-fixtures.js';

export const fixtures: RuleFixture[] = [
  { name: 'key without restrictions', expect: 'FAIL', target: keyUid('open'), resources: [apiKey('open')] },
  { name: 'key with only an application restriction', expect: 'FAIL', target: keyUid('web'), resources: [apiKey('web', { restrictions: { browserKeyRestrictions: { allowedReferrers: ['https://www.example.com/*'] } } })] },
  { name: 'key restricted to all Cloud APIs', expect: 'FAIL', target: keyUid('all'), resources: [apiKey('all', { restrictions: { apiTargets: [{ service: 'cloudapis.googleapis.com' }] } })] },
  { name: 'key restricted to the Translation API', expect: 'PASS', target: keyUid('tr'), resources: [apiKey('tr', { restrictions: { apiTargets: [{ service: 'translate.googleapis.com' }] } })] },
];
