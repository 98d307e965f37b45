import type { RuleFixture } from '../../../../../src/model/rule.js';
import { vm, vmUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no securityProfile, no extension', expect: 'FAIL', target: vmUid('vm-plain'), resources: [vm('vm-plain', { securityProfile: undefined })] },
  {
    name: 'ADE extension failed to provision',
    expect: 'FAIL',
    target: vmUid('vm-ade-failed'),
    resources: [vm('vm-ade-failed', { securityProfile: { securityType: 'TrustedLaunch', encryptionAtHost: false }, extensions: [{ name: 'AzureDiskEncryption', publisher: 'Microsoft.Azure.Security', type: 'AzureDiskEncryption', provisioningState: 'Failed' }] })],
  },
  { name: 'encryption at host', expect: 'PASS', target: vmUid('vm-app-01'), resources: [vm('vm-app-01')] },
  {
    name: 'Azure Disk Encryption for Linux',
    expect: 'PASS',
    target: vmUid('vm-ade'),
    resources: [vm('vm-ade', { securityProfile: undefined, extensions: [{ name: 'AzureDiskEncryptionForLinux', publisher: 'Microsoft.Azure.Security', type: 'AzureDiskEncryptionForLinux', provisioningState: 'Succeeded' }] })],
  },
];
