import { EFS_ACCESS_POINT_TYPE, type EfsAccessPointConfig } from '../../../../../src/providers/aws/model/efs.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<EfsAccessPointConfig>({
  id: 'aws-efs-access-point-user-identity',
  services: ['efs'],
  title: {
    en: 'EFS access points enforce a user identity',
    ja: 'EFS アクセスポイントでユーザー ID が強制されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [EFS_ACCESS_POINT_TYPE],
  requires: ['AccessPointId', 'PosixUser'],
  frameworks: {
    fsbp: ['EFS.4'],
    'nist-800-53-r5': ['AC-6(2)'],
    'pci-dss-4.0': ['7.3.1'],
  },
  doc: {
    en: {
      description: 'Checks that each EFS access point enforces a POSIX user (uid/gid) for every request made through it.',
      urgency: 'Fix within the month: it needs a new access point and client change; until then clients act with whatever uid they claim, including root.',
      risk: 'Without an enforced POSIX user, NFS clients send their own uid/gid. A compromised client running as root (uid 0) can read and change every file regardless of ownership, including files of other applications sharing the file system.',
      recommendation: 'Create access points with a PosixUser (a dedicated non-root uid/gid per application) and, together with a root directory, make clients mount only through them. Deny mounts without access points in the file system policy.',
      console: [
        'Open the Amazon EFS console, select the file system and open the Access points tab.',
        'Choose Create access point and fill in POSIX user (User ID, Group ID) with a non-root identity.',
        'Move the clients to the new access point and delete the old one.',
      ],
    },
    ja: {
      description: '各 EFS アクセスポイントが、経由するすべてのリクエストに POSIX ユーザー（uid/gid）を強制しているかを確認します。',
      urgency: '今月中に対応してください。新しいアクセスポイントとクライアントの変更が必要で、それまでクライアントは root を含め自己申告した uid で操作できます。',
      risk: 'POSIX ユーザーが強制されていないと、NFS クライアントは自身の uid/gid を送信します。root（uid 0）で動作する侵害されたクライアントは、所有者に関係なくすべてのファイル（同じファイルシステムを共有する他のアプリケーションのファイルを含む）を読み書きできます。',
      recommendation: 'アプリケーションごとに root 以外の専用 uid/gid を PosixUser に設定したアクセスポイントを作成し、ルートディレクトリと組み合わせてクライアントがそれ経由でのみマウントするようにしてください。ファイルシステムポリシーでアクセスポイントを使わないマウントを拒否します。',
      console: [
        'Amazon EFS コンソールでファイルシステムを選択し「アクセスポイント」タブを開きます。',
        '「アクセスポイントを作成」を選び、「POSIX ユーザー」（ユーザー ID、グループ ID）に root 以外の ID を入力します。',
        'クライアントを新しいアクセスポイントに切り替え、古いアクセスポイントを削除します。',
      ],
    },
  },
  remediation: {
    cli: 'aws efs create-access-point --file-system-id <fs-id> --posix-user Uid=1000,Gid=1000 --root-directory \'Path=/orders,CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=750}\'',
    terraform: 'resource "aws_efs_access_point" "orders" {\n  file_system_id = aws_efs_file_system.shared.id\n  posix_user {\n    uid = 1000\n    gid = 1000\n  }\n  root_directory {\n    path = "/orders"\n  }\n}',
    cloudformation: 'OrdersAccessPoint:\n  Type: AWS::EFS::AccessPoint\n  Properties:\n    FileSystemId: !Ref SharedFileSystem\n    PosixUser:\n      Uid: "1000"\n      Gid: "1000"\n    RootDirectory:\n      Path: /orders',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/enforce-identity-access-points.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-4',
  ],
  evaluate(ap) {
    const u = ap.config.PosixUser;
    return u
      ? pass({ en: `Requests run as uid ${u.Uid} / gid ${u.Gid}.`, ja: `リクエストは uid ${u.Uid} / gid ${u.Gid} として実行されます。` })
      : fail({ en: `Access point ${ap.config.AccessPointId} does not enforce a POSIX user.`, ja: `アクセスポイント ${ap.config.AccessPointId} は POSIX ユーザーを強制していません。` }, { PosixUser: null });
  },
});
