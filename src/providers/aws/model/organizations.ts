/**
 * Config shapes of AWS Organizations, IAM Access Analyzer and AWS Account Management resources.
 *
 * Resource types and uids:
 * - AWS::Organizations::Membership   (pseudo, region global) arn:<p>:mamori::<acct>:organizations-membership
 *     One per scanned account: is the account in an organization (DescribeOrganization;
 *     AWSOrganizationsNotInUseException = not in one). Emitted for member and management accounts.
 * - AWS::Organizations::Organization (region global) the organization ARN. Emitted only by the
 *     management account's scan (every member would otherwise emit the same uid).
 * - AWS::Organizations::Policy       (region global) the policy ARN; service control policies, from the
 *     management account.
 * - AWS::AccessAnalyzer::Analyzer    (regional) the analyzer ARN.
 * - AWS::Account::AlternateContacts  (pseudo, region global) arn:<p>:mamori::<acct>:alternate-contacts
 *     The account's SECURITY / OPERATIONS / BILLING alternate contacts (GetAlternateContact;
 *     ResourceNotFoundException = not set → null). Phone numbers are not stored.
 */

export const MEMBERSHIP_TYPE = 'AWS::Organizations::Membership';
export const ORGANIZATION_TYPE = 'AWS::Organizations::Organization';
export const ORG_POLICY_TYPE = 'AWS::Organizations::Policy';
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
}

/** AWS::Organizations::Organization (from the management account). errors.accounts / errors.roots on failures. */
export interface OrganizationConfig {
  id: string;
  arn: string;
  featureSet: string | null;
  managementAccountId: string | null;
  /** ListAccounts (e-mail addresses are not stored). */
  accounts?: OrganizationAccount[];
  /** Policy types enabled on the root (ListRoots), e.g. SERVICE_CONTROL_POLICY: ENABLED. */
  rootPolicyTypes?: { type: string; status: string }[];
}

/** AWS::Organizations::Policy. */
export interface OrgPolicyConfig {
  id: string;
  name: string;
  description: string | null;
  type: string;
  awsManaged: boolean;
  /** Parsed policy content (DescribePolicy); errors.content when it failed. */
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
