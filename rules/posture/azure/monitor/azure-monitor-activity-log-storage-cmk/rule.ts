import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, azureUid, parseArmId, type StorageAccountConfig, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { activityLogSettings, enabledLogs } from '../diagnostics.js';

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-monitor-activity-log-storage-cmk',
  services: ['monitor', 'storage'],
  title: {
    en: 'Storage accounts that receive the Activity Log are encrypted with a customer-managed key',
    ja: 'アクティビティ ログの保存先ストレージ アカウントを顧客管理キーで暗号化している',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.diagnosticSetting, AZURE_TYPES.storageAccount],
  // The archive account is often a central one in a logging subscription.
  readsAcrossScopes: [AZURE_TYPES.storageAccount],
  requires: ['subscriptionId'],
  frameworks: {
    'cis-azure-6.0': ['6.1.1.3'],
    'mcsb-1.0': ['DP-5'],
    'nist-800-53-r5': ['AU-9', 'SC-12', 'SC-28'],
    'pci-dss-4.0': ['10.3.2'],
  },
  doc: {
    en: {
      description:
        "Checks that every storage account to which the subscription's Activity Log diagnostic settings archive logs is encrypted with a customer-managed key from Key Vault (encryption.keySource = Microsoft.Keyvault) instead of a Microsoft-managed key. Not applicable when the Activity Log is not archived to a storage account.",
      urgency:
        'Low urgency: the logs are encrypted either way; a customer-managed key adds an independent control over who can read audit data and lets you cut off access by revoking the key. Plan it with your key management design.',
      risk: 'With Microsoft-managed keys, anyone who obtains read access to the log storage account (an over-broad role assignment, a leaked account key or SAS) can read the whole control-plane history, including resource names, caller identities and IP addresses useful for reconnaissance. A customer-managed key adds a second, separately administered permission, and its key vault logs show every use.',
      recommendation:
        'Create or choose a key in a Key Vault with purge protection, grant the storage account\'s managed identity the "Key Vault Crypto Service Encryption User" role on it, and switch the log storage account\'s encryption to customer-managed keys with automatic key version updates. Keep the log account in a dedicated, locked-down subscription.',
      console: [
        'In the Azure portal, open the storage account that receives the Activity Log (see "Monitor" > "Activity log" > "Export Activity Logs").',
        'Select "Security + networking" > "Encryption".',
        'Set "Encryption type" to "Customer-managed keys", select the key vault and key (or a key URI) and the identity to use.',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'サブスクリプションのアクティビティ ログの診断設定がログをアーカイブしているすべてのストレージ アカウントが、Microsoft マネージド キーではなく Key Vault の顧客管理キー（encryption.keySource = Microsoft.Keyvault）で暗号化されていることを確認します。アクティビティ ログをストレージ アカウントにアーカイブしていない場合は対象外です。',
      urgency:
        '緊急度は低めです。ログはいずれにしても暗号化されていますが、顧客管理キーを使うと監査データを読める人を別の仕組みで制御でき、キーの無効化でアクセスを遮断できます。鍵管理の設計と合わせて計画してください。',
      risk: 'Microsoft マネージド キーの場合、ログのストレージ アカウントの読み取り権限を得た人（広すぎるロール割り当て、漏えいしたアカウント キーや SAS）は、偵察に役立つリソース名、呼び出し元の ID、IP アドレスを含むコントロール プレーンの履歴全体を読めます。顧客管理キーにより別途管理される 2 つ目の権限が加わり、キー コンテナーのログにはキーの使用がすべて記録されます。',
      recommendation:
        '消去保護を有効にした Key Vault にキーを作成または選択し、ストレージ アカウントのマネージド ID に「Key Vault Crypto Service Encryption User」ロールを付与したうえで、ログ用ストレージ アカウントの暗号化を、キー バージョンの自動更新付きの顧客管理キーに切り替えてください。ログ用アカウントは専用の厳重に管理されたサブスクリプションに置くことを推奨します。',
      console: [
        'Azure portal で、アクティビティ ログの保存先のストレージ アカウントを開きます（「モニター」>「アクティビティ ログ」>「アクティビティ ログのエクスポート」で確認できます）。',
        '「セキュリティとネットワーク」>「暗号化」を選択します。',
        '「暗号化の種類」を「カスタマー マネージド キー」に設定し、キー コンテナーとキー（またはキー URI）、使用する ID を選択します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      'az storage account update \\',
      '  --name <log-storage-account> --resource-group <resource-group> \\',
      '  --encryption-key-source Microsoft.Keyvault \\',
      '  --encryption-key-vault https://<vault-name>.vault.azure.net \\',
      '  --encryption-key-name activity-log-cmk \\',
      '  --key-vault-user-identity-id <user-assigned-identity-resource-id> \\',
      '  --identity-type UserAssigned --user-identity-id <user-assigned-identity-resource-id>',
    ].join('\n'),
    terraform: [
      'resource "azurerm_storage_account_customer_managed_key" "activity_logs" {',
      '  storage_account_id        = azurerm_storage_account.activity_logs.id',
      '  key_vault_id              = azurerm_key_vault.logs.id',
      '  key_name                  = azurerm_key_vault_key.activity_logs.name',
      '  user_assigned_identity_id = azurerm_user_assigned_identity.logs.id',
      '}',
    ].join('\n'),
    bicep: [
      'param location string = resourceGroup().location',
      'param identityId string',
      'param keyVaultUri string',
      '',
      "resource logs 'Microsoft.Storage/storageAccounts@2023-05-01' = {",
      "  name: 'stactivitylogs01'",
      '  location: location',
      "  kind: 'StorageV2'",
      "  sku: { name: 'Standard_GRS' }",
      "  identity: { type: 'UserAssigned', userAssignedIdentities: { '${identityId}': {} } }",
      '  properties: {',
      '    encryption: {',
      "      keySource: 'Microsoft.Keyvault'",
      "      keyvaultproperties: { keyvaulturi: keyVaultUri, keyname: 'activity-log-cmk' }",
      '      identity: { userAssignedIdentity: identityId }',
      "      services: { blob: { enabled: true, keyType: 'Account' } }",
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/customer-managed-keys-overview',
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log',
  ],
  evaluate(subscription, ctx) {
    const settings = activityLogSettings(ctx, subscription.account, subscription.config.subscriptionId).filter((s) => enabledLogs(s.config).length > 0);
    const accountIds = [...new Set(settings.flatMap((s) => (typeof s.config.storageAccountId === 'string' && s.config.storageAccountId ? [azureUid(s.config.storageAccountId)] : [])))];
    if (accountIds.length === 0) {
      return notApplicable({
        en: `The Activity Log of subscription ${subscription.name} is not archived to a storage account.`,
        ja: `サブスクリプション ${subscription.name} のアクティビティ ログはストレージ アカウントにアーカイブされていません。`,
      });
    }
    const unknown: string[] = [];
    const microsoftManaged: string[] = [];
    const customerManaged: string[] = [];
    for (const id of accountIds) {
      const account = ctx.byUid<StorageAccountConfig>(id);
      const name = account?.name ?? parseArmId(id).name;
      if (!account || account.type !== AZURE_TYPES.storageAccount || typeof account.config.encryption !== 'object' || account.config.encryption === null) {
        unknown.push(name);
        continue;
      }
      // ARM's default key source is Microsoft.Storage (Microsoft-managed keys).
      const keySource = account.config.encryption.keySource ?? 'Microsoft.Storage';
      (keySource.toLowerCase() === 'microsoft.keyvault' ? customerManaged : microsoftManaged).push(name);
    }
    if (microsoftManaged.length) {
      return fail(
        {
          en: `The Activity Log of subscription ${subscription.name} is archived to storage encrypted with Microsoft-managed keys: ${microsoftManaged.join(', ')}.`,
          ja: `サブスクリプション ${subscription.name} のアクティビティ ログは、Microsoft マネージド キーで暗号化されたストレージにアーカイブされています: ${microsoftManaged.join(', ')}。`,
        },
        { microsoftManaged, customerManaged, notInSnapshot: unknown },
      );
    }
    if (unknown.length) {
      return notAssessed(
        {
          en: `The encryption of the Activity Log storage account(s) ${unknown.join(', ')} of subscription ${subscription.name} is not in the snapshot (another subscription not scanned, or not collected).`,
          ja: `サブスクリプション ${subscription.name} のアクティビティ ログの保存先ストレージ アカウント ${unknown.join(', ')} の暗号化設定がスナップショットにありません（スキャン対象外の別サブスクリプションにあるか、収集できていません）。`,
        },
        { notInSnapshot: unknown, customerManaged },
      );
    }
    return pass(
      {
        en: `The Activity Log of subscription ${subscription.name} is archived to storage encrypted with customer-managed keys: ${customerManaged.join(', ')}.`,
        ja: `サブスクリプション ${subscription.name} のアクティビティ ログは、顧客管理キーで暗号化されたストレージにアーカイブされています: ${customerManaged.join(', ')}。`,
      },
      { customerManaged },
    );
  },
});
