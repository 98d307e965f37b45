import { AZURE_TYPES, type VirtualMachineConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<VirtualMachineConfig>({
  id: 'azure-compute-vm-trusted-launch',
  services: ['compute'],
  title: { en: 'Virtual machines use Trusted Launch with Secure Boot and vTPM', ja: '仮想マシンでセキュア ブートと vTPM を備えたトラステッド起動が使われている' },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.virtualMachine],
  requires: ['id', 'securityProfile'],
  frameworks: { 'mcsb-1.0': ['PV-4'], 'nist-800-53-r5': ['SI-7', 'SI-7(1)'] },
  doc: {
    en: {
      description: 'Checks that a virtual machine has security type TrustedLaunch (or ConfidentialVM) with Secure Boot and vTPM both enabled. A VM whose security profile is left out is a Standard VM without either.',
      urgency: 'Plan it with the next rebuild: enabling Trusted Launch needs a Generation 2 image and a deallocation, and it protects against a specific class of persistent malware rather than an open exposure.',
      risk: 'Without Secure Boot and a vTPM, bootkits and rootkits can load before the OS and hide from antimalware, and Defender for Cloud cannot attest boot integrity; a compromised VM can stay compromised across reboots and reimages of the OS disk.',
      recommendation: 'Create new VMs with Trusted Launch (the default for Gen2 images), enable it on existing Gen2 VMs after deallocating them, and install the Guest Attestation extension so that boot integrity is monitored.',
      console: ['In the Azure portal, open "Virtual machines" and select the VM, then click "Stop" to deallocate it.', 'Under "Settings", select "Configuration".', 'Set "Security type" to "Trusted launch virtual machines" and tick "Enable secure boot" and "Enable vTPM".', 'Click "Save" and start the VM.'],
    },
    ja: {
      description: '仮想マシンのセキュリティの種類が TrustedLaunch (または ConfidentialVM) であり、セキュア ブートと vTPM の両方が有効であることを確認します。セキュリティ プロファイルが省略された VM はどちらも持たない Standard VM です。',
      urgency: '次回の再構築に合わせて計画してください。トラステッド起動の有効化には第 2 世代イメージと割り当て解除が必要で、開いた露出ではなく特定の種類の永続的なマルウェアへの対策です。',
      risk: 'セキュア ブートと vTPM がないと、ブートキットやルートキットが OS より前に読み込まれてマルウェア対策から隠れることができ、Defender for Cloud もブートの整合性を構成証明できません。侵害された VM は再起動や OS ディスクの再イメージ後も侵害されたままになり得ます。',
      recommendation: '新しい VM はトラステッド起動で作成し (第 2 世代イメージの既定)、既存の第 2 世代 VM は割り当て解除してから有効にしてください。ゲスト構成証明拡張機能をインストールしてブートの整合性を監視します。',
      console: ['Azure portal で「仮想マシン」を開いて対象の VM を選択し、「停止」をクリックして割り当てを解除します。', '「設定」の「構成」を選択します。', '「セキュリティの種類」を「トラステッド起動の仮想マシン」にし、「セキュア ブートを有効にする」と「vTPM を有効にする」をオンにします。', '「保存」をクリックし、VM を起動します。'],
    },
  },
  remediation: {
    cli: 'az vm deallocate --resource-group RG --name VM\naz vm update --resource-group RG --name VM --security-type TrustedLaunch --enable-secure-boot true --enable-vtpm true\naz vm start --resource-group RG --name VM',
    terraform: 'resource "azurerm_linux_virtual_machine" "this" {\n  # ...\n  secure_boot_enabled = true\n  vtpm_enabled        = true\n}',
    bicep: "resource vm 'Microsoft.Compute/virtualMachines@2024-03-01' = {\n  name: vmName\n  location: location\n  properties: {\n    securityProfile: {\n      securityType: 'TrustedLaunch'\n      uefiSettings: {\n        secureBootEnabled: true\n        vTpmEnabled: true\n      }\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/virtual-machines/trusted-launch', 'https://learn.microsoft.com/azure/virtual-machines/trusted-launch-existing-vm'],
  evaluate(vm) {
    const security = vm.config.securityProfile;
    const type = security?.securityType ?? 'Standard';
    const secureBoot = security?.uefiSettings?.secureBootEnabled === true;
    const vtpm = security?.uefiSettings?.vTpmEnabled === true;
    const evidence = { securityType: type, secureBootEnabled: secureBoot, vTpmEnabled: vtpm };
    if ((type === 'TrustedLaunch' || type === 'ConfidentialVM') && secureBoot && vtpm) {
      return pass({ en: `VM ${vm.name} runs as ${type} with Secure Boot and vTPM.`, ja: `VM ${vm.name} はセキュア ブートと vTPM を備えた ${type} として動作しています。` }, evidence);
    }
    const missing = [type === 'Standard' ? 'Trusted Launch' : undefined, !secureBoot ? 'Secure Boot' : undefined, !vtpm ? 'vTPM' : undefined].filter(Boolean);
    return fail({ en: `VM ${vm.name} lacks ${missing.join(', ')}.`, ja: `VM ${vm.name} には ${missing.join('、')} がありません。` }, evidence);
  },
});
