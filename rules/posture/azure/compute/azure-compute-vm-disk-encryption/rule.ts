import { AZURE_TYPES, type VirtualMachineConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

/** Azure Disk Encryption extensions (BitLocker on Windows, dm-crypt on Linux). */
const ADE_TYPES = new Set(['azurediskencryption', 'azurediskencryptionforlinux']);

export const rule = defineRule<VirtualMachineConfig>({
  id: 'azure-compute-vm-disk-encryption',
  services: ['compute'],
  title: { en: 'Virtual machines encrypt temp disks and caches (encryption at host or Azure Disk Encryption)', ja: '仮想マシンで一時ディスクとキャッシュが暗号化されている (ホストでの暗号化または Azure Disk Encryption)' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.virtualMachine],
  requires: ['id', 'securityProfile', 'storageProfile', 'extensions'],
  frameworks: { 'mcsb-1.0': ['DP-4'], 'nist-800-53-r5': ['SC-28', 'SC-28(1)'], 'pci-dss-4.0': ['3.5.1'] },
  doc: {
    en: {
      description:
        'Checks that a virtual machine has encryption at host enabled, or Azure Disk Encryption (the AzureDiskEncryption / AzureDiskEncryptionForLinux extension, or encryption settings on the OS disk), or is a confidential VM. Managed disks are always encrypted at rest, but without one of these the temporary disk, the disk caches and the data flowing to storage are not (Defender for Cloud: "Virtual machines should enable Azure Disk Encryption or EncryptionAtHost").',
      urgency: 'Plan the fix this sprint: the gap concerns data on the host (temp disk, caches), reachable only with physical or hypervisor access, but it is a common audit finding.',
      risk: 'Page files, swap, temp files and cached disk blocks written to the temporary disk or host cache are stored unencrypted on the physical host; decommissioned or compromised hardware could expose them.',
      recommendation: 'Enable encryption at host (register the EncryptionAtHost feature once per subscription, deallocate the VM, then enable it). Microsoft now recommends it over Azure Disk Encryption, which is being retired for new workloads.',
      console: ['In the Azure portal, open "Virtual machines" and select the VM, then click "Stop" to deallocate it.', 'Under "Settings", select "Disks" > "Additional settings".', 'Set "Encryption at host" to "Yes" and click "Save".', 'Start the VM.'],
    },
    ja: {
      description:
        '仮想マシンでホストでの暗号化が有効であるか、Azure Disk Encryption (AzureDiskEncryption / AzureDiskEncryptionForLinux 拡張機能、または OS ディスクの暗号化設定) が使われているか、機密 VM であることを確認します。マネージド ディスクは常に保存時に暗号化されますが、これらがないと一時ディスク、ディスク キャッシュ、ストレージへ流れるデータは暗号化されません (Defender for Cloud の推奨事項「仮想マシンで Azure Disk Encryption または EncryptionAtHost を有効にする必要がある」)。',
      urgency: '今スプリント中に対応を計画してください。対象はホスト上のデータ (一時ディスク、キャッシュ) で物理的またはハイパーバイザーへのアクセスが必要ですが、監査でよく指摘される項目です。',
      risk: '一時ディスクやホスト キャッシュに書き込まれたページ ファイル、スワップ、一時ファイル、キャッシュされたディスク ブロックが物理ホスト上に暗号化されずに保存され、廃棄・侵害されたハードウェアから露出するおそれがあります。',
      recommendation: 'ホストでの暗号化を有効にしてください (サブスクリプションごとに EncryptionAtHost 機能を一度登録し、VM を割り当て解除してから有効化)。Microsoft は、新しいワークロードでの提供が終了する Azure Disk Encryption よりもこちらを推奨しています。',
      console: ['Azure portal で「仮想マシン」を開いて対象の VM を選択し、「停止」をクリックして割り当てを解除します。', '「設定」の「ディスク」>「追加の設定」を選択します。', '「ホストでの暗号化」を「はい」にして「保存」をクリックします。', 'VM を起動します。'],
    },
  },
  remediation: {
    cli: 'az feature register --namespace Microsoft.Compute --name EncryptionAtHost\naz vm deallocate --resource-group RG --name VM\naz vm update --resource-group RG --name VM --set securityProfile.encryptionAtHost=true\naz vm start --resource-group RG --name VM',
    terraform: 'resource "azurerm_linux_virtual_machine" "this" {\n  # ...\n  encryption_at_host_enabled = true\n}',
    bicep: "resource vm 'Microsoft.Compute/virtualMachines@2024-03-01' = {\n  name: vmName\n  location: location\n  properties: {\n    securityProfile: {\n      encryptionAtHost: true\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/virtual-machines/disk-encryption-overview', 'https://learn.microsoft.com/azure/virtual-machines/linux/disks-enable-host-based-encryption-cli'],
  evaluate(vm) {
    const security = vm.config.securityProfile;
    if (security?.encryptionAtHost === true) return pass({ en: `VM ${vm.name} has encryption at host enabled.`, ja: `VM ${vm.name} でホストでの暗号化が有効です。` }, { method: 'EncryptionAtHost' });
    if (security?.securityType === 'ConfidentialVM') return pass({ en: `VM ${vm.name} is a confidential VM.`, ja: `VM ${vm.name} は機密 VM です。` }, { method: 'ConfidentialVM' });
    const ade = (vm.config.extensions ?? []).find((e) => e.publisher?.toLowerCase() === 'microsoft.azure.security' && ADE_TYPES.has(e.type?.toLowerCase() ?? '') && e.provisioningState === 'Succeeded');
    const osDiskEncrypted = vm.config.storageProfile?.osDisk?.encryptionSettings?.enabled === true;
    if (ade || osDiskEncrypted) return pass({ en: `VM ${vm.name} uses Azure Disk Encryption.`, ja: `VM ${vm.name} は Azure Disk Encryption を使用しています。` }, { method: 'AzureDiskEncryption', extension: ade?.name });
    return fail(
      { en: `VM ${vm.name} has neither encryption at host nor Azure Disk Encryption.`, ja: `VM ${vm.name} にはホストでの暗号化も Azure Disk Encryption もありません。` },
      { encryptionAtHost: security?.encryptionAtHost ?? false, securityType: security?.securityType ?? 'Standard' },
    );
  },
});
