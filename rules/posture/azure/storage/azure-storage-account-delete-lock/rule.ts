import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type LockConfig, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-account-delete-lock',
  services: ['storage', 'locks'],
  title: {
    en: 'Storage accounts are protected by a resource lock against deletion',
    ja: 'ストレージ アカウントが削除を防ぐリソース ロックで保護されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.storageAccount],
  reads: [AZURE_TYPES.lock],
  requires: ['id'],
  frameworks: { 'cis-azure-6.0': ['9.3.9'], 'mcsb-1.0': ['BR-1'], 'nist-800-53-r5': ['CM-5', 'CP-9'] },
  doc: {
    en: {
      description:
        'Checks that an Azure Resource Manager lock (CanNotDelete or ReadOnly) applies to the storage account, set on the account itself or inherited from its resource group or subscription. It reports every account; which accounts need a lock is the decision recorded by the manual check azure-storage-delete-locks.',
      urgency: 'Low urgency: the lock protects against deleting the whole account (and every container, share and table in it) by mistake or by a compromised identity, not against deleting data inside it.',
      risk: 'Deleting a storage account deletes all its data at once; soft delete does not apply, and account recovery is best effort for a limited time. A wrong Terraform plan, a resource group cleanup or an attacker with Contributor rights can do it in one call.',
      recommendation:
        'Apply a CanNotDelete lock to storage accounts that hold data you need (or to their resource group), and restrict who holds Microsoft.Authorization/locks/* (Owner, User Access Administrator). Consider ReadOnly only where its side effects are acceptable (see azure-storage-readonly-locks).',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Settings", select "Locks".',
        'Select "Add", enter a name, choose "Delete" as the lock type, add a note, and select "OK".',
      ],
    },
    ja: {
      description:
        'Azure Resource Manager のロック（CanNotDelete または ReadOnly）が、アカウント自体への設定、またはリソース グループやサブスクリプションからの継承によってストレージ アカウントに適用されていることを確認します。すべてのアカウントを報告します。どのアカウントにロックが必要かの判断は、手動チェック azure-storage-delete-locks で記録します。',
      urgency: '緊急度は低めです。ロックはアカウント全体（とその中のすべてのコンテナー、共有、テーブル）が誤って、あるいは侵害された ID によって削除されることを防ぐもので、アカウント内のデータの削除は防ぎません。',
      risk: 'ストレージ アカウントを削除すると、そのデータがすべて一度に削除されます。論理的な削除は適用されず、アカウントの復旧は限られた期間のベスト エフォートです。誤った Terraform の plan、リソース グループの整理、共同作成者の権限を持つ攻撃者が 1 回の呼び出しで実行できます。',
      recommendation:
        '必要なデータを持つストレージ アカウント（またはそのリソース グループ）に CanNotDelete ロックを適用し、Microsoft.Authorization/locks/* を持つ人（所有者、ユーザー アクセス管理者）を限定してください。ReadOnly は副作用を許容できる場合にのみ検討します（azure-storage-readonly-locks を参照）。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「設定」の「ロック」を選択します。',
        '「追加」を選択し、名前を入力してロックの種類に「削除」を選び、メモを追加して「OK」を選択します。',
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
  evaluate(account, ctx) {
    const uid = account.uid;
    const locks = ctx
      .resources<LockConfig>(AZURE_TYPES.lock, { account: account.account })
      .filter((l) => {
        const scope = String(l.config.lockedScope ?? '').toLowerCase().replace(/\/+$/, '');
        return scope !== '' && (uid === scope || uid.startsWith(`${scope}/`));
      })
      .map((l) => ({ name: l.config.name ?? l.name, level: l.config.level, scope: l.config.lockedScope }));
    if (locks.length) {
      return pass(
        { en: `Storage account ${account.name} is protected by ${locks.map((l) => `${l.level} lock ${l.name}`).join(', ')}.`, ja: `ストレージ アカウント ${account.name} は ${locks.map((l) => `${l.level} ロック ${l.name}`).join('、')} で保護されています。` },
        { locks },
      );
    }
    return fail({ en: `No resource lock protects storage account ${account.name} (on the account, its resource group or its subscription).`, ja: `ストレージ アカウント ${account.name} を保護するリソース ロックが（アカウント、リソース グループ、サブスクリプションのいずれにも）ありません。` });
  },
});
