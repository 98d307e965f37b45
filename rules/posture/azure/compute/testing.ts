/** Fixture builders for the virtual machine and disk rules. */
import { AZURE_TYPES, type DiskConfig, type VirtualMachineConfig } from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, armResource } from '../testing.js';

export const vmUid = (name: string) => armId(AZURE_TYPES.virtualMachine, name).toLowerCase();
export const diskUid = (name: string) => armId(AZURE_TYPES.disk, name).toLowerCase();

export const MANAGED_STORAGE: NonNullable<VirtualMachineConfig['storageProfile']> = {
  imageReference: { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: 'latest' },
  osDisk: { osType: 'Linux', name: 'vm-app-01_OsDisk_1', createOption: 'FromImage', caching: 'ReadWrite', managedDisk: { storageAccountType: 'Premium_LRS' } },
  dataDisks: [{ lun: 0, name: 'vm-app-01-data', createOption: 'Attach', managedDisk: { storageAccountType: 'Premium_LRS' } }],
};

export function vm(name: string, config: Partial<VirtualMachineConfig> = {}): Resource {
  return armResource<VirtualMachineConfig>(AZURE_TYPES.virtualMachine, name, {
    hardwareProfile: { vmSize: 'Standard_D4s_v5' },
    storageProfile: MANAGED_STORAGE,
    securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: true, vTpmEnabled: true }, encryptionAtHost: true },
    extensions: [],
    ...config,
  });
}

export function disk(name: string, config: Partial<DiskConfig> = {}): Resource {
  return armResource<DiskConfig>(AZURE_TYPES.disk, name, {
    managedBy: vmUid('vm-app-01'),
    diskState: 'Attached',
    encryption: { type: 'EncryptionAtRestWithPlatformKey' },
    networkAccessPolicy: 'DenyAll',
    publicNetworkAccess: 'Disabled',
    ...config,
  });
}
