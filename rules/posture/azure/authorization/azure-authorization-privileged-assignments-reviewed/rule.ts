import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-authorization-privileged-assignments-reviewed',
  services: ['authorization'],
  title: {
    en: 'Privileged Azure role assignments are reviewed periodically',
    ja: '特権 Azure ロールの割り当てが定期的にレビューされている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['5.3.4'], 'mcsb-1.0': ['PA-4', 'PA-2'], 'nist-800-53-r5': ['AC-2', 'AC-6(7)'], 'pci-dss-4.0': ['7.2.4'] },
  doc: {
    en: {
      description:
        'Confirm that assignments of the privileged administrator roles (Owner, Contributor, User Access Administrator, Role Based Access Control Administrator) on every subscription and management group are reviewed on a schedule, with unjustified ones removed, and that standing assignments are being moved to PIM-eligible ones. Whether each assignment is still justified needs a person, so this is a manual check.',
      urgency: 'Run the first review within weeks and then at least quarterly.',
      risk: 'Privileged assignments accumulate as people change teams and projects end. Each leftover one is an account whose compromise gives full control of the subscription, and attackers look for exactly these forgotten, rarely used high-privilege accounts.',
      recommendation:
        'Create a recurring access review of privileged Azure roles in Privileged Identity Management (or export the assignments and have owners attest them), remove what is not justified, and convert the rest to eligible, time-bound assignments that require justification and MFA on activation.',
      console: [
        'In the Azure portal, open the subscription > "Access control (IAM)" > "Role assignments" > "Privileged" tab to see the privileged assignments (including inherited).',
        'Go to Microsoft Entra ID Governance > Privileged Identity Management > Azure resources, select the subscription, then "Access reviews" > "New" to schedule a recurring review.',
        'Remove assignments the review rejects, and under "Assignments" convert standing ones to "Eligible".',
      ],
    },
    ja: {
      description:
        'すべてのサブスクリプションと管理グループで、特権管理者ロール（所有者、共同作成者、ユーザー アクセス管理者、ロール ベースのアクセス制御管理者）の割り当てが定期的にレビューされて正当でないものが削除され、常設の割り当てが PIM の適格割り当てに移行されていることを確認します。各割り当てがまだ正当かの判断には人が必要なため、手動での確認になります。',
      urgency: '数週間以内に最初のレビューを実施し、その後は少なくとも四半期ごとに実施してください。',
      risk: '特権割り当ては、異動やプロジェクトの終了に伴って蓄積していきます。残った割り当ての 1 つひとつが、侵害されればサブスクリプションの全権を握られるアカウントであり、攻撃者はまさにこうした忘れられた、めったに使われない高権限アカウントを探します。',
      recommendation:
        'Privileged Identity Management で特権 Azure ロールの定期的なアクセス レビューを作成し（または割り当てをエクスポートして所有者に確認させ）、正当でないものを削除して、残りはアクティブ化時に理由と MFA を求める期限付きの適格割り当てに変更してください。',
      console: [
        'Azure portal でサブスクリプション > [アクセス制御 (IAM)] > [ロールの割り当て] > [特権] タブを開き、特権割り当て（継承を含む）を確認します。',
        'Microsoft Entra ID ガバナンス > [Privileged Identity Management] > [Azure リソース] でサブスクリプションを選択し、[アクセス レビュー] > [新規] で定期的なレビューを設定します。',
        'レビューで却下された割り当てを削除し、[割り当て] で常設のものを [適格] に変更します。',
      ],
    },
  },
  remediation: {
    cli: 'az role assignment list --scope "/subscriptions/<subscription-id>" --include-inherited --query "[?contains([\'Owner\',\'Contributor\',\'User Access Administrator\',\'Role Based Access Control Administrator\'], roleDefinitionName)].{principal:principalName, type:principalType, role:roleDefinitionName, scope:scope}" -o table',
    terraform: [
      '# Make privileged access eligible (PIM) instead of standing:',
      'resource "azurerm_pim_eligible_role_assignment" "owner" {',
      '  scope              = data.azurerm_subscription.current.id',
      '  role_definition_id = "${data.azurerm_subscription.current.id}${data.azurerm_role_definition.owner.id}"',
      '  principal_id       = var.platform_admin_object_id',
      '  schedule {',
      '    expiration {',
      '      duration_days = 180',
      '    }',
      '  }',
      '  justification = "Platform operations, reviewed quarterly"',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/id-governance/privileged-identity-management/pim-create-roles-and-resource-roles-review',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/best-practices',
  ],
});
