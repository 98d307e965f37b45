import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { sharedKeyAllowed } from '../account.js';

/** CIS and Microsoft's guidance: rotate account keys at least every 90 days. */
export const MAX_KEY_DAYS = 90;

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-key-rotation-reminder',
  services: ['storage'],
  title: {
    en: 'Storage accounts have a key rotation reminder of 90 days or less',
    ja: 'ストレージ アカウントに 90 日以内のキー ローテーションのリマインダーが設定されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'keyPolicy', 'allowSharedKeyAccess'],
  frameworks: { 'cis-azure-6.0': ['9.3.1.1'], 'mcsb-1.0': ['IM-8'], 'nist-800-53-r5': ['IA-5', 'IA-5(1)'], 'pci-dss-4.0': ['8.6.3'] },
  doc: {
    en: {
      description:
        'Checks that the account has a key expiration policy (keyPolicy.keyExpirationPeriodInDays) of at most 90 days, which makes the portal remind owners to rotate the access keys and lets Azure Policy and logs flag keys older than the period. Accounts that disallow Shared Key authorization are not applicable: their keys cannot authorize requests.',
      urgency: 'Low urgency: the reminder itself does not rotate anything; it is the prompt that keeps rotation from being forgotten.',
      risk: 'Without a reminder, account keys typically stay unchanged for years; every copy made along the way (connection strings in repos, CI variables, former employees\' tools) keeps full access to the data until the key is regenerated.',
      recommendation:
        'Set a key expiration period of 90 days or less ("Set rotation reminder"), then regenerate keys on that schedule, one at a time, after moving clients to the other key (or to Key Vault-managed connection strings). Better still, move clients to Microsoft Entra ID and disallow Shared Key access.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Security + networking", select "Access keys".',
        'Select "Set rotation reminder", check "Enable key rotation reminders", choose "Remind me every 90 days" (or fewer), then select "Save".',
      ],
    },
    ja: {
      description:
        'アカウントにキーの有効期限ポリシー（keyPolicy.keyExpirationPeriodInDays）が 90 日以下で設定されていることを確認します。これによりポータルが所有者にアクセス キーのローテーションを促し、Azure Policy やログで期間を過ぎたキーを検出できます。共有キーによる認可を禁止しているアカウントは、キーで要求を認可できないため対象外です。',
      urgency: '緊急度は低めです。リマインダー自体は何もローテーションしませんが、ローテーションの失念を防ぐきっかけになります。',
      risk: 'リマインダーがないと、アカウント キーは何年も変更されないことが多く、その間に作られたすべてのコピー（リポジトリ内の接続文字列、CI の変数、退職者のツール）がキーの再生成までデータへのフル アクセスを持ち続けます。',
      recommendation:
        '90 日以下のキーの有効期限（「ローテーションのリマインダーを設定する」）を設定し、その周期でクライアントをもう一方のキー（または Key Vault で管理する接続文字列）に移してから、キーを 1 つずつ再生成してください。さらに望ましいのは、クライアントを Microsoft Entra ID に移行し、共有キーによるアクセスを禁止することです。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「セキュリティとネットワーク」の「アクセス キー」を選択します。',
        '「ローテーションのリマインダーを設定する」を選択し、「キーのローテーションのリマインダーを有効にする」をオンにして「90 日ごとに通知する」（またはそれ以下）を選び、「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --key-exp-days 90',
    terraform: '# azurerm_storage_account has no key policy argument; set it with azapi:\nresource "azapi_update_resource" "key_policy" {\n  type        = "Microsoft.Storage/storageAccounts@2023-05-01"\n  resource_id = azurerm_storage_account.example.id\n  body = {\n    properties = {\n      keyPolicy = { keyExpirationPeriodInDays = 90 }\n    }\n  }\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    keyPolicy: {\n      keyExpirationPeriodInDays: 90\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage#create-a-key-expiration-policy',
    'https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent',
  ],
  evaluate(account) {
    const c = account.config;
    if (!sharedKeyAllowed(c)) {
      return notApplicable({ en: `Storage account ${account.name} disallows Shared Key authorization, so its access keys cannot be used.`, ja: `ストレージ アカウント ${account.name} は共有キーによる認可を禁止しているため、アクセス キーは使用できません。` });
    }
    const days = c.keyPolicy?.keyExpirationPeriodInDays;
    if (typeof days !== 'number') {
      return fail({ en: `Storage account ${account.name} has no key rotation reminder (key expiration policy).`, ja: `ストレージ アカウント ${account.name} にはキー ローテーションのリマインダー（キーの有効期限ポリシー）がありません。` }, { keyExpirationPeriodInDays: null });
    }
    if (days > MAX_KEY_DAYS) {
      return fail(
        { en: `Storage account ${account.name} reminds key rotation only every ${days} days (at most ${MAX_KEY_DAYS} expected).`, ja: `ストレージ アカウント ${account.name} のキー ローテーションのリマインダーは ${days} 日ごとです（${MAX_KEY_DAYS} 日以下が必要）。` },
        { keyExpirationPeriodInDays: days },
      );
    }
    return pass({ en: `Storage account ${account.name} reminds key rotation every ${days} days.`, ja: `ストレージ アカウント ${account.name} は ${days} 日ごとにキー ローテーションを通知します。` }, { keyExpirationPeriodInDays: days });
  },
});
