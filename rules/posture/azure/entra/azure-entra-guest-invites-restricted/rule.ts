import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type TenantConfig } from '../../../../../src/providers/azure/model/index.js';
import { AUTHORIZATION_POLICY_URL, graphPatchCli, graphPatchTerraform, graphScriptBicep } from '../remediation.js';

const BODY = '{"allowInvitesFrom": "adminsAndGuestInviters"}';

/** allowInvitesFrom values that limit invitations to admins and the Guest Inviter role, or to no one. */
const RESTRICTED = new Set(['adminsAndGuestInviters', 'none']);

export const rule = defineRule<TenantConfig>({
  id: 'azure-entra-guest-invites-restricted',
  services: ['graph'],
  title: {
    en: 'Only administrators and Guest Inviters can invite guest users',
    ja: 'ゲスト ユーザーを招待できるのは管理者とゲスト招待元ロールのみに制限されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.tenant],
  requires: ['tenantId', 'authorizationPolicy'],
  frameworks: { 'mcsb-1.0': ['IM-2', 'PA-3'], 'nist-800-53-r5': ['AC-2', 'AC-6'], 'pci-dss-4.0': ['7.2.1'] },
  doc: {
    en: {
      description:
        'Checks the tenant\'s external collaboration setting "Guest invite restrictions" (authorizationPolicy.allowInvitesFrom): it passes when only users in administrator roles and the Guest Inviter role can invite (adminsAndGuestInviters) or when no one can (none), and fails for everyone (the default, which includes existing guests) or all members.',
      urgency: 'Plan the change within weeks: each invitation adds an outside identity that is not covered by your joiner/mover/leaver process, and the number only grows.',
      risk: 'When any member, or even an existing guest, can invite, outsiders are added without review. Guests can then be granted access to Teams, SharePoint sites, apps and Azure resources; a compromised guest (whose home tenant you do not control) or a guest who has left the partner company keeps that access. An attacker who owns one account can also invite their own accounts to persist.',
      recommendation:
        'Set "Guest invite restrictions" to "Only users assigned to specific admin roles can invite guest users" and assign the Guest Inviter role to the people who handle invitations, or use entitlement management access packages for partner onboarding. Review existing guests with access reviews.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least an External Identity Provider Administrator or Global Administrator.',
        'Go to Entra ID > External Identities > External collaboration settings.',
        'Under "Guest invite settings", select "Only users assigned to specific admin roles can invite guest users" (or "No one in the organization can invite guest users").',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'テナントの外部コラボレーション設定「ゲストの招待の制限」（authorizationPolicy.allowInvitesFrom）を確認します。管理者ロールとゲスト招待元ロールのユーザーのみが招待できる設定（adminsAndGuestInviters）または誰も招待できない設定（none）であれば合格、全員（既存のゲストも含む既定値）またはすべてのメンバーが招待できる設定であれば不合格です。',
      urgency: '数週間以内に変更を計画してください。招待のたびに入社・異動・退職の管理プロセスに乗らない外部 ID が増え、その数は増える一方です。',
      risk: 'すべてのメンバー、さらには既存のゲストまでが招待できると、外部の人物がレビューなしに追加されます。ゲストには Teams、SharePoint サイト、アプリ、Azure リソースへのアクセス権が付与されうるため、侵害されたゲスト（ホーム テナントは自社の管理外）や取引先を退職したゲストがアクセス権を持ち続けます。1 つのアカウントを乗っ取った攻撃者が、自分のアカウントを招待して居座ることもできます。',
      recommendation:
        '「ゲストの招待の制限」を「特定の管理者ロールに割り当てられたユーザーのみがゲスト ユーザーを招待できる」に設定し、招待を担当する人にゲスト招待元ロールを割り当ててください。取引先の受け入れにはエンタイトルメント管理のアクセス パッケージの利用も検討し、既存のゲストはアクセス レビューで見直します。',
      console: [
        '少なくとも外部 ID プロバイダー管理者またはグローバル管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [外部 ID] > [外部コラボレーションの設定] に移動します。',
        '[ゲストの招待の設定] で [特定の管理者ロールに割り当てられたユーザーのみがゲスト ユーザーを招待できる]（または [組織内のユーザーはゲスト ユーザーを招待できない]）を選択します。',
        '[保存] を選択します。',
      ],
    },
  },
  remediation: {
    cli: graphPatchCli(AUTHORIZATION_POLICY_URL, BODY),
    terraform: graphPatchTerraform('guest_invites_restricted', AUTHORIZATION_POLICY_URL, BODY),
    bicep: graphScriptBicep('restrict-guest-invites', 'Policy.ReadWrite.Authorization', [graphPatchCli(AUTHORIZATION_POLICY_URL, BODY)]),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/external-id/external-collaboration-settings-configure',
    'https://learn.microsoft.com/en-us/graph/api/resources/authorizationpolicy',
  ],
  evaluate(tenant) {
    const policy = tenant.config.authorizationPolicy;
    if (!policy) return notAssessed({ en: 'The tenant authorization policy was not collected.', ja: 'テナントの承認ポリシーが収集されていません。' });
    // Graph always returns the value; without it, assume the default (everyone).
    const from = policy.allowInvitesFrom ?? 'everyone';
    if (RESTRICTED.has(from)) {
      return pass({ en: `Guest invitations are restricted (allowInvitesFrom: ${from}).`, ja: `ゲストの招待は制限されています（allowInvitesFrom: ${from}）。` }, { allowInvitesFrom: from });
    }
    return fail(
      {
        en: `Guest invitations are open to ${from === 'everyone' ? 'everyone in the tenant, including guests' : 'all members'} (allowInvitesFrom: ${from}).`,
        ja: `ゲストの招待が${from === 'everyone' ? 'ゲストを含むテナント内の全員' : 'すべてのメンバー'}に許可されています（allowInvitesFrom: ${from}）。`,
      },
      { allowInvitesFrom: from },
    );
  },
});
