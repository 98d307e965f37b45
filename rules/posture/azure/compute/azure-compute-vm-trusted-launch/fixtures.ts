import type { RuleFixture } from '../../../../../src/model/rule.js';
import { vm, vmUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'Standard VM (securityProfile left out)', expect: 'FAIL', target: vmUid('vm-gen1'), resources: [vm('vm-gen1', { securityProfile: undefined })] },
  { name: 'Trusted Launch without Secure Boot', expect: 'FAIL', target: vmUid('vm-nosb'), resources: [vm('vm-nosb', { securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: false, vTpmEnabled: true } } })] },
  { name: 'Trusted Launch with Secure Boot and vTPM', expect: 'PASS', target: vmUid('vm-app-01'), resources: [vm('vm-app-01')] },
];
