import { DB_INSTANCE_TYPE, type DbInstanceConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isClusterMember } from '../shared.js';

export const rule = defineRule<DbInstanceConfig>({
  id: 'aws-rds-instance-copy-tags-to-snapshots',
  services: ['rds'],
  title: {
    en: 'RDS DB instances copy tags to snapshots',
    ja: 'RDS DB インスタンスでスナップショットへのタグのコピーが有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [DB_INSTANCE_TYPE],
  requires: ['CopyTagsToSnapshot', 'DBClusterIdentifier'],
  frameworks: {
    fsbp: ['RDS.17'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-2(2)'],
  },
  doc: {
    en: {
      description: 'Checks that CopyTagsToSnapshot is enabled so every snapshot inherits the tags (owner, environment, data classification) of its DB instance.',
      urgency: 'Low urgency: an inventory and governance gap, not a direct exposure; fix it with the next change to the instance.',
      risk: 'Untagged snapshots cannot be attributed to an owner or data classification, so tag-based access control (ABAC), cost allocation and cleanup jobs miss them. Orphaned snapshots containing production data accumulate and are the ones most likely to be shared or forgotten.',
      recommendation: 'Enable "Copy tags to snapshots" on all instances and enforce it in your infrastructure-as-code modules. Tag existing manual snapshots with the instance tags.',
      console: [
        'Open the RDS console, choose Databases, select the instance and choose Modify.',
        'Under Backup, tick "Copy tags to snapshots".',
        'Choose Continue and "Apply immediately".',
      ],
    },
    ja: {
      description: 'CopyTagsToSnapshot が有効で、すべてのスナップショットが DB インスタンスのタグ（所有者、環境、データ分類）を引き継ぐかを確認します。',
      urgency: '緊急度は低めです。直接の露出ではなく資産管理とガバナンスの不備のため、次回インスタンスを変更する際に対応してください。',
      risk: 'タグのないスナップショットは所有者やデータ分類を特定できず、タグベースのアクセス制御（ABAC）、コスト配分、削除ジョブの対象から漏れます。本番データを含む所有者不明のスナップショットが溜まり、誤共有や放置の原因になります。',
      recommendation: 'すべてのインスタンスで「スナップショットにタグをコピー」を有効にし、IaC のモジュールで強制してください。既存の手動スナップショットにもインスタンスと同じタグを付与します。',
      console: [
        'RDS コンソールで「データベース」から対象インスタンスを選択し「変更」を選びます。',
        '「バックアップ」で「スナップショットにタグをコピー」をオンにします。',
        '「続行」から「すぐに適用」を選びます。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --copy-tags-to-snapshot --apply-immediately',
    terraform: 'resource "aws_db_instance" "main" {\n  # ...\n  copy_tags_to_snapshot = true\n}',
    cloudformation: 'OrdersDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    # ...\n    CopyTagsToSnapshot: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-17',
  ],
  evaluate(db) {
    const c = db.config;
    if (isClusterMember(c)) {
      return notApplicable({ en: `Snapshots are taken of DB cluster ${c.DBClusterIdentifier}.`, ja: `スナップショットは DB クラスター ${c.DBClusterIdentifier} 単位で取得されます。` });
    }
    return c.CopyTagsToSnapshot
      ? pass({ en: 'Tags are copied to snapshots.', ja: 'タグはスナップショットにコピーされます。' })
      : fail({ en: 'Snapshots of this instance are created without its tags.', ja: 'このインスタンスのスナップショットはタグなしで作成されます。' }, { CopyTagsToSnapshot: false });
  },
});
