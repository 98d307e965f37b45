import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-storage-delete-locks',
  services: ['storage', 'locks'],
  title: {
    en: 'Storage accounts that hold needed data carry a Delete (CanNotDelete) lock',
    ja: '必要なデータを持つストレージ アカウントに削除（CanNotDelete）ロックが適用されている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-azure-6.0': ['9.3.9'], 'nist-800-53-r5': ['CM-5', 'CP-9'] },
  doc: {
    en: {
      description:
        'Decide which storage accounts must never be deleted by accident (production data, backups, logs, Terraform state) and confirm each carries a CanNotDelete lock, directly or through its resource group or subscription. The automated rule azure-storage-account-delete-lock lists which accounts have a lock; choosing which ones need it, and who may remove locks, needs a person.',
      urgency: 'Low urgency: a lock is a safety net against one destructive call, to be put in place as part of normal hardening.',
      risk: 'Deleting a storage account removes all its containers, shares, queues and tables at once. Soft delete does not cover account deletion, and recovering a deleted account is best effort, only for a short time and only if the name was not reused.',
      recommendation:
        'Keep an inventory of storage accounts that hold needed data, apply CanNotDelete locks to them (Azure Policy with a deployIfNotExists effect can do it at scale), record the reason in the lock notes, and limit Microsoft.Authorization/locks/delete to a small group. Remember that a lock does not stop deleting data inside the account.',
      console: [
        'In the Azure portal, open "Storage accounts" and select an account that holds needed data.',
        'Under "Settings", select "Locks" and check for a "Delete" lock on the account, its resource group or subscription.',
        'If there is none, select "Add", choose "Delete" as the lock type, add a note and select "OK".',
        'Review who holds Owner or User Access Administrator (who can remove locks) on these scopes.',
      ],
    },
    ja: {
      description:
        '誤って削除されてはならないストレージ アカウント（本番データ、バックアップ、ログ、Terraform の状態ファイルなど）を決め、それぞれに直接またはリソース グループやサブスクリプション経由で CanNotDelete ロックが適用されていることを確認します。自動ルール azure-storage-account-delete-lock がロックのあるアカウントを一覧にしますが、どれに必要か、誰がロックを外せるかの判断には人が必要です。',
      urgency: '緊急度は低めです。ロックは 1 回の破壊的な操作に対するセーフティ ネットであり、通常の強化作業の一環として設定します。',
      risk: 'ストレージ アカウントを削除すると、そのすべてのコンテナー、共有、キュー、テーブルが一度に削除されます。論理的な削除はアカウントの削除には適用されず、削除されたアカウントの復旧はベスト エフォートで、短い期間に限られ、名前が再利用されていない場合にしかできません。',
      recommendation:
        '必要なデータを持つストレージ アカウントの一覧を管理し、それらに CanNotDelete ロックを適用してください（deployIfNotExists 効果の Azure Policy で大規模に適用できます）。ロックのメモに理由を記録し、Microsoft.Authorization/locks/delete を持つ人を少数に限定します。ロックはアカウント内のデータの削除は防がないことに注意してください。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、必要なデータを持つアカウントを選択します。',
        '「設定」の「ロック」を選択し、アカウント、リソース グループ、サブスクリプションに「削除」ロックがあるか確認します。',
        'なければ「追加」を選択し、ロックの種類に「削除」を選んでメモを追加し、「OK」を選択します。',
        'これらのスコープで所有者やユーザー アクセス管理者（ロックを外せる人）を持つ人を見直します。',
      ],
    },
  },
  remediation: {
    cli: 'az lock create --name do-not-delete --lock-type CanNotDelete --resource-group RESOURCE_GROUP \\\n  --resource STORAGE_ACCOUNT --resource-type Microsoft.Storage/storageAccounts --notes "Holds production data"',
    terraform: 'resource "azurerm_management_lock" "storage" {\n  name       = "do-not-delete"\n  scope      = azurerm_storage_account.example.id\n  lock_level = "CanNotDelete"\n  notes      = "Holds production data"\n}',
    bicep: "resource storageLock 'Microsoft.Authorization/locks@2020-05-01' = {\n  name: 'do-not-delete'\n  scope: storage\n  properties: {\n    level: 'CanNotDelete'\n    notes: 'Holds production data'\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/lock-account-resource',
    'https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources',
  ],
});
