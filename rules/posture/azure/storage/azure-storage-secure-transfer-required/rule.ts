import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-secure-transfer-required',
  services: ['storage'],
  title: {
    en: "Storage accounts require secure transfer (HTTPS only)",
    ja: 'ストレージ アカウントで「安全な転送が必須」が有効になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'enableHttpsTrafficOnly'],
  frameworks: { 'cis-azure-6.0': ['9.3.4'], 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8', 'SC-8(1)'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description:
        "Checks that \"Secure transfer required\" (supportsHttpsTrafficOnly) is enabled, so the account rejects REST requests over plain HTTP and SMB connections without encryption.",
      urgency: 'Act within days: every request sent over HTTP exposes its data and its credentials (SAS tokens in the URL, Shared Key signatures) to anyone on the path, and clients silently fall back to HTTP when a URL says so.',
      risk: 'Data read or written over HTTP can be captured or altered in transit; a captured SAS token can be replayed until it expires to read or write the same data. SMB 2.1 and unencrypted SMB 3.x sessions to Azure Files are also accepted while the setting is off.',
      recommendation:
        'Enable "Secure transfer required" on every account and fix any client still using http:// endpoints. It is on by default for accounts created since 2019; turning it on rejects HTTP requests immediately, including those to custom domains without HTTPS (use Azure Front Door for HTTPS on custom domains).',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Settings", select "Configuration".',
        'Set "Secure transfer required" to "Enabled".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        '「安全な転送が必須」（supportsHttpsTrafficOnly）が有効で、アカウントが HTTP による REST 要求と暗号化されていない SMB 接続を拒否することを確認します。',
      urgency: '数日以内に対応してください。HTTP で送られた要求は、そのデータと認証情報（URL に含まれる SAS トークンや共有キーの署名）が経路上の誰にでも見えてしまい、URL が http であればクライアントは気付かないまま HTTP を使います。',
      risk: 'HTTP で読み書きされたデータは転送中に傍受・改ざんされるおそれがあり、傍受された SAS トークンは有効期限まで再利用され、同じデータの読み書きに悪用されます。この設定が無効の間は、Azure Files への SMB 2.1 や暗号化なしの SMB 3.x セッションも受け付けられます。',
      recommendation:
        'すべてのアカウントで「安全な転送が必須」を有効にし、http:// のエンドポイントを使っているクライアントを修正してください。2019 年以降に作成されたアカウントでは既定で有効です。有効にすると HTTP の要求はただちに拒否され、HTTPS に対応していないカスタム ドメインへの要求も拒否されます（カスタム ドメインで HTTPS を使うには Azure Front Door を利用します）。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「設定」の「構成」を選択します。',
        '「安全な転送が必須」を「有効」にします。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --https-only true',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  https_traffic_only_enabled = true # enable_https_traffic_only in azurerm 3.x\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    supportsHttpsTrafficOnly: true\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer',
    'https://learn.microsoft.com/security/benchmark/azure/baselines/storage-security-baseline',
  ],
  evaluate(account) {
    const v = account.config.enableHttpsTrafficOnly;
    if (v === true) {
      return pass({ en: `Storage account ${account.name} accepts HTTPS (and encrypted SMB) only.`, ja: `ストレージ アカウント ${account.name} は HTTPS（および暗号化された SMB）のみを受け付けます。` });
    }
    if (v === false) {
      return fail(
        { en: `Storage account ${account.name} accepts requests over plain HTTP: "Secure transfer required" is disabled.`, ja: `ストレージ アカウント ${account.name} は平文の HTTP による要求を受け付けます。「安全な転送が必須」が無効です。` },
        { supportsHttpsTrafficOnly: false },
      );
    }
    return notAssessed({
      en: `Azure Resource Manager did not report supportsHttpsTrafficOnly for storage account ${account.name}.`,
      ja: `Azure Resource Manager がストレージ アカウント ${account.name} の supportsHttpsTrafficOnly を返していません。`,
    });
  },
});
