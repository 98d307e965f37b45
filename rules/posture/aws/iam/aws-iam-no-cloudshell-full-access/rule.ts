import { GROUP_TYPE, ROLE_TYPE, USER_TYPE, type PolicyHolderConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

const POLICY = 'AWSCloudShellFullAccess';

export const rule = defineRule<PolicyHolderConfig>({
  id: 'aws-iam-no-cloudshell-full-access',
  services: ['iam'],
  title: {
    en: 'IAM identities do not have the AWSCloudShellFullAccess policy attached',
    ja: 'IAM ID に AWSCloudShellFullAccess ポリシーが付与されていない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [USER_TYPE, GROUP_TYPE, ROLE_TYPE],
  requires: ['policies', 'attachedPolicies'],
  frameworks: {
    'cis-aws-3.0': ['1.22'],
    fsbp: ['IAM.27'],
  },
  doc: {
    en: {
      description: 'Checks IAM users, groups and roles for the AWS managed policy AWSCloudShellFullAccess.',
      urgency: 'Address within the month: CloudShell itself is useful, but full access includes file upload/download and an internet-connected shell with sudo, an easy exfiltration channel.',
      risk: 'With AWSCloudShellFullAccess a user (or whoever took over the user\'s console session) can download data pulled from the account to their laptop, or install tools in CloudShell and send data to any internet server, bypassing network controls of your environment.',
      recommendation: 'Detach AWSCloudShellFullAccess and grant a narrower custom policy (for example allowing cloudshell:CreateEnvironment, CreateSession, GetEnvironmentStatus, StartEnvironment, StopEnvironment but denying cloudshell:GetFileDownloadUrls and cloudshell:GetFileUploadUrls) to those who need CloudShell.',
      console: [
        'Open the IAM console → "Policies" → "AWSCloudShellFullAccess" → "Entities attached".',
        'Detach the policy from each user, group and role.',
        'Attach a scoped CloudShell policy that denies file upload and download where CloudShell is still needed.',
      ],
    },
    ja: {
      description: 'IAM ユーザー・グループ・ロールに AWS 管理ポリシー AWSCloudShellFullAccess が付与されていないかを確認します。',
      urgency: '1 か月以内に対応してください。CloudShell 自体は便利ですが、フルアクセスにはファイルのアップロード/ダウンロードや、sudo 可能でインターネットに接続されたシェルが含まれ、容易なデータ持ち出し経路になります。',
      risk: 'AWSCloudShellFullAccess があれば、ユーザー（またはそのコンソールセッションを乗っ取った者）はアカウントから取得したデータを手元の PC にダウンロードしたり、CloudShell にツールを入れて任意のインターネット上のサーバーへ送信したりでき、環境のネットワーク制御を迂回されます。',
      recommendation: 'AWSCloudShellFullAccess をデタッチし、CloudShell が必要な人には範囲を絞ったカスタムポリシー（例: cloudshell:CreateEnvironment、CreateSession、GetEnvironmentStatus、StartEnvironment、StopEnvironment を許可し、cloudshell:GetFileDownloadUrls と cloudshell:GetFileUploadUrls を拒否）を付与してください。',
      console: [
        'IAM コンソール →「ポリシー」→「AWSCloudShellFullAccess」→「アタッチされたエンティティ」を開きます。',
        '各ユーザー・グループ・ロールからポリシーをデタッチします。',
        'CloudShell が引き続き必要な場合は、ファイルのアップロード/ダウンロードを拒否する限定的なポリシーを付与します。',
      ],
    },
  },
  remediation: {
    cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess\naws iam detach-user-policy  --user-name <user>   --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess\naws iam detach-group-policy --group-name <group> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess\naws iam detach-role-policy  --role-name <role>   --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
    terraform: 'resource "aws_iam_policy" "cloudshell_limited" {\n  name = "cloudshell-no-file-transfer"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      { Effect = "Allow", Action = ["cloudshell:CreateEnvironment", "cloudshell:CreateSession", "cloudshell:GetEnvironmentStatus", "cloudshell:StartEnvironment", "cloudshell:StopEnvironment"], Resource = "*" },\n      { Effect = "Deny", Action = ["cloudshell:GetFileDownloadUrls", "cloudshell:GetFileUploadUrls"], Resource = "*" }\n    ]\n  })\n}',
    cloudformation: 'CloudShellLimited:\n  Type: AWS::IAM::ManagedPolicy\n  Properties:\n    ManagedPolicyName: cloudshell-no-file-transfer\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Action: [cloudshell:CreateEnvironment, cloudshell:CreateSession, cloudshell:GetEnvironmentStatus, cloudshell:StartEnvironment, cloudshell:StopEnvironment]\n          Resource: "*"\n        - Effect: Deny\n          Action: [cloudshell:GetFileDownloadUrls, cloudshell:GetFileUploadUrls]\n          Resource: "*"',
  },
  references: [
    'https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-27',
  ],
  evaluate(identity) {
    const attachedPolicies = identity.config.attachedPolicies;
    if (attachedPolicies === undefined) return notAssessed('Attached policies were not collected.');
    const hit = attachedPolicies.find((p) => /^arn:[^:]+:iam::aws:policy\/AWSCloudShellFullAccess$/.test(p.policyArn));
    return hit
      ? fail({ en: `${identity.name} has ${POLICY} attached.`, ja: `${identity.name} に ${POLICY} が付与されています。` }, { policyArn: hit.policyArn })
      : pass({ en: `${POLICY} is not attached.`, ja: `${POLICY} は付与されていません。` });
  },
});
