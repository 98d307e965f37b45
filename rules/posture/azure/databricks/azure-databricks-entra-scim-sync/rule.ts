import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-databricks-entra-scim-sync',
  services: ['databricks'],
  title: {
    en: "Databricks users and groups are provisioned from Microsoft Entra ID",
    ja: "Databricks のユーザーとグループが Microsoft Entra ID からプロビジョニングされている",
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['2.1.4'], 'mcsb-1.0': ['IM-1'], 'nist-800-53-r5': ['AC-2', 'AC-2(1)'] },
  doc: {
    en: {
      description: "Confirm that the Databricks account provisions users, groups and service principals from Microsoft Entra ID (automatic identity management, or a SCIM provisioning connector), rather than people being added by hand in each workspace. The provisioning configuration lives in the Databricks account console, which Azure Resource Manager does not expose.",
      urgency: "Plan within weeks: manual user management is how leavers keep access; the fix is a one-time setup.",
      risk: "Users added by hand are not removed when they leave or change role in Entra ID, so former staff and contractors keep their workspace access, personal access tokens and job ownership; group memberships drift from the ones your access reviews approve.",
      recommendation: "Enable automatic identity management in the Databricks account (or configure the Azure Databricks SCIM provisioning connector in Entra ID), assign workspace access to Entra ID groups, and remove locally created users and groups.",
      console: [
        "Sign in to the Azure Databricks account console (accounts.azuredatabricks.net) as an account admin.",
        "Under \"Settings\" > \"User provisioning\" (or \"Security\" > \"Automatic identity management\"), check that provisioning from Microsoft Entra ID is enabled.",
        "In each workspace, under \"Settings\" > \"Identity and access\", check that users and groups come from the account, not local entries."
      ],
    },
    ja: {
      description: "Databricks アカウントが、各ワークスペースで手作業で追加するのではなく、Microsoft Entra ID からユーザー、グループ、サービス プリンシパルをプロビジョニングしている（自動 ID 管理、または SCIM プロビジョニング コネクタ）ことを確認します。プロビジョニングの構成は Azure Resource Manager では取得できない Databricks アカウント コンソールにあります。",
      urgency: "数週間以内に計画してください。手作業でのユーザー管理は、退職者がアクセス権を持ち続ける原因になります。修正は一度の設定で済みます。",
      risk: "手作業で追加したユーザーは、Entra ID で退職や異動があっても削除されないため、元従業員や委託先がワークスペースへのアクセス、個人用アクセス トークン、ジョブの所有権を保持し続け、グループのメンバーシップもアクセス レビューで承認された内容から乖離します。",
      recommendation: "Databricks アカウントで自動 ID 管理を有効にする（または Entra ID で Azure Databricks の SCIM プロビジョニング コネクタを構成する）ことで、ワークスペースへのアクセスを Entra ID のグループに割り当て、ローカルで作成したユーザーやグループを削除してください。",
      console: [
        "アカウント管理者として Azure Databricks アカウント コンソール（accounts.azuredatabricks.net）にサインインします。",
        "「設定」>「ユーザー プロビジョニング」（または「セキュリティ」>「自動 ID 管理」）で Microsoft Entra ID からのプロビジョニングが有効か確認します。",
        "各ワークスペースの「設定」>「ID とアクセス」で、ユーザーとグループがローカルではなくアカウントから提供されていることを確認します。"
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/admin/users-groups/scim/aad',
    'https://learn.microsoft.com/azure/databricks/admin/users-groups/automatic-identity-management',
  ],
});
