import type { AccountConfig } from '../../../../../src/providers/aws/model/account.js';
import { ACCOUNT_TYPE } from '../../../../../src/model/pseudo.js';
import { defineRule } from '../../../../../src/model/rule.js';
import { GUARDRAIL_READS, GUARDRAIL_READS_ACROSS_SCOPES, evaluateFamily, familyRemediation } from '../family.js';

export const rule = defineRule<AccountConfig>({
  id: 'aws-guardrails-ec2-declarative-policies',
  services: ['organizations'],
  title: {
    en: 'EC2 declarative policies enforce the account\'s EC2 security baseline',
    ja: 'EC2 の宣言型ポリシーでアカウントの EC2 セキュリティ基準を強制している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [ACCOUNT_TYPE],
  reads: GUARDRAIL_READS,
  readsAcrossScopes: GUARDRAIL_READS_ACROSS_SCOPES,
  frameworks: {
    'nist-800-53-r5': ['CM-2', 'CM-6', 'CM-7', 'AC-3', 'SC-7'],
  },
  doc: {
    en: {
      description:
        'Checks the account\'s effective EC2 declarative policy (the policies attached to its root, OUs and itself, with the inheritance operators applied) for five attributes: instance metadata defaults with http_tokens "required", snapshot block public access, AMI block public access, serial console access disabled, and VPC block public access blocking internet ingress. Without the organisation\'s policies in the snapshot the result is NOT_ASSESSED.',
      urgency:
        'Plan within the month: declarative policies hold the setting in every Region and every new account, and account administrators cannot change it; roll out per OU.',
      risk:
        'Account-level EC2 settings (IMDS defaults, block public access) are switched back by any administrator of the account, and new Regions and accounts start without them: one public snapshot or AMI, or one IMDSv1 instance behind an SSRF bug, is enough.',
      recommendation:
        'Enable EC2 declarative policies in the organisation and attach the policy below to the root (exclude VPCs that must stay internet-facing with VPC block public access exclusions).',
      console: [
        'In the management account, open AWS Organizations → Policies → Declarative policies for EC2 and enable them.',
        'Create a policy with the JSON from the CLI snippet (or select the attributes in the visual editor).',
        'Attach it to a sandbox OU, check the account status report, then attach it to the root.',
      ],
    },
    ja: {
      description:
        'アカウントの有効な EC2 宣言型ポリシー（ルート・OU・アカウント自身にアタッチされたポリシーに継承演算子を適用したもの）で、次の 5 つの属性を確認します: http_tokens が "required" のインスタンスメタデータ既定値、スナップショットのパブリックアクセスブロック、AMI のパブリックアクセスブロック、シリアルコンソールへのアクセスの無効化、インターネットからの受信を遮断する VPC のパブリックアクセスブロック。組織のポリシーがスナップショットにない場合は NOT_ASSESSED になります。',
      urgency:
        '1 か月以内に計画してください。宣言型ポリシーはすべてのリージョン・すべての新規アカウントで設定を維持し、アカウント管理者も変更できません。OU 単位で展開してください。',
      risk:
        'アカウント単位の EC2 設定（IMDS の既定値、パブリックアクセスブロック）はアカウントの管理者なら誰でも元に戻せ、新しいリージョンやアカウントには最初から設定されていません。公開されたスナップショットや AMI が 1 つ、あるいは SSRF の欠陥を抱えた IMDSv1 のインスタンスが 1 台あるだけで十分な被害になります。',
      recommendation:
        '組織で EC2 の宣言型ポリシーを有効にし、以下のポリシーをルートにアタッチしてください（インターネットに公開する必要がある VPC は、VPC パブリックアクセスブロックの除外で対応します）。',
      console: [
        '管理アカウントで AWS Organizations →「ポリシー」→「EC2 の宣言型ポリシー」を開き、有効化します。',
        'CLI スニペットの JSON でポリシーを作成します（ビジュアルエディタで属性を選んでも構いません）。',
        'まずサンドボックス OU にアタッチしてアカウントステータスレポートを確認し、その後ルートにアタッチします。',
      ],
    },
  },
  remediation: familyRemediation('declarative-ec2', 'MamoriEc2Baseline', 'EC2 baseline declarative policy recommended by mamori'),
  references: [
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative.html',
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_syntax.html',
    'https://docs.aws.amazon.com/organizations/latest/userguide/policy-operators.html',
  ],
  evaluate: (account, ctx) => evaluateFamily('declarative-ec2', account, ctx),
});
