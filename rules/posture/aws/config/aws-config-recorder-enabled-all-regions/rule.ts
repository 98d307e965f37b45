import { CONFIG_RECORDER_TYPE, type ConfigRecorderConfig } from '../../../../../src/providers/aws/model/config.js';
import { REGION_TYPE } from '../../../../../src/model/pseudo.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';

type Recorder = Resource<ConfigRecorderConfig>;

const recordsAll = (r: ConfigRecorderConfig) =>
  r.recordingGroup.allSupported || r.recordingGroup.recordingStrategy === 'ALL_SUPPORTED_RESOURCE_TYPES';
const healthy = (r: Recorder) => r.config.status?.recording === true && recordsAll(r.config) && r.config.status.lastStatus?.toUpperCase() !== 'FAILURE';

export const rule = defineRule<Record<string, never>>({
  id: 'aws-config-recorder-enabled-all-regions',
  services: ['config'],
  title: {
    en: 'AWS Config is enabled in all Regions, recording all resource types',
    ja: 'すべてのリージョンで AWS Config が有効で、すべてのリソースタイプを記録している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [REGION_TYPE],
  reads: [CONFIG_RECORDER_TYPE],
  frameworks: {
    'cis-aws-3.0': ['3.3'],
    fsbp: ['Config.1'],
    'nist-800-53-r5': ['CM-3', 'CM-6(1)', 'CM-8', 'CM-8(2)'],
    'pci-dss-3.2.1': ['10.5.2', '11.5'],
  },
  doc: {
    en: {
      description:
        'Checks, for each scanned Region, that an AWS Config recorder is recording all supported resource types without a failed last delivery, and that global resource types (IAM) are recorded in at least one Region of the account.',
      urgency:
        'Fix within the month: nothing breaks today, but every change made in an unrecorded Region is lost for good, including the ones an investigation will need.',
      risk:
        'Without a configuration history you cannot answer "what did this security group, bucket policy or role look like last Tuesday and who changed it". An attacker who opens a port, attaches a policy and reverts it later leaves no configuration trail, and Regions nobody watches are where such changes go unnoticed.',
      recommendation:
        'Turn on AWS Config in every Region you can use (not only the ones you deploy to), recording all supported resource types, with global resources (IAM) recorded in one home Region. In AWS Organizations, deploy the recorder with a CloudFormation StackSet or Systems Manager Quick Setup so new accounts and Regions get it automatically.',
      console: [
        'Open the AWS Config console in the Region shown in the finding.',
        'Choose Settings (or Get started if Config was never used) and Edit.',
        'Under Recording strategy choose "All resource types with customizable overrides"; include global resources in your home Region only.',
        'Choose the service-linked role and a delivery S3 bucket, then Save and confirm the recorder shows "Recording is on".',
      ],
    },
    ja: {
      description:
        'スキャンした各リージョンで、AWS Config のレコーダーがサポート対象のすべてのリソースタイプを記録中で直近の配信が失敗していないこと、さらにアカウントのいずれかのリージョンでグローバルリソース（IAM）を記録していることを確認します。',
      urgency:
        '今月中に対応してください。今すぐ何かが壊れるわけではありませんが、記録していないリージョンでの変更は調査で必要になるものも含めて二度と取り戻せません。',
      risk:
        '構成履歴がないと「先週火曜日にこのセキュリティグループ・バケットポリシー・ロールはどうなっていて、誰が変えたのか」に答えられません。攻撃者がポートを開け、ポリシーを付与し、後で元に戻しても構成の痕跡は残らず、誰も見ていないリージョンではこうした変更に気付けません。',
      recommendation:
        'デプロイ先だけでなく利用可能なすべてのリージョンで AWS Config を有効にし、サポート対象のすべてのリソースタイプを記録し、グローバルリソース（IAM）はホームリージョン 1 つで記録してください。AWS Organizations では CloudFormation StackSets や Systems Manager Quick Setup でレコーダーを展開し、新しいアカウントやリージョンにも自動で適用されるようにしてください。',
      console: [
        '検出結果に表示されたリージョンで AWS Config コンソールを開きます。',
        '「設定」（初めての場合は「今すぐ始める」）を開き「編集」を選択します。',
        '「記録戦略」で「カスタマイズ可能なオーバーライドを持つすべてのリソースタイプ」を選び、グローバルリソースはホームリージョンでのみ含めます。',
        'サービスリンクロールと配信先 S3 バケットを指定して保存し、「記録はオンです」と表示されることを確認します。',
      ],
    },
  },
  remediation: {
    cli: [
      'REGION=<region>',
      'aws configservice put-configuration-recorder --region "$REGION" --configuration-recorder \\',
      '  name=default,roleARN=arn:aws:iam::<account-id>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig \\',
      '  --recording-group allSupported=true,includeGlobalResourceTypes=false  # true in the home Region only',
      'aws configservice put-delivery-channel --region "$REGION" --delivery-channel name=default,s3BucketName=<config-bucket>',
      'aws configservice start-configuration-recorder --region "$REGION" --configuration-recorder-name default',
    ].join('\n'),
    terraform: [
      'resource "aws_config_configuration_recorder" "this" {',
      '  name     = "default"',
      '  role_arn = aws_iam_service_linked_role.config.arn',
      '  recording_group {',
      '    all_supported                 = true',
      '    include_global_resource_types = var.is_home_region',
      '  }',
      '}',
      '',
      'resource "aws_config_delivery_channel" "this" {',
      '  name           = "default"',
      '  s3_bucket_name = var.config_bucket',
      '  depends_on     = [aws_config_configuration_recorder.this]',
      '}',
      '',
      'resource "aws_config_configuration_recorder_status" "this" {',
      '  name       = aws_config_configuration_recorder.this.name',
      '  is_enabled = true',
      '  depends_on = [aws_config_delivery_channel.this]',
      '}',
    ].join('\n'),
    cloudformation: [
      '# Deploy to every Region with a StackSet',
      'ConfigRecorder:',
      '  Type: AWS::Config::ConfigurationRecorder',
      '  Properties:',
      '    Name: default',
      '    RoleARN: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
      '    RecordingGroup:',
      '      AllSupported: true',
      '      IncludeGlobalResourceTypes: !Equals [!Ref AWS::Region, us-east-1]',
      'DeliveryChannel:',
      '  Type: AWS::Config::DeliveryChannel',
      '  Properties:',
      '    S3BucketName: !Ref ConfigBucketName',
    ].join('\n'),
  },
  references: [
    'https://docs.aws.amazon.com/config/latest/developerguide/gs-console.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1',
  ],
  evaluate(region, ctx) {
    const here = ctx.resources<ConfigRecorderConfig>(CONFIG_RECORDER_TYPE, { account: region.account, region: region.region });
    const good = here.find(healthy);
    if (!good) {
      if (here.some((r) => r.errors?.status)) {
        return notAssessed({ en: `The AWS Config recorder status in ${region.region} could not be collected.`, ja: `${region.region} の AWS Config レコーダーのステータスを取得できませんでした。` });
      }
      if (here.length === 0) {
        return fail({ en: `AWS Config has no configuration recorder in ${region.region}.`, ja: `${region.region} に AWS Config の設定レコーダーがありません。` });
      }
      const r = here[0]!;
      const why = r.config.status?.recording !== true
        ? { en: 'is not recording', ja: '記録を停止しています' }
        : !recordsAll(r.config)
          ? { en: 'records only selected resource types', ja: '一部のリソースタイプのみを記録しています' }
          : { en: `last delivery failed (${r.config.status?.lastErrorCode ?? 'Failure'})`, ja: `直近の配信に失敗しています（${r.config.status?.lastErrorCode ?? 'Failure'}）` };
      return fail(
        { en: `Recorder ${r.name} in ${region.region} ${why.en}.`, ja: `${region.region} のレコーダー ${r.name} は${why.ja}。` },
        { recorder: r.uid, status: r.config.status, recordingGroup: r.config.recordingGroup },
      );
    }
    const globalRecorder = good.config.recordingGroup.includeGlobalResourceTypes
      ? good
      : ctx
          .resources<ConfigRecorderConfig>(CONFIG_RECORDER_TYPE, { account: region.account })
          .find((r) => healthy(r) && r.config.recordingGroup.includeGlobalResourceTypes);
    if (!globalRecorder) {
      return fail(
        {
          en: `Recorder ${good.name} in ${region.region} records all regional types, but no Region of the account records global resource types (IAM).`,
          ja: `${region.region} のレコーダー ${good.name} はリージョンのリソースをすべて記録していますが、アカウント内のどのリージョンでもグローバルリソース（IAM）を記録していません。`,
        },
        { recorder: good.uid },
      );
    }
    return pass(
      {
        en: `Recorder ${good.name} is recording all resource types in ${region.region}; global types are recorded in ${globalRecorder.region}.`,
        ja: `${region.region} のレコーダー ${good.name} はすべてのリソースタイプを記録中で、グローバルリソースは ${globalRecorder.region} で記録されています。`,
      },
      { recorder: good.uid, globalRecorder: globalRecorder.uid },
    );
  },
});
