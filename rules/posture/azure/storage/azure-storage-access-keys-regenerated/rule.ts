import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { sharedKeyAllowed } from '../account.js';
import { MAX_KEY_DAYS } from '../azure-storage-key-rotation-reminder/rule.js';

const DAY_MS = 86_400_000;

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-access-keys-regenerated',
  services: ['storage'],
  title: {
    en: 'Storage account access keys were regenerated within the last 90 days',
    ja: 'ストレージ アカウントのアクセス キーが過去 90 日以内に再生成されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'keyCreationTime', 'allowSharedKeyAccess'],
  frameworks: { 'cis-azure-6.0': ['9.3.1.2'], 'mcsb-1.0': ['IM-8'], 'nist-800-53-r5': ['IA-5', 'IA-5(1)'], 'pci-dss-4.0': ['8.3.9', '8.6.3'] },
  doc: {
    en: {
      description:
        'Checks that both access keys (key1 and key2) were created or regenerated within the last 90 days, from keyCreationTime at snapshot time. A key without a creation time has not been regenerated since Azure started recording it (2019) and counts as old. Accounts that disallow Shared Key authorization are not applicable.',
      urgency: 'Rotate within weeks: an old key is only a problem if a copy leaked, but you cannot know which copies exist, and rotation is the only way to invalidate them.',
      risk: 'An account key grants full control of all data in the account, never expires and is often copied into connection strings, scripts and CI systems. A key leaked months ago still works today, from anywhere the firewall allows, with no user identity in the logs.',
      recommendation:
        'Rotate one key at a time: move clients to key2 (ideally by updating a Key Vault secret they read), regenerate key1, move clients back, regenerate key2. Set a rotation reminder, and plan to replace keys with Microsoft Entra ID (managed identities) and disallow Shared Key.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Security + networking", select "Access keys".',
        'After moving clients to the other key, select "Rotate key" next to key1, and confirm.',
        'Repeat for key2 once clients use the new key1.',
      ],
    },
    ja: {
      description:
        'スナップショット時点の keyCreationTime から、2 つのアクセス キー（key1 と key2）がどちらも過去 90 日以内に作成または再生成されていることを確認します。作成時刻のないキーは、Azure が記録を始めた 2019 年以降一度も再生成されていないものとして古いキーとみなします。共有キーによる認可を禁止しているアカウントは対象外です。',
      urgency: '数週間以内にローテーションしてください。古いキーはコピーが漏えいしている場合にのみ問題になりますが、どのコピーが存在するかは把握できず、それらを無効にする手段はローテーションだけです。',
      risk: 'アカウント キーはアカウント内のすべてのデータに対するフル コントロールを与え、期限がなく、接続文字列、スクリプト、CI システムにコピーされがちです。何か月も前に漏えいしたキーが、ファイアウォールが許す場所から今でも使え、ログにはユーザー ID が残りません。',
      recommendation:
        'キーは 1 つずつローテーションします。クライアントを key2 に移し（クライアントが読む Key Vault のシークレットを更新するのが理想です）、key1 を再生成し、クライアントを戻してから key2 を再生成します。ローテーションのリマインダーを設定し、キーを Microsoft Entra ID（マネージド ID）に置き換えて共有キーを禁止する計画を立ててください。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「セキュリティとネットワーク」の「アクセス キー」を選択します。',
        'クライアントをもう一方のキーに移したら、key1 の「キーの交換」を選択して確定します。',
        'クライアントが新しい key1 を使うようになったら、key2 も同様に交換します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account keys renew --account-name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --key primary\n# after clients moved to the new key1:\naz storage account keys renew --account-name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --key secondary',
    terraform: '# Terraform does not regenerate keys. Rotate them with the CLI (or Key Vault managed storage keys),\n# and keep a reminder on the account:\nresource "azapi_update_resource" "key_policy" {\n  type        = "Microsoft.Storage/storageAccounts@2023-05-01"\n  resource_id = azurerm_storage_account.example.id\n  body = { properties = { keyPolicy = { keyExpirationPeriodInDays = 90 } } }\n}',
    bicep: "// Bicep cannot regenerate keys; rotate with `az storage account keys renew`, and set the reminder:\nresource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    keyPolicy: { keyExpirationPeriodInDays: 90 }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage',
    'https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent',
  ],
  evaluate(account, ctx) {
    const c = account.config;
    if (!sharedKeyAllowed(c)) {
      return notApplicable({ en: `Storage account ${account.name} disallows Shared Key authorization, so its access keys cannot be used.`, ja: `ストレージ アカウント ${account.name} は共有キーによる認可を禁止しているため、アクセス キーは使用できません。` });
    }
    const ages: Record<string, number | null> = {};
    const stale: string[] = [];
    for (const key of ['key1', 'key2'] as const) {
      const at = c.keyCreationTime?.[key];
      const t = at ? new Date(at).getTime() : NaN;
      const age = Number.isNaN(t) ? null : Math.floor((ctx.now.getTime() - t) / DAY_MS);
      ages[key] = age;
      if (age === null || age > MAX_KEY_DAYS) stale.push(key);
    }
    if (!stale.length) {
      return pass({ en: `Both access keys of storage account ${account.name} are at most ${MAX_KEY_DAYS} days old (${ages.key1} and ${ages.key2} days).`, ja: `ストレージ アカウント ${account.name} のアクセス キーはどちらも ${MAX_KEY_DAYS} 日以内のものです（${ages.key1} 日と ${ages.key2} 日）。` }, { ageInDays: ages });
    }
    const describe = (k: string) => (ages[k] === null ? `${k} (never regenerated since creation times were recorded)` : `${k} (${ages[k]} days)`);
    const describeJa = (k: string) => (ages[k] === null ? `${k}（作成時刻の記録開始以降、再生成なし）` : `${k}（${ages[k]} 日）`);
    return fail(
      { en: `Storage account ${account.name} has access keys older than ${MAX_KEY_DAYS} days: ${stale.map(describe).join(', ')}.`, ja: `ストレージ アカウント ${account.name} には ${MAX_KEY_DAYS} 日を超えたアクセス キーがあります: ${stale.map(describeJa).join('、')}。` },
      { ageInDays: ages, stale },
    );
  },
});
