import { AZURE_TYPES, type DiskConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DiskConfig>({
  id: 'azure-compute-disk-export-restricted',
  services: ['compute'],
  title: { en: 'Managed disks cannot be exported over the public network', ja: 'マネージド ディスクをパブリック ネットワーク経由でエクスポートできない' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.disk],
  requires: ['id', 'networkAccessPolicy', 'publicNetworkAccess', 'diskState'],
  frameworks: { 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['AC-3', 'SC-7'] },
  doc: {
    en: {
      description: 'Checks that a managed disk cannot be imported or exported over the public network: its network access policy is DenyAll or AllowPrivate (only through a disk access private endpoint), or its public network access is Disabled. Left out, they are AllowAll and Enabled: anyone allowed to generate a SAS can download the disk from anywhere.',
      urgency: 'Plan the fix this sprint: exporting needs an identity with the beginGetAccess permission, but a single SAS URL then gives anyone the full disk contents.',
      risk: 'A disk export SAS (Disk Export) can be created by anyone with Contributor on the disk and works from any network until it expires. An attacker or insider can copy a full OS or data disk, with its files, credentials and databases, without touching the VM.',
      recommendation: 'Set the network access policy to DenyAll (or AllowPrivate with a disk access resource when exports are needed) and public network access to Disabled; set the defaults for new disks with the built-in Azure Policy for managed disk network access.',
      console: ['In the Azure portal, open "Disks" and select the disk.', 'Under "Settings", select "Networking".', 'Select "Disable public and private access" (or "Disable public access and enable private access" with a disk access).', 'Click "Save".'],
    },
    ja: {
      description: 'マネージド ディスクをパブリック ネットワーク経由でインポート・エクスポートできないこと、つまりネットワーク アクセス ポリシーが DenyAll または AllowPrivate (ディスク アクセスのプライベート エンドポイント経由のみ) であるか、パブリック ネットワーク アクセスが無効であることを確認します。省略時は AllowAll と Enabled で、SAS を生成できる者ならどこからでもディスクをダウンロードできます。',
      urgency: '今スプリント中に対応を計画してください。エクスポートには beginGetAccess 権限を持つ ID が必要ですが、SAS の URL が 1 つあれば誰でもディスク全体を入手できます。',
      risk: 'ディスクのエクスポート用 SAS は、ディスクの共同作成者なら誰でも作成でき、期限切れまでどのネットワークからでも使えます。攻撃者や内部者は VM に触れずに、ファイル、資格情報、データベースを含む OS ディスクやデータ ディスク全体をコピーできます。',
      recommendation: 'ネットワーク アクセス ポリシーを DenyAll (エクスポートが必要ならディスク アクセス リソースと AllowPrivate) に、パブリック ネットワーク アクセスを無効に設定してください。新しいディスクには、マネージド ディスクのネットワーク アクセスに関する組み込み Azure Policy で既定を強制します。',
      console: ['Azure portal で「ディスク」を開き、対象のディスクを選択します。', '「設定」の「ネットワーク」を選択します。', '「パブリック アクセスとプライベート アクセスを無効にする」(またはディスク アクセスを使う「パブリック アクセスを無効にしてプライベート アクセスを有効にする」) を選択します。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az disk update --resource-group RG --name DISK --network-access-policy DenyAll --public-network-access Disabled',
    terraform: 'resource "azurerm_managed_disk" "this" {\n  # ...\n  network_access_policy         = "DenyAll"\n  public_network_access_enabled = false\n}',
    bicep: "resource disk 'Microsoft.Compute/disks@2023-10-02' = {\n  name: diskName\n  location: location\n  properties: {\n    creationData: { createOption: 'Empty' }\n    diskSizeGB: 128\n    networkAccessPolicy: 'DenyAll'\n    publicNetworkAccess: 'Disabled'\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/virtual-machines/disks-restrict-import-export-overview', 'https://learn.microsoft.com/azure/virtual-machines/disks-enable-private-links-for-import-export-portal'],
  evaluate(disk) {
    // Left out: AllowAll and Enabled (the defaults).
    const policy = disk.config.networkAccessPolicy ?? 'AllowAll';
    const access = disk.config.publicNetworkAccess ?? 'Enabled';
    const evidence = { networkAccessPolicy: policy, publicNetworkAccess: access, diskState: disk.config.diskState };
    if (policy === 'DenyAll' || policy === 'AllowPrivate' || access === 'Disabled') {
      return pass({ en: `Disk ${disk.name} cannot be exported over the public network (${policy}, public access ${access}).`, ja: `ディスク ${disk.name} はパブリック ネットワーク経由でエクスポートできません (${policy}, ${access})。` }, evidence);
    }
    return fail({ en: `Disk ${disk.name} can be exported over the public network (policy ${policy}, public access ${access}).`, ja: `ディスク ${disk.name} はパブリック ネットワーク経由でエクスポートできます (ポリシー: ${policy}、パブリック アクセス: ${access})。` }, evidence);
  },
});
