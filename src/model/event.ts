/**
 * One thing that happened, normalised from a log record: an API call (CloudTrail, Google Cloud
 * Audit Logs), a network
 * flow (VPC Flow Logs) or a DNS query (Route 53 Resolver). Shaped after OCSF API Activity /
 * Network Activity / DNS Activity. Detection rules match on `raw` (the record's own field names,
 * as Sigma rules expect); the normalised fields serve correlation, baselines and evidence.
 *
 * Log fields are attacker-controlled, so the readers bound what an event holds (src/model/limits.ts):
 * each normalised string field (ids, ARNs, addresses, user agents, messages) at FIELD_LIMIT and each
 * string of `raw` at RAW_STRING_LIMIT, cut with a marker that gives the original length.
 */
export type EventSource = 'cloudtrail' | 'vpcflow' | 'dns' | 'gcpaudit' | 'azureactivity';

export type ActorType =
  | 'Root'
  | 'IAMUser'
  | 'AssumedRole'
  | 'FederatedUser'
  | 'AWSService'
  | 'AWSAccount'
  | 'IdentityCenterUser'
  // Google Cloud (Cloud Audit Logs authenticationInfo): a Google account or Workspace/Cloud Identity
  // user, a user-managed service account, a Google-managed service agent
  // (…@gcp-sa-….iam.gserviceaccount.com, …@cloudservices.gserviceaccount.com, …), a workforce or
  // workload identity federation principal (principal://…), and a call with no credentials.
  | 'GcpUser'
  | 'GcpServiceAccount'
  | 'GcpServiceAgent'
  | 'GcpFederated'
  | 'Anonymous'
  // Azure (Activity Log identity.claims): a user (member or guest), a service principal (an app), a
  // managed identity (xms_mirid), and Azure acting on its own (no claims).
  | 'AzureUser'
  | 'AzureServicePrincipal'
  | 'AzureManagedIdentity'
  | 'AzurePlatform'
  | 'Unknown';

export interface EventActor {
  type: ActorType;
  /** ARN of the principal (for an assumed role: the session ARN). */
  arn?: string;
  principalId?: string;
  userName?: string;
  accessKeyId?: string;
  /** For AssumedRole: the role the session belongs to (sessionContext.sessionIssuer.arn). */
  roleArn?: string;
  sessionName?: string;
  mfa?: boolean;
  /** An AWS service calling on the principal's behalf (userIdentity.invokedBy). */
  invokedBy?: string;
  /**
   * Google Cloud: the principal's email (authenticationInfo.principalEmail, or principalSubject
   * for federated principals); `arn` holds the same value so that code written for AWS keys on it.
   */
  email?: string;
  /**
   * Google Cloud impersonation: the principals that delegated to this one, the original caller
   * first (serviceAccountDelegationInfo, reversed). `email` is the service account finally acting.
   */
  delegationChain?: string[];
  /**
   * Azure: `arn` is the caller's key (a user's UPN, lower-cased; a service principal's app id; a
   * managed identity's resource id), `email` the UPN and `principalId` the object id.
   */
}

export interface CloudEvent {
  /** eventID for CloudTrail; insertId for Cloud Audit Logs; a content hash for flows and DNS queries. */
  id: string;
  source: EventSource;
  /** ISO-8601 time and epoch milliseconds of the same instant. */
  time: string;
  timeMs: number;
  /** AWS account id; Google Cloud project id (or organizations/<id>, folders/<id>, billingAccounts/<id>). */
  account: string;
  /** AWS region; Google Cloud location, zone or region ("global" when the entry names none). */
  region: string;
  actor?: EventActor;
  /** Where the call or packet came from. `ip` may be a service name for CloudTrail (e.g. "ec2.amazonaws.com"). */
  src?: { ip?: string; port?: number; userAgent?: string; awsService?: boolean };
  dst?: { ip?: string; port?: number };
  api?: { service: string; operation: string; errorCode?: string; errorMessage?: string; readOnly?: boolean };
  network?: { protocol?: number; action?: 'ACCEPT' | 'REJECT'; bytes?: number; packets?: number; interfaceId?: string; direction?: string };
  dns?: { query: string; type?: string; rcode?: string; answers?: string[]; vpcId?: string };
  resources: { uid?: string; type?: string; name?: string }[];
  /** The original record, unchanged but for strings over RAW_STRING_LIMIT (cut with a marker). */
  raw: Record<string, unknown>;
  /** Where it was read from, for error reports and evidence. */
  origin?: { file: string; line?: number };
  /**
   * Azure Activity Log: a record that is not its operation's outcome ('begin': Start, 'accepted':
   * Accept), which rules skip; the outcome record of the same correlationId is the operation.
   */
  phase?: 'begin' | 'accepted';
}
