import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type TenantConfig } from '../../../../../src/providers/azure/model/index.js';
import { caPolicies, mfaPolicies } from '../conditional-access.js';
import { graphScriptBicep } from '../remediation.js';

export const rule = defineRule<TenantConfig>({
  id: 'azure-entra-security-defaults-enabled',
  services: ['graph'],
  title: {
    en: 'Microsoft Entra ID security defaults are enabled, or Conditional Access requires MFA for all users',
    ja: 'Microsoft Entra ID のセキュリティの既定値群が有効、または条件付きアクセスで全ユーザーに MFA を要求している',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.tenant],
  reads: [AZURE_TYPES.conditionalAccessPolicy],
  requires: ['tenantId', 'securityDefaultsEnabled'],
  frameworks: {
    'cis-azure-6.0': ['5.1.1'],
    'mcsb-1.0': ['IM-6', 'IM-2'],
    'nist-800-53-r5': ['IA-2(1)', 'IA-2(2)'],
    'pci-dss-4.0': ['8.4.2'],
  },
  doc: {
    en: {
      description:
        'Checks that the tenant has a baseline that forces multifactor authentication: either security defaults are enabled, or (since a tenant that uses Conditional Access cannot turn security defaults on) at least one enabled Conditional Access policy requires MFA for all users on all cloud apps. Report-only policies do not count. A policy may exclude up to three emergency-access users or groups and the Directory Synchronization Accounts role; a policy that excludes more, excludes guests, or is narrowed by platform, location, risk or client app type is shown as a near miss and does not count.',
      urgency: 'Act within days: without a tenant-wide MFA baseline a single phished or sprayed password gives an attacker the account, including access to the Azure portal and APIs.',
      risk: 'Password spray and phishing are the most common ways into Microsoft Entra ID. With neither security defaults nor an equivalent Conditional Access policy, nothing asks for a second factor, legacy protocols that cannot do MFA stay open, and a stolen password is enough to read mail and files or, for a privileged user, to take over subscriptions.',
      recommendation:
        'If the tenant has no Microsoft Entra ID P1 or P2 licences, enable security defaults. If it uses Conditional Access, keep security defaults off and create an enabled policy that includes All users and All resources (cloud apps), excludes only your emergency-access accounts, and grants access only with "Require multifactor authentication" or an authentication strength; pair it with a policy that blocks legacy authentication.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Security Administrator (Conditional Access Administrator for policies).',
        'Without Conditional Access: go to Entra ID > Overview > Properties, select "Manage security defaults", set "Security defaults" to "Enabled" and save.',
        'With Conditional Access: go to Entra ID > Conditional Access > Policies > "New policy from template" and choose "Require multifactor authentication for all users", or create a policy with Users: All users (exclude only emergency-access accounts), Target resources: All resources, Grant: Require multifactor authentication.',
        'Run it in "Report-only" first to check its impact, then set "Enable policy" to "On".',
      ],
    },
    ja: {
      description:
        'テナントに多要素認証を強制するベースラインがあることを確認します。セキュリティの既定値群が有効になっているか、または（条件付きアクセスを使うテナントでは既定値群を有効にできないため）全ユーザー・全クラウド アプリに MFA を要求する有効な条件付きアクセス ポリシーが 1 つ以上あれば合格です。レポート専用のポリシーは数えません。緊急アクセス用のユーザーまたはグループ 3 つまでと Directory Synchronization Accounts ロールの除外は許容しますが、それ以上の除外、ゲストの除外、プラットフォーム・場所・リスク・クライアント アプリの種類による絞り込みがあるポリシーは「不十分なポリシー」として示し、数えません。',
      urgency: '数日以内に対応してください。テナント全体の MFA ベースラインがないと、フィッシングやパスワード スプレーで得たパスワード 1 つで、Azure portal や API へのアクセスを含めアカウントを乗っ取られます。',
      risk: 'パスワード スプレーとフィッシングは Microsoft Entra ID への侵入経路として最も一般的です。セキュリティの既定値群も同等の条件付きアクセス ポリシーもない場合、第 2 要素は一切求められず、MFA に対応できないレガシ プロトコルも開いたままになります。盗まれたパスワードだけでメールやファイルを読まれ、特権ユーザーであればサブスクリプションを掌握されます。',
      recommendation:
        'Microsoft Entra ID P1/P2 ライセンスがないテナントでは、セキュリティの既定値群を有効にしてください。条件付きアクセスを使う場合は既定値群を無効のままにし、「すべてのユーザー」と「すべてのリソース（クラウド アプリ）」を対象とし、除外は緊急アクセス用アカウントのみとして、「多要素認証を要求する」または認証強度でのみアクセスを許可する有効なポリシーを作成します。レガシ認証をブロックするポリシーも併せて設定してください。',
      console: [
        '少なくともセキュリティ管理者（ポリシーの作成には条件付きアクセス管理者）として Microsoft Entra 管理センターにサインインします。',
        '条件付きアクセスを使わない場合: [Entra ID] > [概要] > [プロパティ] で [セキュリティの既定値群の管理] を選択し、[セキュリティの既定値群] を [有効] にして保存します。',
        '条件付きアクセスを使う場合: [Entra ID] > [条件付きアクセス] > [ポリシー] > [テンプレートから新しいポリシーを作成] で「すべてのユーザーに多要素認証を要求する」を選ぶか、ユーザー: すべてのユーザー（除外は緊急アクセス用アカウントのみ）、ターゲット リソース: すべてのリソース、許可: 多要素認証を要求する、のポリシーを作成します。',
        'まず [レポート専用] で影響を確認してから、[ポリシーの有効化] を [オン] にします。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Enable security defaults (tenants without Conditional Access):',
      'az rest --method PATCH --url https://graph.microsoft.com/v1.0/policies/identitySecurityDefaultsEnforcementPolicy --body \'{"isEnabled": true}\'',
      '# Or, with Conditional Access, create an MFA policy for all users (start in report-only mode):',
      'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body \'{"displayName":"Require MFA for all users","state":"enabledForReportingButNotEnforced","conditions":{"clientAppTypes":["all"],"applications":{"includeApplications":["All"]},"users":{"includeUsers":["All"],"excludeUsers":["<break-glass-object-id-1>","<break-glass-object-id-2>"]}},"grantControls":{"operator":"OR","builtInControls":["mfa"]}}\'',
    ].join('\n'),
    terraform: [
      '# Conditional Access (azuread provider); security defaults themselves are not managed by azuread.',
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
      '      excluded_users = [var.break_glass_object_ids[0], var.break_glass_object_ids[1]]',
      '    }',
      '  }',
      '  grant_controls {',
      '    operator          = "OR"',
      '    built_in_controls = ["mfa"]',
      '  }',
      '}',
    ].join('\n'),
    bicep: graphScriptBicep('enable-mfa-baseline', 'Policy.ReadWrite.ConditionalAccess (and Policy.ReadWrite.SecurityDefaults for security defaults)', [
      '# Tenants without Conditional Access: enable security defaults.',
      'az rest --method PATCH --url https://graph.microsoft.com/v1.0/policies/identitySecurityDefaultsEnforcementPolicy --body \'{"isEnabled": true}\'',
    ]),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults',
    'https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-all-users-mfa-strength',
    'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/security-emergency-access',
  ],
  evaluate(tenant, ctx) {
    const enabled = tenant.config.securityDefaultsEnabled;
    if (enabled === true) {
      return pass({ en: 'Security defaults are enabled for the tenant.', ja: 'テナントでセキュリティの既定値群が有効になっています。' }, { securityDefaultsEnabled: true });
    }
    if (enabled !== false) {
      return notAssessed({ en: 'Whether security defaults are enabled was not collected.', ja: 'セキュリティの既定値群が有効かどうかが収集されていません。' });
    }
    const { enforcing, nearMisses } = mfaPolicies(caPolicies(ctx, tenant.account));
    if (enforcing.length) {
      return pass(
        {
          en: `Security defaults are off, but Conditional Access requires MFA for all users on all cloud apps (${enforcing.join(', ')}), which replaces them.`,
          ja: `セキュリティの既定値群は無効ですが、条件付きアクセス（${enforcing.join('、')}）で全ユーザー・全クラウド アプリに MFA を要求しており、既定値群の代わりになっています。`,
        },
        { securityDefaultsEnabled: false, enforcingPolicies: enforcing },
      );
    }
    return fail(
      {
        en: `Security defaults are disabled and no enabled Conditional Access policy requires MFA for all users on all cloud apps${nearMisses.length ? ` (${nearMisses.length} policy(ies) fall short)` : ''}.`,
        ja: `セキュリティの既定値群が無効で、全ユーザー・全クラウド アプリに MFA を要求する有効な条件付きアクセス ポリシーもありません${nearMisses.length ? `（不十分なポリシーが ${nearMisses.length} 件）` : ''}。`,
      },
      { securityDefaultsEnabled: false, nearMisses: nearMisses.slice(0, 10) },
    );
  },
});
