import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type TenantConfig } from '../../../../../src/providers/azure/model/index.js';
import { AUTHORIZATION_POLICY_URL, graphPatchCli, graphPatchTerraform, graphScriptBicep } from '../remediation.js';

const SELF = 'managepermissiongrantsforself.';
/** The legacy built-in policy: users may consent to any app for any delegated permission that needs no admin consent. */
const LEGACY = 'microsoft-user-default-legacy';
const BODY = '{"defaultUserRolePermissions": {"permissionGrantPoliciesAssigned": ["ManagePermissionGrantsForSelf.microsoft-user-default-low"]}}';

export const rule = defineRule<TenantConfig>({
  id: 'azure-entra-user-consent-restricted',
  services: ['graph'],
  title: {
    en: 'Users cannot consent to applications from unverified publishers',
    ja: 'ユーザーが未確認の発行元のアプリケーションに同意できない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.tenant],
  requires: ['tenantId', 'authorizationPolicy'],
  frameworks: { 'mcsb-1.0': ['IM-2', 'PA-7'], 'nist-800-53-r5': ['AC-6', 'CM-7'], 'pci-dss-4.0': ['7.2.2'] },
  doc: {
    en: {
      description:
        'Checks the "User consent for applications" setting (authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned). It passes when user consent is off (no ManagePermissionGrantsForSelf policy), limited to verified publishers and low-impact permissions (microsoft-user-default-low), left to Microsoft\'s recommended settings, or governed by a custom app consent policy; it fails when the legacy policy (microsoft-user-default-legacy) lets users consent to any app.',
      urgency: 'Act within days: consent phishing needs no password and no MFA bypass, only one user clicking "Accept", and the granted tokens keep working after a password reset.',
      risk: 'An attacker registers a multi-tenant app with a convincing name and sends users a consent link. When any user can consent to any app, one click grants it delegated access such as Mail.Read, Files.Read.All or offline_access, letting it read mail and files through Microsoft Graph indefinitely, outside the reach of MFA and sign-in policies.',
      recommendation:
        'Set user consent to "Allow user consent for apps from verified publishers, for selected permissions" (microsoft-user-default-low) and classify only low-impact permissions, or to "Do not allow user consent". Turn on the admin consent workflow so users can request apps, and review existing OAuth2 permission grants for unknown apps.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Privileged Role Administrator.',
        'Go to Entra ID > Enterprise apps > Consent and permissions > User consent settings.',
        'Select "Allow user consent for apps from verified publishers, for selected permissions (Recommended)" or "Do not allow user consent".',
        'Select "Save", then open "Admin consent settings" and set "Users can request admin consent to apps they are unable to consent to" to "Yes".',
      ],
    },
    ja: {
      description:
        '「アプリケーションに対するユーザーの同意」設定（authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned）を確認します。ユーザーの同意が無効（ManagePermissionGrantsForSelf のポリシーなし）、確認済みの発行元と影響の小さいアクセス許可に限定（microsoft-user-default-low）、Microsoft の推奨設定に委任、またはカスタムのアプリ同意ポリシーで管理されていれば合格、従来のポリシー（microsoft-user-default-legacy）により任意のアプリに同意できる場合は不合格です。',
      urgency: '数日以内に対応してください。同意フィッシングにはパスワードも MFA の回避も不要で、ユーザーが 1 人「承諾」をクリックするだけで成立し、付与されたトークンはパスワードをリセットしても使い続けられます。',
      risk: '攻撃者はもっともらしい名前のマルチテナント アプリを登録し、ユーザーに同意リンクを送ります。どのユーザーでも任意のアプリに同意できる場合、1 回のクリックで Mail.Read、Files.Read.All、offline_access などの委任アクセス許可が付与され、Microsoft Graph 経由でメールやファイルを無期限に読み取られます。これは MFA やサインイン ポリシーの及ばない経路です。',
      recommendation:
        'ユーザーの同意を「確認済みの発行元からのアプリに対して、選択したアクセス許可についてユーザーの同意を許可する」（microsoft-user-default-low）にして影響の小さいアクセス許可のみを分類するか、「ユーザーの同意を許可しない」に設定してください。管理者の同意ワークフローを有効にしてユーザーがアプリを申請できるようにし、既存の OAuth2 アクセス許可の付与に不明なアプリがないか確認します。',
      console: [
        '少なくとも特権ロール管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [エンタープライズ アプリ] > [同意とアクセス許可] > [ユーザーの同意設定] に移動します。',
        '[確認済みの発行元からのアプリに対して、選択したアクセス許可についてユーザーの同意を許可する (推奨)] または [ユーザーの同意を許可しない] を選択します。',
        '[保存] を選択し、[管理者の同意の設定] で [ユーザーは同意できないアプリに対する管理者の同意を要求できます] を [はい] にします。',
      ],
    },
  },
  remediation: {
    cli: graphPatchCli(AUTHORIZATION_POLICY_URL, BODY),
    terraform: graphPatchTerraform('user_consent_restricted', AUTHORIZATION_POLICY_URL, BODY),
    bicep: graphScriptBicep('restrict-user-consent', 'Policy.ReadWrite.Authorization', [graphPatchCli(AUTHORIZATION_POLICY_URL, BODY)]),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/configure-user-consent',
    'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/manage-consent-requests',
    'https://learn.microsoft.com/en-us/graph/api/resources/authorizationpolicy',
  ],
  evaluate(tenant) {
    const policy = tenant.config.authorizationPolicy;
    if (!policy) return notAssessed({ en: 'The tenant authorization policy was not collected.', ja: 'テナントの承認ポリシーが収集されていません。' });
    const assigned = policy.defaultUserRolePermissions?.permissionGrantPoliciesAssigned;
    // Graph always returns the list; if it is missing, assume the historical default (legacy consent).
    const self = (assigned ?? [`ManagePermissionGrantsForSelf.${LEGACY}`]).filter((p) => p.toLowerCase().startsWith(SELF)).map((p) => p.slice(SELF.length));
    if (self.some((p) => p.toLowerCase() === LEGACY)) {
      return fail(
        { en: 'Users can consent to any application, including from unverified publishers (microsoft-user-default-legacy).', ja: 'ユーザーは未確認の発行元を含む任意のアプリケーションに同意できます（microsoft-user-default-legacy）。' },
        { userConsentPolicies: self },
      );
    }
    if (!self.length) return pass({ en: 'User consent to applications is disabled.', ja: 'アプリケーションに対するユーザーの同意は無効です。' }, { userConsentPolicies: [] });
    return pass(
      { en: `User consent is limited by app consent policy ${self.join(', ')}.`, ja: `ユーザーの同意はアプリ同意ポリシー ${self.join('、')} で制限されています。` },
      { userConsentPolicies: self },
    );
  },
});
