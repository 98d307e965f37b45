import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type UserConfig } from '../../../../../src/providers/azure/model/index.js';
import { createCaPolicyCli, graphScriptBicep } from '../remediation.js';
import { isEnabled, privilegedRoles } from '../users.js';

const ADMIN_MFA_POLICY =
  '{"displayName":"Require phishing-resistant MFA for administrators","state":"enabled","conditions":{"clientAppTypes":["all"],"applications":{"includeApplications":["All"]},"users":{"includeRoles":["62e90394-69f5-4237-9190-012177145e10","e8611ab8-c189-46e8-94e1-60213ab1f814","194ae4cb-b126-40b2-bd5b-6091b380977d","fe930be7-5e62-47db-91af-98c3a49a38b1","9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3","158c047a-c907-4556-b7ef-446551a6b5f7","7be44c8a-adaf-4e2a-84d6-ab2649e08a13","b1be1c3e-b65d-4f19-8427-f6fa0d97feb9"],"excludeUsers":["<break-glass-object-id>"]}},"grantControls":{"operator":"OR","authenticationStrength":{"id":"00000000-0000-0000-0000-000000000004"}}}';

export const rule = defineRule<UserConfig>({
  id: 'azure-entra-privileged-user-mfa-registered',
  services: ['graph'],
  title: {
    en: 'Users holding privileged Entra ID roles have registered MFA',
    ja: '特権を持つ Entra ID ロールのユーザーが MFA を登録している',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [AZURE_TYPES.user],
  requires: ['id', 'userPrincipalName', 'accountEnabled', 'registration', 'directoryRoles'],
  frameworks: {
    'cis-azure-6.0': ['5.1.3'],
    'mcsb-1.0': ['IM-6', 'PA-1'],
    'nist-800-53-r5': ['IA-2(1)', 'AC-6(5)'],
    'pci-dss-4.0': ['8.4.1'],
  },
  doc: {
    en: {
      description:
        'Checks that every enabled user with an active privileged directory role (any administrator role such as Global Administrator, Privileged Role Administrator or User Administrator, or a user the registration report marks as admin) has registered an MFA method (userRegistrationDetails.isMfaRegistered). Users without a privileged role are not applicable. PIM-eligible assignments that are not active are not listed by Graph here, so review them in PIM.',
      urgency: 'Fix today: an administrator without MFA is one leaked password away from a full tenant compromise.',
      risk: 'Administrators can reset other users\' credentials, change Conditional Access, grant themselves Azure access (elevate access) and add credentials to applications. If such an account has no registered MFA, a phished or sprayed password lets an attacker take over the directory and every subscription trusting it, and register their own authenticator to keep access.',
      recommendation:
        'Have each listed administrator register a phishing-resistant method (passkey/FIDO2 or Windows Hello for Business) immediately, and require it with a Conditional Access policy targeting administrator roles with the "Phishing-resistant MFA" authentication strength. Prefer just-in-time activation through Privileged Identity Management, and use separate cloud-only admin accounts.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Privileged Role Administrator.',
        'Go to Entra ID > Authentication methods > User registration details, filter "User type" and "Admin" = Yes, and find the users that are not MFA registered.',
        'Have them register at https://aka.ms/mysecurityinfo (issue a Temporary Access Pass if needed), or remove their role under Entra ID > Roles & admins.',
        'Create a Conditional Access policy for the directory roles with Grant > "Require authentication strength" > "Phishing-resistant MFA".',
      ],
    },
    ja: {
      description:
        '特権ディレクトリ ロール（グローバル管理者、特権ロール管理者、ユーザー管理者などの管理者ロール）がアクティブに割り当てられている、または登録レポートで管理者とされている有効な各ユーザーが、MFA の方法（userRegistrationDetails.isMfaRegistered）を登録していることを確認します。特権ロールを持たないユーザーは対象外です。アクティブ化されていない PIM の適格割り当ては Graph のこのデータに含まれないため、PIM で確認してください。',
      urgency: '本日中に対応してください。MFA のない管理者は、パスワードが 1 つ漏れるだけでテナント全体の侵害につながります。',
      risk: '管理者はほかのユーザーの認証情報のリセット、条件付きアクセスの変更、自身への Azure アクセスの付与（アクセスの昇格）、アプリケーションへの認証情報の追加ができます。このアカウントに MFA が登録されていないと、フィッシングやパスワード スプレーで得たパスワードでディレクトリとそれを信頼するすべてのサブスクリプションを乗っ取られ、攻撃者が自分の認証アプリを登録してアクセスを保持できます。',
      recommendation:
        '該当する管理者に、フィッシング耐性のある方法（パスキー/FIDO2 または Windows Hello for Business）を直ちに登録させ、管理者ロールを対象に認証強度「フィッシング耐性のある MFA」を要求する条件付きアクセス ポリシーで必須にしてください。Privileged Identity Management による Just-In-Time のアクティブ化と、クラウド専用の管理者アカウントの分離も推奨します。',
      console: [
        '少なくとも特権ロール管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [認証方法] > [ユーザー登録の詳細] で「管理者」= はい で絞り込み、MFA 未登録のユーザーを確認します。',
        '該当ユーザーに https://aka.ms/mysecurityinfo で登録させる（必要に応じて一時アクセス パスを発行）か、[Entra ID] > [ロールと管理者] でロールを削除します。',
        'ディレクトリ ロールを対象に、[許可] > [認証強度が必要] > [フィッシング耐性のある MFA] の条件付きアクセス ポリシーを作成します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Administrators without a registered MFA method:',
      'az rest --method GET --url "https://graph.microsoft.com/v1.0/reports/authenticationMethods/userRegistrationDetails?\\$filter=isAdmin eq true and isMfaRegistered eq false" --query "value[].userPrincipalName"',
      '# Require phishing-resistant MFA for administrator roles:',
      createCaPolicyCli(ADMIN_MFA_POLICY),
    ].join('\n'),
    terraform: [
      'resource "azuread_conditional_access_policy" "admins_phishing_resistant_mfa" {',
      '  display_name = "Require phishing-resistant MFA for administrators"',
      '  state        = "enabled"',
      '  conditions {',
      '    client_app_types = ["all"]',
      '    applications {',
      '      included_applications = ["All"]',
      '    }',
      '    users {',
      '      included_roles = ["62e90394-69f5-4237-9190-012177145e10", "e8611ab8-c189-46e8-94e1-60213ab1f814", "194ae4cb-b126-40b2-bd5b-6091b380977d"]',
      '      excluded_users = var.break_glass_object_ids',
      '    }',
      '  }',
      '  grant_controls {',
      '    operator                          = "OR"',
      '    authentication_strength_policy_id = "/policies/authenticationStrengthPolicies/00000000-0000-0000-0000-000000000004"',
      '  }',
      '}',
    ].join('\n'),
    bicep: graphScriptBicep('ca-admins-phishing-resistant-mfa', 'Policy.ReadWrite.ConditionalAccess (with Policy.Read.All)', [createCaPolicyCli(ADMIN_MFA_POLICY)]),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-admin-phish-resistant-mfa',
    'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/best-practices',
    'https://learn.microsoft.com/en-us/graph/api/resources/userregistrationdetails',
  ],
  evaluate(user) {
    const c = user.config;
    const reg = c.registration;
    const roles = privilegedRoles(c);
    const privileged = roles.length > 0 || reg?.isAdmin === true;
    if (!privileged) {
      if (!c.directoryRoles && !reg) return notAssessed({ en: `Neither the directory roles nor the registration details of ${c.userPrincipalName} were collected.`, ja: `${c.userPrincipalName} のディレクトリ ロールも登録の詳細も収集されていません。` });
      return notApplicable({ en: `${c.userPrincipalName} holds no privileged directory role.`, ja: `${c.userPrincipalName} は特権ディレクトリ ロールを持っていません。` });
    }
    if (!isEnabled(c)) return notApplicable({ en: `${c.userPrincipalName} is disabled.`, ja: `${c.userPrincipalName} は無効化されています。` });
    if (!reg || typeof reg.isMfaRegistered !== 'boolean') {
      return notAssessed(
        { en: `${c.userPrincipalName} holds privileged roles but has no entry in the registration report.`, ja: `${c.userPrincipalName} は特権ロールを持っていますが、登録レポートにありません。` },
        { roles },
      );
    }
    if (reg.isMfaRegistered) {
      return pass({ en: `Administrator ${c.userPrincipalName} has registered MFA.`, ja: `管理者 ${c.userPrincipalName} は MFA を登録しています。` }, { roles, methodsRegistered: reg.methodsRegistered ?? [] });
    }
    return fail(
      {
        en: `${c.userPrincipalName} holds ${roles.length ? roles.join(', ') : 'an administrator role'} but has no MFA method registered.`,
        ja: `${c.userPrincipalName} は ${roles.length ? roles.join('、') : '管理者ロール'} を持っていますが、MFA の方法を登録していません。`,
      },
      { roles, methodsRegistered: reg.methodsRegistered ?? [] },
    );
  },
});
