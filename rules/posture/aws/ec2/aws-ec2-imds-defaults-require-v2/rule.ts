import { REGIONAL_SETTINGS_TYPE, type RegionalSettingsConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<RegionalSettingsConfig>({
  id: 'aws-ec2-imds-defaults-require-v2',
  services: ['ec2'],
  title: {
    en: 'The account default for new instances requires IMDSv2',
    ja: '新規インスタンス向けのアカウントのデフォルトで IMDSv2 が必須になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [REGIONAL_SETTINGS_TYPE],
  requires: ['instanceMetadataDefaults'],
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-6'],
  },
  doc: {
    en: {
      description: 'Checks that the region\'s account-level instance metadata defaults set HttpTokens to "required", so instances launched without explicit metadata options get IMDSv2 only.',
      urgency: 'Set it when convenient: it does not change running instances, but it stops new IMDSv1 instances from appearing (existing ones are reported by aws-ec2-instance-imdsv2-required).',
      risk: 'Without the default, every instance launched from an older AMI, template or script that does not set metadata options allows IMDSv1, which lets an SSRF or proxy bug leak the instance role\'s credentials.',
      recommendation: 'Set the account default in every region to HttpTokens=required (hop limit 2 if you run containers on instances), or enforce it organisation-wide with an EC2 declarative policy.',
      console: [
        'Open the EC2 console and select the region.',
        'EC2 Dashboard → Account attributes → Data protection and security → IMDS defaults → Manage.',
        'Set "Metadata version" to "V2 only (token required)", choose the hop limit and choose "Update".',
      ],
    },
    ja: {
      description: 'リージョンのアカウントレベルのインスタンスメタデータのデフォルトで HttpTokens が「required」に設定され、メタデータオプションを明示せずに起動したインスタンスが IMDSv2 のみになるかを確認します。',
      urgency: '都合のよいときに設定してください。稼働中のインスタンスは変わりませんが、IMDSv1 のインスタンスが新たに増えるのを防ぎます（既存のものは aws-ec2-instance-imdsv2-required で報告されます）。',
      risk: 'デフォルトがないと、メタデータオプションを指定しない古い AMI・テンプレート・スクリプトから起動したインスタンスはすべて IMDSv1 を許可し、SSRF やプロキシの不具合からインスタンスロールの認証情報が漏えいし得ます。',
      recommendation: 'すべてのリージョンでアカウントのデフォルトを HttpTokens=required に設定してください（インスタンス上でコンテナを動かす場合はホップ制限 2）。組織全体では EC2 の宣言型ポリシーで強制できます。',
      console: [
        'EC2 コンソールを開き、対象のリージョンを選択します。',
        'EC2 ダッシュボード →「アカウントの属性」→「データ保護とセキュリティ」→「IMDS のデフォルト」→「管理」を選択します。',
        '「メタデータのバージョン」を「V2 のみ (トークンは必須)」にし、ホップ制限を選んで「更新」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'for r in $(aws ec2 describe-regions --query "Regions[].RegionName" --output text); do\n  aws ec2 modify-instance-metadata-defaults --http-tokens required --http-put-response-hop-limit 2 --region "$r"\ndone',
    terraform: 'resource "aws_ec2_instance_metadata_defaults" "this" {\n  http_tokens                 = "required"\n  http_put_response_hop_limit = 2\n}',
    cloudformation: '# Organisation-wide, from the management account: an EC2 declarative policy\nImdsDefaultsPolicy:\n  Type: AWS::Organizations::Policy\n  Properties:\n    Name: imdsv2-required\n    Type: DECLARATIVE_POLICY_EC2\n    TargetIds: [!Ref RootId]\n    Content:\n      ec2_attributes:\n        instance_metadata_defaults:\n          http_tokens:\n            "@@assign": required\n          http_put_response_hop_limit:\n            "@@assign": "2"',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_syntax.html',
  ],
  evaluate(settings) {
    const defaults = settings.config.instanceMetadataDefaults;
    if (defaults === undefined) return notAssessed({ en: 'The instance metadata defaults were not collected.', ja: 'インスタンスメタデータのデフォルトを取得できませんでした。' });
    if (defaults?.HttpTokens === 'required') {
      return pass({ en: `New instances in ${settings.region} default to IMDSv2 only.`, ja: `${settings.region} の新規インスタンスはデフォルトで IMDSv2 のみです。` }, { ...defaults });
    }
    return fail(
      defaults
        ? { en: `The account default HttpTokens is "${defaults.HttpTokens ?? 'no-preference'}" in ${settings.region}.`, ja: `${settings.region} のアカウントのデフォルトの HttpTokens が「${defaults.HttpTokens ?? 'no-preference'}」です。` }
        : { en: `No account-level instance metadata default is set in ${settings.region}.`, ja: `${settings.region} でアカウントレベルのインスタンスメタデータのデフォルトが設定されていません。` },
      { instanceMetadataDefaults: defaults },
    );
  },
});
