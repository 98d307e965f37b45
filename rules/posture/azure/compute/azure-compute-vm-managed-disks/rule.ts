import { AZURE_TYPES, type VirtualMachineConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<VirtualMachineConfig>({
  id: 'azure-compute-vm-managed-disks',
  services: ['compute'],
  title: { en: 'Virtual machines use managed disks', ja: '仮想マシンがマネージド ディスクを使用している' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.virtualMachine],
  requires: ['id', 'storageProfile'],
  frameworks: { 'mcsb-1.0': ['DP-4'], 'nist-800-53-r5': ['SC-28', 'AC-3'] },
  doc: {
    en: {
      description: 'Checks that the OS disk and every data disk of a virtual machine are managed disks, not unmanaged VHD blobs in a storage account (a vhd URI on the disk). Unmanaged disks are retired (September 2025) and lose support.',
      urgency: 'Plan the fix this sprint: unmanaged disks are out of support and their protection depends on the storage account that holds them.',
      risk: 'An unmanaged VHD is a page blob: anyone with the storage account key or a SAS on the container can download the whole disk image, and the account\'s own network and key settings decide who can. They also miss managed-disk features such as disk export controls and encryption at host.',
      recommendation: 'Convert the VM to managed disks (deallocate it, then convert), and delete the old VHD blobs and the storage account once the conversion is verified.',
      console: ['In the Azure portal, open "Virtual machines" and select the VM.', 'Click "Stop" to deallocate it.', 'Under "Settings", select "Disks" and click "Migrate to managed disks".', 'Click "Migrate", then start the VM.'],
    },
    ja: {
      description: '仮想マシンの OS ディスクとすべてのデータ ディスクが、ストレージ アカウント内の非管理 VHD BLOB (ディスクに vhd の URI がある) ではなくマネージド ディスクであることを確認します。非管理ディスクは廃止済み (2025 年 9 月) でサポートされません。',
      urgency: '今スプリント中に対応を計画してください。非管理ディスクはサポート対象外であり、その保護は格納先のストレージ アカウントの設定に依存します。',
      risk: '非管理 VHD はページ BLOB です。ストレージ アカウント キーやコンテナーの SAS を持つ人なら誰でもディスク イメージ全体をダウンロードでき、誰ができるかはアカウント側のネットワークやキーの設定次第です。ディスクのエクスポート制御やホストでの暗号化など、マネージド ディスクの機能も使えません。',
      recommendation: 'VM を割り当て解除してからマネージド ディスクに変換し、変換を確認したら古い VHD BLOB とストレージ アカウントを削除してください。',
      console: ['Azure portal で「仮想マシン」を開き、対象の VM を選択します。', '「停止」をクリックして割り当てを解除します。', '「設定」の「ディスク」を選択し、「マネージド ディスクへの移行」をクリックします。', '「移行」をクリックし、VM を起動します。'],
    },
  },
  remediation: {
    cli: 'az vm deallocate --resource-group RG --name VM\naz vm convert --resource-group RG --name VM\naz vm start --resource-group RG --name VM',
    terraform: 'resource "azurerm_linux_virtual_machine" "this" {\n  # ...\n  os_disk {\n    caching              = "ReadWrite"\n    storage_account_type = "Premium_LRS" # managed disk\n  }\n}',
    bicep: "resource vm 'Microsoft.Compute/virtualMachines@2024-03-01' = {\n  name: vmName\n  location: location\n  properties: {\n    storageProfile: {\n      osDisk: {\n        createOption: 'FromImage'\n        managedDisk: { storageAccountType: 'Premium_LRS' }\n      }\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/virtual-machines/windows/convert-unmanaged-to-managed-disks', 'https://learn.microsoft.com/azure/virtual-machines/unmanaged-disks-deprecation'],
  evaluate(vm) {
    const storage = vm.config.storageProfile ?? {};
    const disks = [storage.osDisk, ...(storage.dataDisks ?? [])].filter((d) => d !== undefined);
    const unmanaged = disks.filter((d) => d.vhd?.uri).map((d) => d.name ?? d.vhd?.uri);
    if (unmanaged.length) return fail({ en: `VM ${vm.name} uses unmanaged disks: ${unmanaged.join(', ')}.`, ja: `VM ${vm.name} は非管理ディスクを使用しています: ${unmanaged.join(', ')}。` }, { unmanagedDisks: unmanaged });
    if (!storage.osDisk) return notAssessed({ en: `The OS disk of VM ${vm.name} was not collected.`, ja: `VM ${vm.name} の OS ディスクが収集されていません。` });
    return pass({ en: `VM ${vm.name} uses managed disks only (${disks.length}).`, ja: `VM ${vm.name} はマネージド ディスクのみを使用しています (${disks.length} 台)。` }, { disks: disks.length });
  },
});
