import { USER_TYPE, type IamUserConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<IamUserConfig>({
  id: 'aws-iam-user-single-active-key',
  services: ['iam'],
  title: {
    en: 'Each IAM user has at most one active access key',
    ja: '各 IAM ユーザーの有効なアクセスキーが 1 つ以下である',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [USER_TYPE],
  requires: ['accessKeys'],
  frameworks: {
    'cis-aws-3.0': ['1.13'],
  },
  doc: {
    en: {
      description: 'Checks that no IAM user has two active access keys at the same time. Two keys are meant only for the short overlap of a rotation.',
      urgency: 'Address within the month: a second active key doubles the places a user credential can leak from and often means a rotation was started but never finished.',
      risk: 'When a user has two active keys, the "old" one is usually still configured somewhere forgotten (a former laptop, an old server, a CI secret). Leaking either key gives the same access, and deactivating the one you know about does not stop an attacker using the other.',
      recommendation: 'Find which key is actually in use (last used date and service), update the remaining consumers, and deactivate then delete the other key. Finish rotations promptly.',
      console: [
        'Open the IAM console → "Users", select the user → "Security credentials".',
        'Under "Access keys", compare "Last used" for both keys.',
        'Deactivate the key that should no longer be used, confirm nothing breaks, then delete it.',
      ],
    },
    ja: {
      description: '同時に 2 つの有効なアクセスキーを持つ IAM ユーザーがいないことを確認します。キーが 2 つ存在してよいのは、ローテーション中の短い重複期間だけです。',
      urgency: '1 か月以内に対応してください。2 つ目の有効なキーは認証情報の漏えい元を倍にし、多くの場合ローテーションが始まったまま完了していないことを示します。',
      risk: '有効なキーが 2 つあるとき、「古い」方は忘れられた場所（以前の PC、古いサーバー、CI のシークレットなど）に設定されたままのことが多く、どちらが漏れても同じアクセスを許します。把握している方を無効化しても、攻撃者がもう一方を使うことは止められません。',
      recommendation: '実際に使われているキーを最終使用日とサービスで特定し、残す側のキーに利用者を寄せたうえで、もう一方を無効化してから削除してください。ローテーションは速やかに完了させます。',
      console: [
        'IAM コンソール →「ユーザー」で対象ユーザーを選び、「セキュリティ認証情報」を開きます。',
        '「アクセスキー」で 2 つのキーの「最終使用」を比較します。',
        '使わなくなるべきキーを無効化し、影響がないことを確認してから削除します。',
      ],
    },
  },
  remediation: {
    cli: 'aws iam list-access-keys --user-name <user>\naws iam get-access-key-last-used --access-key-id <key-id>\naws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive\naws iam delete-access-key --user-name <user> --access-key-id <old-key-id>',
    terraform: '# Keep exactly one aws_iam_access_key per user; during rotation create the new key,\n# switch consumers, then remove the old resource block.\nresource "aws_iam_access_key" "ci" {\n  user   = aws_iam_user.ci.name\n  status = "Active"\n}',
    cloudformation: 'CiUserKey:\n  Type: AWS::IAM::AccessKey\n  Properties:\n    UserName: !Ref CiUser\n    Status: Active\n    Serial: 2  # bump to rotate: CloudFormation replaces the key (old one is deleted)',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
  ],
  evaluate(user) {
    const keys = user.config.accessKeys;
    if (keys === undefined) return notAssessed('Access keys were not collected.');
    const active = keys.filter((k) => k.status === 'Active');
    if (!active.length) return notApplicable({ en: 'User has no active access key.', ja: 'このユーザーに有効なアクセスキーはありません。' });
    return active.length === 1
      ? pass({ en: 'User has one active access key.', ja: 'ユーザーの有効なアクセスキーは 1 つです。' })
      : fail(
          { en: `User ${user.name} has ${active.length} active access keys: ${active.map((k) => k.accessKeyId).join(', ')}.`, ja: `ユーザー ${user.name} に有効なアクセスキーが ${active.length} 個あります: ${active.map((k) => k.accessKeyId).join(', ')}。` },
          { activeKeys: active.map((k) => ({ accessKeyId: k.accessKeyId, lastUsedDate: k.lastUsedDate })) },
        );
  },
});
