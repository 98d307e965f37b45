import type { AccountConfig } from '../../../../../src/providers/aws/model/account.js';
import { ACCOUNT_TYPE } from '../../../../../src/model/pseudo.js';
import { defineRule } from '../../../../../src/model/rule.js';
import { GUARDRAIL_READS, GUARDRAIL_READS_ACROSS_SCOPES, evaluateFamily, familyRemediation } from '../family.js';

export const rule = defineRule<AccountConfig>({
  id: 'aws-guardrails-rcp-data-perimeter',
  services: ['organizations'],
  title: {
    en: 'The account\'s resources are inside a data perimeter enforced by resource control policies',
    ja: 'アカウントのリソースがリソースコントロールポリシー（RCP）によるデータ境界の内側にある',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [ACCOUNT_TYPE],
  reads: GUARDRAIL_READS,
  readsAcrossScopes: GUARDRAIL_READS_ACROSS_SCOPES,
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-4', 'AC-21', 'SC-8', 'SC-7'],
  },
  doc: {
    en: {
      description:
        'Checks, with mamori\'s policy evaluation engine, that the RCPs on the account\'s path explicitly deny three kinds of probes on its S3, KMS, SQS, STS and Secrets Manager resources: access by a principal outside the organisation (aws:PrincipalOrgID), access without TLS (aws:SecureTransport), and an AWS service acting for another organisation (aws:SourceOrgID, confused-deputy protection). The management account is outside RCPs (NOT_APPLICABLE); without the organisation\'s policies in the snapshot the result is NOT_ASSESSED.',
      urgency:
        'Plan within the month: RCPs cap what every resource policy can grant, but exemptions (partners, AWS services, tagged resources) need an inventory and a test on a sandbox OU first.',
      risk:
        'Without a perimeter, a single over-broad bucket policy, key policy, queue policy or role trust policy (a mistake, or an intruder\'s backdoor) hands data or a role to any AWS account in the world, and AWS services can be steered by other customers into your resources.',
      recommendation:
        'Enable RCPs in the organisation and attach the data-perimeter RCP below to the root, with your organisation id and any trusted partner accounts added to the exemptions.',
      console: [
        'In the management account, open AWS Organizations → Policies → Resource control policies and enable them.',
        'Choose "Create policy", paste the JSON from the CLI snippet (organisation id filled in), and save.',
        'Attach it to a sandbox OU, check partner and service integrations, then attach it to the root.',
      ],
    },
    ja: {
      description:
        'アカウントのパス上の RCP が、S3・KMS・SQS・STS・Secrets Manager のリソースに対する 3 種類のプローブを明示的に拒否するかを mamori のポリシー評価エンジンで確認します: 組織外のプリンシパルからのアクセス（aws:PrincipalOrgID）、TLS を使わないアクセス（aws:SecureTransport）、他組織のために動く AWS サービスからのアクセス（aws:SourceOrgID による「混乱した代理」対策）。管理アカウントには RCP が適用されないため NOT_APPLICABLE、組織のポリシーがスナップショットにない場合は NOT_ASSESSED になります。',
      urgency:
        '1 か月以内に計画してください。RCP はあらゆるリソースポリシーが付与できる範囲に上限を設けますが、例外（取引先、AWS のサービス、タグ付きリソース）の棚卸しとサンドボックス OU での検証が先に必要です。',
      risk:
        'データ境界がないと、広すぎるバケットポリシー・キーポリシー・キューポリシー・ロールの信頼ポリシーが 1 つあるだけで（誤りでも侵入者のバックドアでも）、データやロールが世界中の AWS アカウントに渡ります。また、他の顧客が AWS のサービスを操ってあなたのリソースを使わせることもできます。',
      recommendation:
        '組織で RCP を有効にし、組織 ID と信頼する取引先アカウントを例外に加えたうえで、以下のデータ境界 RCP をルートにアタッチしてください。',
      console: [
        '管理アカウントで AWS Organizations →「ポリシー」→「リソースコントロールポリシー」を開き、有効化します。',
        '「ポリシーを作成」を選び、CLI スニペットの JSON（組織 ID を記入したもの）を貼り付けて保存します。',
        'まずサンドボックス OU にアタッチして取引先やサービス連携を確認し、その後ルートにアタッチします。',
      ],
    },
  },
  remediation: familyRemediation('rcp', 'MamoriDataPerimeter', 'Data perimeter RCP recommended by mamori'),
  references: [
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_examples.html',
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html',
    'https://github.com/aws-samples/data-perimeter-policy-examples',
  ],
  evaluate: (account, ctx) => evaluateFamily('rcp', account, ctx),
});
