import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type TenantConfig } from '../../../../../src/providers/azure/model/index.js';
import { blocks, caPolicies, scopeGaps } from '../conditional-access.js';
import { graphScriptBicep } from '../remediation.js';

/** The Conditional Access client app types that are legacy authentication. */
const LEGACY = ['exchangeActiveSync', 'other'] as const;
const POLICY = '{"displayName":"Block legacy authentication","state":"enabled","conditions":{"clientAppTypes":["exchangeActiveSync","other"],"applications":{"includeApplications":["All"]},"users":{"includeUsers":["All"],"excludeUsers":["<break-glass-object-id>"]}},"grantControls":{"operator":"OR","builtInControls":["block"]}}';
const CLI = `az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body '${POLICY}'`;

export const rule = defineRule<TenantConfig>({
  id: 'azure-entra-ca-block-legacy-auth',
  services: ['graph'],
  title: {
    en: 'Legacy authentication is blocked',
    ja: 'レガシ認証がブロックされている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.tenant],
  reads: [AZURE_TYPES.conditionalAccessPolicy],
  requires: ['tenantId', 'securityDefaultsEnabled'],
  frameworks: { 'mcsb-1.0': ['IM-2', 'IM-6'], 'nist-800-53-r5': ['IA-2(1)', 'CM-7'], 'pci-dss-4.0': ['8.4.2'] },
  doc: {
    en: {
      description:
        'Checks that sign-ins with legacy authentication protocols (Exchange ActiveSync and "other clients": POP, IMAP, SMTP AUTH, older Office clients), which cannot perform MFA, are blocked: either security defaults are enabled, or enabled Conditional Access policies for all users and all cloud apps grant "Block access" for both the Exchange ActiveSync and Other clients client app types (one policy or two together). Report-only policies and policies narrowed by location, platform or large exclusions do not count.',
      urgency: 'Act within days: legacy protocols are the main target of password spray because they skip MFA even where MFA is otherwise required.',
      risk: 'A client that uses basic authentication sends only a user name and password, so Conditional Access MFA policies never get to ask for a second factor. Attackers spray common passwords against IMAP, POP and SMTP endpoints and, on success, read and send mail as the victim for further phishing.',
      recommendation:
        'Check the sign-in logs (filter Client app by the legacy types) for remaining legitimate use and move those clients to modern authentication, then create a Conditional Access policy for All users and All resources with Client apps "Exchange ActiveSync clients" and "Other clients" and grant "Block access", excluding only emergency-access accounts.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Conditional Access Administrator.',
        'Go to Entra ID > Conditional Access > Policies > "New policy from template" and choose "Block legacy authentication", or create a policy manually.',
        'Users: include "All users" and exclude only emergency-access accounts; Target resources: "All resources"; Conditions > Client apps: select only "Exchange ActiveSync clients" and "Other clients".',
        'Grant: "Block access". Set "Enable policy" to "On" (after reviewing report-only results) and select "Create".',
      ],
    },
    ja: {
      description:
        'MFA を実行できないレガシ認証プロトコル（Exchange ActiveSync と「その他のクライアント」: POP、IMAP、SMTP AUTH、古い Office クライアント）によるサインインがブロックされていることを確認します。セキュリティの既定値群が有効であるか、全ユーザー・全クラウド アプリを対象に、クライアント アプリの種類「Exchange ActiveSync クライアント」と「その他のクライアント」の両方で「アクセスのブロック」を許可条件とする有効な条件付きアクセス ポリシー（1 つでも 2 つの組み合わせでも可）があれば合格です。レポート専用のポリシーや、場所・プラットフォーム・大きな除外で絞り込まれたポリシーは数えません。',
      urgency: '数日以内に対応してください。レガシ プロトコルは、ほかで MFA が必須でも MFA を回避できるため、パスワード スプレーの主要な標的です。',
      risk: '基本認証を使うクライアントはユーザー名とパスワードだけを送るため、条件付きアクセスの MFA ポリシーが第 2 要素を求める機会がありません。攻撃者は IMAP、POP、SMTP のエンドポイントによくあるパスワードを総当たりし、成功すると被害者としてメールを読み、さらなるフィッシングのためにメールを送信します。',
      recommendation:
        'サインイン ログ（クライアント アプリをレガシの種類で絞り込み）で正当な利用が残っていないか確認し、該当するクライアントを先進認証に移行したうえで、「すべてのユーザー」と「すべてのリソース」を対象に、クライアント アプリを「Exchange ActiveSync クライアント」と「その他のクライアント」とし、「アクセスのブロック」を許可条件とする条件付きアクセス ポリシーを作成してください。除外は緊急アクセス用アカウントのみとします。',
      console: [
        '少なくとも条件付きアクセス管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [条件付きアクセス] > [ポリシー] > [テンプレートから新しいポリシーを作成] で「レガシ認証をブロックする」を選ぶか、手動でポリシーを作成します。',
        'ユーザー: [すべてのユーザー] を対象にし、緊急アクセス用アカウントのみ除外します。ターゲット リソース: [すべてのリソース]。[条件] > [クライアント アプリ]: [Exchange ActiveSync クライアント] と [その他のクライアント] のみを選択します。',
        '許可: [アクセスのブロック]。（レポート専用の結果を確認後）[ポリシーの有効化] を [オン] にして [作成] を選択します。',
      ],
    },
  },
  remediation: {
    cli: CLI,
    terraform: [
      'resource "azuread_conditional_access_policy" "block_legacy_auth" {',
      '  display_name = "Block legacy authentication"',
      '  state        = "enabled"',
      '  conditions {',
      '    client_app_types = ["exchangeActiveSync", "other"]',
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
      '    built_in_controls = ["block"]',
      '  }',
      '}',
    ].join('\n'),
    bicep: graphScriptBicep('ca-block-legacy-auth', 'Policy.ReadWrite.ConditionalAccess (with Policy.Read.All)', [CLI]),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-block-legacy-authentication',
    'https://learn.microsoft.com/en-us/entra/identity/conditional-access/block-legacy-authentication',
  ],
  evaluate(tenant, ctx) {
    const enabled = tenant.config.securityDefaultsEnabled;
    if (enabled === true) {
      return pass({ en: 'Security defaults are enabled; they block legacy authentication.', ja: 'セキュリティの既定値群が有効で、レガシ認証はブロックされています。' }, { securityDefaultsEnabled: true });
    }
    if (enabled !== false) return notAssessed({ en: 'Whether security defaults are enabled was not collected.', ja: 'セキュリティの既定値群が有効かどうかが収集されていません。' });
    const covered = new Map<string, string[]>();
    const nearMisses: { policy: string; gaps: string[] }[] = [];
    for (const p of caPolicies(ctx, tenant.account)) {
      if (!blocks(p.config)) continue;
      const types = (p.config.conditions?.clientAppTypes ?? []).map(String);
      const legacy = LEGACY.filter((t) => types.includes(t) || types.includes('all'));
      if (!legacy.length) continue;
      const name = p.config.displayName ?? p.name;
      const gaps = scopeGaps(p.config, { anyClientApps: true });
      if (gaps.length) nearMisses.push({ policy: name, gaps });
      else for (const t of legacy) covered.set(t, [...(covered.get(t) ?? []), name]);
    }
    const missing = LEGACY.filter((t) => !covered.has(t));
    const policies = [...new Set([...covered.values()].flat())];
    if (!missing.length) {
      return pass({ en: `Conditional Access blocks legacy authentication (${policies.join(', ')}).`, ja: `条件付きアクセス（${policies.join('、')}）でレガシ認証をブロックしています。` }, { blockingPolicies: policies });
    }
    return fail(
      {
        en: `Legacy authentication is not blocked for all users: no enabled policy blocks ${missing.join(' and ')} clients, and security defaults are off.`,
        ja: `レガシ認証が全ユーザーに対してブロックされていません。${missing.join('、')} クライアントをブロックする有効なポリシーがなく、セキュリティの既定値群も無効です。`,
      },
      { unblockedClientAppTypes: missing, blockingPolicies: policies, nearMisses: nearMisses.slice(0, 10) },
    );
  },
});
