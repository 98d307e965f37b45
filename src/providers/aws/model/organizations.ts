/**
 * Config shapes of AWS Organizations, IAM Access Analyzer and AWS Account Management resources.
 *
 * Resource types and uids:
 * - AWS::Organizations::Membership   (pseudo, region global) arn:<p>:mamori::<acct>:organizations-membership
 *     One per scanned account: is the account in an organization (DescribeOrganization;
 *     AWSOrganizationsNotInUseException = not in one). Emitted for member and management accounts.
 * - AWS::Organizations::Organization (region global) the organization ARN. Emitted only by the
 *     management account's scan (every member would otherwise emit the same uid).
 * - AWS::Organizations::Policy       (region global) the policy ARN; every policy type the collector asks
 *     for (ORG_POLICY_TYPES: SCPs, RCPs, declarative policies for EC2, backup, tag and AI opt-out policies).
 * - AWS::Organizations::Root         (pseudo, region global) the root ARN
 *     arn:<p>:organizations::<mgmt>:root/o-xxx/r-xxxx. The top of the OU tree; SCPs and RCPs attached
 *     to it apply to every account.
 * - AWS::Organizations::OrganizationalUnit (region global) the OU ARN
 *     arn:<p>:organizations::<mgmt>:ou/o-xxx/ou-xxxx-xxxxxxxx.
 *   Root, OUs, policies and the organization are read by the management account's scan, or by a
 *   delegated administrator's when Organizations delegates read access to it. The policy path of an
 *   account (root → OUs → account, with the policies targeted at each) follows from the snapshot
 *   alone: OrganizationAccount.path + each OrgPolicyConfig.targets. The organization config also
 *   carries IAM's centralised root access features (rootAccessFeatures): a setting of the whole
 *   organisation, read where the organisation is read rather than as a pseudo resource of its own.
 * - AWS::AccessAnalyzer::Analyzer    (regional) the analyzer ARN.
 * - AWS::Account::AlternateContacts  (pseudo, region global) arn:<p>:mamori::<acct>:alternate-contacts
 *     The account's SECURITY / OPERATIONS / BILLING alternate contacts (GetAlternateContact;
 *     ResourceNotFoundException = not set → null). Phone numbers are not stored.
 */

export const MEMBERSHIP_TYPE = 'AWS::Organizations::Membership';
export const ORGANIZATION_TYPE = 'AWS::Organizations::Organization';
export const ORG_POLICY_TYPE = 'AWS::Organizations::Policy';
export const ORG_ROOT_TYPE = 'AWS::Organizations::Root';
export const ORG_UNIT_TYPE = 'AWS::Organizations::OrganizationalUnit';

/**
 * Organization policy types collected (ListPolicies Filter values). SCPs and RCPs feed the policy
 * evaluation engine; declarative policies, backup, tag and AI services opt-out policies the
 * guardrail audit.
 */
export const ORG_POLICY_TYPES = [
  'SERVICE_CONTROL_POLICY',
  'RESOURCE_CONTROL_POLICY',
  'DECLARATIVE_POLICY_EC2',
  'BACKUP_POLICY',
  'TAG_POLICY',
  'AISERVICES_OPT_OUT_POLICY',
] as const;
export const ANALYZER_TYPE = 'AWS::AccessAnalyzer::Analyzer';
export const ALTERNATE_CONTACTS_TYPE = 'AWS::Account::AlternateContacts';

export const membershipUid = (account: string, partition = 'aws') => `arn:${partition}:mamori::${account}:organizations-membership`;
export const alternateContactsUid = (account: string, partition = 'aws') => `arn:${partition}:mamori::${account}:alternate-contacts`;

/** AWS::Organizations::Membership (pseudo). errors.inOrganization when DescribeOrganization failed. */
export interface MembershipConfig {
  inOrganization?: boolean;
  organizationId?: string | null;
  organizationArn?: string | null;
  managementAccountId?: string | null;
  featureSet?: string | null;
  isManagementAccount?: boolean;
}

export interface OrganizationAccount {
  id: string;
  name: string | null;
  status: string | null;
  joinedMethod: string | null;
  joinedTimestamp: string | null;
  /** Id of the account's parent: the root (r-…) or an OU (ou-…). Absent when the OU tree could not be read. */
  parentId?: string;
  /** Ids from the root down to the account's parent, e.g. ["r-ab12", "ou-ab12-11111111"]; the account itself is not in it. */
  path?: string[];
}

/** One service an account is delegated administrator for (ListDelegatedServicesForAccount). */
export interface DelegatedService {
  servicePrincipal: string;
  delegationEnabledDate: string | null;
}

/** A delegated administrator account of the organization (ListDelegatedAdministrators). */
export interface DelegatedAdministrator {
  accountId: string;
  name: string | null;
  status: string | null;
  delegationEnabledDate: string | null;
  /** Services it administers; undefined when ListDelegatedServicesForAccount failed (errors.delegatedAdministrators). */
  services?: DelegatedService[];
}

/**
 * AWS::Organizations::Organization (from the management account or an Organizations delegated
 * administrator). Resource.errors names what could not be read: accounts, rootPolicyTypes (ListRoots),
 * organizationalUnits (the OU tree walk: OUs and accounts' parentId/path may then be incomplete),
 * delegatedAdministrators.
 */
export interface OrganizationConfig {
  id: string;
  arn: string;
  featureSet: string | null;
  managementAccountId: string | null;
  /** ListAccounts (e-mail addresses are not stored). */
  accounts?: OrganizationAccount[];
  /** Policy types enabled on the root (ListRoots), e.g. SERVICE_CONTROL_POLICY: ENABLED. */
  rootPolicyTypes?: { type: string; status: string }[];
  /** Root ids (ListRoots; one per organization today). */
  rootIds?: string[];
  /** ListDelegatedAdministrators + ListDelegatedServicesForAccount; errors.delegatedAdministrators on failure. */
  delegatedAdministrators?: DelegatedAdministrator[];
  /**
   * Centralised root access (iam:ListOrganizationsFeatures, read by the same scan with IAM): the
   * features enabled for member accounts, ROOT_ACCESS_FEATURES. [] = none enabled. null = none can
   * be: trusted access for IAM is not enabled in Organizations (ServiceAccessNotEnabled), or the
   * organisation lacks all features. Absent when it could not be read (errors.rootAccessFeatures:
   * AccessDenied, or NotIamAdministrator when the scanning account is an Organizations delegated
   * administrator but neither the management account nor IAM's delegated administrator).
   */
  rootAccessFeatures?: string[] | null;
}

/** The features of centralised root access (IAM User Guide › Centrally manage root access for member accounts). */
export const ROOT_ACCESS_FEATURES = ['RootCredentialsManagement', 'RootSessions'] as const;

/** AWS::Organizations::Root (pseudo). */
export interface OrgRootConfig {
  id: string;
  arn: string;
  name: string;
  /** Policy types enabled on the root (SERVICE_CONTROL_POLICY, RESOURCE_CONTROL_POLICY, DECLARATIVE_POLICY_EC2, …). */
  policyTypes: { type: string; status: string }[];
}

/** AWS::Organizations::OrganizationalUnit (ListOrganizationalUnitsForParent, walked from the root). */
export interface OrgUnitConfig {
  id: string;
  arn: string;
  name: string;
  /** Id of the parent root or OU. */
  parentId: string;
  /** Ids from the root down to the parent (the OU itself is not in it). */
  path: string[];
}

/** AWS::Organizations::Policy. */
export interface OrgPolicyConfig {
  id: string;
  name: string;
  description: string | null;
  type: string;
  awsManaged: boolean;
  /**
   * Parsed policy content (DescribePolicy): IAM policy language for SCPs and RCPs, the Organizations
   * management policy syntax for the others; errors.content when it failed.
   */
  content?: unknown;
  /** Target ids (root r-..., OU ou-..., account ids) the policy is attached to (ListTargetsForPolicy). */
  targets?: { targetId: string; type: string; name: string | null }[];
}

/** AWS::AccessAnalyzer::Analyzer. */
export interface AnalyzerConfig {
  name: string;
  /** ACCOUNT / ORGANIZATION (external access), ACCOUNT_UNUSED_ACCESS / ORGANIZATION_UNUSED_ACCESS, ... */
  type: string;
  /** ACTIVE / CREATING / DISABLED / FAILED */
  status: string;
  statusReason: string | null;
  createdAt: string | null;
  lastResourceAnalyzedAt: string | null;
}

/** Analyzer types that report external access (CIS 1.20 / FSBP IAM.28). */
export const EXTERNAL_ACCESS_ANALYZER_TYPES = ['ACCOUNT', 'ORGANIZATION'];

export interface AlternateContact {
  name: string | null;
  title: string | null;
  emailAddress: string | null;
}

/** AWS::Account::AlternateContacts (pseudo). A field is null when that contact is not set. */
export interface AlternateContactsConfig {
  security?: AlternateContact | null;
  operations?: AlternateContact | null;
  billing?: AlternateContact | null;
}
