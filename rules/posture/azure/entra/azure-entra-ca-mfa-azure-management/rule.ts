import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, WELL_KNOWN_APPS, type TenantConfig } from '../../../../../src/providers/azure/model/index.js';
import { caPolicies, mfaPolicies } from '../conditional-access.js';
import { graphScriptBicep } from '../remediation.js';

const POLICY = `{"displayName":"Require MFA for Azure management","state":"enabled","conditions":{"clientAppTypes":["all"],"applications":{"includeApplications":["${WELL_KNOWN_APPS.azureManagement}"]},"users":{"includeUsers":["All"],"excludeUsers":["<break-glass-object-id>"]}},"grantControls":{"operator":"OR","builtInControls":["mfa"]}}`;
const CLI = `az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body '${POLICY}'`;

export const rule = defineRule<TenantConfig>({
  id: 'azure-entra-ca-mfa-azure-management',
  services: ['graph'],
  title: {
    en: 'Conditional Access requires MFA for Azure management',
    ja: '条件付きアクセスで Azure の管理操作に MFA を要求している',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.tenant],
  reads: [AZURE_TYPES.conditionalAccessPolicy],
  requires: ['tenantId', 'securityDefaultsEnabled'],
  frameworks: { 'mcsb-1.0': ['IM-6', 'IM-7', 'PA-1'], 'nist-800-53-r5': ['IA-2(1)', 'AC-17'], 'pci-dss-4.0': ['8.4.1'] },
  doc: {
    en: {
      description:
        `Checks that every sign-in to Azure management (the Azure portal, Azure CLI, Azure PowerShell and ARM APIs, app "Windows Azure Service Management API", ${WELL_KNOWN_APPS.azureManagement}) requires MFA: either security defaults are enabled, or an enabled Conditional Access policy for all users targets that app (or all cloud apps) and requires MFA or an authentication strength. Policies in report-only mode, policies that exclude the app, exclude more than three users and groups, exclude guests, or let another control replace MFA (operator OR) do not count.`,
      urgency: 'Act within days: anyone holding an Azure role can change or delete resources through these interfaces, and Microsoft is itself making MFA mandatory for them.',
      risk: 'Without MFA on Azure management, a phished or leaked password of anyone with an Azure role is enough to sign in to the portal or CLI and, depending on the role, read secrets, open network paths, disable logging or delete resources and backups.',
      recommendation:
        'Create (or extend) a Conditional Access policy for All users, target resource "Windows Azure Service Management API" or All resources, grant "Require multifactor authentication" or a phishing-resistant authentication strength, and exclude only the emergency-access accounts. Enable it after checking report-only results.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Conditional Access Administrator.',
        'Go to Entra ID > Conditional Access > Policies and select "New policy".',
        'Users: include "All users", exclude only the emergency-access accounts. Target resources: "Select resources" > "Windows Azure Service Management API" (or "All resources").',
        'Grant: "Require multifactor authentication" (or "Require authentication strength"). Set "Enable policy" to "On" and select "Create".',
      ],
    },
    ja: {
      description:
        `Azure の管理操作（Azure portal、Azure CLI、Azure PowerShell、ARM API、アプリ「Windows Azure Service Management API」${WELL_KNOWN_APPS.azureManagement}）へのすべてのサインインで MFA が要求されることを確認します。セキュリティの既定値群が有効であるか、全ユーザーを対象にこのアプリ（またはすべてのクラウド アプリ）に MFA または認証強度を要求する有効な条件付きアクセス ポリシーがあれば合格です。レポート専用のポリシー、このアプリを除外するポリシー、4 つ以上のユーザーやグループを除外するポリシー、ゲストを除外するポリシー、ほかの制御で MFA を代替できる（演算子 OR）ポリシーは数えません。`,
      urgency: '数日以内に対応してください。Azure ロールを持つ人は誰でもこれらのインターフェイスでリソースを変更・削除でき、Microsoft 自身もこれらへの MFA を必須化しつつあります。',
      risk: 'Azure の管理操作に MFA がないと、Azure ロールを持つ誰かのパスワードがフィッシングや漏えいで知られただけで portal や CLI にサインインされ、ロールによってはシークレットの読み取り、ネットワーク経路の開放、ログの無効化、リソースやバックアップの削除まで行われます。',
      recommendation:
        '「すべてのユーザー」を対象に、ターゲット リソースを「Windows Azure Service Management API」または「すべてのリソース」とし、「多要素認証を要求する」またはフィッシング耐性のある認証強度を許可条件とする条件付きアクセス ポリシーを作成（または既存のポリシーを拡張）してください。除外は緊急アクセス用アカウントのみとし、レポート専用の結果を確認してから有効にします。',
      console: [
        '少なくとも条件付きアクセス管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [条件付きアクセス] > [ポリシー] で [新しいポリシー] を選択します。',
        'ユーザー: [すべてのユーザー] を対象にし、緊急アクセス用アカウントのみ除外します。ターゲット リソース: [リソースを選択] > [Windows Azure Service Management API]（または [すべてのリソース]）。',
        '許可: [多要素認証を要求する]（または [認証強度が必要]）。[ポリシーの有効化] を [オン] にして [作成] を選択します。',
      ],
    },
  },
  remediation: {
    cli: CLI,
    terraform: [
      'resource "azuread_conditional_access_policy" "mfa_azure_management" {',
      '  display_name = "Require MFA for Azure management"',
      '  state        = "enabled"',
      '  conditions {',
      '    client_app_types = ["all"]',
      '    applications {',
      `      included_applications = ["${WELL_KNOWN_APPS.azureManagement}"]`,
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
    bicep: graphScriptBicep('ca-mfa-azure-management', 'Policy.ReadWrite.ConditionalAccess (with Policy.Read.All)', [CLI]),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-old-require-mfa-azure-mgmt',
    'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mandatory-multifactor-authentication',
    'https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-cloud-apps',
  ],
  evaluate(tenant, ctx) {
    const enabled = tenant.config.securityDefaultsEnabled;
    if (enabled === true) {
      return pass({ en: 'Security defaults are enabled; they require MFA for Azure management.', ja: 'セキュリティの既定値群が有効で、Azure の管理操作に MFA が要求されます。' }, { securityDefaultsEnabled: true });
    }
    if (enabled !== false) return notAssessed({ en: 'Whether security defaults are enabled was not collected.', ja: 'セキュリティの既定値群が有効かどうかが収集されていません。' });
    const { enforcing, nearMisses } = mfaPolicies(caPolicies(ctx, tenant.account), { app: WELL_KNOWN_APPS.azureManagement });
    if (enforcing.length) {
      return pass(
        { en: `Conditional Access requires MFA for Azure management (${enforcing.join(', ')}).`, ja: `条件付きアクセス（${enforcing.join('、')}）で Azure の管理操作に MFA を要求しています。` },
        { enforcingPolicies: enforcing },
      );
    }
    return fail(
      {
        en: `No enabled Conditional Access policy requires MFA for all users on Azure management, and security defaults are off${nearMisses.length ? ` (${nearMisses.length} policy(ies) fall short)` : ''}.`,
        ja: `Azure の管理操作で全ユーザーに MFA を要求する有効な条件付きアクセス ポリシーがなく、セキュリティの既定値群も無効です${nearMisses.length ? `（不十分なポリシーが ${nearMisses.length} 件）` : ''}。`,
      },
      { securityDefaultsEnabled: false, nearMisses: nearMisses.slice(0, 10) },
    );
  },
});
