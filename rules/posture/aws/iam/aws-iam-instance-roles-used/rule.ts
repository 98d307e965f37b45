import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'aws-iam-instance-roles-used',
  services: ['iam', 'ec2'],
  title: {
    en: 'IAM instance roles are used for AWS resource access from instances',
    ja: 'インスタンスからの AWS リソースへのアクセスに IAM インスタンスロールが使われている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-aws-3.0': ['1.18'] },
  doc: {
    en: {
      description: 'Confirm that EC2 instances that call AWS APIs get credentials from an instance profile (IAM role) and not from access keys stored on the instance (~/.aws/credentials, environment variables, application config). Whether keys are stored on a host cannot be seen from the AWS APIs, so this is a manual review.',
      urgency: 'Review within the month: long-lived keys on servers are a common source of leaked credentials, especially on internet-facing hosts.',
      risk: 'An access key in a file on an instance is stolen along with the server (web shell, backup, AMI shared by mistake) and works from anywhere until rotated; role credentials are short-lived and, with IMDSv2, much harder to steal.',
      recommendation: 'Attach an instance profile with a least-privilege role to each instance that needs AWS access, remove access keys from hosts and images, deactivate those keys, and enforce IMDSv2.',
      console: [
        'Open the EC2 console → "Instances"; check the "IAM Role" column for instances that call AWS APIs.',
        'Select an instance → "Actions" → "Security" → "Modify IAM role" to attach a role.',
        'On the host, remove ~/.aws/credentials and key environment variables; deactivate the old IAM user keys.',
      ],
    },
    ja: {
      description: 'AWS API を呼び出す EC2 インスタンスが、インスタンス上に保存したアクセスキー（~/.aws/credentials、環境変数、アプリケーション設定）ではなく、インスタンスプロファイル（IAM ロール）から認証情報を得ていることを確認します。ホスト上にキーが保存されているかは AWS API からは分からないため、手動での確認になります。',
      urgency: '1 か月以内に見直してください。サーバー上の長期キーは、特にインターネットに公開されたホストで、認証情報漏えいのよくある原因です。',
      risk: 'インスタンス上のファイルにあるアクセスキーは、サーバーとともに（Web シェル、バックアップ、誤って共有された AMI など）盗まれ、ローテーションされるまでどこからでも使えます。ロールの認証情報は短期間で失効し、IMDSv2 を使えば盗むのもはるかに困難です。',
      recommendation: 'AWS へのアクセスが必要なインスタンスには最小権限のロールを持つインスタンスプロファイルを付与し、ホストやイメージからアクセスキーを削除して無効化したうえで、IMDSv2 を必須にしてください。',
      console: [
        'EC2 コンソール →「インスタンス」で、AWS API を呼び出すインスタンスの「IAM ロール」列を確認します。',
        'インスタンスを選び、「アクション」→「セキュリティ」→「IAM ロールを変更」でロールを付与します。',
        'ホスト上の ~/.aws/credentials やキーの環境変数を削除し、元の IAM ユーザーのキーを無効化します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 describe-instances --query "Reservations[].Instances[].[InstanceId,IamInstanceProfile.Arn]" --output table\naws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-name>',
    terraform: 'resource "aws_iam_instance_profile" "app" {\n  name = "app-profile"\n  role = aws_iam_role.app.name\n}\n\nresource "aws_instance" "app" {\n  ami                  = var.ami_id\n  instance_type        = "t3.micro"\n  iam_instance_profile = aws_iam_instance_profile.app.name\n  metadata_options {\n    http_tokens = "required"\n  }\n}',
    cloudformation: 'AppProfile:\n  Type: AWS::IAM::InstanceProfile\n  Properties:\n    Roles: [!Ref AppRole]\nAppInstance:\n  Type: AWS::EC2::Instance\n  Properties:\n    ImageId: !Ref AmiId\n    InstanceType: t3.micro\n    IamInstanceProfile: !Ref AppProfile',
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html'],
});
