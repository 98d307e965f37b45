import type { RuleFixture } from '../../../../../src/model/rule.js';
import { apiKey, keyUid } from '../key-fixtures.js';

export const fixtures: RuleFixture[] = [
  { name: 'key with only API restrictions', expect: 'FAIL', target: keyUid('api'), resources: [apiKey('api', { restrictions: { apiTargets: [{ service: 'translate.googleapis.com' }] } })] },
  { name: 'referrer wildcard on a TLD', expect: 'FAIL', target: keyUid('tld'), resources: [apiKey('tld', { restrictions: { browserKeyRestrictions: { allowedReferrers: ['https://www.example.com/*', '*.com/*'] } } })] },
  { name: 'server key open to every address', expect: 'FAIL', target: keyUid('ip'), resources: [apiKey('ip', { restrictions: { serverKeyRestrictions: { allowedIps: ['0.0.0.0/0'] } } })] },
  { name: 'browser key for one site', expect: 'PASS', target: keyUid('web'), resources: [apiKey('web', { restrictions: { browserKeyRestrictions: { allowedReferrers: ['https://www.example.com/*'] } } })] },
  {
    name: 'Android key',
    expect: 'PASS',
    target: keyUid('android'),
    resources: [apiKey('android', { restrictions: { androidKeyRestrictions: { allowedApplications: [{ packageName: 'com.example.app', sha1Fingerprint: 'DA:39:A3:EE:5E:6B:4B:0D:32:55:BF:EF:95:60:18:90:AF:D8:07:09' }] } } })],
  },
];
