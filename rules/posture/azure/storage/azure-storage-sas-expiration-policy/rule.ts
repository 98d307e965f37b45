import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { sharedKeyAllowed } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-sas-expiration-policy',
  services: ['storage'],
  title: {
    en: 'Storage accounts have a SAS expiration policy',
    ja: 'ストレージ アカウントに SAS の有効期限ポリシーが設定されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'sasPolicy', 'allowSharedKeyAccess'],
  frameworks: { 'mcsb-1.0': ['IM-8'], 'nist-800-53-r5': ['IA-5', 'AC-2(3)'], 'pci-dss-4.0': ['8.6.3'] },
  doc: {
    en: {
      description:
        'Checks that the account has a SAS expiration policy (sasPolicy), which sets the longest validity a service or account SAS signed with the account key should have and either logs or blocks (expirationAction Log or Block) tokens that exceed it. Accounts that disallow Shared Key authorization are not applicable: they accept no key-signed SAS.',
      urgency: 'Low urgency: it limits how long future tokens stay valid; it does not revoke tokens already issued.',
      risk: 'Without a policy, people routinely create SAS tokens valid for years; such a token, once pasted into a ticket, a chat or a repository, grants access until it expires or the signing key is rotated, and cannot be revoked on its own.',
      recommendation:
        'Set a SAS expiration period that fits your use (hours to a few days), start with the Log action to find clients creating longer tokens, then switch to Block. Prefer user delegation SAS (signed with Entra ID, at most 7 days) and stored access policies, which can be revoked.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Settings", select "Configuration".',
        'Check "Enable SAS expiration period", set the period and select "Save".',
      ],
    },
    ja: {
      description:
        'アカウントに SAS の有効期限ポリシー（sasPolicy）があることを確認します。このポリシーはアカウント キーで署名したサービス SAS やアカウント SAS の最長有効期間を定め、それを超えるトークンを記録またはブロック（expirationAction が Log または Block）します。共有キーによる認可を禁止しているアカウントは、キーで署名した SAS を受け付けないため対象外です。',
      urgency: '緊急度は低めです。今後発行されるトークンの有効期間を制限するもので、発行済みのトークンは失効しません。',
      risk: 'ポリシーがないと、数年間有効な SAS トークンが日常的に作られます。そうしたトークンがチケット、チャット、リポジトリに一度貼り付けられると、期限切れか署名キーのローテーションまでアクセスを許し、単独では失効できません。',
      recommendation:
        '用途に合った SAS の有効期間（数時間から数日）を設定し、まず Log のアクションでより長いトークンを作るクライアントを洗い出してから Block に切り替えてください。失効できるユーザー委任 SAS（Entra ID で署名、最長 7 日）や保存されたアクセス ポリシーを優先します。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「設定」の「構成」を選択します。',
        '「SAS の有効期限を有効にする」をオンにして期間を設定し、「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --sas-expiration-period 1.00:00:00',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  sas_policy {\n    expiration_period = "01.00:00:00"\n    expiration_action = "Block"\n  }\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    sasPolicy: {\n      sasExpirationPeriod: '1.00:00:00'\n      expirationAction: 'Block'\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/sas-expiration-policy',
    'https://learn.microsoft.com/azure/storage/common/storage-sas-overview',
  ],
  evaluate(account) {
    const c = account.config;
    if (!sharedKeyAllowed(c)) {
      return notApplicable({ en: `Storage account ${account.name} disallows Shared Key authorization, so it accepts no key-signed SAS.`, ja: `ストレージ アカウント ${account.name} は共有キーによる認可を禁止しているため、キーで署名した SAS を受け付けません。` });
    }
    const policy = c.sasPolicy;
    if (policy?.sasExpirationPeriod) {
      const action = policy.expirationAction ?? 'Log';
      return pass(
        action.toLowerCase() === 'block'
          ? { en: `Storage account ${account.name} blocks SAS tokens valid for more than ${policy.sasExpirationPeriod}.`, ja: `ストレージ アカウント ${account.name} は有効期間が ${policy.sasExpirationPeriod} を超える SAS トークンをブロックします。` }
          : { en: `Storage account ${account.name} logs SAS tokens valid for more than ${policy.sasExpirationPeriod} (audit only; consider Block).`, ja: `ストレージ アカウント ${account.name} は有効期間が ${policy.sasExpirationPeriod} を超える SAS トークンを記録します（監査のみ。Block を検討してください）。` },
        { sasExpirationPeriod: policy.sasExpirationPeriod, expirationAction: action },
      );
    }
    return fail({ en: `Storage account ${account.name} accepts key-signed SAS tokens with no expiration limit.`, ja: `ストレージ アカウント ${account.name} は有効期限の上限なしにキーで署名した SAS トークンを受け付けます。` }, { sasPolicy: null });
  },
});
