import { SECURITYHUB_HUB_TYPE, type SecurityHubHubConfig } from '../../../../../src/providers/aws/model/securityhub.js';
import { REGION_TYPE } from '../../../../../src/model/pseudo.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<{ regionName?: string }>({
  id: 'aws-securityhub-enabled',
  services: ['securityhub'],
  title: {
    en: 'AWS Security Hub is enabled in every region',
    ja: 'すべてのリージョンで AWS Security Hub が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [REGION_TYPE],
  reads: [SECURITYHUB_HUB_TYPE],
  frameworks: {
    'cis-aws-3.0': ['4.16'],
    'nist-800-53-r5': ['CA-7', 'SI-4'],
  },
  doc: {
    en: {
      description: 'Checks that AWS Security Hub is enabled in every collected region of the account (DescribeHub returns a hub).',
      urgency: 'Fix this week: Security Hub is where GuardDuty, Inspector, IAM Access Analyzer and control findings come together; a region without it has no central view and no continuous control checks.',
      risk: 'Findings from GuardDuty or Inspector in that region are not aggregated, so the security team watching the Security Hub dashboard or its EventBridge rules never sees them. Configuration drift such as a newly public bucket or an open security group is not continuously evaluated there.',
      recommendation: 'Enable Security Hub in every region, preferably with central configuration from a delegated administrator in AWS Organizations and cross-region aggregation into one home region. Enable AWS Config in the same regions, since Security Hub controls depend on it.',
      console: [
        'Open the Security Hub console in the region reported by the finding.',
        'Choose "Go to Security Hub" / "Enable Security Hub", keep "AWS Foundational Security Best Practices" and "CIS AWS Foundations Benchmark v3.0.0" selected, and enable.',
        'In the delegated administrator account, open "Configuration" and create a central configuration policy that enables Security Hub in all regions and accounts.',
      ],
    },
    ja: {
      description: 'アカウントの収集対象のすべてのリージョンで AWS Security Hub が有効になっているか（DescribeHub でハブが返るか）を確認します。',
      urgency: '今週中に対応してください。Security Hub は GuardDuty、Inspector、IAM Access Analyzer の検出結果やコントロール評価が集まる場所です。有効でないリージョンには一元的な可視性も継続的なコントロール評価もありません。',
      risk: 'そのリージョンの GuardDuty や Inspector の検出結果が集約されないため、Security Hub のダッシュボードや EventBridge ルールを監視しているセキュリティチームの目に触れません。新たに公開されたバケットや開放されたセキュリティグループといった設定の逸脱も、継続的に評価されません。',
      recommendation: 'すべてのリージョンで Security Hub を有効にしてください。AWS Organizations の委任管理者による中央設定と、ホームリージョンへのクロスリージョン集約を推奨します。Security Hub のコントロールは AWS Config に依存するため、同じリージョンで Config も有効にしてください。',
      console: [
        '検出結果に示されたリージョンで Security Hub コンソールを開きます。',
        '「Security Hub に移動」／「Security Hub を有効化」を選び、「AWS 基礎セキュリティのベストプラクティス」と「CIS AWS Foundations Benchmark v3.0.0」を選択したまま有効にします。',
        '委任管理者アカウントでは「設定」から、全リージョン・全アカウントで Security Hub を有効にする中央設定ポリシーを作成します。',
      ],
    },
  },
  remediation: {
    cli: 'for r in $(aws ec2 describe-regions --query "Regions[].RegionName" --output text); do\n  aws securityhub enable-security-hub --enable-default-standards --control-finding-generator SECURITY_CONTROL --region "$r"\ndone',
    terraform: 'resource "aws_securityhub_account" "this" {\n  enable_default_standards  = true\n  control_finding_generator = "SECURITY_CONTROL"\n  auto_enable_controls      = true\n}',
    cloudformation: 'Resources:\n  Hub:\n    Type: AWS::SecurityHub::Hub\n    Properties:\n      EnableDefaultStandards: true\n      ControlFindingGenerator: SECURITY_CONTROL\n      AutoEnableControls: true\n# Deploy to every region with a StackSet, or use Security Hub central configuration.',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/central-configuration-intro.html',
  ],
  evaluate(region, ctx) {
    const hubs = ctx.resources<SecurityHubHubConfig>(SECURITYHUB_HUB_TYPE, { account: region.account, region: region.region });
    return hubs.length > 0
      ? pass({ en: `Security Hub is enabled in ${region.region}.`, ja: `${region.region} で Security Hub が有効です。` }, { hub: hubs[0].uid })
      : fail({
          en: `Security Hub is not enabled in ${region.region} (the account is not subscribed there).`,
          ja: `${region.region} で Security Hub が有効になっていません（このリージョンでサブスクライブされていません）。`,
        });
  },
});
