import { TRAIL_TYPE, type TrailConfig } from '../../../../../src/providers/aws/model/cloudtrail.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<TrailConfig>({
  id: 'aws-cloudtrail-log-file-validation-enabled',
  services: ['cloudtrail'],
  title: {
    en: 'CloudTrail log file validation is enabled',
    ja: 'CloudTrail のログファイル整合性検証が有効になっている',
  },
  severity: 'LOW',
  urgency: 'medium',
  resourceTypes: [TRAIL_TYPE],
  requires: ['logFileValidationEnabled'],
  frameworks: {
    'cis-aws-3.0': ['3.2'],
    fsbp: ['CloudTrail.4'],
    'nist-800-53-r5': ['AU-9', 'SI-4', 'SI-7(1)', 'SI-7(3)', 'SI-7(7)'],
    'pci-dss-3.2.1': ['10.5.2', '10.5.5'],
  },
  doc: {
    en: {
      description:
        'Checks that the trail writes signed digest files, so that you can prove a delivered log file was not changed or deleted.',
      urgency:
        'Fix within the month: logging still works without it, but from the day it is off nothing can prove the integrity of the logs delivered, and digests cannot be created retroactively.',
      risk:
        'An intruder (or an insider) with write access to the trail bucket can delete or edit the log files that show their actions. Without digest files nobody can tell the logs were tampered with, and the remaining logs lose their value as evidence in an investigation or audit.',
      recommendation:
        'Enable log file validation on the trail. Validate logs with "aws cloudtrail validate-logs" during investigations, and protect the bucket (versioning, Object Lock, restricted delete permissions).',
      console: [
        'Open the CloudTrail console and choose Trails, then the trail.',
        'Under General details choose Edit.',
        'Under Additional settings, set Log file validation to Enabled and choose Save changes.',
      ],
    },
    ja: {
      description:
        '証跡が署名付きダイジェストファイルを出力し、配信済みのログファイルが変更・削除されていないことを証明できるかを確認します。',
      urgency:
        '今月中に対応してください。無効でもログ記録自体は続きますが、無効な期間に配信されたログの完全性は証明できず、後からダイジェストを作ることもできません。',
      risk:
        '証跡のバケットへの書き込み権限を得た侵入者（または内部関係者）が、自分の操作を示すログファイルを削除・改ざんできます。ダイジェストファイルがなければ改ざんされたことに誰も気付けず、残ったログも調査や監査での証拠としての価値を失います。',
      recommendation:
        '証跡でログファイルの検証を有効にしてください。調査時には "aws cloudtrail validate-logs" で検証し、バケット側も保護（バージョニング、Object Lock、削除権限の制限）してください。',
      console: [
        'CloudTrail コンソールで「証跡」を開き、対象の証跡を選択します。',
        '「全般的な詳細」で「編集」を選択します。',
        '「追加の設定」で「ログファイルの検証」を「有効」にし、「変更の保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws cloudtrail update-trail --name <trail-name> --enable-log-file-validation\n# Later, prove integrity:\naws cloudtrail validate-logs --trail-arn <trail-arn> --start-time 2026-01-01T00:00:00Z',
    terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  enable_log_file_validation = true\n}',
    cloudformation: 'Trail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    # ...\n    EnableLogFileValidation: true',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-4',
  ],
  evaluate(trail) {
    return trail.config.logFileValidationEnabled
      ? pass({ en: `Trail ${trail.name} writes digest files.`, ja: `証跡 ${trail.name} はダイジェストファイルを出力しています。` })
      : fail(
          { en: `Log file validation is disabled on trail ${trail.name}.`, ja: `証跡 ${trail.name} でログファイルの検証が無効です。` },
          { logFileValidationEnabled: false },
        );
  },
});
