import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dnssecOn, zone, zoneUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'public zone without DNSSEC config', expect: 'FAIL', target: zoneUid('example-com'), resources: [zone('example-com')] },
  { name: 'public zone with DNSSEC off', expect: 'FAIL', target: zoneUid('example-com'), resources: [zone('example-com', { dnssecConfig: { state: 'off' } })] },
  { name: 'zone still in transfer', expect: 'FAIL', target: zoneUid('example-com'), resources: [zone('example-com', { dnssecConfig: { state: 'transfer' } })] },
  { name: 'public zone with DNSSEC on', expect: 'PASS', target: zoneUid('example-com'), resources: [zone('example-com', { dnssecConfig: dnssecOn('rsasha256', 'rsasha256') })] },
  { name: 'private zone', expect: 'NOT_APPLICABLE', target: zoneUid('internal'), resources: [zone('internal', { dnsName: 'corp.internal.', visibility: 'private' })] },
];
