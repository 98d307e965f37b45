import {
  ANALYZER_TYPE,
  EXTERNAL_ACCESS_ANALYZER_TYPES,
  ORGANIZATION_TYPE,
  type AnalyzerConfig,
  type OrganizationConfig,
} from '../../../../../src/providers/aws/model/organizations.js';
import { REGION_TYPE } from '../../../../../src/model/pseudo.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<{ regionName: string }>({
  id: 'aws-accessanalyzer-enabled-all-regions',
  services: ['accessanalyzer'],
  title: {
    en: 'IAM Access Analyzer external access analyzer is enabled in every region',
    ja: 'IAM Access Analyzer の外部アクセスアナライザーがすべてのリージョンで有効になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [REGION_TYPE],
  reads: [ANALYZER_TYPE, ORGANIZATION_TYPE],
  readsAcrossScopes: [ANALYZER_TYPE, ORGANIZATION_TYPE],
  frameworks: {
    'cis-aws-3.0': ['1.20'],
    fsbp: ['IAM.28'],
  },
  doc: {
    en: {
      description: 'Checks every scanned region for an ACTIVE IAM Access Analyzer analyzer of type ACCOUNT or ORGANIZATION (external access). An organization analyzer in the organization\'s management/delegated account in the same region also counts for member accounts when that organization is in the snapshot.',
      urgency: 'Fix this week: Access Analyzer is free for external access findings and is regional, so a region without it is a blind spot where a public bucket, KMS key or cross-account role trust goes unnoticed.',
      risk: 'Without an analyzer nobody is told when a resource policy shares an S3 bucket, KMS key, IAM role, Lambda function, SQS queue or secret with another account or the public. An accidental or malicious policy change can expose data for months.',
      recommendation: 'Create an external access analyzer in every enabled region (an ORGANIZATION analyzer from the management or delegated administrator account covers all member accounts), and route its findings to Security Hub / your alerting.',
      console: [
        'Open the IAM console → "Access analyzer" (check the Region selector).',
        'Choose "Create analyzer", select "External access analysis", and the zone of trust (current account or organization).',
        'Repeat in every enabled Region, or deploy it with a CloudFormation StackSet.',
      ],
    },
    ja: {
      description: 'スキャンした各リージョンに、タイプが ACCOUNT または ORGANIZATION（外部アクセス）で状態が ACTIVE の IAM Access Analyzer アナライザーがあるかを確認します。スナップショットに含まれる組織の管理アカウント/委任管理者アカウントにある同一リージョンの組織アナライザーも、メンバーアカウントに対して有効とみなします。',
      urgency: '今週中に対応してください。外部アクセスの検出は無料で、Access Analyzer はリージョン単位のサービスです。アナライザーのないリージョンは、公開バケットや KMS キー、クロスアカウントのロール信頼が見過ごされる死角になります。',
      risk: 'アナライザーがないと、リソースポリシーによって S3 バケット、KMS キー、IAM ロール、Lambda 関数、SQS キュー、シークレットが他アカウントや一般公開に共有されても誰にも通知されません。誤った、あるいは悪意あるポリシー変更でデータが何か月も露出し得ます。',
      recommendation: '有効なすべてのリージョンに外部アクセスアナライザーを作成してください（管理アカウントまたは委任管理者アカウントで ORGANIZATION アナライザーを作成すれば全メンバーアカウントを対象にできます）。検出結果は Security Hub や通知基盤に連携します。',
      console: [
        'IAM コンソール →「アクセスアナライザー」を開きます（リージョンの選択に注意）。',
        '「アナライザーを作成」で「外部アクセス分析」を選び、信頼ゾーン（現在のアカウントまたは組織）を選択します。',
        '有効なすべてのリージョンで繰り返すか、CloudFormation StackSets で展開します。',
      ],
    },
  },
  remediation: {
    cli: 'for r in $(aws ec2 describe-regions --query "Regions[].RegionName" --output text); do\n  aws accessanalyzer create-analyzer --region "$r" --analyzer-name external-access --type ACCOUNT\ndone',
    terraform: '# One per region (use a provider alias per region, or ORGANIZATION from the management/delegated account):\nresource "aws_accessanalyzer_analyzer" "external" {\n  analyzer_name = "external-access"\n  type          = "ACCOUNT"\n}',
    cloudformation: '# Deploy to every region with a StackSet:\nExternalAccessAnalyzer:\n  Type: AWS::AccessAnalyzer::Analyzer\n  Properties:\n    AnalyzerName: external-access\n    Type: ACCOUNT',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-28',
  ],
  evaluate(region, ctx) {
    const isExternal = (a: { config: AnalyzerConfig }) => EXTERNAL_ACCESS_ANALYZER_TYPES.includes(a.config.type) && a.config.status === 'ACTIVE';
    const own = ctx.resources<AnalyzerConfig>(ANALYZER_TYPE, { account: region.account, region: region.region });
    const active = own.filter(isExternal);
    if (active.length) {
      return pass({ en: `Active external access analyzer: ${active.map((a) => a.name).join(', ')}.`, ja: `有効な外部アクセスアナライザーがあります: ${active.map((a) => a.name).join('、')}。` });
    }
    // An organization analyzer elsewhere whose organization includes this account.
    const orgAnalyzer = ctx
      .resources<AnalyzerConfig>(ANALYZER_TYPE, {})
      .filter((a) => a.region === region.region && a.account !== region.account && a.config.type === 'ORGANIZATION' && a.config.status === 'ACTIVE')
      .find((a) => ctx.resources<OrganizationConfig>(ORGANIZATION_TYPE, { account: a.account }).some((o) => o.config.accounts?.some((m) => m.id === region.account)));
    if (orgAnalyzer) {
      return pass(
        { en: `Covered by organization analyzer ${orgAnalyzer.name} in account ${orgAnalyzer.account}.`, ja: `アカウント ${orgAnalyzer.account} の組織アナライザー ${orgAnalyzer.name} の対象になっています。` },
        { analyzer: orgAnalyzer.uid },
      );
    }
    const inactive = own.filter((a) => EXTERNAL_ACCESS_ANALYZER_TYPES.includes(a.config.type));
    return fail(
      inactive.length
        ? { en: `External access analyzer in ${region.region} is not active (${inactive.map((a) => `${a.name}: ${a.config.status}`).join(', ')}).`, ja: `${region.region} の外部アクセスアナライザーが有効ではありません（${inactive.map((a) => `${a.name}: ${a.config.status}`).join('、')}）。` }
        : { en: `No IAM Access Analyzer external access analyzer in ${region.region}.`, ja: `${region.region} に IAM Access Analyzer の外部アクセスアナライザーがありません。` },
      { analyzers: own.map((a) => ({ name: a.name, type: a.config.type, status: a.config.status })) },
    );
  },
});
