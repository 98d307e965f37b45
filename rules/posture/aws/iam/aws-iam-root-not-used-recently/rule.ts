import { daysSince, ROOT_USER_TYPE, type RootUserConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

/** Root activity within this many days counts as "used for daily tasks". */
const WINDOW_DAYS = 30;

export const rule = defineRule<RootUserConfig>({
  id: 'aws-iam-root-not-used-recently',
  services: ['iam'],
  title: {
    en: "The 'root' user is not used for administrative and daily tasks",
    ja: 'ルートユーザーを管理作業や日常業務に使用していない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [ROOT_USER_TYPE],
  requires: ['credentialReport'],
  frameworks: {
    'cis-aws-3.0': ['1.7'],
  },
  doc: {
    en: {
      description: `Checks the credential report for root user activity: the root password or a root access key used within the last ${WINDOW_DAYS} days suggests the root user is used for routine work.`,
      urgency: 'Address within the month: routine root use is a habit to change rather than an open hole, but every root sign-in exposes the one unrestricted credential to phishing and session theft.',
      risk: 'Each root session is a chance for the root password and MFA to be phished or the session to be hijacked; root actions cannot be limited by IAM policies or SCPs, and shared root use makes CloudTrail attribution to a person impossible.',
      recommendation: 'Use IAM Identity Center or IAM roles for administration and keep the root user for the few tasks that require it (e.g. changing the support plan, closing the account). Review what the recent root activity was in CloudTrail (userIdentity.type = Root) and move that task to a role.',
      console: [
        'Open the IAM console → "Credential report" and download the report; check the <root_account> row (password_last_used, access_key_*_last_used_date).',
        'In CloudTrail → "Event history", filter by "User name" = root to see what was done.',
        'Create or use an administrator role / Identity Center permission set for those tasks and stop signing in as root.',
      ],
    },
    ja: {
      description: `認証情報レポートでルートユーザーの利用状況を確認します。過去 ${WINDOW_DAYS} 日以内にルートのパスワードまたはアクセスキーが使われている場合、日常的な作業にルートが使われている可能性があります。`,
      urgency: '1 か月以内に対応してください。ルートの常用はすぐに悪用される穴ではなく改めるべき運用習慣ですが、サインインのたびに唯一無制限の認証情報がフィッシングやセッション窃取の危険にさらされます。',
      risk: 'ルートでのセッションはそのたびにパスワードや MFA のフィッシング、セッション乗っ取りの機会になります。ルートの操作は IAM ポリシーや SCP で制限できず、複数人でルートを共用すると CloudTrail 上で実施者を特定できません。',
      recommendation: '管理作業には IAM Identity Center または IAM ロールを使い、ルートユーザーはルートでしかできない作業（サポートプランの変更、アカウント解約など）に限定してください。CloudTrail（userIdentity.type = Root）で最近のルート操作の内容を確認し、その作業をロールへ移行します。',
      console: [
        'IAM コンソール →「認証情報レポート」でレポートをダウンロードし、<root_account> 行の password_last_used と access_key_*_last_used_date を確認します。',
        'CloudTrail →「イベント履歴」で「ユーザー名」= root で絞り込み、実施された操作を確認します。',
        'それらの作業用に管理者ロールや Identity Center の権限セットを用意し、ルートでのサインインをやめます。',
      ],
    },
  },
  remediation: {
    cli: '# Generate and read the credential report; inspect the <root_account> row:\naws iam generate-credential-report\naws iam get-credential-report --query Content --output text | base64 --decode | grep "<root_account>"\n# What did root do recently?\naws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root --max-results 50',
    terraform: '# Alert on every root sign-in / API call (EventBridge → SNS):\nresource "aws_cloudwatch_event_rule" "root_activity" {\n  name = "root-activity"\n  event_pattern = jsonencode({\n    detail-type = ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"]\n    detail      = { userIdentity = { type = ["Root"] } }\n  })\n}\n\nresource "aws_cloudwatch_event_target" "root_activity" {\n  rule = aws_cloudwatch_event_rule.root_activity.name\n  arn  = aws_sns_topic.security_alerts.arn\n}',
    cloudformation: 'RootActivityRule:\n  Type: AWS::Events::Rule\n  Properties:\n    Name: root-activity\n    EventPattern:\n      detail-type:\n        - AWS API Call via CloudTrail\n        - AWS Console Sign In via CloudTrail\n      detail:\n        userIdentity:\n          type: [Root]\n    Targets:\n      - Id: security-alerts\n        Arn: !Ref SecurityAlertsTopic',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
  ],
  evaluate(root, ctx) {
    const row = root.config.credentialReport;
    if (!row) return notAssessed('The credential report has no <root_account> row.');
    const uses = [
      { what: 'password', whatJa: 'パスワード', at: row.passwordLastUsed },
      { what: 'access key 1', whatJa: 'アクセスキー 1', at: row.accessKeys[0].lastUsedDate },
      { what: 'access key 2', whatJa: 'アクセスキー 2', at: row.accessKeys[1].lastUsedDate },
    ]
      .map((u) => ({ ...u, days: daysSince(u.at, ctx.now) }))
      .filter((u) => u.days !== null && u.days < WINDOW_DAYS);
    if (!uses.length) {
      return pass({ en: `Root user not used in the last ${WINDOW_DAYS} days.`, ja: `ルートユーザーは過去 ${WINDOW_DAYS} 日間使用されていません。` });
    }
    return fail(
      {
        en: `Root user was used recently: ${uses.map((u) => `${u.what} ${u.days} days ago`).join(', ')}.`,
        ja: `ルートユーザーが最近使用されています: ${uses.map((u) => `${u.whatJa}（${u.days} 日前）`).join('、')}。`,
      },
      { lastUses: uses.map((u) => ({ credential: u.what, at: u.at })) },
    );
  },
});
