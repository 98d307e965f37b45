/**
 * Config shapes of IAM resources in the snapshot (the contract between the IAM collector and
 * the IAM rules), plus pure helpers to read IAM policy documents. Field names follow the AWS
 * API where one exists. No secret is ever stored: access keys appear by id, status and dates only.
 *
 * Resource types and uids (region is always `global`):
 * - AWS::IAM::RootUser        (pseudo)  arn:<p>:iam::<acct>:root
 * - AWS::IAM::PasswordPolicy  (pseudo)  arn:<p>:mamori::<acct>:iam-password-policy — one per account;
 *                                       `policy` is null when the account has no password policy.
 * - AWS::IAM::User                      user ARN
 * - AWS::IAM::Group                     group ARN
 * - AWS::IAM::Role                      role ARN
 * - AWS::IAM::InstanceProfile           instance profile ARN (relationship `has-role` → role ARN)
 * - AWS::IAM::ManagedPolicy             customer managed: the policy ARN. AWS managed policies have one ARN
 *                                       for every account, so they get the account-scoped pseudo uid
 *                                       arn:<p>:mamori::<acct>:aws-managed-policy/<path><name> (see managedPolicyUid).
 * - AWS::IAM::ServerCertificate         server certificate ARN
 */

export const ROOT_USER_TYPE = 'AWS::IAM::RootUser';
export const PASSWORD_POLICY_TYPE = 'AWS::IAM::PasswordPolicy';
export const USER_TYPE = 'AWS::IAM::User';
export const GROUP_TYPE = 'AWS::IAM::Group';
export const ROLE_TYPE = 'AWS::IAM::Role';
export const INSTANCE_PROFILE_TYPE = 'AWS::IAM::InstanceProfile';
export const MANAGED_POLICY_TYPE = 'AWS::IAM::ManagedPolicy';
export const SERVER_CERTIFICATE_TYPE = 'AWS::IAM::ServerCertificate';

export const rootUserUid = (account: string, partition = 'aws') => `arn:${partition}:iam::${account}:root`;
export const passwordPolicyUid = (account: string, partition = 'aws') => `arn:${partition}:mamori::${account}:iam-password-policy`;

/** Snapshot uid of a managed policy: its ARN, or an account-scoped pseudo uid for AWS managed policies. */
export function managedPolicyUid(account: string, policyArn: string): string {
  const m = /^arn:([^:]+):iam::aws:policy\/(.+)$/.exec(policyArn);
  return m ? `arn:${m[1]}:mamori::${account}:aws-managed-policy/${m[2]}` : policyArn;
}

export const isAwsManagedPolicyArn = (arn: string) => /^arn:[^:]+:iam::aws:policy\//.test(arn);
/** `arn:<p>:iam::aws:policy/<name>` → `<name>` (without path). */
export const policyNameFromArn = (arn: string) => arn.split('/').pop() ?? arn;

/** AWS managed policies whose attachments the collector always lists (ListEntitiesForPolicy). */
export const WATCHED_AWS_POLICIES = ['AdministratorAccess', 'AWSSupportAccess', 'AWSCloudShellFullAccess'] as const;

// ---------------------------------------------------------------- policy documents

export type StringOrList = string | string[];

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: StringOrList;
  NotAction?: StringOrList;
  Resource?: StringOrList;
  NotResource?: StringOrList;
  Principal?: '*' | Record<string, StringOrList>;
  NotPrincipal?: '*' | Record<string, StringOrList>;
  Condition?: Record<string, Record<string, StringOrList | boolean | number>>;
}

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: PolicyStatement | PolicyStatement[];
}

export const asList = (v: StringOrList | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function statements(doc: PolicyDocument | null | undefined): PolicyStatement[] {
  if (!doc?.Statement) return [];
  return Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
}

/** Parses a policy document as IAM returns it (URL-encoded JSON) or as plain JSON; null if unreadable. */
export function parsePolicyDocument(raw: string | undefined | null): PolicyDocument | null {
  if (!raw) return null;
  for (const text of [raw, safeDecode(raw)]) {
    try {
      const doc = JSON.parse(text) as PolicyDocument;
      if (doc && typeof doc === 'object') return doc;
    } catch {
      // try the next form
    }
  }
  return null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const isFullWildcard = (a: string) => a === '*' || a === '*:*';

/** Allow statements granting every action on every resource (`"Action": "*"` over `"Resource": "*"`). */
export function fullAdminStatements(doc: PolicyDocument | null | undefined): PolicyStatement[] {
  return statements(doc).filter(
    (s) => s.Effect === 'Allow' && asList(s.Action).some(isFullWildcard) && asList(s.Resource).includes('*'),
  );
}

/**
 * Actions of Allow statements that grant every action of a service (`s3:*`), every action at all (`*`),
 * or use NotAction with such a wildcard (FSBP IAM.21 semantics).
 */
export function serviceWildcardActions(doc: PolicyDocument | null | undefined): string[] {
  const out = new Set<string>();
  for (const s of statements(doc)) {
    if (s.Effect !== 'Allow') continue;
    for (const a of asList(s.Action)) if (isFullWildcard(a) || /^[A-Za-z0-9-]+:\*$/.test(a)) out.add(a);
    for (const a of asList(s.NotAction)) if (/^[A-Za-z0-9-]+:\*$/.test(a)) out.add(`NotAction ${a}`);
  }
  return [...out];
}

// ---------------------------------------------------------------- credential report

/** One access key column pair of a credential report row. */
export interface CredentialReportKey {
  active: boolean;
  lastRotated: string | null;
  lastUsedDate: string | null;
  lastUsedService: string | null;
}

/** One row of the IAM credential report, trimmed to what rules need (dates ISO-8601, N/A → null). */
export interface CredentialReportRow {
  userCreationTime: string | null;
  /** null for the root user ("not_supported"). */
  passwordEnabled: boolean | null;
  passwordLastUsed: string | null;
  passwordLastChanged: string | null;
  mfaActive: boolean;
  accessKeys: [CredentialReportKey, CredentialReportKey];
  /** X.509 signing certificates active (cert_1_active / cert_2_active). */
  certificatesActive: boolean;
}

// ---------------------------------------------------------------- resources

/** AWS::IAM::RootUser (mamori pseudo type): the account's root user, from the account summary and credential report. */
export interface RootUserConfig {
  /** GetAccountSummary SummaryMap (AccountMFAEnabled, AccountAccessKeysPresent, ...). */
  summary?: Record<string, number>;
  /** The `<root_account>` row of the credential report (errors.credentialReport when it failed). */
  credentialReport?: CredentialReportRow | null;
  /**
   * true: the root user's MFA is a virtual (authenticator app) device; false: no virtual device is
   * assigned to root (so an enabled root MFA is a hardware key / passkey). From ListVirtualMFADevices.
   */
  virtualMfa?: boolean;
}

/** AWS::IAM::PasswordPolicy (mamori pseudo type): GetAccountPasswordPolicy; `policy: null` = no policy set. */
export interface PasswordPolicyConfig {
  policy?: {
    MinimumPasswordLength?: number;
    RequireSymbols?: boolean;
    RequireNumbers?: boolean;
    RequireUppercaseCharacters?: boolean;
    RequireLowercaseCharacters?: boolean;
    AllowUsersToChangePassword?: boolean;
    ExpirePasswords?: boolean;
    MaxPasswordAge?: number;
    PasswordReusePrevention?: number;
    HardExpiry?: boolean;
  } | null;
}

export interface AttachedPolicy {
  policyName: string;
  policyArn: string;
}

export interface InlinePolicy {
  policyName: string;
  /** URL-decoded, parsed document (null when unparseable). */
  document: PolicyDocument | null;
}

export interface AccessKeyInfo {
  accessKeyId: string;
  status: 'Active' | 'Inactive' | string;
  createDate: string | null;
  /** GetAccessKeyLastUsed; null when never used. Absent if that call failed (see errors.accessKeys). */
  lastUsedDate?: string | null;
  lastUsedService?: string | null;
  lastUsedRegion?: string | null;
}

export interface MfaDeviceInfo {
  serialNumber: string;
  enableDate: string | null;
  /** Virtual (authenticator app) device; false for hardware TOTP tokens and FIDO security keys / passkeys. */
  virtual: boolean;
}

/** One action of a service with action-level last-accessed data (TrackedActionsLastAccessed). */
export interface LastAccessedAction {
  /** `service:Action`, e.g. `s3:CreateBucket`. */
  action: string;
  /** ISO date of the last attempt in the tracking period; null: not attempted. */
  lastAccessedTime: string | null;
}

/**
 * One service of a principal's last-accessed report (GenerateServiceLastAccessedDetails with
 * Granularity ACTION_LEVEL). AWS lists every service the principal's policies allow; it counts
 * attempts (denied ones included) over its tracking period (at least the last 400 days).
 */
export interface LastAccessedService {
  /** The service namespace, as in actions (`s3`, `ec2`, `cloudwatch`). */
  service: string;
  /** ISO date of the last attempt to use the service in the tracking period; null: never. */
  lastAuthenticated: string | null;
  /**
   * Present only for services for which AWS tracks action-level data: the tracked actions (actions
   * AWS does not track for the service are not listed, whatever their use).
   */
  actions?: LastAccessedAction[];
}

/**
 * AWS::IAM::User. Fields that could not be collected are listed in Resource.errors:
 * `loginProfile`, `mfaDevices`, `accessKeys`, `policies` (attached/inline/groups), `credentialReport`,
 * `lastAccessed`.
 */
export interface IamUserConfig {
  userName: string;
  userId: string;
  path: string;
  createDate: string | null;
  /** ListUsers PasswordLastUsed (null: never used, or no password). */
  passwordLastUsed: string | null;
  /** GetLoginProfile: null when the user has no console password. */
  loginProfile?: { createDate: string | null; passwordResetRequired: boolean } | null;
  mfaDevices?: MfaDeviceInfo[];
  accessKeys?: AccessKeyInfo[];
  groups?: string[];
  attachedPolicies?: AttachedPolicy[];
  inlinePolicies?: InlinePolicy[];
  permissionsBoundaryArn?: string | null;
  /** This user's credential report row (null when the report has no row for the user). */
  credentialReport?: CredentialReportRow | null;
  /** Last-accessed report (see LastAccessedService); [] when the user holds no policy. */
  lastAccessed?: LastAccessedService[];
  /** When AWS completed that report (its data is as of then). */
  lastAccessedAsOf?: string | null;
}

/** AWS::IAM::Group. errors.policies when the authorization details could not be read. */
export interface IamGroupConfig {
  groupName: string;
  groupId: string;
  path: string;
  createDate: string | null;
  attachedPolicies?: AttachedPolicy[];
  inlinePolicies?: InlinePolicy[];
}

/** AWS::IAM::Role. */
export interface IamRoleConfig {
  roleName: string;
  roleId: string;
  path: string;
  createDate: string | null;
  /** Trust policy (AssumeRolePolicyDocument), URL-decoded and parsed. */
  assumeRolePolicy: PolicyDocument | null;
  attachedPolicies: AttachedPolicy[];
  inlinePolicies: InlinePolicy[];
  /** Instance profile ARNs that carry this role. */
  instanceProfiles: string[];
  permissionsBoundaryArn: string | null;
  roleLastUsed: { lastUsedDate: string | null; region: string | null } | null;
  /** Service-linked roles (path /aws-service-role/) are managed by AWS services. */
  serviceLinked: boolean;
  /**
   * Last-accessed report (see LastAccessedService); [] when the role holds no policy. Not collected
   * for service-linked roles (their policies belong to AWS). errors.lastAccessed when it failed.
   */
  lastAccessed?: LastAccessedService[];
  /** When AWS completed that report (its data is as of then). */
  lastAccessedAsOf?: string | null;
}

/** AWS::IAM::InstanceProfile. */
export interface InstanceProfileConfig {
  instanceProfileName: string;
  instanceProfileId: string;
  path: string;
  roles: string[];
}

/** AWS::IAM::ManagedPolicy: customer managed policies and the AWS managed policies attached in the account. */
export interface ManagedPolicyConfig {
  arn: string;
  policyName: string;
  path: string;
  awsManaged: boolean;
  defaultVersionId: string | null;
  attachmentCount: number;
  permissionsBoundaryUsageCount: number;
  createDate: string | null;
  updateDate: string | null;
  /**
   * Default version document: every customer managed policy, and every AWS managed policy attached
   * in the account (as permissions or as a boundary) plus the WATCHED_AWS_POLICIES. Undefined when it
   * could not be read (errors.document) or for a watched policy nobody holds.
   */
  document?: PolicyDocument | null;
  /**
   * Customer managed policies: how many versions IAM keeps (GetAccountAuthorizationDetails
   * PolicyVersionList, default included). More than one means iam:SetDefaultPolicyVersion can switch
   * to another. Absent: not known (AWS managed policies, older snapshots).
   */
  versionCount?: number;
  /** ListEntitiesForPolicy, for WATCHED_AWS_POLICIES only (names). */
  attachments?: { users: string[]; groups: string[]; roles: string[] };
}

/** AWS::IAM::ServerCertificate. */
export interface ServerCertificateConfig {
  serverCertificateName: string;
  serverCertificateId: string;
  path: string;
  uploadDate: string | null;
  expiration: string | null;
}

/** Common view of the identities that carry policies. */
export type PolicyHolderConfig = Pick<IamUserConfig, 'attachedPolicies' | 'inlinePolicies'>;

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Whole days from an ISO date to `now` (null if no date). */
export function daysSince(iso: string | null | undefined, now: Date): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor((now.getTime() - t) / DAY_MS);
}
