import { DB_CLUSTER_SNAPSHOT_TYPE, DB_SNAPSHOT_TYPE, type DbClusterSnapshotConfig, type DbSnapshotConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

type SnapshotConfig = DbSnapshotConfig | DbClusterSnapshotConfig;

export const rule = defineRule<SnapshotConfig>({
  id: 'aws-rds-snapshot-not-public',
  services: ['rds'],
  title: {
    en: 'RDS snapshots are private',
    ja: 'RDS スナップショットがプライベートになっている',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [DB_SNAPSHOT_TYPE, DB_CLUSTER_SNAPSHOT_TYPE],
  requires: ['restoreAccounts'],
  frameworks: {
    fsbp: ['RDS.1'],
    'nist-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
    'pci-dss-3.2.1': ['1.2.1', '1.3.1', '1.3.4', '1.3.6', '7.2.1'],
  },
  doc: {
    en: {
      description: "Checks that no manual DB snapshot or DB cluster snapshot has 'all' in its restore attribute, which would let every AWS account copy and restore it.",
      urgency: 'Act now: a public snapshot is a complete copy of the database that any AWS customer can restore in their own account, and tools that enumerate public snapshots run continuously.',
      risk: "Anyone with an AWS account can list public RDS snapshots in the region, copy this one and restore it to read every table: customer records, password hashes, API tokens. The copy happens in the attacker's account, so none of your logs show the data being read.",
      recommendation: "Set the snapshot visibility to Private immediately, then check CloudTrail (ModifyDBSnapshotAttribute) for who made it public and whether it was copied. Share snapshots only with specific account ids, encrypt them with a customer managed key (encrypted snapshots cannot be made public), and consider an SCP denying rds:ModifyDBSnapshotAttribute with 'all'.",
      console: [
        'Open the RDS console and choose Snapshots (Manual tab).',
        'Select the snapshot and choose Actions > Share snapshot.',
        'Set DB snapshot visibility to Private, remove unexpected account ids and choose Save.',
      ],
    },
    ja: {
      description: "手動 DB スナップショットおよび DB クラスタースナップショットの restore 属性に 'all' が含まれていない（すべての AWS アカウントがコピー・復元できる状態でない）かを確認します。",
      urgency: '直ちに対応してください。パブリックスナップショットはデータベースの完全なコピーで、任意の AWS 利用者が自分のアカウントで復元でき、公開スナップショットを探すツールは常時稼働しています。',
      risk: 'AWS アカウントを持つ誰もがリージョン内のパブリック RDS スナップショットを一覧でき、このスナップショットをコピー・復元して顧客情報、パスワードハッシュ、API トークンを含む全テーブルを読めます。コピーは攻撃者のアカウント内で行われるため、自社のログにはデータの読み取りが一切記録されません。',
      recommendation: '直ちにスナップショットの可視性をプライベートに変更し、CloudTrail（ModifyDBSnapshotAttribute）で公開した人物とコピーの有無を確認してください。共有は特定のアカウント ID に限定し、カスタマーマネージドキーで暗号化します（暗号化スナップショットは公開できません）。\'all\' を指定した rds:ModifyDBSnapshotAttribute を拒否する SCP も検討してください。',
      console: [
        'RDS コンソールで「スナップショット」（「手動」タブ）を開きます。',
        'スナップショットを選択し「アクション」>「スナップショットの共有」を選びます。',
        '「DB スナップショットの可視性」を「プライベート」にし、想定外のアカウント ID を削除して「保存」を選びます。',
      ],
    },
  },
  remediation: {
    cli: [
      'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all',
      'aws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier <cluster-snapshot> --attribute-name restore --values-to-remove all',
    ].join('\n'),
    terraform: '# Snapshot sharing is not a Terraform attribute of aws_db_snapshot; deny making snapshots public with an SCP:\nresource "aws_organizations_policy" "deny_public_rds_snapshots" {\n  name = "deny-public-rds-snapshots"\n  content = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Action    = ["rds:ModifyDBSnapshotAttribute", "rds:ModifyDBClusterSnapshotAttribute"]\n      Resource  = "*"\n      Condition = { StringEquals = { "rds:AddAttributeValue" = "all" } }\n    }]\n  })\n}',
    cloudformation: 'RdsSnapshotsPublicProhibited:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: rds-snapshots-public-prohibited\n    Source:\n      Owner: AWS\n      SourceIdentifier: RDS_SNAPSHOTS_PUBLIC_PROHIBITED',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-1',
  ],
  evaluate(snapshot) {
    const c = snapshot.config;
    const accounts = c.restoreAccounts ?? [];
    if (accounts.includes('all')) {
      return fail(
        { en: `Snapshot ${snapshot.name} can be restored by any AWS account (restore = all).`, ja: `スナップショット ${snapshot.name} は任意の AWS アカウントが復元できます（restore = all）。` },
        { restoreAccounts: accounts },
      );
    }
    return accounts.length
      ? pass({ en: `Not public; shared with ${accounts.join(', ')}.`, ja: `パブリックではありません（共有先: ${accounts.join(', ')}）。` }, { restoreAccounts: accounts })
      : pass({ en: 'The snapshot is private.', ja: 'スナップショットはプライベートです。' });
  },
});
