import { INSTANCE_TYPE, type InstanceConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<InstanceConfig>({
  id: 'aws-ec2-instance-imdsv2-required',
  services: ['ec2'],
  title: {
    en: 'EC2 instances require IMDSv2 (session tokens) for instance metadata',
    ja: 'EC2 インスタンスでインスタンスメタデータに IMDSv2（セッショントークン）が必須になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [INSTANCE_TYPE],
  requires: ['iamInstanceProfileArn', 'metadataOptions', 'state'],
  frameworks: {
    'cis-aws-3.0': ['5.6'],
    fsbp: ['EC2.8'],
    'nist-800-53-r5': ['AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
  },
  doc: {
    en: {
      description: 'Checks that the instance metadata service of each instance only answers IMDSv2 requests (MetadataOptions.HttpTokens = required), or is disabled.',
      urgency: 'Fix within days, starting with internet-facing instances and instances with an instance profile: IMDSv1 turns any server-side request forgery or open proxy bug into stolen AWS credentials.',
      risk: 'With IMDSv1 a single unauthenticated GET to http://169.254.169.254/latest/meta-data/iam/security-credentials/<role> returns the instance role\'s temporary keys. An attacker who finds an SSRF, a web shell or an open reverse proxy on the instance can take those keys and use the role from anywhere — for example to write into deployment artifact buckets and tamper with the next release.',
      recommendation: 'Require IMDSv2 on every instance (HttpTokens=required, hop limit 1 unless containers need 2), set it as the account default for new instances, and use launch templates / AMIs that default to IMDSv2. Check the MetadataNoToken CloudWatch metric first to find software still using IMDSv1 and update it (current AWS SDKs and CLI support IMDSv2).',
      console: [
        'Open the EC2 console → Instances and select the instance.',
        'Choose Actions → Instance settings → Modify instance metadata options.',
        'Set "IMDSv2" to "Required" (keep the metadata service enabled if the instance needs its role) and save.',
        'For new instances: EC2 Dashboard → Account attributes → Data protection and security → IMDS defaults → set "Metadata version" to "V2 only (token required)".',
      ],
    },
    ja: {
      description: '各インスタンスのインスタンスメタデータサービスが IMDSv2 のリクエストにのみ応答する（MetadataOptions.HttpTokens = required）か、無効化されているかを確認します。',
      urgency: '数日以内に対応してください。インターネットに公開されたインスタンスやインスタンスプロファイルを持つインスタンスから優先します。IMDSv1 のままだと、SSRF やオープンプロキシの不具合がそのまま AWS 認証情報の窃取につながります。',
      risk: 'IMDSv1 では http://169.254.169.254/latest/meta-data/iam/security-credentials/<ロール名> への認証なしの GET 1 回でインスタンスロールの一時認証情報が返されます。インスタンス上の SSRF、Web シェル、オープンなリバースプロキシを見つけた攻撃者はこの認証情報を持ち出し、どこからでもロールの権限を使えます（例: デプロイ成果物のバケットに書き込み、次のリリースを改ざんする）。',
      recommendation: 'すべてのインスタンスで IMDSv2 を必須にし（HttpTokens=required、コンテナが必要としない限りホップ制限は 1）、新規インスタンス向けにアカウントのデフォルトも設定し、起動テンプレートや AMI も IMDSv2 をデフォルトにしてください。事前に CloudWatch の MetadataNoToken メトリクスで IMDSv1 を使っているソフトウェアを特定し、更新してください（現行の AWS SDK と CLI は IMDSv2 に対応しています）。',
      console: [
        'EC2 コンソールの「インスタンス」で対象のインスタンスを選択します。',
        '「アクション」→「インスタンスの設定」→「インスタンスメタデータオプションの変更」を選択します。',
        '「IMDSv2」を「必須」に設定し（ロールを使う場合はメタデータサービスは有効のまま）、保存します。',
        '新規インスタンス向けに、EC2 ダッシュボード →「アカウントの属性」→「データ保護とセキュリティ」→「IMDS のデフォルト」で「メタデータのバージョン」を「V2 のみ (トークンは必須)」に設定します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 modify-instance-metadata-options \\\n  --instance-id i-0123456789abcdef0 \\\n  --http-tokens required --http-endpoint enabled --http-put-response-hop-limit 1\n\n# Default for new instances in this region\naws ec2 modify-instance-metadata-defaults --http-tokens required --http-put-response-hop-limit 2',
    terraform: 'resource "aws_instance" "web" {\n  # ...\n  metadata_options {\n    http_endpoint               = "enabled"\n    http_tokens                 = "required"\n    http_put_response_hop_limit = 1\n  }\n}\n\nresource "aws_ec2_instance_metadata_defaults" "this" {\n  http_tokens                 = "required"\n  http_put_response_hop_limit = 2\n}',
    cloudformation: 'LaunchTemplate:\n  Type: AWS::EC2::LaunchTemplate\n  Properties:\n    LaunchTemplateData:\n      MetadataOptions:\n        HttpEndpoint: enabled\n        HttpTokens: required\n        HttpPutResponseHopLimit: 1',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-transition-to-version-2.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8',
  ],
  evaluate(instance) {
    const { state, metadataOptions } = instance.config;
    if (state === 'shutting-down') return notApplicable({ en: 'The instance is shutting down.', ja: 'インスタンスは終了処理中です。' });
    if (!metadataOptions) return notAssessed({ en: 'The instance metadata options were not returned.', ja: 'インスタンスメタデータのオプションが取得できませんでした。' });
    if (metadataOptions.HttpEndpoint === 'disabled') {
      return pass({ en: 'The instance metadata service is disabled.', ja: 'インスタンスメタデータサービスは無効化されています。' }, { ...metadataOptions });
    }
    return metadataOptions.HttpTokens === 'required'
      ? pass({ en: 'IMDSv2 is required (HttpTokens=required).', ja: 'IMDSv2 が必須です（HttpTokens=required）。' }, { ...metadataOptions })
      : fail(
          {
            en: `IMDSv1 is allowed: HttpTokens=${metadataOptions.HttpTokens ?? 'unset'} with the metadata endpoint enabled${instance.config.iamInstanceProfileArn ? `, and the instance profile ${instance.config.iamInstanceProfileArn} can be stolen` : ''}.`,
            ja: `IMDSv1 が許可されています（HttpTokens=${metadataOptions.HttpTokens ?? '未設定'}、メタデータエンドポイント有効）${instance.config.iamInstanceProfileArn ? `。インスタンスプロファイル ${instance.config.iamInstanceProfileArn} の認証情報が窃取される可能性があります` : ''}。`,
          },
          { ...metadataOptions, iamInstanceProfileArn: instance.config.iamInstanceProfileArn },
        );
  },
});
