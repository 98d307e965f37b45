import type { RuleFixture } from '../../../../../src/model/rule.js';
import { instance, instanceUid } from '../testing.js';

const target = instanceUid('web-1');

export const fixtures: RuleFixture[] = [
  { name: 'no Shielded VM configuration', expect: 'FAIL', target, resources: [instance('web-1', { shieldedInstanceConfig: undefined })] },
  {
    name: 'integrity monitoring off',
    expect: 'FAIL',
    target,
    resources: [instance('web-1', { shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: false } })],
  },
  { name: 'vTPM off', expect: 'FAIL', target, resources: [instance('web-1', { shieldedInstanceConfig: { enableVtpm: false, enableIntegrityMonitoring: true } })] },
  { name: 'all on', expect: 'PASS', target, resources: [instance('web-1', { shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true } })] },
  {
    name: 'vTPM and integrity monitoring on, Secure Boot off',
    expect: 'PASS',
    target,
    resources: [instance('web-1', { shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: true, enableIntegrityMonitoring: true } })],
  },
];
