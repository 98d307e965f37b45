import type { AccountConfig } from '../../../../../src/providers/aws/model/account.js';
import { ACCOUNT_TYPE } from '../../../../../src/model/pseudo.js';
import { defineRule } from '../../../../../src/model/rule.js';
import { GUARDRAIL_READS, GUARDRAIL_READS_ACROSS_SCOPES, evaluateFamily } from '../family.js';

export const rule = defineRule<AccountConfig>({
  id: 'aws-guardrails-centralized-root-access',
  services: ['organizations'],
  title: {
    en: 'Root access of the member account is managed centrally',
    ja: 'メンバーアカウントのルートアクセスが一元管理されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [ACCOUNT_TYPE],
  reads: GUARDRAIL_READS,
  readsAcrossScopes: GUARDRAIL_READS_ACROSS_SCOPES,
  frameworks: {
    'nist-800-53-r5': ['AC-2', 'AC-6(5)', 'IA-2(1)'],
  },
  doc: {
    en: {
      description:
        'Checks that the organisation has both IAM centralised root access features enabled (iam:ListOrganizationsFeatures, read with the organisation from the management account): root credentials management, which lets the management account remove and block the root password, access keys and MFA devices of member accounts (and creates new accounts without them), and privileged root sessions, which run the few root-only tasks as short sts:AssumeRoot sessions. One feature is partial (FAIL). The management account keeps its own root user (NOT_APPLICABLE); when the setting could not be read the result is NOT_ASSESSED.',
      urgency:
        'Plan within the month: enabling the features changes nothing by itself and breaks nothing, and it is the prerequisite for deleting the long-lived root credentials that every member account still has.',
      risk:
        'Every member account has a root user that no IAM policy or SCP-exempt role governs in the same way: its password can be reset through the account e-mail address, and an old access key or MFA device in a drawer is a way around every other control. Without central management each of those credentials must be protected, audited and rotated account by account, and an account whose root credentials are lost can only be recovered through AWS Support.',
      recommendation:
        'From the management account, enable trusted access for IAM in AWS Organizations, then enable root credentials management and privileged root sessions. Delete the root credentials of existing member accounts (sts:AssumeRoot with the IAMDeleteRootUserCredentials task policy), keep the root user of the management account protected with hardware MFA, and consider a delegated administrator for IAM so day-to-day root tasks do not need the management account.',
      console: [
        'Sign in to the management account and open the IAM console → "Root access management".',
        'Choose "Enable"; confirm that trusted access for IAM in AWS Organizations is turned on as part of it.',
        'Select both "Root credentials management" and "Privileged root actions in member accounts", optionally name a delegated administrator, and save.',
        'For each member account, choose it under "Root access management" and delete its root user credentials.',
      ],
    },
    ja: {
      description:
        '組織で IAM のルートアクセス一元管理の 2 つの機能が有効になっているかを確認します（iam:ListOrganizationsFeatures を管理アカウントから組織情報とあわせて読み取ります）。1 つはルート認証情報の管理で、管理アカウントからメンバーアカウントのルートのパスワード・アクセスキー・MFA デバイスを削除・禁止でき、新しいアカウントはそれらなしで作成されます。もう 1 つは特権ルートセッションで、ルートにしかできない作業を sts:AssumeRoot による短時間のセッションで実行します。片方だけの場合は一部のみ適用（FAIL）です。管理アカウントは自身のルートユーザーを持ち続けるため NOT_APPLICABLE、設定を読み取れなかった場合は NOT_ASSESSED になります。',
      urgency:
        '1 か月以内に計画してください。機能を有効にするだけでは何も変わらず、何も壊れません。そのうえで、各メンバーアカウントに残っている長期的なルート認証情報を削除するための前提条件になります。',
      risk:
        'すべてのメンバーアカウントにはルートユーザーがあり、他の IAM プリンシパルと同じようには統制できません。パスワードはアカウントのメールアドレスからリセットでき、引き出しにしまわれた古いアクセスキーや MFA デバイスは、ほかのあらゆる統制を迂回する手段になります。一元管理しない場合、こうした認証情報をアカウントごとに保護・監査・ローテーションしなければならず、ルート認証情報を失ったアカウントは AWS サポート経由でしか復旧できません。',
      recommendation:
        '管理アカウントで、AWS Organizations の IAM に対する信頼されたアクセスを有効にしてから、ルート認証情報の管理と特権ルートセッションを有効にしてください。既存のメンバーアカウントのルート認証情報は削除し（IAMDeleteRootUserCredentials タスクポリシーで sts:AssumeRoot を実行）、管理アカウントのルートユーザーはハードウェア MFA で保護してください。日常的なルート作業に管理アカウントを使わずに済むよう、IAM の委任管理者の設定も検討してください。',
      console: [
        '管理アカウントにサインインし、IAM コンソール →「ルートアクセス管理」を開きます。',
        '「有効にする」を選びます。あわせて AWS Organizations で IAM の信頼されたアクセスが有効になることを確認します。',
        '「ルート認証情報の管理」と「メンバーアカウントでの特権ルートアクション」の両方を選び、必要に応じて委任管理者を指定して保存します。',
        '各メンバーアカウントを「ルートアクセス管理」で選び、ルートユーザーの認証情報を削除します。',
      ],
    },
  },
  remediation: {
    cli:
      '# From the management account\n' +
      'aws organizations enable-aws-service-access --service-principal iam.amazonaws.com\n' +
      'aws iam enable-organizations-root-credentials-management\n' +
      'aws iam enable-organizations-root-sessions\n' +
      'aws iam list-organizations-features\n' +
      '# Then, per member account: remove the root credentials it still has\n' +
      'aws sts assume-root --target-principal <member-account-id> \\\n' +
      '  --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials',
    terraform:
      'resource "aws_organizations_organization" "this" {\n' +
      '  feature_set                   = "ALL"\n' +
      '  aws_service_access_principals = ["iam.amazonaws.com"] # keep the principals you already have\n' +
      '}\n\n' +
      'resource "aws_iam_organizations_features" "this" {\n' +
      '  enabled_features = ["RootCredentialsManagement", "RootSessions"]\n' +
      '  depends_on       = [aws_organizations_organization.this]\n' +
      '}',
    cloudformation:
      '# CloudFormation has no resource for the IAM organisations features: enable trusted access for IAM\n' +
      '# and the two features with the AWS CLI (see CLI) from the management account.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOrganizationsFeatures.html',
  ],
  evaluate: (account, ctx) => evaluateFamily('centralized-root', account, ctx),
});
