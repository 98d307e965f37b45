import { IMAGE_TYPE, type ImageConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<ImageConfig>({
  id: 'aws-ec2-ami-not-public',
  services: ['ec2'],
  title: {
    en: 'AMIs owned by the account are not public',
    ja: 'アカウントが所有する AMI が公開されていない',
  },
  severity: 'HIGH',
  urgency: 'immediate',
  resourceTypes: [IMAGE_TYPE],
  requires: ['imageName', 'public'],
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-21', 'AC-6'],
  },
  doc: {
    en: {
      description: 'Checks that AMIs owned by the account do not have public launch permissions (the image\'s Public flag).',
      urgency: 'Fix now: a public AMI can be launched and inspected by every AWS account, and copies made meanwhile cannot be recalled.',
      risk: 'Anyone can launch the image and read its disks: baked-in application code, configuration, SSH host and user keys, cloud credentials or database passwords left on the image. Public AMIs are systematically crawled for secrets.',
      recommendation: 'Make the AMI private, rotate any secret that was on it, and enable "Block public access for AMIs" in every region. Share images only with specific accounts or your organisation / OUs.',
      console: [
        'Open the EC2 console → Images → AMIs and select the AMI (filter "Owned by me").',
        'Choose Actions → Edit AMI permissions.',
        'Select "Private" (add specific accounts or organizations if needed) and choose "Save changes".',
        'EC2 Dashboard → Account attributes → Data protection and security → Block public access for AMIs → Manage → enable.',
      ],
    },
    ja: {
      description: 'アカウントが所有する AMI にパブリックな起動許可（イメージの Public フラグ）が付いていないかを確認します。',
      urgency: '直ちに対応してください。公開 AMI はすべての AWS アカウントが起動・調査でき、その間に作られたコピーは取り戻せません。',
      risk: '誰でもイメージを起動してディスクを読めます。イメージに焼き込まれたアプリケーションコード、設定、SSH のホスト鍵やユーザー鍵、クラウドの認証情報、データベースのパスワードなどが対象です。公開 AMI はシークレット目的で体系的に収集されています。',
      recommendation: 'AMI を非公開にし、含まれていたシークレットをローテーションし、すべてのリージョンで「AMI のパブリックアクセスをブロック」を有効にしてください。共有は特定のアカウント、または組織・OU に限定してください。',
      console: [
        'EC2 コンソールの「イメージ」→「AMI」で対象の AMI を選択します（「自分が所有」で絞り込み）。',
        '「アクション」→「AMI 許可を編集」を選択します。',
        '「プライベート」を選び（必要なら特定のアカウントや組織を追加）、「変更を保存」を選択します。',
        'EC2 ダッシュボード →「アカウントの属性」→「データ保護とセキュリティ」→「AMI のパブリックアクセスをブロック」→「管理」で有効にします。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 modify-image-attribute --image-id ami-0123456789abcdef0 \\\n  --launch-permission "Remove=[{Group=all}]"\naws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing',
    terraform: 'resource "aws_ami_launch_permission" "shared" {\n  image_id   = aws_ami.golden.id\n  account_id = "210987654321" # never group = "all"\n}\n\nresource "aws_ec2_image_block_public_access" "this" {\n  state = "block-new-sharing"\n}',
    cloudformation: '# AMI launch permissions are not a CloudFormation property; detect public AMIs with AWS Config\nPublicAmiCheck:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: ami-not-public\n    Scope:\n      ComplianceResourceTypes: [AWS::EC2::Image]\n    Source:\n      Owner: CUSTOM_POLICY\n      SourceDetails:\n        - EventSource: aws.config\n          MessageType: ConfigurationItemChangeNotification\n      CustomPolicyDetails:\n        PolicyRuntime: guard-2.x.x\n        PolicyText: |\n          rule ami_not_public { configuration.public == false }',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-block-public-access.html',
  ],
  evaluate(image) {
    return image.config.public
      ? fail({ en: `The AMI ${image.config.imageName ?? image.config.imageId} is public.`, ja: `AMI ${image.config.imageName ?? image.config.imageId} が公開されています。` }, { public: true })
      : pass({ en: 'The AMI is private.', ja: 'AMI は非公開です。' });
  },
});
