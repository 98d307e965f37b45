import { managedPolicyUid, MANAGED_POLICY_TYPE, type ManagedPolicyConfig } from '../../../../../src/providers/aws/model/iam.js';
import { ACCOUNT_TYPE } from '../../../../../src/model/pseudo.js';
import type { AccountConfig } from '../../../../../src/providers/aws/model/account.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<AccountConfig>({
  id: 'aws-iam-support-role',
  services: ['iam'],
  title: {
    en: 'A support role has been created to manage incidents with AWS Support',
    ja: 'AWS サポートでインシデントを管理するためのサポートロールが作成されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [ACCOUNT_TYPE],
  requires: ['partition'],
  reads: [MANAGED_POLICY_TYPE],
  frameworks: {
    'cis-aws-3.0': ['1.17'],
    fsbp: ['IAM.18'],
    'pci-dss-4.0': ['12.10.3'],
  },
  doc: {
    en: {
      description: 'Checks that the AWS managed policy AWSSupportAccess is attached to at least one IAM role, so that authorised people can open and manage AWS Support cases without broader permissions.',
      urgency: 'Low urgency: this is preparation for an incident. Set it up before you need it, not during the incident.',
      risk: 'Without a dedicated support role, opening a case during an incident means hunting for someone with administrator or root access; either the response is delayed or people are handed excessive permissions (or the root user) under time pressure.',
      recommendation: 'Create an IAM role (assumable by your incident responders or an Identity Center group) and attach AWSSupportAccess to it. Document who may assume it as part of the incident response plan.',
      console: [
        'Open the IAM console → "Roles" → "Create role"; choose "AWS account" (this account or your identity account) as the trusted entity.',
        'Attach the policy "AWSSupportAccess".',
        'Name the role (e.g. aws-support) and create it; add it to the incident response runbook.',
      ],
    },
    ja: {
      description: 'AWS 管理ポリシー AWSSupportAccess が少なくとも 1 つの IAM ロールに付与され、権限を持つ担当者が広い権限なしに AWS サポートのケースを起票・管理できることを確認します。',
      urgency: '緊急度は低めです。これはインシデントへの備えであり、必要になる前に（インシデントの最中ではなく）整備してください。',
      risk: '専用のサポートロールがないと、インシデント中にケースを起票するために管理者権限やルートを持つ人を探すことになり、対応が遅れるか、時間に追われて過剰な権限（あるいはルートユーザー）を渡すことになります。',
      recommendation: 'インシデント対応者（または Identity Center のグループ）が引き受けられる IAM ロールを作成し、AWSSupportAccess を付与してください。誰が引き受けてよいかをインシデント対応計画に記載します。',
      console: [
        'IAM コンソール →「ロール」→「ロールを作成」で、信頼されたエンティティに「AWS アカウント」（このアカウントまたは ID 管理用アカウント）を選びます。',
        'ポリシー「AWSSupportAccess」を付与します。',
        'ロール名（例: aws-support）を付けて作成し、インシデント対応手順書に追記します。',
      ],
    },
  },
  remediation: {
    cli: 'aws iam create-role --role-name aws-support \\\n  --assume-role-policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::<account-id>:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}\'\naws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    terraform: 'data "aws_caller_identity" "current" {}\n\nresource "aws_iam_role" "support" {\n  name = "aws-support"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }\n      Action    = "sts:AssumeRole"\n      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }\n    }]\n  })\n}\n\nresource "aws_iam_role_policy_attachment" "support" {\n  role       = aws_iam_role.support.name\n  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"\n}',
    cloudformation: 'SupportRole:\n  Type: AWS::IAM::Role\n  Properties:\n    RoleName: aws-support\n    AssumeRolePolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal:\n            AWS: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root\n          Action: sts:AssumeRole\n          Condition:\n            Bool:\n              aws:MultiFactorAuthPresent: "true"\n    ManagedPolicyArns:\n      - !Sub arn:${AWS::Partition}:iam::aws:policy/AWSSupportAccess',
  },
  references: [
    'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-18',
  ],
  evaluate(account, ctx) {
    const partition = account.config.partition ?? 'aws';
    const policy = ctx.byUid<ManagedPolicyConfig>(managedPolicyUid(account.account, `arn:${partition}:iam::aws:policy/AWSSupportAccess`));
    if (!policy) return notAssessed({ en: 'AWSSupportAccess attachments were not collected for this account.', ja: 'このアカウントの AWSSupportAccess の付与状況が収集されていません。' });
    if (policy.errors?.attachments || !policy.config.attachments) {
      return notAssessed({ en: `Entities of AWSSupportAccess could not be listed (${policy.errors?.attachments ?? 'missing'}).`, ja: `AWSSupportAccess の付与先を取得できませんでした（${policy.errors?.attachments ?? '不明'}）。` });
    }
    const { roles, users, groups } = policy.config.attachments;
    if (roles.length) return pass({ en: `AWSSupportAccess is attached to role(s): ${roles.join(', ')}.`, ja: `AWSSupportAccess がロールに付与されています: ${roles.join('、')}。` }, { roles });
    return fail(
      users.length || groups.length
        ? { en: `AWSSupportAccess is attached only to users/groups (${[...users, ...groups].join(', ')}), not to a role.`, ja: `AWSSupportAccess がユーザー/グループ（${[...users, ...groups].join('、')}）にのみ付与されており、ロールには付与されていません。` }
        : { en: 'No IAM role has AWSSupportAccess attached.', ja: 'AWSSupportAccess が付与された IAM ロールがありません。' },
      { users, groups },
    );
  },
});
