import { SNAPSHOT_TYPE, type SnapshotConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<SnapshotConfig>({
  id: 'aws-ec2-snapshot-not-public',
  services: ['ec2'],
  title: {
    en: 'EBS snapshots are not publicly restorable',
    ja: 'EBS スナップショットがパブリックに復元可能になっていない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [SNAPSHOT_TYPE],
  requires: ['createVolumePermissions', 'encrypted'],
  frameworks: {
    fsbp: ['EC2.1'],
    'nist-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
    'pci-dss-3.2.1': ['1.2.1', '1.3.1', '1.3.4', '7.2.1'],
  },
  doc: {
    en: {
      description: 'Checks that the snapshot\'s createVolumePermission does not include the group "all", which lets every AWS account create a volume from it.',
      urgency: 'Fix now: public snapshots are actively and automatically harvested; the whole disk content is exposed to anyone with an AWS account.',
      risk: 'Any AWS customer can list public snapshots, create a volume from this one in their own account and mount it — obtaining the complete disk image: application code, configuration files, database files, SSH keys, and credentials stored on disk. Researchers regularly find production secrets in public snapshots.',
      recommendation: 'Make the snapshot private immediately, rotate any secrets it may have contained, and enable "Block public access for snapshots" (block-all-sharing) in every region. Share snapshots only with specific account IDs, and encrypt them with a customer managed KMS key so sharing also requires a key grant.',
      console: [
        'Open the EC2 console → Elastic Block Store → Snapshots and select the snapshot.',
        'Choose Actions → Snapshot settings → Modify permissions.',
        'Select "Private", remove accounts that should not have access, and choose "Save changes".',
        'Go to EC2 Dashboard → Account attributes → Data protection and security → Block public access for EBS snapshots → Manage → "Block all public access".',
      ],
    },
    ja: {
      description: 'スナップショットの createVolumePermission に、すべての AWS アカウントがボリュームを作成できるグループ「all」が含まれていないかを確認します。',
      urgency: '直ちに対応してください。パブリックスナップショットは自動的に収集されており、AWS アカウントを持つ誰にでもディスクの内容全体が公開されています。',
      risk: 'AWS の利用者なら誰でもパブリックスナップショットを一覧でき、自分のアカウントでこのスナップショットからボリュームを作成してマウントすれば、ディスクイメージ全体（アプリケーションコード、設定ファイル、データベースファイル、SSH 鍵、ディスク上の認証情報）を入手できます。パブリックスナップショットから本番環境のシークレットが見つかる事例は繰り返し報告されています。',
      recommendation: '直ちにスナップショットを非公開にし、含まれていた可能性のあるシークレットをローテーションしたうえで、すべてのリージョンで「スナップショットのパブリックアクセスをブロック」（block-all-sharing）を有効にしてください。共有は特定のアカウント ID に限定し、カスタマー管理の KMS キーで暗号化して、共有にキーの許可も必要になるようにしてください。',
      console: [
        'EC2 コンソールの「Elastic Block Store」→「スナップショット」で対象のスナップショットを選択します。',
        '「アクション」→「スナップショットの設定」→「許可を変更」を選択します。',
        '「プライベート」を選び、アクセスさせるべきでないアカウントを削除して「変更を保存」を選択します。',
        'EC2 ダッシュボード →「アカウントの属性」→「データ保護とセキュリティ」→「EBS スナップショットのパブリックアクセスをブロック」→「管理」で「すべてのパブリックアクセスをブロック」を設定します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id snap-0123456789abcdef0 \\\n  --attribute createVolumePermission --operation-type remove --group-names all\naws ec2 enable-snapshot-block-public-access --state block-all-sharing',
    terraform: '# Share only with explicit accounts, never publicly\nresource "aws_snapshot_create_volume_permission" "dr_account" {\n  snapshot_id = aws_ebs_snapshot.db.id\n  account_id  = "210987654321"\n}\n\nresource "aws_ebs_snapshot_block_public_access" "this" {\n  state = "block-all-sharing"\n}',
    cloudformation: 'SnapshotBlockPublicAccess:\n  Type: AWS::EC2::SnapshotBlockPublicAccess\n  Properties:\n    State: block-all-sharing',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
    'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-1',
  ],
  evaluate(snapshot) {
    const perms = snapshot.config.createVolumePermissions;
    if (!perms) return notAssessed({ en: 'The snapshot\'s createVolumePermission was not collected.', ja: 'スナップショットの createVolumePermission を取得できませんでした。' });
    return perms.some((p) => p.Group === 'all')
      ? fail(
          {
            en: `The snapshot is public: createVolumePermission includes group "all"${snapshot.config.encrypted ? '' : ' and the snapshot is not encrypted'}.`,
            ja: `スナップショットが公開されています（createVolumePermission にグループ「all」が含まれています${snapshot.config.encrypted ? '' : '。暗号化もされていません'}）。`,
          },
          { createVolumePermissions: perms, encrypted: snapshot.config.encrypted },
        )
      : pass({ en: 'The snapshot is not public.', ja: 'スナップショットは公開されていません。' });
  },
});
