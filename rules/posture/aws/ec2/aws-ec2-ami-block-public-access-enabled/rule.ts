import { REGIONAL_SETTINGS_TYPE, type RegionalSettingsConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<RegionalSettingsConfig>({
  id: 'aws-ec2-ami-block-public-access-enabled',
  services: ['ec2'],
  title: {
    en: 'Block public access for AMIs is enabled',
    ja: 'AMI のパブリックアクセスのブロックが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [REGIONAL_SETTINGS_TYPE],
  requires: ['imageBlockPublicAccess'],
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-21'],
  },
  doc: {
    en: {
      description: 'Checks that the regional setting "Block public access for AMIs" is enabled (block-new-sharing), so nobody in the account can make an AMI public.',
      urgency: 'Enable within weeks: it is a simple preventive guardrail; existing public AMIs are reported separately by aws-ec2-ami-not-public.',
      risk: 'Without it, a single ModifyImageAttribute call — by mistake, in a pipeline, or by an attacker — publishes a golden image with everything baked into it (code, keys, configuration) to all AWS accounts.',
      recommendation: 'Enable block public access for AMIs in every region (it is on by default for new accounts since 2023 but may have been turned off), preferably enforced by an organisation declarative policy.',
      console: [
        'Open the EC2 console and select the region.',
        'EC2 Dashboard → Account attributes → Data protection and security.',
        'Under "Block public access for AMIs" choose "Manage", select "Block new public sharing" and choose "Update".',
      ],
    },
    ja: {
      description: 'リージョンの設定「AMI のパブリックアクセスをブロック」が有効（block-new-sharing）で、アカウント内の誰も AMI を公開できないかを確認します。',
      urgency: '数週間以内に有効にしてください。シンプルな予防的ガードレールです。既に公開されている AMI は aws-ec2-ami-not-public で別途報告されます。',
      risk: 'この設定がないと、誤操作・パイプライン・攻撃者による ModifyImageAttribute の呼び出し 1 回で、焼き込まれたすべて（コード、鍵、設定）を含むゴールデンイメージがすべての AWS アカウントに公開されます。',
      recommendation: 'すべてのリージョンで AMI のパブリックアクセスのブロックを有効にしてください（2023 年以降の新規アカウントでは既定で有効ですが、無効化されている可能性があります）。組織の宣言型ポリシーで強制するのが理想です。',
      console: [
        'EC2 コンソールを開き、対象のリージョンを選択します。',
        'EC2 ダッシュボード →「アカウントの属性」→「データ保護とセキュリティ」を開きます。',
        '「AMI のパブリックアクセスをブロック」の「管理」を選び、「新しいパブリック共有をブロック」を選択して「更新」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'for r in $(aws ec2 describe-regions --query "Regions[].RegionName" --output text); do\n  aws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing --region "$r"\ndone',
    terraform: 'resource "aws_ec2_image_block_public_access" "this" {\n  state = "block-new-sharing"\n}',
    cloudformation: '# Organisation-wide, from the management account: an EC2 declarative policy\nAmiBlockPublicAccessPolicy:\n  Type: AWS::Organizations::Policy\n  Properties:\n    Name: ami-block-public-access\n    Type: DECLARATIVE_POLICY_EC2\n    TargetIds: [!Ref RootId]\n    Content:\n      ec2_attributes:\n        image_block_public_access:\n          state:\n            "@@assign": block_new_sharing',
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-block-public-access.html'],
  evaluate(settings) {
    const state = settings.config.imageBlockPublicAccess;
    if (state === undefined) return notAssessed({ en: 'The AMI block public access state was not collected.', ja: 'AMI のパブリックアクセスのブロック状態を取得できませんでした。' });
    return state === 'block-new-sharing'
      ? pass({ en: `AMI block public access is enabled in ${settings.region}.`, ja: `${settings.region} の AMI のパブリックアクセスのブロックは有効です。` })
      : fail({ en: `AMI block public access is "${state}" in ${settings.region}.`, ja: `${settings.region} の AMI のパブリックアクセスのブロックが「${state}」です。` }, { state });
  },
});
