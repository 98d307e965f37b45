import { USER_TYPE, type IamUserConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<IamUserConfig>({
  id: 'aws-iam-user-no-initial-access-key',
  services: ['iam'],
  title: {
    en: 'No unused access keys were set up for IAM users that have a console password',
    ja: 'コンソールパスワードを持つ IAM ユーザーに未使用のアクセスキーが発行されていない',
  },
  severity: 'LOW',
  urgency: 'medium',
  resourceTypes: [USER_TYPE],
  requires: ['loginProfile', 'accessKeys'],
  frameworks: {
    'cis-aws-3.0': ['1.11'],
  },
  doc: {
    en: {
      description: 'Checks console users for active access keys that have never been used, the typical result of creating keys "just in case" during user setup (CIS audit procedure).',
      urgency: 'Address within the month: a never-used key does no work but is a live credential that can leak from wherever it was written down.',
      risk: 'An access key created at user setup and never needed is often pasted into a ticket, e-mail or onboarding document. Whoever finds it gets programmatic access with the user\'s permissions, without MFA and without anyone noticing, because nobody expects the key to be used.',
      recommendation: 'Delete access keys that have never been used. Create access keys only when a user actually needs programmatic access, and prefer temporary credentials (IAM Identity Center CLI sign-in, roles) over user access keys.',
      console: [
        'Open the IAM console → "Users" and select the user.',
        'On "Security credentials", under "Access keys", find keys whose "Last used" is "Never".',
        'Choose "Actions" → "Deactivate", then "Delete" for those keys.',
      ],
    },
    ja: {
      description: 'コンソールユーザーに、一度も使われていない有効なアクセスキーがないかを確認します。ユーザー作成時に「念のため」発行されたキーの典型です（CIS の監査手順）。',
      urgency: '1 か月以内に対応してください。一度も使われていないキーは何の役にも立っていない一方で、書き留められた場所から漏えいし得る有効な認証情報です。',
      risk: 'ユーザー作成時に発行されたまま使われていないアクセスキーは、チケットやメール、オンボーディング資料に貼り付けられていることがよくあります。見つけた人はそのユーザーの権限で MFA なしにプログラムからアクセスでき、誰もそのキーが使われるとは思っていないため気付かれません。',
      recommendation: '一度も使われていないアクセスキーは削除してください。アクセスキーはプログラムからのアクセスが実際に必要になったときにのみ発行し、可能であればユーザーのアクセスキーではなく一時認証情報（IAM Identity Center の CLI サインイン、ロール）を使ってください。',
      console: [
        'IAM コンソール →「ユーザー」で対象ユーザーを選択します。',
        '「セキュリティ認証情報」の「アクセスキー」で、「最終使用」が「なし」のキーを探します。',
        'それらのキーで「アクション」→「無効化」を実行し、その後「削除」します。',
      ],
    },
  },
  remediation: {
    cli: 'aws iam list-access-keys --user-name <user>\naws iam get-access-key-last-used --access-key-id <key-id>   # LastUsedDate absent = never used\naws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive\naws iam delete-access-key --user-name <user> --access-key-id <key-id>',
    terraform: '# Remove the aws_iam_access_key resource that was created with the user, e.g. delete:\n# resource "aws_iam_access_key" "alice" { user = aws_iam_user.alice.name }\n# and keep console users key-less:\nresource "aws_iam_user" "alice" {\n  name = "alice"\n}\nresource "aws_iam_user_login_profile" "alice" {\n  user = aws_iam_user.alice.name\n}',
    cloudformation: '# Remove the AWS::IAM::AccessKey created alongside the user:\n# AliceKey:\n#   Type: AWS::IAM::AccessKey\n#   Properties:\n#     UserName: !Ref Alice\nAlice:\n  Type: AWS::IAM::User\n  Properties:\n    UserName: alice\n    LoginProfile:\n      Password: "{{resolve:secretsmanager:alice-initial-password}}"\n      PasswordResetRequired: true',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
  ],
  evaluate(user) {
    const { loginProfile, accessKeys } = user.config;
    if (loginProfile === undefined || accessKeys === undefined) return notAssessed('Login profile or access keys were not collected.');
    if (loginProfile === null) return notApplicable({ en: 'User has no console password.', ja: 'このユーザーにはコンソールパスワードがありません。' });
    const unused = accessKeys.filter((k) => k.status === 'Active' && k.lastUsedDate === null);
    if (!unused.length) return pass({ en: 'Console user has no active, never-used access key.', ja: 'コンソールユーザーに、有効かつ未使用のアクセスキーはありません。' });
    const ids = unused.map((k) => k.accessKeyId).join(', ');
    return fail(
      { en: `Console user ${user.name} has active access key(s) never used: ${ids}.`, ja: `コンソールユーザー ${user.name} に、一度も使われていない有効なアクセスキーがあります: ${ids}。` },
      { accessKeys: unused.map((k) => ({ accessKeyId: k.accessKeyId, createDate: k.createDate })) },
    );
  },
});
