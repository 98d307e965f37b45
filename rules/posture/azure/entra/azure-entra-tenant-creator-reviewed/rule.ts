import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-entra-tenant-creator-reviewed',
  services: ['graph'],
  title: {
    en: 'Tenant Creator role assignments are reviewed periodically',
    ja: 'テナント作成者ロールの割り当てが定期的にレビューされている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-azure-6.0': ['5.3.6'], 'mcsb-1.0': ['PA-4'], 'nist-800-53-r5': ['AC-2', 'AC-6'], 'pci-dss-4.0': ['7.2.4'] },
  doc: {
    en: {
      description:
        'Confirm that the holders of the Tenant Creator directory role (which can create new tenants even when "Restrict non-admin users from creating tenants" is on) are reviewed on a schedule and that assignments no longer needed are removed. Whether an assignment is still justified is a judgement call, so this is a manual check; the tenant setting itself is checked by azure-entra-users-cannot-create-tenants.',
      urgency: 'Low urgency: review with the other periodic role reviews.',
      risk: 'Each Tenant Creator can create tenants outside the organisation\'s policies and monitoring, and becomes Global Administrator of them. Forgotten assignments let people who changed roles or left keep that ability.',
      recommendation:
        'Keep Tenant Creator assignments to the few people who provision tenants, make them PIM-eligible, include the role in a recurring access review, and inventory tenants created by them.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Privileged Role Administrator.',
        'Go to Entra ID > Roles & admins > Roles & admins and open "Tenant Creator".',
        'Review "Assignments" (active and eligible) and remove the ones no longer needed.',
        'Add the role to an access review under Identity Governance > Privileged Identity Management > Microsoft Entra roles > Access reviews.',
      ],
    },
    ja: {
      description:
        'テナント作成者ディレクトリ ロール（「管理者以外のユーザーによるテナントの作成を制限する」が有効でも新しいテナントを作成できる）の保持者が定期的にレビューされ、不要になった割り当てが削除されていることを確認します。割り当てがまだ正当かは判断を要するため手動での確認となります。テナント設定そのものは azure-entra-users-cannot-create-tenants が確認します。',
      urgency: '緊急度は低めです。ほかのロールの定期レビューと併せて確認してください。',
      risk: 'テナント作成者は、組織のポリシーや監視の及ばないテナントを作成でき、そのテナントのグローバル管理者になります。放置された割り当てにより、異動や退職した人がその能力を持ち続けます。',
      recommendation:
        'テナント作成者の割り当てはテナントを用意する少数の担当者に限定し、PIM の適格割り当てとして、定期的なアクセス レビューの対象に含めてください。その担当者が作成したテナントも棚卸しします。',
      console: [
        '少なくとも特権ロール管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [ロールと管理者] > [ロールと管理者] で [テナント作成者] を開きます。',
        '[割り当て]（アクティブと適格）を確認し、不要なものを削除します。',
        '[ID ガバナンス] > [Privileged Identity Management] > [Microsoft Entra ロール] > [アクセス レビュー] で、このロールをレビューの対象に追加します。',
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/permissions-reference#tenant-creator',
    'https://learn.microsoft.com/en-us/entra/id-governance/privileged-identity-management/pim-create-roles-and-resource-roles-review',
  ],
});
