import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type UserConfig } from '../../../../../src/providers/azure/model/index.js';
import { createCaPolicyCli, graphScriptBicep, MFA_ALL_USERS_POLICY } from '../remediation.js';
import { isEnabled, isGuest } from '../users.js';

export const rule = defineRule<UserConfig>({
  id: 'azure-entra-user-mfa-registered',
  services: ['graph'],
  title: {
    en: 'Every enabled user has registered a multifactor authentication method',
    ja: '有効なすべてのユーザーが多要素認証の方法を登録している',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.user],
  requires: ['id', 'userPrincipalName', 'accountEnabled', 'userType', 'registration'],
  frameworks: {
    'cis-azure-6.0': ['5.1.3'],
    'mcsb-1.0': ['IM-6'],
    'nist-800-53-r5': ['IA-2(1)', 'IA-2(2)'],
    'pci-dss-4.0': ['8.4.2'],
  },
  doc: {
    en: {
      description:
        "Checks each enabled user's entry in the authentication methods registration report (userRegistrationDetails.isMfaRegistered): the user passes when a strong authentication method allowed by the tenant's policy is registered. Disabled accounts are not applicable. A user missing from the report (the report needs Microsoft Entra ID P1 or P2 and the AuditLog.Read.All permission, and lags for new accounts) is not assessed rather than failed. Whether MFA is also required at sign-in is checked at tenant level by azure-entra-security-defaults-enabled.",
      urgency: 'Act within days: an account without a registered method is protected by its password alone, and under MFA enforcement whoever signs in first with that password registers their own method.',
      risk: 'A user with no MFA method can be taken over with a phished, reused or sprayed password. Where security defaults or Conditional Access require MFA, an unregistered user is asked to register at the next sign-in, so an attacker who has the password can register an authenticator they control and keep the account.',
      recommendation:
        'Ask each listed user to register (https://aka.ms/mysecurityinfo), preferably Microsoft Authenticator, passkeys or FIDO2 keys. Use a registration campaign or a Conditional Access policy that requires "Register security information" only from trusted locations or compliant devices, and issue Temporary Access Passes for new hires so no account sits unregistered. Disable accounts that are no longer used.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Reports Reader or Authentication Administrator.',
        'Go to Entra ID > Authentication methods > User registration details and filter "Multifactor authentication capable" / "MFA registered" by "Not registered".',
        'Contact those users, or go to Entra ID > Authentication methods > Registration campaign to nudge them to register Microsoft Authenticator.',
        'For new users, create a Temporary Access Pass under Users > (user) > Authentication methods > "Add authentication method".',
      ],
    },
    ja: {
      description:
        '有効な各ユーザーについて、認証方法の登録レポート（userRegistrationDetails.isMfaRegistered）を確認し、テナントのポリシーで許可された強力な認証方法が登録されていれば合格とします。無効化されたアカウントは対象外です。レポートにないユーザー（レポートには Microsoft Entra ID P1/P2 と AuditLog.Read.All のアクセス許可が必要で、新しいアカウントは反映が遅れます）は不合格ではなく未評価とします。サインイン時に MFA が実際に要求されるかは、テナント単位で azure-entra-security-defaults-enabled が確認します。',
      urgency: '数日以内に対応してください。方法を登録していないアカウントはパスワードだけで守られており、MFA が強制されている場合は、そのパスワードで最初にサインインした人が自分の方法を登録できてしまいます。',
      risk: 'MFA の方法がないユーザーは、フィッシング、使い回し、パスワード スプレーで得たパスワードだけで乗っ取られます。セキュリティの既定値群や条件付きアクセスで MFA が必須の場合、未登録のユーザーは次回サインイン時に登録を求められるため、パスワードを知る攻撃者が自分の管理する認証アプリを登録し、アカウントを保持し続けることができます。',
      recommendation:
        '該当ユーザーに登録（https://aka.ms/mysecurityinfo）を依頼してください。Microsoft Authenticator、パスキー、FIDO2 キーが望ましい方法です。登録キャンペーンや、「セキュリティ情報の登録」を信頼できる場所や準拠デバイスからのみ許可する条件付きアクセス ポリシーを使い、新入社員には一時アクセス パスを発行して未登録のアカウントが残らないようにします。使われていないアカウントは無効化します。',
      console: [
        '少なくともレポート閲覧者または認証管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [認証方法] > [ユーザー登録の詳細] で「多要素認証が可能」/「MFA 登録済み」を「未登録」で絞り込みます。',
        '該当ユーザーに連絡するか、[Entra ID] > [認証方法] > [登録キャンペーン] で Microsoft Authenticator の登録を促します。',
        '新しいユーザーには、[ユーザー] > (ユーザー) > [認証方法] > [認証方法の追加] で一時アクセス パスを作成します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# List enabled users without a registered MFA method (needs AuditLog.Read.All):',
      'az rest --method GET --url "https://graph.microsoft.com/v1.0/reports/authenticationMethods/userRegistrationDetails?\\$filter=isMfaRegistered eq false" --query "value[].userPrincipalName"',
      '# Issue a Temporary Access Pass so a user can register securely:',
      'az rest --method POST --url https://graph.microsoft.com/v1.0/users/<user-object-id>/authentication/temporaryAccessPassMethods --body \'{"lifetimeInMinutes": 480, "isUsableOnce": true}\'',
    ].join('\n'),
    terraform: [
      '# Registration is done by each user; enforce it with Conditional Access (azuread provider):',
      'resource "azuread_conditional_access_policy" "mfa_all_users" {',
      '  display_name = "Require MFA for all users"',
      '  state        = "enabled"',
      '  conditions {',
      '    client_app_types = ["all"]',
      '    applications {',
      '      included_applications = ["All"]',
      '    }',
      '    users {',
      '      included_users = ["All"]',
      '      excluded_users = var.break_glass_object_ids',
      '    }',
      '  }',
      '  grant_controls {',
      '    operator          = "OR"',
      '    built_in_controls = ["mfa"]',
      '  }',
      '}',
    ].join('\n'),
    bicep: graphScriptBicep('ca-require-mfa-all-users', 'Policy.ReadWrite.ConditionalAccess (with Policy.Read.All)', [
      '# Registration itself is done by each user; require MFA so that every sign-in uses it.',
      createCaPolicyCli(MFA_ALL_USERS_POLICY),
    ]),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/authentication/howto-authentication-methods-activity',
    'https://learn.microsoft.com/en-us/graph/api/resources/userregistrationdetails',
    'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-mfa-registration-campaign',
  ],
  evaluate(user) {
    const c = user.config;
    if (!isEnabled(c)) return notApplicable({ en: `${c.userPrincipalName} is disabled.`, ja: `${c.userPrincipalName} は無効化されています。` });
    const reg = c.registration;
    if (!reg || typeof reg.isMfaRegistered !== 'boolean') {
      return notAssessed({
        en: `${c.userPrincipalName} has no entry in the authentication methods registration report (needs Microsoft Entra ID P1/P2 and AuditLog.Read.All; new users appear later).`,
        ja: `${c.userPrincipalName} は認証方法の登録レポートにありません（Microsoft Entra ID P1/P2 と AuditLog.Read.All が必要で、新しいユーザーは反映が遅れます）。`,
      });
    }
    const guest = isGuest(c);
    if (reg.isMfaRegistered) {
      return pass({ en: `${c.userPrincipalName} has registered an MFA method.`, ja: `${c.userPrincipalName} は MFA の方法を登録しています。` }, { methodsRegistered: reg.methodsRegistered ?? [] });
    }
    return fail(
      {
        en: `${c.userPrincipalName}${guest ? ' (guest)' : ''} has no MFA method registered${guest ? '; unless cross-tenant access settings trust MFA from the home tenant, it signs in here with a password only' : ''}.`,
        ja: `${c.userPrincipalName}${guest ? '（ゲスト）' : ''} は MFA の方法を登録していません${guest ? '。テナント間アクセス設定でホーム テナントの MFA を信頼していない限り、このテナントにはパスワードだけでサインインします' : ''}。`,
      },
      { userType: c.userType ?? null, methodsRegistered: reg.methodsRegistered ?? [], isAdmin: reg.isAdmin ?? null },
    );
  },
});
