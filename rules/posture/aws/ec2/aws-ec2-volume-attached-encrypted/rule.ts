import { VOLUME_TYPE, type VolumeConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<VolumeConfig>({
  id: 'aws-ec2-volume-attached-encrypted',
  services: ['ec2'],
  title: {
    en: 'Attached EBS volumes are encrypted at rest',
    ja: 'アタッチされた EBS ボリュームが保管時に暗号化されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [VOLUME_TYPE],
  requires: ['attachments', 'encrypted', 'kmsKeyId'],
  frameworks: {
    fsbp: ['EC2.3'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
  },
  doc: {
    en: {
      description: 'Checks that every EBS volume attached to an instance is encrypted. Volumes that are not attached are not evaluated, as in Security Hub.',
      urgency: 'Plan the migration within weeks: replacing a volume needs a maintenance window, but the data on it is unprotected until then.',
      risk: 'An unencrypted volume and all snapshots taken from it are readable by anyone who gets a copy — through a snapshot shared by mistake (even publicly), a compromised role with ec2:CreateSnapshot and ec2:ModifySnapshotAttribute, or a copy into another account. No KMS key policy stands in the way, and no key usage shows up in CloudTrail.',
      recommendation: 'Enable EBS encryption by default in every region, then migrate existing volumes: snapshot the volume, copy the snapshot with encryption enabled (customer managed KMS key if you need key-level control), create a new volume from it and swap it in during a maintenance window.',
      console: [
        'Open the EC2 console → Elastic Block Store → Volumes and select the volume.',
        'Choose Actions → Create snapshot.',
        'In Snapshots, select the new snapshot → Actions → Copy snapshot, tick "Encrypt this snapshot" and choose the KMS key.',
        'From the encrypted copy choose Actions → Create volume from snapshot (same AZ), stop the instance, detach the old volume, attach the new one on the same device name and start the instance.',
      ],
    },
    ja: {
      description: 'インスタンスにアタッチされたすべての EBS ボリュームが暗号化されているかを確認します。Security Hub と同様に、アタッチされていないボリュームは評価対象外です。',
      urgency: '数週間以内に移行を計画してください。ボリュームの置き換えにはメンテナンス時間が必要ですが、それまでデータは保護されていません。',
      risk: '暗号化されていないボリュームとそこから取得したすべてのスナップショットは、コピーを入手した誰にでも読めます。誤って（公開も含め）共有されたスナップショット、ec2:CreateSnapshot と ec2:ModifySnapshotAttribute を持つ侵害されたロール、他アカウントへのコピーなどが経路になります。KMS キーポリシーによる制御もなく、CloudTrail にキー使用の記録も残りません。',
      recommendation: 'すべてのリージョンで EBS のデフォルト暗号化を有効にしたうえで、既存のボリュームを移行してください。ボリュームのスナップショットを取得し、暗号化を有効にしてコピー（キー単位で制御したい場合はカスタマー管理キー）、そこから新しいボリュームを作成し、メンテナンス時間中に差し替えます。',
      console: [
        'EC2 コンソールの「Elastic Block Store」→「ボリューム」で対象のボリュームを選択します。',
        '「アクション」→「スナップショットの作成」を選択します。',
        '「スナップショット」で作成したスナップショットを選び、「アクション」→「スナップショットをコピー」で「このスナップショットを暗号化」にチェックし、KMS キーを選択します。',
        '暗号化されたコピーから「アクション」→「スナップショットからボリュームを作成」（同じ AZ）を選び、インスタンスを停止して旧ボリュームをデタッチし、同じデバイス名で新ボリュームをアタッチしてから起動します。',
      ],
    },
  },
  remediation: {
    cli: 'SNAP=$(aws ec2 create-snapshot --volume-id vol-0123456789abcdef0 --query SnapshotId --output text)\naws ec2 wait snapshot-completed --snapshot-ids "$SNAP"\nENC=$(aws ec2 copy-snapshot --source-snapshot-id "$SNAP" --source-region ap-northeast-1 --encrypted \\\n  --kms-key-id alias/aws/ebs --query SnapshotId --output text)\naws ec2 wait snapshot-completed --snapshot-ids "$ENC"\naws ec2 create-volume --snapshot-id "$ENC" --availability-zone ap-northeast-1a --volume-type gp3',
    terraform: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "ap-northeast-1a"\n  size              = 100\n  type              = "gp3"\n  encrypted         = true\n  kms_key_id        = aws_kms_key.ebs.arn\n}\n\nresource "aws_instance" "web" {\n  # ...\n  root_block_device {\n    encrypted = true\n  }\n}',
    cloudformation: 'DataVolume:\n  Type: AWS::EC2::Volume\n  Properties:\n    AvailabilityZone: ap-northeast-1a\n    Size: 100\n    VolumeType: gp3\n    Encrypted: true\n    KmsKeyId: !Ref EbsKey',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3',
  ],
  evaluate(volume) {
    const attached = volume.config.attachments.filter((a) => a.state === undefined || a.state === 'attached' || a.state === 'attaching');
    if (!attached.length) return notApplicable({ en: 'The volume is not attached to an instance.', ja: 'ボリュームはインスタンスにアタッチされていません。' });
    const instances = attached.map((a) => a.instanceId).filter(Boolean).join(', ');
    return volume.config.encrypted
      ? pass({ en: `The volume attached to ${instances} is encrypted.`, ja: `${instances} にアタッチされたボリュームは暗号化されています。` }, { kmsKeyId: volume.config.kmsKeyId })
      : fail({ en: `The volume attached to ${instances} is not encrypted.`, ja: `${instances} にアタッチされたボリュームが暗号化されていません。` }, { instances: attached.map((a) => a.instanceId) });
  },
});
