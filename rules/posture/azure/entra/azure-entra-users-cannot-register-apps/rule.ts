import { defineRule } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type TenantConfig } from '../../../../../src/providers/azure/model/index.js';
import { evaluateSwitch } from '../default-user-permissions.js';
import { AUTHORIZATION_POLICY_URL, graphPatchCli, graphPatchTerraform, graphScriptBicep } from '../remediation.js';

const BODY = '{"defaultUserRolePermissions": {"allowedToCreateApps": false}}';

export const rule = defineRule<TenantConfig>({
  id: 'azure-entra-users-cannot-register-apps',
  services: ['graph'],
  title: {
    en: 'Non-admin users cannot register applications',
    ja: '管理者以外のユーザーがアプリケーションを登録できない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.tenant],
  requires: ['tenantId', 'authorizationPolicy'],
  frameworks: { 'mcsb-1.0': ['IM-2', 'IM-3'], 'nist-800-53-r5': ['AC-6', 'CM-7'], 'pci-dss-4.0': ['7.2.2'] },
  doc: {
    en: {
      description:
        'Checks the user setting "Users can register applications" (authorizationPolicy.defaultUserRolePermissions.allowedToCreateApps). It passes when the setting is No, so only users with the Application Developer role or an administrator role can create app registrations. The setting is Yes by default.',
      urgency: 'Change it within weeks: it does not expose anything by itself, but every app a user registers is a credential holder and a consent-phishing vehicle that nobody reviews.',
      risk: 'Any user, or an attacker who has phished one, can register applications, add client secrets to them and request permissions. Such apps become persistent backdoors (their secrets survive the user\'s password reset), can be used for internal consent phishing with a trusted tenant name, and accumulate as unowned identities with credentials that never expire.',
      recommendation:
        'Set "Users can register applications" to No and grant the Application Developer role (or a custom role scoped to app creation) to the people and pipelines that need it. Review existing app registrations created by ordinary users and assign owners or remove them.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Privileged Role Administrator.',
        'Go to Entra ID > Users > User settings.',
        'Set "Users can register applications" to "No".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'ユーザー設定「ユーザーはアプリケーションを登録できる」（authorizationPolicy.defaultUserRolePermissions.allowedToCreateApps）を確認します。「いいえ」であれば合格で、アプリケーション開発者ロールまたは管理者ロールを持つユーザーだけがアプリの登録を作成できます。既定値は「はい」です。',
      urgency: '数週間以内に変更してください。この設定自体が何かを公開するわけではありませんが、ユーザーが登録するアプリはどれも誰にもレビューされない認証情報の保持者であり、同意フィッシングの手段にもなります。',
      risk: 'すべてのユーザー、またはユーザーをフィッシングした攻撃者が、アプリケーションを登録し、クライアント シークレットを追加してアクセス許可を要求できます。こうしたアプリは永続的なバックドアとなり（シークレットはユーザーのパスワードをリセットしても有効なまま）、信頼されたテナント名を使った社内向けの同意フィッシングに悪用され、期限のない認証情報を持つ所有者不明の ID として蓄積していきます。',
      recommendation:
        '「ユーザーはアプリケーションを登録できる」を「いいえ」に設定し、必要な担当者やパイプラインにアプリケーション開発者ロール（またはアプリ作成に限定したカスタム ロール）を付与してください。一般ユーザーが作成した既存のアプリの登録を見直し、所有者を割り当てるか削除します。',
      console: [
        '少なくとも特権ロール管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [ユーザー] > [ユーザー設定] に移動します。',
        '[ユーザーはアプリケーションを登録できる] を [いいえ] に設定します。',
        '[保存] を選択します。',
      ],
    },
  },
  remediation: {
    cli: graphPatchCli(AUTHORIZATION_POLICY_URL, BODY),
    terraform: graphPatchTerraform('users_cannot_register_apps', AUTHORIZATION_POLICY_URL, BODY),
    bicep: graphScriptBicep('restrict-app-registration', 'Policy.ReadWrite.Authorization', [graphPatchCli(AUTHORIZATION_POLICY_URL, BODY)]),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-restrict-your-app-to-a-set-of-users',
    'https://learn.microsoft.com/en-us/entra/fundamentals/users-default-permissions',
    'https://learn.microsoft.com/en-us/graph/api/resources/defaultuserrolepermissions',
  ],
  evaluate: (tenant) => evaluateSwitch(tenant, 'allowedToCreateApps', { en: 'register applications', ja: 'アプリケーションを登録する' }),
});
