import { ROLE_TYPE, USER_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import type { IncompleteReason } from '../../../../../src/providers/aws/iam/snapshot.js';
import { CATALOGUE_SIZE, ESCALATION_ACCOUNT_TYPES, ESCALATION_ORG_TYPES, NOT_COLLECTED_COMPUTE, OPTIONAL_COMPUTE_TYPES, escalationFor, firstFix, stepEvidence } from '../../../../../src/providers/aws/iam/escalation/snapshot.js';

const short = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
const reasonList = (reasons: readonly IncompleteReason[]) => {
  const seen = new Map<string, IncompleteReason>();
  for (const r of reasons) if (!seen.has(`${r.code}|${r.subject}`)) seen.set(`${r.code}|${r.subject}`, r);
  return [...seen.values()];
};
const joinMessages = (reasons: readonly IncompleteReason[], lang: 'en' | 'ja') =>
  reasonList(reasons)
    .slice(0, 3)
    .map((r) => r.message[lang])
    .join(lang === 'en' ? ' ' : '') + (reasonList(reasons).length > 3 ? (lang === 'en' ? ' …' : ' ほか') : '');

export const rule = defineRule({
  id: 'aws-iam-privilege-escalation-path',
  services: ['iam'],
  title: {
    en: 'No IAM user or role can escalate to administrator through a catalogued privilege-escalation path',
    ja: '既知の権限昇格手法で管理者権限に到達できる IAM ユーザー・ロールがない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [USER_TYPE, ROLE_TYPE],
  // What the analysis cannot do without: a failed listing of it makes the results NOT_ASSESSED. The
  // compute of the existing-compute methods is read too, but a failed listing of one kind leaves
  // undetermined only the principals that could use it (snapshot.ts › OPTIONAL_COMPUTE_TYPES).
  reads: [...ESCALATION_ACCOUNT_TYPES.filter((t) => t !== USER_TYPE && t !== ROLE_TYPE && !(t in OPTIONAL_COMPUTE_TYPES)), ...ESCALATION_ORG_TYPES],
  // SCPs live with the organisation in the management account.
  readsAcrossScopes: [...ESCALATION_ORG_TYPES],
  requires: ['policies', 'attachedPolicies', 'inlinePolicies', 'groups', 'permissionsBoundaryArn', 'serviceLinked'],
  frameworks: {
    'nist-800-53-r5': ['AC-6', 'AC-6(1)', 'AC-6(5)', 'AC-6(10)'],
  },
  doc: {
    en: {
      description:
        "For every IAM user and role that is not an administrator, searches the account for a chain of catalogued privilege-escalation methods (Rhino Security Labs, Bishop Fox iam-vulnerable, pathfinding.cloud) that ends with administrator permissions: writing a policy or a new policy version, creating another user's access key or password, joining a group, rewriting a role's trust policy, assuming a role, passing a role to new compute, or running code in existing compute that carries a role. Each step is checked with mamori's policy evaluation engine against the principal's identity policies, permissions boundary and the account's SCPs, so conditions, NotAction, explicit denies and resource scoping are honoured. Administrators themselves and service-linked roles are skipped.",
      urgency:
        'Fix this week: the path turns any compromise of this principal (a leaked key, a phished password, code running on an instance or function) into full control of the account, without any further vulnerability.',
      risk:
        'An attacker who holds this principal follows the listed steps — for example creating a new default version of a policy attached to itself, or launching an instance with an administrator role — and becomes an administrator: they can read and delete all data, create backdoor users and disable CloudTrail and GuardDuty. Least-privilege reviews that look at one policy at a time miss these paths because each permission looks harmless alone.',
      recommendation:
        'Break the first step of the path: remove or scope the permission it uses (iam:CreatePolicyVersion, iam:Put*/Attach*Policy, iam:PassRole, iam:UpdateAssumeRolePolicy, iam:CreateAccessKey, lambda:UpdateFunctionCode…) so that it no longer applies to privileged resources, for example by naming the exact resources and adding iam:PassedToService or iam:PolicyARN conditions. Where the principal must keep IAM write access, attach a permissions boundary that it cannot remove and that denies changing boundaries and privileged roles. At organisation level, an SCP that denies the escalation actions to everything but an administration role closes the path for every account.',
      console: [
        'Open the finding\'s evidence: it lists each step with the method, the principal it starts from, the one it gains and the requests that were allowed.',
        'IAM console → "Users" or "Roles" → the principal of the first step → "Permissions": edit the policy that grants the step\'s action and restrict its "Resource" (and conditions), or remove the action.',
        'To keep IAM write access under a ceiling: the same page → "Permissions boundary" → "Set boundary", choosing a policy that denies iam:DeleteUserPermissionsBoundary / iam:DeleteRolePermissionsBoundary and changes to privileged roles.',
        'Organisation-wide: AWS Organizations console → "Policies" → "Service control policies" → create a policy that denies the escalation actions except for your administration role, and attach it to the OU.',
        'Run mamori again and check that the principal now PASSes.',
      ],
    },
    ja: {
      description:
        '管理者ではないすべての IAM ユーザーとロールについて、既知の権限昇格手法（Rhino Security Labs、Bishop Fox iam-vulnerable、pathfinding.cloud）をつなげて管理者権限に到達する経路がアカウント内にないかを探します。対象の手法は、ポリシーや新しいポリシーバージョンの書き込み、他ユーザーのアクセスキーやパスワードの作成、グループへの参加、ロールの信頼ポリシーの書き換え、ロールの引き受け、新しいコンピューティングへのロールの引き渡し、ロールを持つ既存のコンピューティングでのコード実行です。各ステップは mamori のポリシー評価エンジンで、プリンシパルのアイデンティティベースポリシー、アクセス許可の境界、アカウントの SCP に照らして判定するため、条件、NotAction、明示的な拒否、リソースの絞り込みが反映されます。管理者自身とサービスリンクロールは対象外です。',
      urgency:
        '今週中に対処してください。この経路があると、このプリンシパルが侵害された時点（キーの漏えい、パスワードのフィッシング、インスタンスや関数上でのコード実行など）で、追加の脆弱性なしにアカウント全体を掌握されます。',
      risk:
        '攻撃者はこのプリンシパルを入手すると、示された手順（自分にアタッチされたポリシーの新しい既定バージョンを作成する、管理者ロールを付けたインスタンスを起動するなど）をたどって管理者になり、全データの閲覧・削除、バックドアユーザーの作成、CloudTrail や GuardDuty の無効化を行えます。権限は 1 つずつ見ると無害に見えるため、ポリシーを個別に確認するだけの最小権限レビューではこの経路を見落とします。',
      recommendation:
        '経路の最初のステップを断ってください。そのステップが使う権限（iam:CreatePolicyVersion、iam:Put*/Attach*Policy、iam:PassRole、iam:UpdateAssumeRolePolicy、iam:CreateAccessKey、lambda:UpdateFunctionCode など）を削除するか、対象リソースを明示し iam:PassedToService や iam:PolicyARN の条件を付けて、特権のあるリソースに使えないよう絞り込みます。IAM の書き込み権限を残す必要がある場合は、本人が外せず、境界の削除や特権ロールの変更を拒否するアクセス許可の境界を設定します。組織全体では、管理用ロール以外に対して昇格に使われるアクションを拒否する SCP を設定すると、すべてのアカウントで経路を塞げます。',
      console: [
        '検出結果のエビデンスを開きます。各ステップについて、手法、起点のプリンシパル、得られるプリンシパル、許可されたリクエストが示されています。',
        'IAM コンソール →「ユーザー」または「ロール」→ 最初のステップの起点となるプリンシパル →「許可」で、そのステップのアクションを許可しているポリシーを編集し、「Resource」（と条件）を絞り込むか、アクションを削除します。',
        'IAM の書き込み権限に上限を設ける場合: 同じ画面の「許可の境界」→「境界を設定」で、iam:DeleteUserPermissionsBoundary・iam:DeleteRolePermissionsBoundary と特権ロールの変更を拒否するポリシーを選びます。',
        '組織全体: AWS Organizations コンソール →「ポリシー」→「サービスコントロールポリシー」で、管理用ロール以外に昇格用アクションを拒否するポリシーを作成し、OU にアタッチします。',
        'mamori を再実行し、このプリンシパルが PASS になったことを確認します。',
      ],
    },
  },
  remediation: {
    cli:
      '# 1. Scope the permission of the first step (example: iam:CreatePolicyVersion only on one policy that is not attached to the principal)\naws iam create-policy-version --policy-arn arn:aws:iam::<account>:policy/<policy-of-the-step> \\\n  --policy-document file://scoped.json --set-as-default\n# 2. Or put the principal under a permissions boundary\naws iam put-user-permissions-boundary --user-name <user> --permissions-boundary arn:aws:iam::<account>:policy/<boundary>\naws iam put-role-permissions-boundary --role-name <role> --permissions-boundary arn:aws:iam::<account>:policy/<boundary>\n# 3. Or deny the escalation actions organisation-wide (from the management account)\naws organizations create-policy --type SERVICE_CONTROL_POLICY --name deny-privilege-escalation \\\n  --description "Deny IAM privilege-escalation actions except to the admin role" --content file://deny-escalation-scp.json\naws organizations attach-policy --policy-id <policy-id> --target-id <ou-or-account-id>',
    terraform:
      '# Scope iam:PassRole to one role and one service instead of "*"\ndata "aws_iam_policy_document" "app" {\n  statement {\n    actions   = ["iam:PassRole"]\n    resources = [aws_iam_role.app_instance.arn]\n    condition {\n      test     = "StringEquals"\n      variable = "iam:PassedToService"\n      values   = ["ec2.amazonaws.com"]\n    }\n  }\n}\n\n# SCP denying the escalation actions except to the administration role\nresource "aws_organizations_policy" "deny_escalation" {\n  name = "deny-privilege-escalation"\n  type = "SERVICE_CONTROL_POLICY"\n  content = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid    = "DenyPrivilegeEscalation"\n      Effect = "Deny"\n      Action = ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:Put*Policy", "iam:Attach*Policy",\n                "iam:UpdateAssumeRolePolicy", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile",\n                "iam:AddUserToGroup", "iam:Delete*PermissionsBoundary"]\n      Resource = "*"\n      Condition = { ArnNotLike = { "aws:PrincipalArn" = "arn:aws:iam::*:role/admin" } }\n    }]\n  })\n}\n\nresource "aws_organizations_policy_attachment" "deny_escalation" {\n  policy_id = aws_organizations_policy.deny_escalation.id\n  target_id = var.workloads_ou_id\n}',
    cloudformation:
      'DenyEscalationScp:\n  Type: AWS::Organizations::Policy\n  Properties:\n    Name: deny-privilege-escalation\n    Type: SERVICE_CONTROL_POLICY\n    TargetIds: [!Ref WorkloadsOuId]\n    Content:\n      Version: "2012-10-17"\n      Statement:\n        - Sid: DenyPrivilegeEscalation\n          Effect: Deny\n          Action:\n            - iam:CreatePolicyVersion\n            - iam:SetDefaultPolicyVersion\n            - iam:Put*Policy\n            - iam:Attach*Policy\n            - iam:UpdateAssumeRolePolicy\n            - iam:CreateAccessKey\n            - iam:CreateLoginProfile\n            - iam:UpdateLoginProfile\n            - iam:AddUserToGroup\n            - iam:Delete*PermissionsBoundary\n          Resource: "*"\n          Condition:\n            ArnNotLike:\n              aws:PrincipalArn: arn:aws:iam::*:role/admin\nAppRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }\n    PermissionsBoundary: !Ref WorkloadBoundaryPolicy',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
    'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/',
    'https://github.com/BishopFox/iam-vulnerable',
    'https://pathfinding.cloud',
  ],
  evaluate(principal, ctx) {
    const analysis = escalationFor(ctx, principal.account);
    const v = analysis.verdict(principal.uid);
    const name = principal.name || short(principal.uid);
    switch (v.status) {
      case 'service-linked':
        return notApplicable({ en: 'Service-linked role: only its AWS service can assume it, and its policies cannot be changed.', ja: 'サービスリンクロールです。AWS サービスだけが引き受けられ、ポリシーも変更できません。' });
      case 'admin':
        return notApplicable({ en: `${name} is already an administrator (its own policies allow every probed administrative action).`, ja: `${name} はすでに管理者です（自身のポリシーで確認対象の管理操作がすべて許可されています）。` });
      case 'unknown-principal':
        return notAssessed({ en: `${name} is not in the account's authorisation model.`, ja: `${name} はアカウントの認可モデルに含まれていません。` });
      case 'incomplete':
        return notAssessed(
          {
            en: `The permissions of ${name} are incomplete, so escalation cannot be judged${v.path ? ' (the collected policies alone already give a path)' : ''}: ${joinMessages(v.reasons, 'en')}`,
            ja: `${name} の権限の情報が不完全なため、権限昇格の有無を判断できません${v.path ? '（取得できたポリシーだけでも経路があります）' : ''}: ${joinMessages(v.reasons, 'ja')}`,
          },
          { incomplete: reasonList(v.reasons), ...(v.path ? { admin: v.path.admin, steps: v.path.steps.map(stepEvidence) } : {}) },
        );
      case 'reaches-unknown':
        return notAssessed(
          {
            en: `No path found for ${name} on the collected policies, but it can act as principals whose permissions are unknown: ${joinMessages(v.reasons, 'en')}`,
            ja: `取得できたポリシーでは ${name} の昇格経路は見つかりませんでしたが、権限が不明なプリンシパルとして操作できます: ${joinMessages(v.reasons, 'ja')}`,
          },
          { incomplete: reasonList(v.reasons) },
        );
      case 'no-path':
        return pass(
          { en: `No catalogued privilege-escalation path from ${name} to an administrator was found.`, ja: `${name} から管理者に至る既知の権限昇格経路は見つかりませんでした。` },
          { methodsChecked: CATALOGUE_SIZE, ...(NOT_COLLECTED_COMPUTE.length ? { computeNotCollected: NOT_COLLECTED_COMPUTE } : {}), region: analysis.inputs.account.region },
        );
      case 'path': {
        const fix = firstFix(v.path);
        return fail(v.path.reason, {
          admin: v.path.admin,
          steps: v.path.steps.map(stepEvidence),
          ...(fix ? { fix } : {}),
          ...(v.caveats.length ? { caveats: reasonList(v.caveats) } : {}),
        });
      }
    }
  },
});
