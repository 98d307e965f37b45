import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-shared-key-access-disabled',
  services: ['storage'],
  title: {
    en: 'Storage accounts disallow Shared Key authorization',
    ja: 'ストレージ アカウントで共有キーによる認可が禁止されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'allowSharedKeyAccess'],
  frameworks: { 'cis-azure-6.0': ['9.3.1.3'], 'mcsb-1.0': ['IM-1'], 'nist-800-53-r5': ['IA-2', 'AC-3', 'IA-5'], 'pci-dss-4.0': ['8.2.2', '8.6.3'] },
  doc: {
    en: {
      description:
        'Checks that allowSharedKeyAccess is false, so every request must be authorized with Microsoft Entra ID (RBAC or user delegation SAS) instead of the account keys or SAS tokens signed with them. ARM returns null or nothing when the property was never set, which means Shared Key is allowed.',
      urgency: 'Plan within weeks: the account keys are full-control credentials that never expire, but disabling them breaks clients that still use connection strings, so inventory first.',
      risk: 'Anyone holding an account key (from a connection string in code, a pipeline variable, a developer laptop, or anyone with listKeys permission) has full read, write and delete access to all data, from anywhere the network allows, and requests are logged without a user identity. Account SAS tokens signed with the key cannot be revoked individually.',
      recommendation:
        'Move applications to Microsoft Entra ID (managed identities, DefaultAzureCredential) and user delegation SAS, check StorageBlobLogs for AuthenticationType "AccountKey" or "SAS" requests, then set "Allow storage account key access" to Disabled. Azure Files SMB with Kerberos and some services (e.g., older Azure Functions bindings, Cloud Shell) may still need keys: keep those in separate accounts.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Settings", select "Configuration".',
        'Set "Allow storage account key access" to "Disabled".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'allowSharedKeyAccess が false で、すべての要求がアカウント キーやそれで署名した SAS トークンではなく Microsoft Entra ID（RBAC またはユーザー委任 SAS）で認可されることを確認します。一度も設定されていない場合 ARM は null を返すか何も返さず、その場合は共有キーが許可されています。',
      urgency: '数週間以内に計画してください。アカウント キーは期限のないフル コントロールの認証情報ですが、無効にすると接続文字列を使っているクライアントが動かなくなるため、先に利用状況を把握します。',
      risk: 'アカウント キーを持つ人（コード内の接続文字列、パイプライン変数、開発者の端末、listKeys の権限を持つ人）は、ネットワークが許す場所からすべてのデータを読み取り、書き込み、削除でき、その要求はユーザー ID なしで記録されます。キーで署名したアカウント SAS は個別に失効できません。',
      recommendation:
        'アプリケーションを Microsoft Entra ID（マネージド ID、DefaultAzureCredential）とユーザー委任 SAS に移行し、StorageBlobLogs で AuthenticationType が "AccountKey" や "SAS" の要求がないことを確認してから、「ストレージ アカウント キーへのアクセスを許可する」を無効にしてください。Kerberos を使う Azure Files の SMB や一部のサービス（古い Azure Functions のバインド、Cloud Shell など）はキーを必要とする場合があるため、別のアカウントに分けます。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「設定」の「構成」を選択します。',
        '「ストレージ アカウント キーへのアクセスを許可する」を「無効」にします。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --allow-shared-key-access false',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  shared_access_key_enabled       = false\n  default_to_oauth_authentication = true\n}\n\n# The azurerm provider itself must then use Entra ID for data-plane calls:\n# provider "azurerm" { storage_use_azuread = true }',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    allowSharedKeyAccess: false\n    defaultToOAuthAuthentication: true\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent',
    'https://learn.microsoft.com/azure/storage/blobs/authorize-access-azure-active-directory',
  ],
  evaluate(account) {
    const v = account.config.allowSharedKeyAccess;
    if (v === false) {
      return pass({ en: `Storage account ${account.name} accepts only Microsoft Entra ID authorization.`, ja: `ストレージ アカウント ${account.name} は Microsoft Entra ID による認可のみを受け付けます。` });
    }
    return fail(
      v === true
        ? { en: `Storage account ${account.name} allows Shared Key authorization (account keys and SAS signed with them).`, ja: `ストレージ アカウント ${account.name} は共有キーによる認可（アカウント キーとそれで署名した SAS）を許可しています。` }
        : { en: `Storage account ${account.name} has "Allow storage account key access" unset, which allows Shared Key authorization.`, ja: `ストレージ アカウント ${account.name} では「ストレージ アカウント キーへのアクセスを許可する」が未設定で、共有キーによる認可が許可されています。` },
      { allowSharedKeyAccess: v ?? null },
    );
  },
});
