import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';

/** Accepted values: TLS1_0, TLS1_1, TLS1_2, TLS1_3. */
const ACCEPTED = new Set(['TLS1_2', 'TLS1_3']);

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-minimum-tls-1-2',
  services: ['storage'],
  title: {
    en: 'Storage accounts require TLS 1.2 or later',
    ja: 'ストレージ アカウントの最小 TLS バージョンが 1.2 以上になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'minimumTlsVersion'],
  frameworks: { 'cis-azure-6.0': ['9.3.6'], 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8(1)', 'SC-13'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description:
        'Checks that the minimum TLS version of the storage account is TLS 1.2 or later. When ARM returns no minimumTlsVersion, the account accepts TLS 1.0 (the documented default for accounts created outside the portal before TLS 1.2 became the default).',
      urgency: 'Plan the change within weeks: exploiting TLS 1.0/1.1 needs a network position and effort, but clients still negotiating them are easy to find in the storage logs first.',
      risk: 'TLS 1.0 and 1.1 lack modern cipher suites and have known weaknesses (BEAST, weak CBC and SHA-1 constructions); an attacker on the network path can downgrade or attack those sessions to read data and SAS tokens. Microsoft is retiring TLS 1.0/1.1 for Azure Storage, so clients that still depend on them will break anyway.',
      recommendation:
        'Set the minimum TLS version to TLS 1.2. Before changing it, check the StorageBlobLogs / StorageFileLogs TlsVersion field (or the "Transactions" metric split by TLS version) for clients still using older versions, and update them.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Settings", select "Configuration".',
        'Set "Minimum TLS version" to "Version 1.2".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'ストレージ アカウントの最小 TLS バージョンが TLS 1.2 以上であることを確認します。ARM が minimumTlsVersion を返さない場合、そのアカウントは TLS 1.0 を受け付けます（TLS 1.2 が既定になる前にポータル以外で作成されたアカウントの既定値です）。',
      urgency: '数週間以内に変更を計画してください。TLS 1.0/1.1 の悪用にはネットワーク上の位置と手間が必要ですが、まだそれらを使っているクライアントをストレージのログで先に洗い出せます。',
      risk: 'TLS 1.0 と 1.1 は最新の暗号スイートを持たず、既知の弱点（BEAST、脆弱な CBC や SHA-1 の構成など）があります。通信経路上の攻撃者はこれらのセッションをダウングレードしたり攻撃したりして、データや SAS トークンを読み取れます。Microsoft は Azure Storage での TLS 1.0/1.1 のサポートを終了するため、依存しているクライアントはいずれにせよ動作しなくなります。',
      recommendation:
        '最小 TLS バージョンを TLS 1.2 に設定してください。変更前に StorageBlobLogs / StorageFileLogs の TlsVersion フィールド（または TLS バージョン別に分割した「トランザクション」メトリック）で古いバージョンを使っているクライアントを確認し、更新してください。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「設定」の「構成」を選択します。',
        '「最小 TLS バージョン」を「バージョン 1.2」にします。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --min-tls-version TLS1_2',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  min_tls_version = "TLS1_2"\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    minimumTlsVersion: 'TLS1_2'\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version',
    'https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-client-version',
  ],
  evaluate(account) {
    const set = account.config.minimumTlsVersion;
    const effective = set ?? 'TLS1_0';
    if (ACCEPTED.has(effective)) {
      return pass({ en: `Storage account ${account.name} requires ${effective.replace('_', '.')} or later.`, ja: `ストレージ アカウント ${account.name} は ${effective.replace('_', '.')} 以上を必須にしています。` }, { minimumTlsVersion: effective });
    }
    const shown = effective.replace('_', '.');
    return fail(
      set
        ? { en: `Storage account ${account.name} accepts ${shown}: its minimum TLS version is ${set}.`, ja: `ストレージ アカウント ${account.name} は ${shown} を受け付けます（最小 TLS バージョンが ${set}）。` }
        : { en: `Storage account ${account.name} has no minimum TLS version set, so it accepts TLS 1.0.`, ja: `ストレージ アカウント ${account.name} には最小 TLS バージョンが設定されておらず、TLS 1.0 を受け付けます。` },
      { minimumTlsVersion: set ?? null, effective },
    );
  },
});
