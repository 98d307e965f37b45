import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dnssecOn, zone, zoneUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'ZSK signed with RSASHA1', expect: 'FAIL', target: zoneUid('example-com'), resources: [zone('example-com', { dnssecConfig: dnssecOn('rsasha256', 'rsasha1') })] },
  { name: 'RSASHA1 only on the other key', expect: 'PASS', target: zoneUid('example-com'), resources: [zone('example-com', { dnssecConfig: dnssecOn('rsasha1', 'rsasha256') })] },
  { name: 'ECDSA keys', expect: 'PASS', target: zoneUid('example-com'), resources: [zone('example-com', { dnssecConfig: dnssecOn('ecdsap256sha256', 'ecdsap256sha256') })] },
  { name: 'DNSSEC on without key specs (Cloud DNS defaults)', expect: 'PASS', target: zoneUid('example-com'), resources: [zone('example-com', { dnssecConfig: { state: 'on' } })] },
  { name: 'DNSSEC off', expect: 'NOT_APPLICABLE', target: zoneUid('example-com'), resources: [zone('example-com', { dnssecConfig: { state: 'off' } })] },
  { name: 'private zone', expect: 'NOT_APPLICABLE', target: zoneUid('internal'), resources: [zone('internal', { dnsName: 'corp.internal.', visibility: 'private' })] },
];
