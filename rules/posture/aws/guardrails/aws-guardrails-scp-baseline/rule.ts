import type { AccountConfig } from '../../../../../src/providers/aws/model/account.js';
import { ACCOUNT_TYPE } from '../../../../../src/model/pseudo.js';
import { defineRule } from '../../../../../src/model/rule.js';
import { GUARDRAIL_READS, GUARDRAIL_READS_ACROSS_SCOPES, evaluateFamily, familyRemediation } from '../family.js';

export const rule = defineRule<AccountConfig>({
  id: 'aws-guardrails-scp-baseline',
  services: ['organizations'],
  title: {
    en: 'The account is protected by the baseline service control policies',
    ja: 'アカウントが基本のサービスコントロールポリシー（SCP）で保護されている',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [ACCOUNT_TYPE],
  reads: GUARDRAIL_READS,
  readsAcrossScopes: GUARDRAIL_READS_ACROSS_SCOPES,
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-6(10)', 'AU-9', 'CM-7', 'SI-4'],
  },
  doc: {
    en: {
      description:
        'Checks, with mamori\'s policy evaluation engine, that the SCPs on the account\'s path (root → OUs → account) explicitly deny six probes: leaving the organisation, stopping or deleting CloudTrail / GuardDuty / Config / Security Hub, any action by the member root user, launching resources in an unapproved Region, launching instances with IMDSv1, and disabling EBS encryption by default. Any SCP that denies the probe counts, whatever its name, as long as it spares the compliant request next to it. The management account is outside SCPs (NOT_APPLICABLE); without the organisation\'s policies in the snapshot the result is NOT_ASSESSED.',
      urgency:
        'Plan within the month: SCPs are the only control an administrator of a member account cannot remove, but a deny-list SCP must be tested on a sandbox OU before it reaches production.',
      risk:
        'Without these guardrails, one stolen administrator session in a member account is enough to turn off logging and detection, leave the organisation (and every central control with it), use the root user, mine crypto in an unwatched Region, or launch instances whose credentials an SSRF bug leaks.',
      recommendation:
        'Attach the baseline SCP below (or your own equivalent) to the root or to every workload OU, after replacing the allowed Regions and the exempt break-glass role. Keep FullAWSAccess attached: deny-list SCPs only take away.',
      console: [
        'In the management account, open AWS Organizations → Policies → Service control policies (enable them if needed).',
        'Choose "Create policy", paste the JSON from the CLI snippet, adjust the Regions and the exempt role ARN, and save.',
        'Attach it to a sandbox OU, verify that workloads still run, then attach it to the root or the workload OUs.',
      ],
    },
    ja: {
      description:
        'アカウントのパス（ルート → OU → アカウント）上の SCP が、次の 6 つのプローブを明示的に拒否するかを mamori のポリシー評価エンジンで確認します: 組織からの離脱、CloudTrail・GuardDuty・Config・Security Hub の停止や削除、メンバーアカウントのルートユーザーによる操作、未承認リージョンでのリソース起動、IMDSv1 でのインスタンス起動、EBS のデフォルト暗号化の無効化。隣にある準拠リクエストを拒否しない限り、名前を問わずプローブを拒否する SCP があれば適用済みとみなします。管理アカウントには SCP が適用されないため NOT_APPLICABLE、組織のポリシーがスナップショットにない場合は NOT_ASSESSED になります。',
      urgency:
        '1 か月以内に計画してください。SCP はメンバーアカウントの管理者でも外せない唯一の統制ですが、拒否リスト型の SCP は本番に適用する前にサンドボックス OU で検証が必要です。',
      risk:
        'これらのガードレールがないと、メンバーアカウントの管理者セッションを 1 つ盗まれるだけで、ログ記録と検知の停止、組織からの離脱（とそれに伴うすべての中央統制の解除）、ルートユーザーの利用、監視していないリージョンでの暗号資産マイニング、SSRF で認証情報が漏れるインスタンスの起動が可能になります。',
      recommendation:
        '許可するリージョンと例外とする緊急用ロールを置き換えたうえで、以下の基本 SCP（または同等の自社ポリシー）をルートまたはすべてのワークロード OU にアタッチしてください。FullAWSAccess はアタッチしたままにします（拒否リスト型の SCP は権限を取り除くだけです）。',
      console: [
        '管理アカウントで AWS Organizations →「ポリシー」→「サービスコントロールポリシー」を開きます（必要なら有効化します）。',
        '「ポリシーを作成」を選び、CLI スニペットの JSON を貼り付けてリージョンと例外ロールの ARN を調整し、保存します。',
        'まずサンドボックス OU にアタッチしてワークロードが動くことを確認し、その後ルートまたはワークロード OU にアタッチします。',
      ],
    },
  },
  remediation: familyRemediation('scp', 'MamoriBaselineGuardrails', 'Baseline deny-list guardrails recommended by mamori'),
  references: [
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples.html',
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html',
  ],
  evaluate: (account, ctx) => evaluateFamily('scp', account, ctx),
});
