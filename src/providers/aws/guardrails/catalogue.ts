/**
 * The recommended preventive guardrails of an AWS organisation, as data: what each blocks, the
 * ready-to-apply policy (SCP, RCP or EC2 declarative policy), and a PROBE: requests the guardrail
 * must turn into an explicit deny, each paired with a compliant neighbour it must leave alone.
 * The audit (audit.ts) runs the probes through mamori's policy evaluation engine against an
 * account's real SCP / RCP path, so an organisation's own policies count whatever they are called
 * or however they are written; the catalogue's own policies pass the same probes (tested).
 *
 * The policies follow AWS's documented examples (AWS Organizations User Guide › Example SCPs,
 * Example RCPs, Declarative policy syntax and examples; IAM User Guide › Centralize root access);
 * placeholders (organisation id, allowed Regions, exempt administrator roles) come from
 * GuardrailParams.
 */
import type { LocalizedText } from '../../../model/types.js';
import type { EvaluationRequest, PolicyDocument } from '../iam/types.js';

export type GuardrailFamily = 'scp' | 'rcp' | 'declarative-ec2' | 'centralized-root';

/** The values a policy is rendered with. */
export interface GuardrailParams {
  /** The organisation id (`o-…`) for aws:PrincipalOrgID / aws:SourceOrgID. */
  organizationId: string;
  /** Regions the region restriction allows. */
  allowedRegions: string[];
  /** Role ARN patterns exempt from the SCPs that administrators need to bypass (break-glass, pipelines). */
  exemptRoleArns: string[];
}

export const DEFAULT_PARAMS: GuardrailParams = {
  organizationId: 'o-exampleorgid',
  allowedRegions: ['us-east-1', 'ap-northeast-1'],
  exemptRoleArns: ['arn:aws:iam::*:role/SecurityBreakGlass'],
};

/** Who and where a probe speaks for: a principal in `account`, a member of `organizationId`. */
export interface ProbeTarget {
  account: string;
  partition: string;
  /** Null when the account is in no organisation. */
  organizationId: string | null;
  /** aws:PrincipalOrgPaths of the account, when known. */
  orgPath: string | null;
}

/**
 * One thing the guardrail must stop. `request` must be an ExplicitDeny; `compliant` (the same
 * intent done the allowed way, or the read-only neighbour) must not be denied by the statements
 * that deny `request`, so a blanket "deny everything" SCP is not mistaken for this guardrail.
 * `variants` (instead of request/compliant): the guardrail holds when some statement denies some
 * variants but not all (a region restriction denies some Regions, whichever they are).
 */
export interface GuardrailProbe {
  what: LocalizedText;
  request: EvaluationRequest;
  compliant?: EvaluationRequest;
  variants?: EvaluationRequest[];
}

interface GuardrailBase {
  id: string;
  family: GuardrailFamily;
  title: LocalizedText;
  description: LocalizedText;
  /** What an attacker or a mistake can no longer do once it is in place. */
  blocks: LocalizedText;
  references: string[];
}

/** An SCP or RCP guardrail, checked with the policy evaluation engine. */
export interface AuthorizationGuardrail extends GuardrailBase {
  kind: 'scp' | 'rcp';
  /** Suggested policy name when creating it. */
  policyName: string;
  policy(params: GuardrailParams): PolicyDocument;
  probes(target: ProbeTarget): GuardrailProbe[];
}

/** An EC2 declarative policy attribute, checked on the account's effective declarative policy. */
export interface DeclarativeGuardrail extends GuardrailBase {
  kind: 'declarative';
  policyName: string;
  /** The declarative policy content (Organizations management policy syntax). */
  content: Record<string, unknown>;
  /** The attribute under `ec2_attributes` whose effective value decides, e.g. ['instance_metadata_defaults', 'http_tokens']. */
  attribute: string[];
  /** Effective values that count as in place. */
  accepted: string[];
  /** The API calls the account can no longer make (or whose outcome changes) once it is in place. */
  probe: { actions: string[]; what: LocalizedText };
}

/** Centralised root access (IAM organisations features): not a policy, a setting of the organisation. */
export interface RootAccessGuardrail extends GuardrailBase {
  kind: 'root-access';
  /** The AWS CLI commands that turn it on, from the management account. */
  cli: string;
}

export type Guardrail = AuthorizationGuardrail | DeclarativeGuardrail | RootAccessGuardrail;

// ---------------------------------------------------------------- probe builders

export const PROBE_ROLE = 'mamori-guardrail-probe';
/** An account outside every organisation, for RCP probes. */
export const OUTSIDE_ACCOUNT = '999999999999';
export const OUTSIDE_ORG = 'o-outsider000';
/** The Region probes speak from unless the probe is about Regions. */
export const PROBE_REGION = 'us-east-1';

const probeRoleArn = (t: ProbeTarget) => `arn:${t.partition}:iam::${t.account}:role/${PROBE_ROLE}`;
const probeSession = (t: ProbeTarget) => `arn:${t.partition}:sts::${t.account}:assumed-role/${PROBE_ROLE}/probe`;

/** The request context of an ordinary workload role session in the member account. */
export function memberContext(t: ProbeTarget, extra: Record<string, string | boolean | number | string[]> = {}): Record<string, string | boolean | number | string[]> {
  return {
    'aws:PrincipalArn': probeRoleArn(t),
    'aws:PrincipalAccount': t.account,
    'aws:PrincipalType': 'AssumedRole',
    'aws:PrincipalIsAWSService': false,
    'aws:SecureTransport': true,
    'aws:RequestedRegion': PROBE_REGION,
    'aws:ViaAWSService': false,
    ...(t.organizationId ? { 'aws:PrincipalOrgID': t.organizationId } : {}),
    ...(t.orgPath ? { 'aws:PrincipalOrgPaths': [t.orgPath] } : {}),
    ...extra,
  };
}

/** A request by the member account's workload role. */
function member(t: ProbeTarget, action: string, resource: string, extra: Record<string, string | boolean | number | string[]> = {}): EvaluationRequest {
  return { principal: probeSession(t), action, resource, resourceAccount: t.account, context: memberContext(t, extra) };
}

/** A request by a principal of an account outside the organisation, on a resource of the member account. */
function outsider(t: ProbeTarget, action: string, resource: string, extra: Record<string, string | boolean | number | string[]> = {}): EvaluationRequest {
  return {
    principal: `arn:${t.partition}:sts::${OUTSIDE_ACCOUNT}:assumed-role/partner/session`,
    action,
    resource,
    resourceAccount: t.account,
    context: {
      'aws:PrincipalArn': `arn:${t.partition}:iam::${OUTSIDE_ACCOUNT}:role/partner`,
      'aws:PrincipalAccount': OUTSIDE_ACCOUNT,
      'aws:PrincipalOrgID': OUTSIDE_ORG,
      'aws:PrincipalType': 'AssumedRole',
      'aws:PrincipalIsAWSService': false,
      'aws:SecureTransport': true,
      'aws:RequestedRegion': PROBE_REGION,
      ...extra,
    },
  };
}

/** Resources of the member account the RCP probes touch, one per RCP-supported service family. */
function dataResources(t: ProbeTarget): { service: string; action: string; resource: string }[] {
  const p = t.partition;
  return [
    { service: 'S3', action: 's3:GetObject', resource: `arn:${p}:s3:::mamori-probe-${t.account}/data.csv` },
    { service: 'KMS', action: 'kms:Decrypt', resource: `arn:${p}:kms:${PROBE_REGION}:${t.account}:key/00000000-0000-0000-0000-000000000000` },
    { service: 'SQS', action: 'sqs:ReceiveMessage', resource: `arn:${p}:sqs:${PROBE_REGION}:${t.account}:mamori-probe` },
    { service: 'Secrets Manager', action: 'secretsmanager:GetSecretValue', resource: `arn:${p}:secretsmanager:${PROBE_REGION}:${t.account}:secret:mamori-probe-AbCdEf` },
    { service: 'STS', action: 'sts:AssumeRole', resource: `arn:${p}:iam::${t.account}:role/mamori-probe-target` },
  ];
}

const text = (en: string, ja: string): LocalizedText => ({ en, ja });
const doc = (...Statement: PolicyDocument['Statement'][]): PolicyDocument => ({ Version: '2012-10-17', Statement: Statement.flat() });
type ConditionBlock = Record<string, Record<string, string | string[]>>;
/** `Condition` exempting the administrator roles, or nothing when there are none (an empty Condition is not written). */
const exempt = (params: GuardrailParams, more: ConditionBlock = {}): { Condition?: ConditionBlock } => {
  const c: ConditionBlock = { ...more };
  if (params.exemptRoleArns.length) c.ArnNotLike = { 'aws:PrincipalArn': params.exemptRoleArns };
  return Object.keys(c).length ? { Condition: c } : {};
};

/**
 * Global services (and the few global operations of Regional services) that the region
 * restriction exempts: their endpoints live in us-east-1 whatever Region the caller works in
 * (AWS Organizations User Guide › Example SCPs › Deny access to AWS based on the requested AWS Region).
 */
export const GLOBAL_SERVICE_ACTIONS = [
  'a4b:*', 'access-analyzer:*', 'account:*', 'acm:*', 'aws-marketplace-management:*', 'aws-marketplace:*', 'aws-portal:*',
  'billing:*', 'budgets:*', 'ce:*', 'chime:*', 'cloudfront:*', 'config:*', 'cur:*', 'directconnect:*',
  'ec2:DescribeRegions', 'ec2:DescribeTransitGateways', 'ec2:DescribeVpnGateways', 'fms:*', 'globalaccelerator:*',
  'health:*', 'iam:*', 'importexport:*', 'kms:*', 'mobileanalytics:*', 'networkmanager:*', 'organizations:*',
  'pricing:*', 'route53:*', 'route53domains:*', 'route53-recovery-cluster:*', 'route53-recovery-control-config:*',
  'route53-recovery-readiness:*', 's3:CreateMultiRegionAccessPoint', 's3:DeleteMultiRegionAccessPoint',
  's3:DescribeMultiRegionAccessPointOperation', 's3:GetAccountPublic*', 's3:ListAllMyBuckets',
  's3:ListMultiRegionAccessPoints', 's3:PutAccountPublic*', 'shield:*', 'sso:*', 'sts:*', 'support:*',
  'trustedadvisor:*', 'waf-regional:*', 'waf:*', 'wafv2:*', 'wellarchitected:*',
];

/** Commercial Regions the region-restriction probe tries: the guardrail holds when it denies some of them. */
export const PROBE_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1', 'mx-central-1', 'sa-east-1',
  'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2',
  'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3',
  'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-7', 'ap-south-1', 'ap-south-2', 'ap-east-1', 'me-south-1',
  'me-central-1', 'il-central-1', 'af-south-1',
];

/** Service principals' confused-deputy keys as AWS services send them on behalf of another account. */
function serviceCall(t: ProbeTarget, sourceAccount: string, sourceOrg: string): EvaluationRequest {
  return {
    principal: 'cloudtrail.amazonaws.com',
    action: 's3:PutObject',
    resource: `arn:${t.partition}:s3:::mamori-probe-${t.account}/AWSLogs/${sourceAccount}/log.json.gz`,
    resourceAccount: t.account,
    context: {
      'aws:PrincipalIsAWSService': true,
      'aws:PrincipalServiceName': 'cloudtrail.amazonaws.com',
      'aws:SourceAccount': sourceAccount,
      'aws:SourceOrgID': sourceOrg,
      'aws:SourceArn': `arn:${t.partition}:cloudtrail:${PROBE_REGION}:${sourceAccount}:trail/probe`,
      'aws:SecureTransport': true,
      'aws:RequestedRegion': PROBE_REGION,
    },
  };
}

// ---------------------------------------------------------------- the catalogue

const REF_SCP_EXAMPLES = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples.html';
const REF_SCP_GENERAL = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html';
const REF_RCP_EXAMPLES = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_examples.html';
const REF_DECLARATIVE = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_syntax.html';

const SECURITY_SERVICE_ACTIONS = {
  cloudtrail: ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail', 'cloudtrail:UpdateTrail', 'cloudtrail:PutEventSelectors', 'cloudtrail:PutInsightSelectors'],
  guardduty: [
    'guardduty:DeleteDetector', 'guardduty:UpdateDetector', 'guardduty:DisassociateFromAdministratorAccount', 'guardduty:DisassociateFromMasterAccount',
    'guardduty:DeleteMembers', 'guardduty:DisassociateMembers', 'guardduty:StopMonitoringMembers', 'guardduty:CreateFilter', 'guardduty:UpdateFilter',
    'guardduty:DeletePublishingDestination', 'guardduty:UpdateMalwareScanSettings',
  ],
  config: [
    'config:StopConfigurationRecorder', 'config:DeleteConfigurationRecorder', 'config:DeleteDeliveryChannel', 'config:DeleteConfigRule',
    'config:DeleteOrganizationConfigRule', 'config:DeleteConformancePack', 'config:DeleteRetentionConfiguration', 'config:DeleteAggregationAuthorization',
  ],
  securityhub: [
    'securityhub:DisableSecurityHub', 'securityhub:BatchDisableStandards', 'securityhub:DisassociateFromAdministratorAccount',
    'securityhub:DisassociateFromMasterAccount', 'securityhub:DisassociateMembers', 'securityhub:DeleteMembers', 'securityhub:DisableImportFindingsForProduct',
    'securityhub:UpdateStandardsControl',
  ],
};

export const GUARDRAILS: readonly Guardrail[] = [
  // ---------------------------------------------------------------- SCPs
  {
    id: 'scp-deny-leave-organization',
    family: 'scp',
    kind: 'scp',
    title: text('Member accounts cannot leave the organisation', 'メンバーアカウントが組織から離脱できない'),
    description: text(
      'An SCP denies organizations:LeaveOrganization, so no principal of a member account can take the account out of the organisation.',
      'organizations:LeaveOrganization を拒否する SCP により、メンバーアカウントのどのプリンシパルもアカウントを組織から離脱させられません。',
    ),
    blocks: text(
      'An intruder with administrator access in a member account detaching it from the organisation, and with it from every SCP, the organisation trail and the delegated security services.',
      'メンバーアカウントの管理者権限を得た侵入者が、アカウントを組織から切り離し、SCP・組織の証跡・委任されたセキュリティサービスのすべてから外すこと。',
    ),
    references: [REF_SCP_GENERAL],
    policyName: 'DenyLeaveOrganization',
    policy: () => doc({ Sid: 'DenyLeaveOrganization', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }),
    probes: (t) => [
      {
        what: text('leave the organisation', '組織からの離脱'),
        request: member(t, 'organizations:LeaveOrganization', '*'),
        compliant: member(t, 'organizations:DescribeOrganization', '*'),
      },
    ],
  },
  {
    id: 'scp-protect-security-services',
    family: 'scp',
    kind: 'scp',
    title: text('CloudTrail, GuardDuty, Config and Security Hub cannot be stopped or deleted', 'CloudTrail・GuardDuty・Config・Security Hub を停止・削除できない'),
    description: text(
      'An SCP denies the calls that stop, delete or reconfigure CloudTrail trails, GuardDuty detectors, AWS Config recorders and rules, and Security Hub, except for the security team\'s exempt roles.',
      'CloudTrail の証跡、GuardDuty のディテクター、AWS Config のレコーダーとルール、Security Hub を停止・削除・変更する API を、セキュリティチームの例外ロールを除いて拒否する SCP です。',
    ),
    blocks: text(
      'The first move of most intrusions: turning off logging and detection (StopLogging, DeleteDetector, StopConfigurationRecorder, DisableSecurityHub) before acting unseen.',
      '多くの侵入で最初に行われる、ログ記録と検知の無効化（StopLogging、DeleteDetector、StopConfigurationRecorder、DisableSecurityHub）を行ってから気付かれずに活動すること。',
    ),
    references: [REF_SCP_EXAMPLES, 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_cloudtrail.html'],
    policyName: 'ProtectSecurityServices',
    policy: (params) =>
      doc(
        { Sid: 'ProtectCloudTrail', Effect: 'Deny', Action: SECURITY_SERVICE_ACTIONS.cloudtrail, Resource: '*', ...exempt(params) },
        { Sid: 'ProtectGuardDuty', Effect: 'Deny', Action: SECURITY_SERVICE_ACTIONS.guardduty, Resource: '*', ...exempt(params) },
        { Sid: 'ProtectConfig', Effect: 'Deny', Action: SECURITY_SERVICE_ACTIONS.config, Resource: '*', ...exempt(params) },
        { Sid: 'ProtectSecurityHub', Effect: 'Deny', Action: SECURITY_SERVICE_ACTIONS.securityhub, Resource: '*', ...exempt(params) },
      ),
    probes: (t) => {
      const trail = `arn:${t.partition}:cloudtrail:${PROBE_REGION}:${t.account}:trail/organization-trail`;
      const detector = `arn:${t.partition}:guardduty:${PROBE_REGION}:${t.account}:detector/12abc34d567e8fa901bc2d34e56789f0`;
      return [
        { what: text('stop CloudTrail logging', 'CloudTrail のログ記録停止'), request: member(t, 'cloudtrail:StopLogging', trail), compliant: member(t, 'cloudtrail:GetTrailStatus', trail) },
        { what: text('delete a CloudTrail trail', 'CloudTrail 証跡の削除'), request: member(t, 'cloudtrail:DeleteTrail', trail), compliant: member(t, 'cloudtrail:DescribeTrails', trail) },
        { what: text('delete the GuardDuty detector', 'GuardDuty ディテクターの削除'), request: member(t, 'guardduty:DeleteDetector', detector), compliant: member(t, 'guardduty:GetDetector', detector) },
        { what: text('stop the AWS Config recorder', 'AWS Config レコーダーの停止'), request: member(t, 'config:StopConfigurationRecorder', '*'), compliant: member(t, 'config:DescribeConfigurationRecorders', '*') },
        {
          what: text('disable Security Hub', 'Security Hub の無効化'),
          request: member(t, 'securityhub:DisableSecurityHub', `arn:${t.partition}:securityhub:${PROBE_REGION}:${t.account}:hub/default`),
          compliant: member(t, 'securityhub:DescribeHub', `arn:${t.partition}:securityhub:${PROBE_REGION}:${t.account}:hub/default`),
        },
      ];
    },
  },
  {
    id: 'scp-deny-root-user',
    family: 'scp',
    kind: 'scp',
    title: text('The root user of member accounts can do nothing', 'メンバーアカウントのルートユーザーは何も実行できない'),
    description: text(
      'An SCP denies every action when aws:PrincipalArn is an account root user (arn:aws:iam::*:root). SCPs restrict the root user of member accounts; they never restrict the management account.',
      'aws:PrincipalArn がアカウントのルートユーザー（arn:aws:iam::*:root）であるリクエストのすべてのアクションを拒否する SCP です。SCP はメンバーアカウントのルートユーザーを制限しますが、管理アカウントには適用されません。',
    ),
    blocks: text(
      'Use of stolen or recovered root credentials of a member account (password reset through the account e-mail, a forgotten access key) to act outside every IAM control.',
      '盗まれた、またはアカウントのメールアドレス経由のパスワードリセットなどで取り戻されたメンバーアカウントのルート認証情報（放置されたアクセスキーを含む）を使い、IAM の統制の外で操作すること。',
    ),
    references: [REF_SCP_GENERAL],
    policyName: 'DenyRootUser',
    policy: () => doc({ Sid: 'DenyRootUser', Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:root'] } } }),
    probes: (t) => {
      const root = `arn:${t.partition}:iam::${t.account}:root`;
      const ctx = { ...memberContext(t), 'aws:PrincipalArn': root, 'aws:PrincipalType': 'Account' };
      return [
        {
          what: text('act as the root user', 'ルートユーザーとしての操作'),
          request: { principal: root, action: 'iam:CreateAccessKey', resource: root, resourceAccount: t.account, context: ctx },
          compliant: member(t, 'iam:CreateAccessKey', `arn:${t.partition}:iam::${t.account}:user/ops`),
        },
      ];
    },
  },
  {
    id: 'scp-region-restriction',
    family: 'scp',
    kind: 'scp',
    title: text('Only approved Regions can be used', '承認されたリージョンのみ使用できる'),
    description: text(
      'An SCP denies every action whose aws:RequestedRegion is not an approved Region, except the global services listed in NotAction (IAM, Organizations, CloudFront, Route 53, STS, Support…) whose endpoints live in us-east-1.',
      'aws:RequestedRegion が承認済みリージョン以外のアクションをすべて拒否する SCP です。エンドポイントが us-east-1 にあるグローバルサービス（IAM、Organizations、CloudFront、Route 53、STS、サポートなど）は NotAction で除外します。',
    ),
    blocks: text(
      'Resources started in Regions nobody watches: crypto-mining fleets, persistence and data copies where your monitoring, budgets and people do not look.',
      '誰も見ていないリージョンでのリソース起動（暗号資産マイニング用のインスタンス群、永続化の仕掛け、データの複製など）で、監視・予算・担当者の目が届かないもの。',
    ),
    references: [REF_SCP_GENERAL, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-requested-region.html'],
    policyName: 'DenyUnapprovedRegions',
    policy: (params) =>
      doc({
        Sid: 'DenyUnapprovedRegions',
        Effect: 'Deny',
        NotAction: GLOBAL_SERVICE_ACTIONS,
        Resource: '*',
        ...exempt(params, { StringNotEquals: { 'aws:RequestedRegion': params.allowedRegions } }),
      }),
    probes: (t) => {
      const variants = PROBE_REGIONS.map((region) =>
        member(t, 'ec2:RunInstances', `arn:${t.partition}:ec2:${region}:${t.account}:instance/*`, { 'aws:RequestedRegion': region }),
      );
      return [{ what: text('launch instances in an unapproved Region', '未承認リージョンでのインスタンス起動'), request: variants[0], variants }];
    },
  },
  {
    id: 'scp-require-imdsv2',
    family: 'scp',
    kind: 'scp',
    title: text('Instances cannot be launched with IMDSv1', 'IMDSv1 を許可したインスタンスを起動できない'),
    description: text(
      'An SCP denies ec2:RunInstances unless ec2:MetadataHttpTokens is "required", and denies loosening the metadata options of running instances.',
      'ec2:MetadataHttpTokens が "required" でない ec2:RunInstances を拒否し、稼働中インスタンスのメタデータ設定を緩めることも拒否する SCP です。',
    ),
    blocks: text(
      'New instances that answer IMDSv1, whose role credentials an SSRF bug in any web application on them hands to the internet.',
      'IMDSv1 に応答する新規インスタンス。そこで動く Web アプリケーションに SSRF の欠陥が一つあれば、ロールの認証情報がインターネットに渡ります。',
    ),
    references: [REF_SCP_EXAMPLES, 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html'],
    policyName: 'RequireImdsV2',
    policy: (params) =>
      doc(
        { Sid: 'RequireImdsV2OnLaunch', Effect: 'Deny', Action: 'ec2:RunInstances', Resource: 'arn:aws:ec2:*:*:instance/*', Condition: { StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' } } },
        { Sid: 'DenyLooseningImds', Effect: 'Deny', Action: 'ec2:ModifyInstanceMetadataOptions', Resource: '*', ...exempt(params) },
      ),
    probes: (t) => {
      const instance = `arn:${t.partition}:ec2:${PROBE_REGION}:${t.account}:instance/*`;
      return [
        {
          what: text('launch an instance with IMDSv1 enabled', 'IMDSv1 が有効なインスタンスの起動'),
          request: member(t, 'ec2:RunInstances', instance, { 'ec2:MetadataHttpTokens': 'optional' }),
          compliant: member(t, 'ec2:RunInstances', instance, { 'ec2:MetadataHttpTokens': 'required' }),
        },
      ];
    },
  },
  {
    id: 'scp-protect-ebs-encryption',
    family: 'scp',
    kind: 'scp',
    title: text('EBS encryption by default cannot be turned off', 'EBS のデフォルト暗号化を無効化できない'),
    description: text(
      'An SCP denies ec2:DisableEbsEncryptionByDefault (and creating unencrypted volumes), so once EBS encryption by default is on in a Region it stays on.',
      'ec2:DisableEbsEncryptionByDefault（および暗号化されていないボリュームの作成）を拒否する SCP です。リージョンで EBS のデフォルト暗号化を有効にすれば、その状態が維持されます。',
    ),
    blocks: text(
      'Someone quietly switching off default encryption so new volumes and snapshots are stored and shared unencrypted.',
      'デフォルト暗号化をひそかに無効化し、新しいボリュームやスナップショットが暗号化されずに保存・共有されるようにすること。',
    ),
    references: [REF_SCP_EXAMPLES, 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html'],
    policyName: 'ProtectEbsEncryption',
    policy: (params) =>
      doc(
        { Sid: 'DenyDisablingEbsEncryptionByDefault', Effect: 'Deny', Action: 'ec2:DisableEbsEncryptionByDefault', Resource: '*', ...exempt(params) },
        { Sid: 'DenyUnencryptedVolumes', Effect: 'Deny', Action: 'ec2:CreateVolume', Resource: '*', Condition: { Bool: { 'ec2:Encrypted': 'false' } } },
      ),
    probes: (t) => [
      {
        what: text('disable EBS encryption by default', 'EBS のデフォルト暗号化の無効化'),
        request: member(t, 'ec2:DisableEbsEncryptionByDefault', '*'),
        compliant: member(t, 'ec2:GetEbsEncryptionByDefault', '*'),
      },
    ],
  },

  // ---------------------------------------------------------------- RCPs
  {
    id: 'rcp-organization-only-access',
    family: 'rcp',
    kind: 'rcp',
    title: text('S3, KMS, SQS, STS and Secrets Manager resources are reachable only from the organisation', 'S3・KMS・SQS・STS・Secrets Manager のリソースに組織内からのみアクセスできる'),
    description: text(
      'An RCP denies access to the resources of these services to principals outside the organisation (aws:PrincipalOrgID), exempting AWS service principals (aws:PrincipalIsAWSService) and resources tagged dp:exclude:identity=true.',
      '組織外のプリンシパル（aws:PrincipalOrgID で判定）からこれらのサービスのリソースへのアクセスを拒否する RCP です。AWS のサービスプリンシパル（aws:PrincipalIsAWSService）と、タグ dp:exclude:identity=true を付けたリソースは除外します。',
    ),
    blocks: text(
      'A bucket policy, key policy, queue policy, secret policy or role trust policy that (by mistake or by an intruder) grants an outside account or everyone: the data stays inside the organisation whatever the resource policy says.',
      '（誤って、あるいは侵入者によって）外部アカウントや全員にアクセスを許可したバケットポリシー・キーポリシー・キューポリシー・シークレットのポリシー・ロールの信頼ポリシー。リソースポリシーの内容にかかわらず、データは組織内にとどまります。',
    ),
    references: [REF_RCP_EXAMPLES, 'https://github.com/aws-samples/data-perimeter-policy-examples'],
    policyName: 'EnforceOrganizationIdentities',
    policy: (params) =>
      doc({
        Sid: 'EnforceOrgIdentities',
        Effect: 'Deny',
        Principal: '*',
        Action: [
          's3:*', 'sqs:*', 'kms:*', 'secretsmanager:*', 'sts:AssumeRole', 'sts:DecodeAuthorizationMessage', 'sts:GetAccessKeyInfo',
          'sts:GetFederationToken', 'sts:GetServiceBearerToken', 'sts:GetSessionToken', 'sts:SetContext',
        ],
        Resource: '*',
        Condition: {
          StringNotEqualsIfExists: { 'aws:PrincipalOrgID': params.organizationId, 'aws:ResourceTag/dp:exclude:identity': 'true' },
          BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
        },
      }),
    probes: (t) =>
      dataResources(t).map((d) => ({
        what: text(`${d.service} access from outside the organisation`, `組織外からの ${d.service} へのアクセス`),
        request: outsider(t, d.action, d.resource),
        compliant: member(t, d.action, d.resource),
      })),
  },
  {
    id: 'rcp-enforce-secure-transport',
    family: 'rcp',
    kind: 'rcp',
    title: text('Resources accept only TLS requests', 'リソースが TLS 経由のリクエストのみ受け付ける'),
    description: text(
      'An RCP denies every request to S3, STS, KMS, SQS and Secrets Manager resources made without TLS (aws:SecureTransport false).',
      'TLS を使わない（aws:SecureTransport が false の）S3・STS・KMS・SQS・Secrets Manager のリソースへのリクエストをすべて拒否する RCP です。',
    ),
    blocks: text(
      'Data and credentials crossing the network in clear text, readable and alterable by anyone on the path.',
      'データや認証情報が平文でネットワークを流れ、経路上の誰にでも読まれ、改ざんされること。',
    ),
    references: [REF_RCP_EXAMPLES],
    policyName: 'EnforceSecureTransport',
    policy: () =>
      doc({
        Sid: 'EnforceSecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:*', 'sts:*', 'kms:*', 'sqs:*', 'secretsmanager:*'],
        Resource: '*',
        Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
      }),
    probes: (t) =>
      dataResources(t)
        .filter((d) => d.service === 'S3' || d.service === 'SQS')
        .map((d) => ({
          what: text(`${d.service} access without TLS`, `TLS を使わない ${d.service} へのアクセス`),
          request: member(t, d.action, d.resource, { 'aws:SecureTransport': false }),
          compliant: member(t, d.action, d.resource, { 'aws:SecureTransport': true }),
        })),
  },
  {
    id: 'rcp-confused-deputy-protection',
    family: 'rcp',
    kind: 'rcp',
    title: text('AWS services act on your resources only on behalf of your organisation', 'AWS のサービスが組織のためにのみリソースを操作する'),
    description: text(
      'An RCP denies requests by AWS service principals that carry aws:SourceAccount unless aws:SourceOrgID is your organisation: cross-service confused-deputy protection for every resource at once.',
      'aws:SourceAccount を伴う AWS サービスプリンシパルからのリクエストを、aws:SourceOrgID が自組織でない限り拒否する RCP です。サービス間の「混乱した代理」問題への対策を、すべてのリソースに一括で適用します。',
    ),
    blocks: text(
      'Another customer pointing an AWS service (CloudTrail, Config, SNS…) at your bucket, queue or key, and the service writing or reading there because your resource policy trusts the service.',
      '別の顧客が AWS のサービス（CloudTrail、Config、SNS など）の送信先にあなたのバケット・キュー・キーを指定し、リソースポリシーがそのサービスを信頼しているために、サービスがそこへ書き込み・読み取りを行うこと。',
    ),
    references: [REF_RCP_EXAMPLES, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
    policyName: 'EnforceConfusedDeputyProtection',
    policy: (params) =>
      doc({
        Sid: 'EnforceConfusedDeputyProtection',
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:*', 'sqs:*', 'kms:*', 'secretsmanager:*', 'sts:*'],
        Resource: '*',
        Condition: {
          StringNotEqualsIfExists: { 'aws:SourceOrgID': params.organizationId, 'aws:ResourceTag/dp:exclude:source': 'true' },
          Null: { 'aws:SourceAccount': 'false' },
          Bool: { 'aws:PrincipalIsAWSService': 'true' },
        },
      }),
    probes: (t) => [
      {
        what: text('an AWS service writing on behalf of another organisation', '他組織のための AWS サービスによる書き込み'),
        request: serviceCall(t, OUTSIDE_ACCOUNT, OUTSIDE_ORG),
        compliant: serviceCall(t, t.account, t.organizationId ?? OUTSIDE_ORG),
      },
    ],
  },

  // ---------------------------------------------------------------- EC2 declarative policies
  {
    id: 'declarative-imds-v2-default',
    family: 'declarative-ec2',
    kind: 'declarative',
    title: text('New instances default to IMDSv2 (declarative policy)', '新規インスタンスの既定が IMDSv2（宣言型ポリシー）'),
    description: text(
      'An EC2 declarative policy sets the account\'s instance metadata defaults to http_tokens "required", and accounts cannot change them.',
      'EC2 の宣言型ポリシーでアカウントのインスタンスメタデータの既定値を http_tokens "required" にし、アカウント側で変更できないようにします。',
    ),
    blocks: text(
      'Instances launched without explicit metadata options answering IMDSv1, and account administrators relaxing the default (ec2:ModifyInstanceMetadataDefaults fails).',
      'メタデータオプションを明示せずに起動したインスタンスが IMDSv1 に応答すること、およびアカウント管理者による既定値の緩和（ec2:ModifyInstanceMetadataDefaults が失敗します）。',
    ),
    references: [REF_DECLARATIVE],
    policyName: 'Ec2ImdsDefaults',
    content: { ec2_attributes: { instance_metadata_defaults: { http_tokens: { '@@assign': 'required' }, http_put_response_hop_limit: { '@@assign': '2' }, http_endpoint: { '@@assign': 'enabled' }, instance_metadata_tags: { '@@assign': 'disabled' } } } },
    attribute: ['instance_metadata_defaults', 'http_tokens'],
    accepted: ['required'],
    probe: { actions: ['ec2:ModifyInstanceMetadataDefaults'], what: text('set IMDSv1 as the account default', 'アカウントの既定を IMDSv1 にすること') },
  },
  {
    id: 'declarative-snapshot-block-public-access',
    family: 'declarative-ec2',
    kind: 'declarative',
    title: text('EBS snapshots cannot be shared publicly (declarative policy)', 'EBS スナップショットを公開共有できない（宣言型ポリシー）'),
    description: text(
      'An EC2 declarative policy sets snapshot block public access to block_all_sharing (block_new_sharing also counts) in every Region of the account.',
      'EC2 の宣言型ポリシーで、アカウントの全リージョンのスナップショットのパブリックアクセスブロックを block_all_sharing（block_new_sharing も可）に設定します。',
    ),
    blocks: text('Making an EBS snapshot public (ec2:ModifySnapshotAttribute with group "all"), the classic path of a whole disk to the internet.', 'EBS スナップショットの公開（グループ "all" への ec2:ModifySnapshotAttribute）。ディスク丸ごとがインターネットに出る典型的な経路です。'),
    references: [REF_DECLARATIVE],
    policyName: 'Ec2SnapshotBlockPublicAccess',
    content: { ec2_attributes: { snapshot_block_public_access: { state: { '@@assign': 'block_all_sharing' } } } },
    attribute: ['snapshot_block_public_access', 'state'],
    accepted: ['block_all_sharing', 'block_new_sharing'],
    probe: { actions: ['ec2:ModifySnapshotAttribute', 'ec2:DisableSnapshotBlockPublicAccess'], what: text('share a snapshot publicly', 'スナップショットの公開共有') },
  },
  {
    id: 'declarative-ami-block-public-access',
    family: 'declarative-ec2',
    kind: 'declarative',
    title: text('AMIs cannot be shared publicly (declarative policy)', 'AMI を公開共有できない（宣言型ポリシー）'),
    description: text('An EC2 declarative policy sets image block public access to block_new_sharing.', 'EC2 の宣言型ポリシーで、イメージのパブリックアクセスブロックを block_new_sharing に設定します。'),
    blocks: text('Making an AMI public (ec2:ModifyImageAttribute with group "all"), with whatever secrets were baked into it.', 'AMI の公開（グループ "all" への ec2:ModifyImageAttribute）。焼き込まれたシークレットもそのまま公開されます。'),
    references: [REF_DECLARATIVE],
    policyName: 'Ec2ImageBlockPublicAccess',
    content: { ec2_attributes: { image_block_public_access: { state: { '@@assign': 'block_new_sharing' } } } },
    attribute: ['image_block_public_access', 'state'],
    accepted: ['block_new_sharing'],
    probe: { actions: ['ec2:ModifyImageAttribute', 'ec2:DisableImageBlockPublicAccess'], what: text('share an AMI publicly', 'AMI の公開共有') },
  },
  {
    id: 'declarative-serial-console-disabled',
    family: 'declarative-ec2',
    kind: 'declarative',
    title: text('EC2 serial console access is off (declarative policy)', 'EC2 シリアルコンソールへのアクセスが無効（宣言型ポリシー）'),
    description: text('An EC2 declarative policy sets serial console access to disabled.', 'EC2 の宣言型ポリシーで、シリアルコンソールへのアクセスを disabled に設定します。'),
    blocks: text('Interactive access to instances through the serial console, which bypasses security groups and network controls.', 'セキュリティグループやネットワークの統制を迂回する、シリアルコンソール経由のインスタンスへの対話的アクセス。'),
    references: [REF_DECLARATIVE],
    policyName: 'Ec2SerialConsoleDisabled',
    content: { ec2_attributes: { serial_console_access: { status: { '@@assign': 'disabled' } } } },
    attribute: ['serial_console_access', 'status'],
    accepted: ['disabled'],
    probe: { actions: ['ec2:EnableSerialConsoleAccess'], what: text('enable the serial console', 'シリアルコンソールの有効化') },
  },
  {
    id: 'declarative-vpc-block-public-access',
    family: 'declarative-ec2',
    kind: 'declarative',
    title: text('VPC block public access blocks internet ingress (declarative policy)', 'VPC のパブリックアクセスブロックでインターネットからの受信を遮断（宣言型ポリシー）'),
    description: text(
      'An EC2 declarative policy sets VPC block public access to block_ingress (or block_bidirectional): internet gateways carry no inbound traffic except to excluded VPCs and subnets.',
      'EC2 の宣言型ポリシーで VPC のパブリックアクセスブロックを block_ingress（または block_bidirectional）に設定します。除外した VPC・サブネット以外では、インターネットゲートウェイ経由の受信通信がなくなります。',
    ),
    blocks: text('A security group or route change exposing an instance, database or container to the internet in an account that should have no public entry point.', '公開の入口を持たないはずのアカウントで、セキュリティグループやルートの変更によりインスタンス・データベース・コンテナがインターネットに露出すること。'),
    references: [REF_DECLARATIVE, 'https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html'],
    policyName: 'Ec2VpcBlockPublicAccess',
    content: { ec2_attributes: { vpc_block_public_access: { internet_gateway_block: { mode: { '@@assign': 'block_ingress' }, exclusions_allowed: { '@@assign': 'enabled' } } } } },
    attribute: ['vpc_block_public_access', 'internet_gateway_block', 'mode'],
    accepted: ['block_ingress', 'block_bidirectional'],
    probe: { actions: ['ec2:ModifyVpcBlockPublicAccessOptions'], what: text('accept inbound internet traffic through an internet gateway', 'インターネットゲートウェイ経由の受信通信の受け入れ') },
  },

  // ---------------------------------------------------------------- centralised root access
  {
    id: 'centralized-root-access',
    family: 'centralized-root',
    kind: 'root-access',
    title: text('Root access of member accounts is managed centrally', 'メンバーアカウントのルートアクセスを一元管理している'),
    description: text(
      'IAM\'s organisations features "root credentials management" and "privileged root actions in member accounts" are enabled: member accounts can have their root credentials removed, and the few root-only tasks run as short sessions from the management account (sts:AssumeRoot).',
      'IAM の組織機能「ルート認証情報の管理」と「メンバーアカウントでの特権ルートアクション」が有効です。メンバーアカウントのルート認証情報を削除でき、ルートにしかできない作業は管理アカウントからの短時間のセッション（sts:AssumeRoot）で行います。',
    ),
    blocks: text('Long-lived root passwords, access keys and MFA devices in every member account, each a way around every other control.', 'すべてのメンバーアカウントに残る長期的なルートのパスワード・アクセスキー・MFA デバイス。どれも他のあらゆる統制を迂回する手段になります。'),
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management'],
    cli: 'aws organizations enable-aws-service-access --service-principal iam.amazonaws.com\naws iam enable-organizations-root-credentials-management\naws iam enable-organizations-root-sessions',
  },
];

export const GUARDRAIL_FAMILIES: readonly GuardrailFamily[] = ['scp', 'rcp', 'declarative-ec2', 'centralized-root'];

/** By id; a duplicate id fails loudly at load. */
export const GUARDRAILS_BY_ID: ReadonlyMap<string, Guardrail> = (() => {
  const m = new Map<string, Guardrail>();
  for (const g of GUARDRAILS) {
    if (m.has(g.id)) throw new Error(`guardrail catalogue: duplicate id ${g.id}`);
    m.set(g.id, g);
  }
  return m;
})();

export const guardrailsOf = (family: GuardrailFamily): Guardrail[] => GUARDRAILS.filter((g) => g.family === family);

/** The ready-to-apply JSON of an SCP/RCP or declarative guardrail (pretty-printed). */
export function policyJson(g: AuthorizationGuardrail | DeclarativeGuardrail, params: GuardrailParams = DEFAULT_PARAMS): string {
  return JSON.stringify(g.kind === 'declarative' ? g.content : g.policy(params), null, 2);
}

/** One SCP / RCP / declarative policy combining all guardrails of a family (what a rule's remediation offers). */
export function familyPolicy(family: 'scp' | 'rcp' | 'declarative-ec2', params: GuardrailParams = DEFAULT_PARAMS): Record<string, unknown> {
  const members = guardrailsOf(family);
  if (family === 'declarative-ec2') {
    const attrs: Record<string, unknown> = {};
    for (const g of members as DeclarativeGuardrail[]) Object.assign(attrs, (g.content as { ec2_attributes: Record<string, unknown> }).ec2_attributes);
    return { ec2_attributes: attrs };
  }
  const statementsOf = (g: AuthorizationGuardrail) => {
    const s = g.policy(params).Statement;
    return Array.isArray(s) ? s : [s];
  };
  return { Version: '2012-10-17', Statement: (members as AuthorizationGuardrail[]).flatMap(statementsOf) };
}
