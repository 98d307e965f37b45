import { daysSince, USER_TYPE, type IamUserConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

const MAX_AGE_DAYS = 90;

export const rule = defineRule<IamUserConfig>({
  id: 'aws-iam-user-access-keys-rotated',
  services: ['iam'],
  title: {
    en: 'IAM users\' access keys are rotated every 90 days or less',
    ja: 'IAM ユーザーのアクセスキーが 90 日以内にローテーションされている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [USER_TYPE],
  requires: ['accessKeys'],
  frameworks: {
    'cis-aws-3.0': ['1.14'],
    fsbp: ['IAM.3'],
    'nist-800-53-r5': ['AC-2(1)', 'AC-2(3)', 'AC-3(15)'],
    'pci-dss-4.0': ['8.3.9', '8.6.3'],
  },
  doc: {
    en: {
      description: `Checks that every active access key of an IAM user was created no more than ${MAX_AGE_DAYS} days ago.`,
      urgency: 'Fix this week: an old, actively used key has had many chances to be copied (laptops, CI logs, containers, backups) and it works until someone deletes it.',
      risk: 'Long-lived access keys accumulate copies. Any copy in a git history, build log, container image or old backup gives programmatic access with the user\'s permissions, without MFA, for as long as the key exists; an administrator\'s key gives full control of the account.',
      recommendation: 'Rotate the key: create a second key, update every consumer, deactivate and then delete the old key. Better, replace the user key with temporary credentials: IAM roles for workloads on AWS, OIDC federation for CI (GitHub Actions, GitLab), and IAM Identity Center for people.',
      console: [
        'Open the IAM console → "Users", select the user → "Security credentials".',
        'Choose "Create access key", update the application or CLI profile with the new key.',
        'Deactivate the old key, confirm nothing breaks, then delete it.',
      ],
    },
    ja: {
      description: `IAM ユーザーの有効なアクセスキーがすべて作成から ${MAX_AGE_DAYS} 日以内であることを確認します。`,
      urgency: '今週中に対応してください。古く、しかも使われ続けているキーは、PC、CI のログ、コンテナ、バックアップなどにコピーされる機会が多く、削除されるまで有効なままです。',
      risk: '長期間有効なアクセスキーはコピーが増えていきます。git 履歴、ビルドログ、コンテナイメージ、古いバックアップのどこか 1 つにでも残っていれば、キーが存在する限り MFA なしでそのユーザーの権限によるプログラムアクセスが可能で、管理者のキーならアカウントを完全に掌握されます。',
      recommendation: 'キーをローテーションしてください（新しいキーを作成し、すべての利用箇所を更新してから古いキーを無効化・削除）。さらに望ましいのは一時認証情報への置き換えです。AWS 上のワークロードには IAM ロール、CI（GitHub Actions、GitLab）には OIDC フェデレーション、人には IAM Identity Center を使います。',
      console: [
        'IAM コンソール →「ユーザー」で対象ユーザーを選び、「セキュリティ認証情報」を開きます。',
        '「アクセスキーを作成」を選び、アプリケーションや CLI プロファイルを新しいキーに更新します。',
        '古いキーを無効化し、影響がないことを確認してから削除します。',
      ],
    },
  },
  remediation: {
    cli: 'aws iam create-access-key --user-name <user>          # store the new secret in your secret manager\n# ...update consumers, then:\naws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive\naws iam delete-access-key --user-name <user> --access-key-id <old-key-id>',
    terraform: '# Rotate by replacing the key resource (e.g. taint it or bump a keeper), then deploy consumers:\nresource "aws_iam_access_key" "ci" {\n  user = aws_iam_user.ci.name\n}\n# Detect old keys continuously:\nresource "aws_config_config_rule" "access_keys_rotated" {\n  name = "access-keys-rotated"\n  source {\n    owner             = "AWS"\n    source_identifier = "ACCESS_KEYS_ROTATED"\n  }\n  input_parameters = jsonencode({ maxAccessKeyAge = "90" })\n}',
    cloudformation: 'AccessKeysRotated:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: access-keys-rotated\n    Source:\n      Owner: AWS\n      SourceIdentifier: ACCESS_KEYS_ROTATED\n    InputParameters:\n      maxAccessKeyAge: "90"',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-3',
  ],
  evaluate(user, ctx) {
    const keys = user.config.accessKeys;
    if (keys === undefined) return notAssessed('Access keys were not collected.');
    const active = keys.filter((k) => k.status === 'Active');
    if (!active.length) return notApplicable({ en: 'User has no active access key.', ja: 'このユーザーに有効なアクセスキーはありません。' });
    const old = active.map((k) => ({ id: k.accessKeyId, age: daysSince(k.createDate, ctx.now) ?? 0 })).filter((k) => k.age > MAX_AGE_DAYS);
    if (!old.length) return pass({ en: `Active access keys are at most ${MAX_AGE_DAYS} days old.`, ja: `有効なアクセスキーはすべて作成から ${MAX_AGE_DAYS} 日以内です。` });
    return fail(
      {
        en: `User ${user.name} has access keys older than ${MAX_AGE_DAYS} days: ${old.map((k) => `${k.id} (${k.age} days)`).join(', ')}.`,
        ja: `ユーザー ${user.name} に作成から ${MAX_AGE_DAYS} 日を超えたアクセスキーがあります: ${old.map((k) => `${k.id}（${k.age} 日）`).join('、')}。`,
      },
      { keys: old },
    );
  },
});
