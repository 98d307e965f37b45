import { ECR_REPOSITORY_TYPE, type EcrRepositoryConfig } from '../../../../../src/providers/aws/model/ecr.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

type Statement = {
  Sid?: string;
  Effect?: string;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
};

/** Condition keys that tie a statement to known principals or networks. */
const RESTRICTING_KEYS = new Set(
  [
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceIp',
    'aws:userid',
  ].map((k) => k.toLowerCase()),
);
const OPEN_CIDRS = new Set(['0.0.0.0/0', '::/0']);
const WRITE = ['ecr:putimage', 'ecr:initiatelayerupload', 'ecr:uploadlayerpart', 'ecr:completelayerupload', 'ecr:batchdeleteimage'];
const ADMIN = ['ecr:setrepositorypolicy', 'ecr:deleterepository', 'ecr:deleterepositorypolicy', 'ecr:putlifecyclepolicy'];

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function isPublicPrincipal(p: unknown): boolean {
  if (p === '*') return true;
  if (p && typeof p === 'object') {
    const aws = (p as Record<string, unknown>).AWS;
    return list(aws).some((a) => a === '*');
  }
  return false;
}

function restricts(condition: Statement['Condition']): boolean {
  for (const operands of Object.values(condition ?? {})) {
    for (const [key, value] of Object.entries(operands ?? {})) {
      const k = key.toLowerCase();
      if (!RESTRICTING_KEYS.has(k)) continue;
      const values = list(value).map(String);
      if (k === 'aws:sourceip' && values.some((v) => OPEN_CIDRS.has(v))) continue;
      if (values.some((v) => v === '*')) continue;
      return true;
    }
  }
  return false;
}

function accessLevel(s: Statement): 'admin' | 'push' | 'pull' {
  if (s.NotAction !== undefined) return 'admin';
  const actions = list(s.Action).map((a) => String(a).toLowerCase());
  const matches = (target: string) => actions.some((a) => a === '*' || a === 'ecr:*' || a === target || (a.endsWith('*') && target.startsWith(a.slice(0, -1))));
  if (ADMIN.some(matches)) return 'admin';
  if (WRITE.some(matches)) return 'push';
  return 'pull';
}

/** Allow statements of a repository policy that any AWS principal (or anonymous caller) can use without a restricting condition. */
export function publicStatements(policy: Record<string, unknown> | null | undefined): { sid: string; access: 'admin' | 'push' | 'pull' }[] {
  const out: { sid: string; access: 'admin' | 'push' | 'pull' }[] = [];
  list(policy?.Statement).forEach((raw, i) => {
    const s = raw as Statement;
    if (s.Effect !== 'Allow') return;
    if (!(isPublicPrincipal(s.Principal) || s.NotPrincipal !== undefined)) return;
    if (restricts(s.Condition)) return;
    out.push({ sid: s.Sid ?? `#${i + 1}`, access: accessLevel(s) });
  });
  return out;
}

export const rule = defineRule<EcrRepositoryConfig>({
  id: 'aws-ecr-repository-not-public',
  services: ['ecr'],
  title: {
    en: 'ECR repository policy does not allow public (Principal "*") access',
    ja: 'ECR リポジトリポリシーがパブリック（Principal "*"）アクセスを許可していない',
  },
  severity: 'HIGH',
  urgency: 'immediate',
  resourceTypes: [ECR_REPOSITORY_TYPE],
  requires: ['policy', 'repositoryName'],
  frameworks: {
    'nist-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
  },
  doc: {
    en: {
      description: 'Checks that no Allow statement of the repository policy grants access to Principal "*" (every AWS account) without a condition that restricts it to your organization, accounts, VPC endpoints or networks.',
      urgency: 'Fix today: anyone with any AWS account can use the granted actions right now; if push is allowed, they can replace the images your workloads run.',
      risk: 'With public pull, anyone can download your private images and mine them for source code, embedded credentials, internal hostnames and vulnerable libraries. With public push, an attacker can upload a backdoored image under a tag your pipeline deploys, which gives code execution inside your cluster.',
      recommendation: 'Replace Principal "*" with the specific account or role ARNs that need access, or keep "*" only together with a condition such as aws:PrincipalOrgID equal to your organization ID. For images that really must be public, use an Amazon ECR Public repository instead of opening a private one.',
      console: [
        'Open the Amazon ECR console, select the repository and choose "Permissions".',
        'Edit the policy JSON: remove statements with "Principal": "*" or add a "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-xxxxxxxxxx"}}.',
        'Save and verify that your clusters and CI can still pull and push.',
      ],
    },
    ja: {
      description: 'リポジトリポリシーの Allow ステートメントが、組織・アカウント・VPC エンドポイント・ネットワークに限定する条件なしに Principal "*"（すべての AWS アカウント）へアクセスを許可していないかを確認します。',
      urgency: '本日中に対応してください。任意の AWS アカウントを持つ誰もが、許可されたアクションを今すぐ実行できます。プッシュが許可されている場合は、ワークロードが実行するイメージを差し替えられます。',
      risk: 'パブリックにプルできる状態では、誰でもプライベートイメージをダウンロードし、ソースコード、埋め込まれた認証情報、内部ホスト名、脆弱なライブラリを探せます。パブリックにプッシュできる状態では、攻撃者がパイプラインのデプロイ対象のタグでバックドア入りイメージをアップロードでき、クラスター内でのコード実行につながります。',
      recommendation: 'Principal "*" を、アクセスが必要なアカウントやロールの ARN に置き換えてください。"*" を残す場合は、aws:PrincipalOrgID を自組織の ID に一致させるなどの条件を必ず付けてください。本当に公開が必要なイメージは、プライベートリポジトリを開放するのではなく Amazon ECR Public を使ってください。',
      console: [
        'Amazon ECR コンソールで対象リポジトリを選択し、「アクセス許可」を開きます。',
        'ポリシーの JSON を編集し、"Principal": "*" のステートメントを削除するか、"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-xxxxxxxxxx"}} を追加します。',
        '保存後、クラスターや CI から引き続きプル・プッシュできることを確認します。',
      ],
    },
  },
  remediation: {
    cli: 'cat > policy.json <<\'JSON\'\n{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Sid": "OrgPull",\n    "Effect": "Allow",\n    "Principal": "*",\n    "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"],\n    "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-exampleorgid"}}\n  }]\n}\nJSON\naws ecr set-repository-policy --repository-name web-app --policy-text file://policy.json',
    terraform: 'data "aws_iam_policy_document" "org_pull" {\n  statement {\n    sid     = "OrgPull"\n    actions = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]\n    principals {\n      type        = "AWS"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "aws:PrincipalOrgID"\n      values   = [var.organization_id]\n    }\n  }\n}\n\nresource "aws_ecr_repository_policy" "web_app" {\n  repository = aws_ecr_repository.web_app.name\n  policy     = data.aws_iam_policy_document.org_pull.json\n}',
    cloudformation: 'Resources:\n  WebApp:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: web-app\n      RepositoryPolicyText:\n        Version: "2012-10-17"\n        Statement:\n          - Sid: OrgPull\n            Effect: Allow\n            Principal: "*"\n            Action:\n              - ecr:BatchGetImage\n              - ecr:GetDownloadUrlForLayer\n              - ecr:BatchCheckLayerAvailability\n            Condition:\n              StringEquals:\n                aws:PrincipalOrgID: !Ref OrganizationId',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html',
  ],
  evaluate(repo) {
    const name = repo.config.repositoryName;
    if (!repo.config.policy) {
      return pass({ en: `${name} has no repository policy (only IAM principals of this account can access it).`, ja: `${name} にはリポジトリポリシーがありません（このアカウントの IAM プリンシパルのみアクセス可能です）。` });
    }
    const open = publicStatements(repo.config.policy);
    if (open.length === 0) {
      return pass({ en: `The policy of ${name} grants no unrestricted public access.`, ja: `${name} のポリシーは制限のないパブリックアクセスを許可していません。` });
    }
    const worst = open.some((s) => s.access === 'admin') ? 'admin' : open.some((s) => s.access === 'push') ? 'push' : 'pull';
    const ja = { admin: '管理操作（ポリシー変更・削除）', push: 'プッシュ（イメージの書き込み）', pull: 'プル（イメージの取得）' }[worst];
    return fail(
      {
        en: `The policy of ${name} lets any AWS principal ${worst} without conditions (statement ${open.map((s) => s.sid).join(', ')}).`,
        ja: `${name} のポリシーは、条件なしで任意の AWS プリンシパルに${ja}を許可しています（ステートメント ${open.map((s) => s.sid).join('、')}）。`,
      },
      { publicStatements: open },
    );
  },
});
