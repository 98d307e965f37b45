import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-authorization-non-privileged-assignments-reviewed',
  services: ['authorization'],
  title: {
    en: 'Non-privileged (job function) Azure role assignments are reviewed periodically',
    ja: '非特権（職務）Azure ロールの割り当てが定期的にレビューされている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-azure-6.0': ['5.3.7'], 'mcsb-1.0': ['PA-4'], 'nist-800-53-r5': ['AC-2', 'AC-6(7)'], 'pci-dss-4.0': ['7.2.4'] },
  doc: {
    en: {
      description:
        'Confirm that assignments of job-function roles (Reader, Storage Blob Data Reader, Key Vault Secrets User, Virtual Machine Contributor and other non-privileged built-in or custom roles) on each subscription are reviewed on a schedule and inappropriate ones removed. Appropriateness depends on each person\'s job, so this is a manual check.',
      urgency: 'Low urgency: review at least twice a year alongside the privileged roles.',
      risk: 'Data-plane and service roles are not "privileged" in RBAC terms, but Storage Blob Data Reader or Key Vault Secrets User can expose all the data or secrets in scope. Left unreviewed, such grants outlive the projects they were made for and make any compromised account more valuable.',
      recommendation:
        'Include all role assignments of each subscription in a recurring access review (or an attestation by resource owners), prefer group-based and resource-group-scoped grants, and remove assignments that are unused or no longer match a job function.',
      console: [
        'In the Azure portal, open the subscription > "Access control (IAM)" > "Role assignments" > "Job function roles" tab.',
        'Export or review the list with the resource owners, and remove assignments they do not confirm.',
        'Schedule a recurring review under Identity Governance > Access reviews or Privileged Identity Management > Azure resources > Access reviews.',
      ],
    },
    ja: {
      description:
        '各サブスクリプションで、職務ロール（閲覧者、ストレージ BLOB データ閲覧者、Key Vault シークレット ユーザー、仮想マシン共同作成者など、特権でない組み込みロールやカスタム ロール）の割り当てが定期的にレビューされ、不適切なものが削除されていることを確認します。適切かどうかは各担当者の職務によるため、手動での確認になります。',
      urgency: '緊急度は低めです。特権ロールと併せて、少なくとも年 2 回レビューしてください。',
      risk: 'データ プレーンやサービスのロールは RBAC 上は「特権」ではありませんが、ストレージ BLOB データ閲覧者や Key Vault シークレット ユーザーはスコープ内のすべてのデータやシークレットを公開しうるものです。レビューされないと、こうした付与は目的のプロジェクトが終わっても残り、侵害されたアカウントの価値を高めます。',
      recommendation:
        '各サブスクリプションのすべてのロール割り当てを定期的なアクセス レビュー（またはリソース所有者による確認）の対象にし、グループ単位・リソース グループ単位の付与を優先して、使われていない割り当てや職務に合わなくなった割り当てを削除してください。',
      console: [
        'Azure portal でサブスクリプション > [アクセス制御 (IAM)] > [ロールの割り当て] > [職務ロール] タブを開きます。',
        '一覧をエクスポートするかリソース所有者とともに確認し、確認が取れない割り当てを削除します。',
        '[ID ガバナンス] > [アクセス レビュー]、または [Privileged Identity Management] > [Azure リソース] > [アクセス レビュー] で定期的なレビューを設定します。',
      ],
    },
  },
  remediation: {
    cli: 'az role assignment list --scope "/subscriptions/<subscription-id>" --include-inherited --query "[].{principal:principalName, type:principalType, role:roleDefinitionName, scope:scope}" -o table',
    terraform: [
      '# Grant job-function roles to groups on resource groups, so reviews happen on group membership:',
      'resource "azurerm_role_assignment" "analysts_blob_reader" {',
      '  scope                = azurerm_storage_account.analytics.id',
      '  role_definition_name = "Storage Blob Data Reader"',
      '  principal_id         = var.analysts_group_object_id',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/id-governance/access-reviews-overview',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/role-assignments-list-portal',
  ],
});
