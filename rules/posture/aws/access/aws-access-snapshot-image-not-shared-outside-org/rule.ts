import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { analyseShares, trustZoneOf, TRUST_ZONE_TYPES } from '../../../../../src/providers/aws/iam/external.js';
import { IMAGE_TYPE, type LaunchPermission } from '../../../../../src/providers/aws/model/ec2.js';
import { DB_CLUSTER_SNAPSHOT_TYPE, DB_SNAPSHOT_TYPE } from '../../../../../src/providers/aws/model/rds.js';

/**
 * RDS DB / cluster snapshots and AMIs shared with accounts (or organisations) outside yours.
 * Public shares are reported by aws-rds-snapshot-not-public and aws-ec2-ami-not-public; EBS
 * snapshots by aws-ec2-snapshot-not-shared-externally.
 */
export const rule = defineRule<{ restoreAccounts?: string[] | null; launchPermissions?: LaunchPermission[] }>({
  id: 'aws-access-snapshot-image-not-shared-outside-org',
  services: ['rds', 'ec2'],
  title: {
    en: 'RDS snapshots and AMIs are shared only with accounts inside the organisation',
    ja: 'RDS スナップショットと AMI の共有先が組織内のアカウントに限られている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [DB_SNAPSHOT_TYPE, DB_CLUSTER_SNAPSHOT_TYPE, IMAGE_TYPE],
  reads: [...TRUST_ZONE_TYPES],
  readsAcrossScopes: [...TRUST_ZONE_TYPES],
  requires: ['restoreAccounts', 'launchPermissions'],
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-21', 'AC-6'],
  },
  doc: {
    en: {
      description:
        'Checks the restore attribute of RDS DB and cluster snapshots and the launch permissions of AMIs for AWS accounts outside your organisation (or outside the scanned accounts when the organisation is unknown), and for organisations or OUs other than yours. Public shares are covered by aws-rds-snapshot-not-public and aws-ec2-ami-not-public.',
      urgency: 'Review within the week: a shared snapshot is a full copy of a database, and a shared AMI carries whatever was baked into the image (keys, configuration, code).',
      risk: 'The outside account can restore the database or launch the image at any time and read all of its data; nothing of it appears in your CloudTrail. Sharing a snapshot with an attacker-controlled account is a common exfiltration step after a credential compromise.',
      recommendation:
        'Confirm each account with the owner of the snapshot or image and remove shares that are not needed. Share with your organisation or OUs rather than single accounts where possible, encrypt snapshots with a customer managed key so that access can also be revoked at the key, and alert on ModifyDBSnapshotAttribute / ModifyImageAttribute calls that add outside accounts.',
      console: [
        'RDS: open the RDS console → Snapshots, select the snapshot, choose Actions → Share snapshot, remove the outside account ids and save.',
        'AMI: open the EC2 console → AMIs, select the image, choose Actions → Edit AMI permissions, remove the outside accounts, organisations or OUs and save.',
      ],
    },
    ja: {
      description:
        'RDS の DB スナップショット・クラスタースナップショットの復元属性と AMI の起動許可に、組織外（組織が不明な場合はスキャン対象外）の AWS アカウントや、自組織以外の組織・OU が含まれていないかを確認します。公開共有は aws-rds-snapshot-not-public と aws-ec2-ami-not-public で扱います。',
      urgency: '1 週間以内に確認してください。共有されたスナップショットはデータベースの完全なコピーであり、共有された AMI にはイメージに組み込まれたもの（鍵、設定、コード）がすべて含まれます。',
      risk: '共有先のアカウントはいつでもデータベースを復元したりイメージを起動したりして、すべてのデータを読むことができ、その操作は自社の CloudTrail には記録されません。攻撃者が管理するアカウントへのスナップショット共有は、認証情報侵害後のデータ持ち出しでよく使われる手口です。',
      recommendation:
        'スナップショットやイメージの所有者に共有先アカウントを確認し、不要な共有は削除してください。可能な限り個別アカウントではなく組織や OU と共有し、スナップショットはカスタマー管理キーで暗号化してキー側でもアクセスを取り消せるようにしてください。組織外のアカウントを追加する ModifyDBSnapshotAttribute / ModifyImageAttribute の呼び出しにはアラートを設定してください。',
      console: [
        'RDS: RDS コンソールの「スナップショット」で対象を選択し、「アクション」→「スナップショットの共有」で外部のアカウント ID を削除して保存します。',
        'AMI: EC2 コンソールの「AMI」で対象を選択し、「アクション」→「AMI 許可を編集」で外部のアカウント・組織・OU を削除して保存します。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds describe-db-snapshot-attributes --db-snapshot-identifier SNAPSHOT\naws rds modify-db-snapshot-attribute --db-snapshot-identifier SNAPSHOT --attribute-name restore --values-to-remove 999999999999\naws ec2 describe-image-attribute --image-id ami-0123456789abcdef0 --attribute launchPermission\naws ec2 modify-image-attribute --image-id ami-0123456789abcdef0 --launch-permission "Remove=[{UserId=999999999999}]"',
    terraform:
      '# Share an AMI with your organisation instead of single outside accounts\nresource "aws_ami_launch_permission" "org" {\n  image_id         = aws_ami.golden.id\n  organization_arn = "arn:aws:organizations::MANAGEMENT_ACCOUNT_ID:organization/o-xxxxxxxxxx"\n}\n\n# RDS snapshots: keep shared_accounts to accounts of your organisation\nresource "aws_db_snapshot" "release" {\n  db_instance_identifier = aws_db_instance.app.identifier\n  db_snapshot_identifier = "release-snapshot"\n  shared_accounts        = [var.dr_account_id]\n}',
    cloudformation:
      '# Sharing is not a CloudFormation property; alert on new shares with EventBridge\nShareAlertRule:\n  Type: AWS::Events::Rule\n  Properties:\n    EventPattern:\n      detail-type: [AWS API Call via CloudTrail]\n      detail:\n        eventName: [ModifyDBSnapshotAttribute, ModifyDBClusterSnapshotAttribute, ModifyImageAttribute]\n    Targets:\n      - Arn: !Ref SecurityAlertsTopic\n        Id: alerts',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-explicit.html',
  ],
  evaluate(resource, ctx) {
    const isImage = resource.type === IMAGE_TYPE;
    const entries = isImage ? resource.config.launchPermissions : resource.config.restoreAccounts;
    const field = isImage ? 'launchPermissions' : 'restoreAccounts';
    if (entries === undefined || resource.errors?.[field]) {
      return notAssessed({ en: `The ${field} attribute was not collected.`, ja: `${field} 属性を取得できませんでした。` });
    }
    const outside = analyseShares(entries ?? [], trustZoneOf(ctx, resource.account)).filter((s) => s.kind !== 'public');
    if (!outside.length) {
      return pass({ en: 'Not shared with any account or organisation outside yours.', ja: '組織外のアカウントや組織とは共有されていません。' });
    }
    const who = outside.map((s) => s.principal).join(', ');
    const what = isImage ? { en: 'launch this image', ja: 'このイメージを起動' } : { en: 'restore this snapshot', ja: 'このスナップショットを復元' };
    return fail(
      { en: `Outside the organisation, ${who} can ${what.en}.`, ja: `組織外の ${who} が${what.ja}できます。` },
      { grants: outside.map((s) => ({ principal: s.principal, kind: s.kind, outsideOrganization: s.outsideOrganization, actions: [isImage ? 'ec2:RunInstances' : resource.type === DB_CLUSTER_SNAPSHOT_TYPE ? 'rds:RestoreDBClusterFromSnapshot' : 'rds:RestoreDBInstanceFromDBSnapshot'], via: field, conditions: [] })) },
    );
  },
});
