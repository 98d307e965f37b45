import { EFS_ACCESS_POINT_TYPE, type EfsAccessPointConfig } from '../../../../../src/providers/aws/model/efs.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<EfsAccessPointConfig>({
  id: 'aws-efs-access-point-root-directory',
  services: ['efs'],
  title: {
    en: 'EFS access points enforce a root directory',
    ja: 'EFS アクセスポイントでルートディレクトリが強制されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [EFS_ACCESS_POINT_TYPE],
  requires: ['AccessPointId', 'RootDirectoryPath'],
  frameworks: {
    fsbp: ['EFS.3'],
    'nist-800-53-r5': ['AC-6(10)'],
  },
  doc: {
    en: {
      description: "Checks that each EFS access point sets a root directory other than '/', so clients using it only see their own subdirectory.",
      urgency: 'Fix within the month: it needs a new access point and a client configuration change, and until then every client of the access point can read the whole file system.',
      risk: "An access point rooted at '/' exposes every application's data on the shared file system. A compromised Lambda function or container that mounts it can read or overwrite other tenants' files, configuration and secrets stored on the share.",
      recommendation: 'Create access points with a dedicated root directory per application (with creation info for owner and permissions), point each client at its own access point and restrict elasticfilesystem:ClientMount in the file system policy to those access points.',
      console: [
        'Open the Amazon EFS console, select the file system and choose the Access points tab.',
        "Choose Create access point, set Root directory path (for example /orders) and the creation permissions.",
        'Update the clients to use the new access point, then delete the access point rooted at /.',
      ],
    },
    ja: {
      description: "各 EFS アクセスポイントで '/' 以外のルートディレクトリが設定され、利用するクライアントが自分のサブディレクトリしか見えないかを確認します。",
      urgency: '今月中に対応してください。新しいアクセスポイントの作成とクライアント設定の変更が必要ですが、それまではアクセスポイントの全クライアントがファイルシステム全体を読めます。',
      risk: "'/' をルートとするアクセスポイントは、共有ファイルシステム上のすべてのアプリケーションのデータを露出させます。これをマウントする Lambda 関数やコンテナが侵害されると、他のテナントのファイル、設定、共有上のシークレットを読み取り・上書きできます。",
      recommendation: 'アプリケーションごとに専用のルートディレクトリ（所有者と権限の作成情報付き）を持つアクセスポイントを作成し、各クライアントに専用のアクセスポイントを使わせてください。ファイルシステムポリシーで elasticfilesystem:ClientMount をそれらのアクセスポイントに限定します。',
      console: [
        'Amazon EFS コンソールでファイルシステムを選択し「アクセスポイント」タブを開きます。',
        '「アクセスポイントを作成」を選び、ルートディレクトリのパス（例: /orders）と作成時の権限を設定します。',
        'クライアントを新しいアクセスポイントに切り替え、/ をルートとするアクセスポイントを削除します。',
      ],
    },
  },
  remediation: {
    cli: 'aws efs create-access-point --file-system-id <fs-id> --root-directory \'Path=/orders,CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=750}\' --posix-user Uid=1000,Gid=1000',
    terraform: 'resource "aws_efs_access_point" "orders" {\n  file_system_id = aws_efs_file_system.shared.id\n  root_directory {\n    path = "/orders"\n    creation_info {\n      owner_uid   = 1000\n      owner_gid   = 1000\n      permissions = "750"\n    }\n  }\n  posix_user {\n    uid = 1000\n    gid = 1000\n  }\n}',
    cloudformation: 'OrdersAccessPoint:\n  Type: AWS::EFS::AccessPoint\n  Properties:\n    FileSystemId: !Ref SharedFileSystem\n    RootDirectory:\n      Path: /orders\n      CreationInfo:\n        OwnerUid: "1000"\n        OwnerGid: "1000"\n        Permissions: "750"\n    PosixUser:\n      Uid: "1000"\n      Gid: "1000"',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/enforce-root-directory-access-point.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-3',
  ],
  evaluate(ap) {
    const path = ap.config.RootDirectoryPath;
    return path && path !== '/'
      ? pass({ en: `Clients are confined to ${path}.`, ja: `クライアントは ${path} 配下に制限されています。` })
      : fail({ en: `Access point ${ap.config.AccessPointId} exposes the file system root (/).`, ja: `アクセスポイント ${ap.config.AccessPointId} はファイルシステムのルート（/）を公開しています。` }, { RootDirectoryPath: path ?? '/' });
  },
});
