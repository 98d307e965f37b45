import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-databricks-groups-reviewed',
  services: ['databricks'],
  title: {
    en: "Azure Databricks groups and access are reviewed periodically",
    ja: "Azure Databricks のグループとアクセス権が定期的にレビューされている",
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-azure-6.0': ['2.1.12'], 'mcsb-1.0': ['PA-4'], 'nist-800-53-r5': ['AC-2', 'AC-6(7)'] },
  doc: {
    en: {
      description: "Confirm that the members of Databricks groups (especially admins), the workspace and account admin roles, and the Azure RBAC assignments on the workspace are reviewed on a schedule, for example with Microsoft Entra ID access reviews on the groups that grant Databricks access, and that unneeded access is removed.",
      urgency: "Low urgency: a review process catches access that piled up over time; it complements, not replaces, automated provisioning.",
      risk: "Without reviews, people keep admin rights and data access after projects end or roles change, service principals keep broad rights after their job is retired, and an attacker who compromises any of them inherits that access.",
      recommendation: "Grant Databricks access only through Entra ID groups, schedule quarterly Entra ID access reviews for those groups (admins monthly), review Databricks workspace admins and account admins, and remove inactive users and service principals.",
      console: [
        "In the Microsoft Entra admin center, open \"Identity Governance\" > \"Access reviews\" and check that reviews exist for the groups that grant Databricks access.",
        "In the Azure Databricks account console and each workspace, review the members of the admins group and of groups with broad data access.",
        "In the Azure portal, open the workspace's \"Access control (IAM)\" and review role assignments."
      ],
    },
    ja: {
      description: "Databricks のグループ（特に管理者）のメンバー、ワークスペースとアカウントの管理者ロール、ワークスペースに対する Azure RBAC の割り当てが、たとえば Databricks へのアクセスを付与するグループに対する Microsoft Entra ID のアクセス レビューによって定期的にレビューされ、不要なアクセス権が削除されていることを確認します。",
      urgency: "緊急度は低めです。レビューのプロセスは時間とともに蓄積したアクセス権を見つけるもので、自動プロビジョニングを置き換えるのではなく補完します。",
      risk: "レビューがないと、プロジェクトの終了や役割の変更後も管理者権限やデータへのアクセスが残り、不要になったジョブのサービス プリンシパルも広い権限を持ち続けます。そのいずれかを侵害した攻撃者はそのアクセス権を引き継ぎます。",
      recommendation: "Databricks へのアクセスは Entra ID のグループ経由でのみ付与し、それらのグループに四半期ごと（管理者は毎月）の Entra ID アクセス レビューを設定し、Databricks のワークスペース管理者とアカウント管理者を見直し、使われていないユーザーとサービス プリンシパルを削除してください。",
      console: [
        "Microsoft Entra 管理センターで「ID ガバナンス」>「アクセス レビュー」を開き、Databricks へのアクセスを付与するグループのレビューがあることを確認します。",
        "Azure Databricks アカウント コンソールと各ワークスペースで、admins グループと広いデータ アクセスを持つグループのメンバーを見直します。",
        "Azure portal でワークスペースの「アクセス制御 (IAM)」を開き、ロールの割り当てを見直します。"
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/admin/users-groups/groups',
    'https://learn.microsoft.com/entra/id-governance/access-reviews-overview',
  ],
});
