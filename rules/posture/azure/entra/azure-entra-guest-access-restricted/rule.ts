import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, GUEST_USER_ROLES, type TenantConfig } from '../../../../../src/providers/azure/model/index.js';
import { AUTHORIZATION_POLICY_URL, graphPatchCli, graphPatchTerraform, graphScriptBicep } from '../remediation.js';

const BODY = `{"guestUserRoleId": "${GUEST_USER_ROLES.restrictedGuest}"}`;
const LEVELS: Record<string, { en: string; ja: string }> = {
  [GUEST_USER_ROLES.member]: { en: 'the same access as members', ja: 'メンバーと同じアクセス権' },
  [GUEST_USER_ROLES.guest]: { en: 'limited access to properties and memberships of all directory objects (the default)', ja: 'すべてのディレクトリ オブジェクトのプロパティとメンバーシップへの制限付きアクセス（既定値）' },
};

export const rule = defineRule<TenantConfig>({
  id: 'azure-entra-guest-access-restricted',
  services: ['graph'],
  title: {
    en: 'Guest users can see only their own directory objects',
    ja: 'ゲスト ユーザーが参照できるのは自分のディレクトリ オブジェクトのみに制限されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.tenant],
  requires: ['tenantId', 'authorizationPolicy'],
  frameworks: { 'mcsb-1.0': ['IM-2', 'PA-7'], 'nist-800-53-r5': ['AC-3', 'AC-6'], 'pci-dss-4.0': ['7.2.2', '7.3.1'] },
  doc: {
    en: {
      description:
        `Checks the external collaboration setting "Guest user access restrictions" (authorizationPolicy.guestUserRoleId). It passes when guests are restricted to properties and memberships of their own directory objects (Restricted Guest User, ${GUEST_USER_ROLES.restrictedGuest}); it fails for the default limited access (${GUEST_USER_ROLES.guest}) and for member-level access (${GUEST_USER_ROLES.member}).`,
      urgency: 'Change it within weeks: guests can already enumerate the directory today, which is reconnaissance an attacker does not have to work for.',
      risk: 'With the default setting a guest can list users, groups and their members: names, e-mail addresses, job titles, managers and which groups hold privileged access. A compromised partner account, or a guest who has left the partner, can use that map for targeted phishing and to pick which accounts to attack.',
      recommendation:
        'Set "Guest user access restrictions" to "Guest user access is restricted to properties and memberships of their own directory objects (most restrictive)". Check beforehand whether any collaboration scenario (for example guests using people search in Teams) needs more, and grant that through groups instead.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Privileged Role Administrator.',
        'Go to Entra ID > External Identities > External collaboration settings.',
        'Under "Guest user access", select "Guest user access is restricted to properties and memberships of their own directory objects (most restrictive)".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        `外部コラボレーション設定「ゲスト ユーザーのアクセス制限」（authorizationPolicy.guestUserRoleId）を確認します。ゲストが自分のディレクトリ オブジェクトのプロパティとメンバーシップにのみアクセスできる設定（制限付きゲスト ユーザー、${GUEST_USER_ROLES.restrictedGuest}）であれば合格、既定の制限付きアクセス（${GUEST_USER_ROLES.guest}）やメンバーと同じアクセス（${GUEST_USER_ROLES.member}）であれば不合格です。`,
      urgency: '数週間以内に変更してください。現状でもゲストはディレクトリを列挙でき、攻撃者は労せずに偵察ができてしまいます。',
      risk: '既定の設定では、ゲストはユーザー、グループ、そのメンバーを一覧でき、氏名、メール アドレス、役職、上司、どのグループが特権を持つかまで分かります。侵害された取引先アカウントや取引先を退職したゲストは、その情報を標的型フィッシングや攻撃対象のアカウント選定に利用できます。',
      recommendation:
        '「ゲスト ユーザーのアクセス制限」を「ゲスト ユーザーのアクセスは、自分のディレクトリ オブジェクトのプロパティとメンバーシップに制限されます (最も制限が厳しい)」に設定してください。事前に、Teams でのユーザー検索など、より多くのアクセスを必要とするコラボレーションのシナリオがないか確認し、必要ならグループを通じて付与します。',
      console: [
        '少なくとも特権ロール管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [外部 ID] > [外部コラボレーションの設定] に移動します。',
        '[ゲスト ユーザーのアクセス] で [ゲスト ユーザーのアクセスは、自分のディレクトリ オブジェクトのプロパティとメンバーシップに制限されます (最も制限が厳しい)] を選択します。',
        '[保存] を選択します。',
      ],
    },
  },
  remediation: {
    cli: graphPatchCli(AUTHORIZATION_POLICY_URL, BODY),
    terraform: graphPatchTerraform('guest_access_restricted', AUTHORIZATION_POLICY_URL, BODY),
    bicep: graphScriptBicep('restrict-guest-access', 'Policy.ReadWrite.Authorization', [graphPatchCli(AUTHORIZATION_POLICY_URL, BODY)]),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/users/users-restrict-guest-permissions',
    'https://learn.microsoft.com/en-us/entra/fundamentals/users-default-permissions',
  ],
  evaluate(tenant) {
    const policy = tenant.config.authorizationPolicy;
    if (!policy) return notAssessed({ en: 'The tenant authorization policy was not collected.', ja: 'テナントの承認ポリシーが収集されていません。' });
    // Graph always returns the role; if it is missing, assume the default (limited guest access).
    const role = (policy.guestUserRoleId ?? GUEST_USER_ROLES.guest).toLowerCase();
    if (role === GUEST_USER_ROLES.restrictedGuest) {
      return pass({ en: 'Guests can see only their own directory objects.', ja: 'ゲストが参照できるのは自分のディレクトリ オブジェクトのみです。' }, { guestUserRoleId: role });
    }
    const level = LEVELS[role] ?? { en: `the access of role ${role}`, ja: `ロール ${role} のアクセス権` };
    return fail({ en: `Guest users have ${level.en}.`, ja: `ゲスト ユーザーに${level.ja}があります。` }, { guestUserRoleId: role });
  },
});
