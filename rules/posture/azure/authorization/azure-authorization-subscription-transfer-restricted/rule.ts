import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-authorization-subscription-transfer-restricted',
  services: ['authorization'],
  title: {
    en: 'Subscriptions cannot be moved out of or into the Microsoft Entra tenant',
    ja: 'サブスクリプションを Microsoft Entra テナントの外へ、またはテナント内へ移動できない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['5.6'], 'mcsb-1.0': ['AM-4'], 'nist-800-53-r5': ['AC-6', 'CM-5'], 'pci-dss-4.0': ['7.2.1'] },
  doc: {
    en: {
      description:
        'Confirm that the tenant\'s subscription policies "Subscription leaving Microsoft Entra tenant" and "Subscription entering Microsoft Entra tenant" are set to "Permit no one" (exempted users can still be listed for planned moves). These tenant-wide policies are read through the Microsoft.Subscription policies API, which mamori does not collect yet, so this is a manual check.',
      urgency: 'Review within weeks: it only matters when someone tries to move a subscription, but then it decides whether your data leaves your control.',
      risk: 'A subscription Owner who moves a subscription to another directory takes all its resources and data outside your tenant\'s identities, Conditional Access, Azure Policy and monitoring; role assignments are dropped and the new directory\'s administrators gain control. An attacker with Owner could do the same to exfiltrate an environment, and subscriptions entering the tenant can bring unmanaged resources and access.',
      recommendation:
        'Set both policies to "Permit no one" and add as "Exempted users" only the administrators who carry out planned tenant migrations, for the duration of the migration. Alert on subscription transfer operations.',
      console: [
        'Sign in to the Azure portal as a Global Administrator (with elevated access if needed).',
        'Go to "Subscriptions" > "Manage Policies" (subscription policies).',
        'Set "Subscription leaving Microsoft Entra tenant" and "Subscription entering Microsoft Entra tenant" to "Permit no one".',
        'Add exempted users only for planned moves, then select "Save changes".',
      ],
    },
    ja: {
      description:
        'テナントのサブスクリプション ポリシー「Microsoft Entra テナントから離れるサブスクリプション」と「Microsoft Entra テナントに入るサブスクリプション」が「誰も許可しない」に設定されていることを確認します（計画的な移動のために除外ユーザーを指定することは可能です）。このテナント全体のポリシーは Microsoft.Subscription のポリシー API で取得するもので、mamori はまだ収集していないため、手動での確認になります。',
      urgency: '数週間以内に確認してください。誰かがサブスクリプションを移動しようとしたときにだけ効く設定ですが、そのときにデータが自社の管理外に出るかどうかを決めます。',
      risk: 'サブスクリプションの所有者がサブスクリプションを別のディレクトリに移動すると、すべてのリソースとデータが自社テナントの ID、条件付きアクセス、Azure Policy、監視の外に出ます。ロールの割り当ては削除され、移動先ディレクトリの管理者が制御を得ます。所有者権限を持つ攻撃者が環境ごと持ち出すことも可能で、テナントに入ってくるサブスクリプションは管理されていないリソースやアクセス権を持ち込む可能性があります。',
      recommendation:
        '両方のポリシーを「誰も許可しない」に設定し、「除外ユーザー」には計画的なテナント移行を担当する管理者のみを、移行期間中に限って追加してください。サブスクリプションの移管操作は監視します。',
      console: [
        'グローバル管理者として（必要に応じてアクセスを昇格して）Azure portal にサインインします。',
        '[サブスクリプション] > [ポリシーの管理]（サブスクリプション ポリシー）に移動します。',
        '「Microsoft Entra テナントから離れるサブスクリプション」と「Microsoft Entra テナントに入るサブスクリプション」を「誰も許可しない」にします。',
        '計画的な移動の場合のみ除外ユーザーを追加し、[変更の保存] を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az rest --method PUT --url "https://management.azure.com/providers/Microsoft.Subscription/policies/default?api-version=2021-10-01" --body \'{"properties":{"blockSubscriptionsLeavingTenant":true,"blockSubscriptionsIntoTenant":true,"exemptedPrincipals":[]}}\'',
    terraform: [
      '# No azurerm resource manages tenant subscription policies; apply the ARM call from Terraform:',
      'resource "terraform_data" "subscription_transfer_policy" {',
      '  provisioner "local-exec" {',
      '    command = "az rest --method PUT --url https://management.azure.com/providers/Microsoft.Subscription/policies/default?api-version=2021-10-01 --body \'{\\"properties\\":{\\"blockSubscriptionsLeavingTenant\\":true,\\"blockSubscriptionsIntoTenant\\":true}}\'"',
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/cost-management-billing/manage/manage-azure-subscription-policy'],
});
