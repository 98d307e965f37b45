import { SNAPSHOT_TYPE, type SnapshotConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { ACCOUNT_TYPE } from '../../../../../src/model/pseudo.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<SnapshotConfig>({
  id: 'aws-ec2-snapshot-not-shared-externally',
  services: ['ec2'],
  title: {
    en: 'EBS snapshots are shared only with accounts in the scan scope',
    ja: 'EBS スナップショットの共有先がスキャン対象のアカウントに限られている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [SNAPSHOT_TYPE],
  reads: [ACCOUNT_TYPE],
  readsAcrossScopes: [ACCOUNT_TYPE],
  requires: ['createVolumePermissions', 'encrypted'],
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-21', 'AC-6'],
  },
  doc: {
    en: {
      description: 'Checks that every AWS account ID in the snapshot\'s createVolumePermission is one of the accounts covered by this scan (your organisation or the accounts you scanned). Sharing with any other account is reported so it can be confirmed or revoked. Public sharing is covered by aws-ec2-snapshot-not-public.',
      urgency: 'Review within days: a share to an account you do not control is a complete copy of the disk leaving your boundary, and it is a classic exfiltration step after a credential compromise.',
      risk: 'The external account can create a volume from the snapshot and read everything on the disk — at any time, without further interaction, and invisibly to your CloudTrail. Attackers with ec2:ModifySnapshotAttribute use exactly this to exfiltrate data; forgotten vendor or migration shares have the same effect.',
      recommendation: 'Confirm each external account ID with its owner. Remove shares that are not needed, and for required ones prefer encrypted snapshots with a customer managed KMS key so access can also be revoked at the key. Alert on ModifySnapshotAttribute events that add accounts outside your organisation.',
      console: [
        'Open the EC2 console → Elastic Block Store → Snapshots and select the snapshot.',
        'Choose Actions → Snapshot settings → Modify permissions.',
        'Under "Shared accounts", remove the account IDs that are not yours and choose "Save changes".',
      ],
    },
    ja: {
      description: 'スナップショットの createVolumePermission に含まれるすべての AWS アカウント ID が、今回のスキャン対象（自組織またはスキャンしたアカウント）に含まれているかを確認します。それ以外のアカウントへの共有は、確認または取り消しのために報告します。公開共有は aws-ec2-snapshot-not-public で扱います。',
      urgency: '数日以内に確認してください。管理下にないアカウントへの共有は、ディスクの完全なコピーが境界の外へ出ることを意味し、認証情報侵害後のデータ持ち出しの典型的な手口でもあります。',
      risk: '共有先のアカウントは、いつでも追加のやり取りなしにスナップショットからボリュームを作成してディスクの内容をすべて読むことができ、その操作は自社の CloudTrail には記録されません。ec2:ModifySnapshotAttribute を持つ攻撃者はまさにこの方法でデータを持ち出します。放置されたベンダーや移行用の共有も同じ結果になります。',
      recommendation: '外部のアカウント ID ごとに所有者へ確認してください。不要な共有は削除し、必要な共有はカスタマー管理の KMS キーで暗号化したスナップショットにして、キー側でもアクセスを取り消せるようにしてください。組織外のアカウントを追加する ModifySnapshotAttribute イベントにはアラートを設定してください。',
      console: [
        'EC2 コンソールの「Elastic Block Store」→「スナップショット」で対象のスナップショットを選択します。',
        '「アクション」→「スナップショットの設定」→「許可を変更」を選択します。',
        '「共有アカウント」で自社のものではないアカウント ID を削除し、「変更を保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 describe-snapshot-attribute --snapshot-id snap-0123456789abcdef0 --attribute createVolumePermission\naws ec2 modify-snapshot-attribute --snapshot-id snap-0123456789abcdef0 \\\n  --attribute createVolumePermission --operation-type remove --user-ids 999999999999',
    terraform: '# Keep only intended shares; delete the aws_snapshot_create_volume_permission for unknown accounts\nresource "aws_snapshot_create_volume_permission" "dr" {\n  snapshot_id = aws_ebs_snapshot.db.id\n  account_id  = var.dr_account_id\n}',
    cloudformation: '# Snapshot sharing is not a CloudFormation property; alert on new shares with EventBridge\nSnapshotShareRule:\n  Type: AWS::Events::Rule\n  Properties:\n    EventPattern:\n      source: [aws.ec2]\n      detail-type: [AWS API Call via CloudTrail]\n      detail:\n        eventName: [ModifySnapshotAttribute]\n    Targets:\n      - Arn: !Ref SecurityAlertsTopic\n        Id: alerts',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  ],
  evaluate(snapshot, ctx) {
    const perms = snapshot.config.createVolumePermissions;
    if (!perms) return notAssessed({ en: 'The snapshot\'s createVolumePermission was not collected.', ja: 'スナップショットの createVolumePermission を取得できませんでした。' });
    const known = new Set(ctx.resources(ACCOUNT_TYPE).map((a) => a.account));
    known.add(snapshot.account);
    const external = [...new Set(perms.map((p) => p.UserId).filter((id): id is string => !!id && !known.has(id)))];
    if (!external.length) {
      const shared = perms.filter((p) => p.UserId).length;
      return pass(
        shared
          ? { en: `Shared only with ${shared} account(s) in the scan scope.`, ja: `共有先はスキャン対象の ${shared} アカウントのみです。` }
          : { en: 'The snapshot is not shared with specific accounts.', ja: 'スナップショットは特定のアカウントと共有されていません。' },
      );
    }
    return fail(
      { en: `The snapshot can be restored by account(s) outside the scan scope: ${external.join(', ')}.`, ja: `スキャン対象外のアカウントがスナップショットを復元できます: ${external.join(', ')}。` },
      { externalAccounts: external, encrypted: snapshot.config.encrypted },
    );
  },
});
