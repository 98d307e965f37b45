import type { RuleFixture } from '../../../../../src/model/rule.js';
import { firewall, firewallUid } from '../fixture-builders.js';

const allowWeb = { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['443'] }] };

export const fixtures: RuleFixture[] = [
  { name: 'logging never configured', expect: 'FAIL', target: firewallUid('web'), resources: [firewall('web', allowWeb)] },
  { name: 'logging turned off', expect: 'FAIL', target: firewallUid('web'), resources: [firewall('web', { ...allowWeb, logConfig: { enable: false } })] },
  { name: 'logging on', expect: 'PASS', target: firewallUid('web'), resources: [firewall('web', { ...allowWeb, logConfig: { enable: true, metadata: 'EXCLUDE_ALL_METADATA' } })] },
  { name: 'disabled rule', expect: 'NOT_APPLICABLE', target: firewallUid('old'), resources: [firewall('old', { ...allowWeb, disabled: true })] },
];
