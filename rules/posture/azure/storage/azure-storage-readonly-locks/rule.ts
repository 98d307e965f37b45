import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-storage-readonly-locks',
  services: ['storage', 'locks'],
  title: {
    en: 'ReadOnly locks are considered for storage accounts whose settings must not change',
    ja: '設定を変更してはならないストレージ アカウントに ReadOnly ロックの適用が検討されている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-azure-6.0': ['9.3.10'], 'nist-800-53-r5': ['CM-5'] },
  doc: {
    en: {
      description:
        'For storage accounts whose configuration should stay frozen (for example log archives or accounts reached only through Microsoft Entra ID), decide whether a ReadOnly lock is appropriate and record the decision. A ReadOnly lock blocks all management-plane changes, including network rules, role assignments on the account and listing the account keys, so it needs a judgement of its side effects.',
      urgency: 'Low urgency: a level 2 hardening choice that trades operational flexibility for protection against configuration tampering.',
      risk: 'Without it, anyone with Contributor rights can open the firewall, re-enable anonymous or Shared Key access, or list the keys. With it, clients that rely on the account keys (including the portal when it uses key-based access, Azure Files mounts and some services) stop working, and tools cannot change settings until the lock is removed.',
      recommendation:
        'Apply ReadOnly locks only to accounts that are accessed exclusively with Microsoft Entra ID and whose settings rarely change; document the break-glass procedure to remove the lock for planned changes. Use CanNotDelete locks elsewhere.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Settings", select "Locks".',
        'If a ReadOnly lock is appropriate, select "Add", choose "Read-only" as the lock type, add a note explaining why and select "OK".',
      ],
    },
    ja: {
      description:
        '構成を固定しておくべきストレージ アカウント（ログのアーカイブや、Microsoft Entra ID 経由でのみアクセスするアカウントなど）について、ReadOnly ロックが適切かどうかを判断し、その結果を記録します。ReadOnly ロックはネットワーク規則、アカウントへのロールの割り当て、アカウント キーの一覧取得を含むすべての管理プレーンの変更を阻止するため、副作用の判断が必要です。',
      urgency: '緊急度は低めです。運用の柔軟性と引き換えに構成の改ざんを防ぐ、レベル 2 の強化の選択肢です。',
      risk: 'ロックがないと、共同作成者の権限を持つ人は誰でもファイアウォールを開いたり、匿名アクセスや共有キーによるアクセスを再び有効にしたり、キーを一覧取得したりできます。ロックがあると、アカウント キーに依存するクライアント（キーによるアクセスを使うポータル、Azure Files のマウント、一部のサービスを含む）が動作しなくなり、ロックを外すまでツールで設定を変更できません。',
      recommendation:
        'ReadOnly ロックは、Microsoft Entra ID でのみアクセスされ、設定がほとんど変わらないアカウントに限って適用し、計画的な変更のためにロックを外す緊急手順を文書化してください。それ以外では CanNotDelete ロックを使います。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「設定」の「ロック」を選択します。',
        'ReadOnly ロックが適切であれば「追加」を選択し、ロックの種類に「読み取り専用」を選び、理由をメモに記入して「OK」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az lock create --name freeze-config --lock-type ReadOnly --resource-group RESOURCE_GROUP \\\n  --resource STORAGE_ACCOUNT --resource-type Microsoft.Storage/storageAccounts --notes "Entra ID-only log archive"',
    terraform: 'resource "azurerm_management_lock" "storage_readonly" {\n  name       = "freeze-config"\n  scope      = azurerm_storage_account.example.id\n  lock_level = "ReadOnly"\n  notes      = "Entra ID-only log archive"\n}',
    bicep: "resource storageReadOnly 'Microsoft.Authorization/locks@2020-05-01' = {\n  name: 'freeze-config'\n  scope: storage\n  properties: {\n    level: 'ReadOnly'\n    notes: 'Entra ID-only log archive'\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/lock-account-resource',
    'https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources#considerations-before-applying-your-locks',
  ],
});
