import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { defaultAction } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-trusted-services-bypass',
  services: ['storage'],
  title: {
    en: 'Storage account firewalls let trusted Microsoft services through',
    ja: 'ストレージ アカウントのファイアウォールで信頼された Microsoft サービスのアクセスが許可されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'networkRuleSet'],
  frameworks: { 'cis-azure-6.0': ['9.3.5'], 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7'] },
  doc: {
    en: {
      description:
        'For accounts whose firewall denies by default, checks that the network rule bypass includes AzureServices ("Allow Azure services on the trusted services list to access this storage account"), so services such as Azure Backup, Azure Monitor diagnostic settings, Microsoft Defender for Storage and Azure Site Recovery keep working with strong authentication. Accounts whose firewall allows all networks are not applicable.',
      urgency: 'Low urgency: the gap is a loss of protection features (backups, logs, malware scanning) rather than an exposure, but it tends to push teams to open the firewall instead.',
      risk: 'Without the exception, diagnostic logs and backups written to the account fail, Defender for Storage cannot scan uploads, and teams often "fix" the breakage by adding broad IP ranges or switching the default action back to Allow, which exposes the data far more than the narrowly scoped trusted-services path.',
      recommendation:
        'Add AzureServices to the bypass list (keep Logging and Metrics if used). For services that support it, prefer resource instance rules, which admit only specific resource instances.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Security + networking", select "Networking".',
        'Under "Exceptions", select "Allow Azure services on the trusted services list to access this storage account".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'ファイアウォールの既定が拒否のアカウントについて、ネットワーク規則のバイパスに AzureServices（「信頼されたサービスの一覧にある Azure サービスがこのストレージ アカウントにアクセスすることを許可する」）が含まれ、Azure Backup、Azure Monitor の診断設定、Microsoft Defender for Storage、Azure Site Recovery などのサービスが強力な認証で動作し続けられることを確認します。ファイアウォールがすべてのネットワークを許可しているアカウントは対象外です。',
      urgency: '緊急度は低めです。露出ではなく保護機能（バックアップ、ログ、マルウェア スキャン）が失われる問題ですが、代わりにファイアウォールを開いてしまう原因になりがちです。',
      risk: 'この例外がないと、アカウントへの診断ログやバックアップの書き込みが失敗し、Defender for Storage はアップロードをスキャンできません。チームは広い IP 範囲の追加や既定のアクションを許可に戻すことで「修正」しがちで、範囲が限定された信頼されたサービスの経路よりはるかに大きくデータを露出させてしまいます。',
      recommendation:
        'バイパスの一覧に AzureServices を追加してください（使用している場合は Logging と Metrics も残します）。対応しているサービスについては、特定のリソース インスタンスだけを許可するリソース インスタンス規則を優先します。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「セキュリティとネットワーク」の「ネットワーク」を選択します。',
        '「例外」で「信頼されたサービスの一覧にある Azure サービスがこのストレージ アカウントにアクセスすることを許可する」を選択します。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --bypass AzureServices Logging Metrics',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  network_rules {\n    default_action = "Deny"\n    bypass         = ["AzureServices", "Logging", "Metrics"]\n  }\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'AzureServices, Logging, Metrics'\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/storage-network-security-trusted-azure-services',
    'https://learn.microsoft.com/azure/storage/common/storage-network-security',
  ],
  evaluate(account) {
    const c = account.config;
    if (defaultAction(c) !== 'Deny') {
      return notApplicable({ en: `The firewall of storage account ${account.name} allows all networks, so no exception is needed.`, ja: `ストレージ アカウント ${account.name} のファイアウォールはすべてのネットワークを許可しているため、例外は不要です。` });
    }
    // ARM writes "AzureServices" when a rule set is created without a bypass.
    const bypass = c.networkRuleSet!.bypass ?? 'AzureServices';
    const entries = bypass.split(',').map((s) => s.trim()).filter(Boolean);
    if (entries.some((e) => e.toLowerCase() === 'azureservices')) {
      return pass({ en: `Storage account ${account.name} lets trusted Microsoft services through its firewall.`, ja: `ストレージ アカウント ${account.name} はファイアウォールで信頼された Microsoft サービスを許可しています。` }, { bypass });
    }
    return fail(
      { en: `The firewall of storage account ${account.name} blocks trusted Microsoft services (bypass: ${bypass || 'None'}).`, ja: `ストレージ アカウント ${account.name} のファイアウォールは信頼された Microsoft サービスをブロックしています（バイパス: ${bypass || 'None'}）。` },
      { bypass },
    );
  },
});
