/**
 * Google Cloud resources in a mamori snapshot.
 *
 * Types are Cloud Asset Inventory asset types (`storage.googleapis.com/Bucket`), the names Google
 * Cloud itself, Config Validator and Security Command Center use. Uids are full resource names
 * (`//storage.googleapis.com/projects/_/buckets/b`). `Resource.account` is the scope id: the project
 * id for project resources, `folders/<id>` or `organizations/<id>` for folder and organisation
 * resources. `Resource.region` is the location (`global`, `us-central1`, `us-central1-a`, `US`).
 *
 * Configs are the REST representation the API returns (camelCase JSON, as documented in the API
 * reference), trimmed to what rules read, plus the fields mamori adds, which are marked below.
 * No I/O here.
 */

/** The collector API a resource comes from; collection errors are recorded per API and scope. */
export const GCP_SERVICES = [
  'cloudresourcemanager',
  'iam',
  'apikeys',
  'cloudkms',
  'logging',
  'monitoring',
  'compute',
  'storage',
  'sqladmin',
  'bigquery',
  'dns',
  'dataproc',
  'essentialcontacts',
  'accessapproval',
  'orgpolicy',
  'serviceusage',
] as const;
export type GcpService = (typeof GCP_SERVICES)[number];

export const GCP_TYPES = {
  organization: 'cloudresourcemanager.googleapis.com/Organization',
  folder: 'cloudresourcemanager.googleapis.com/Folder',
  project: 'cloudresourcemanager.googleapis.com/Project',
  serviceAccount: 'iam.googleapis.com/ServiceAccount',
  serviceAccountKey: 'iam.googleapis.com/ServiceAccountKey',
  apiKey: 'apikeys.googleapis.com/Key',
  keyRing: 'cloudkms.googleapis.com/KeyRing',
  cryptoKey: 'cloudkms.googleapis.com/CryptoKey',
  logSink: 'logging.googleapis.com/LogSink',
  logBucket: 'logging.googleapis.com/LogBucket',
  logMetric: 'logging.googleapis.com/LogMetric',
  alertPolicy: 'monitoring.googleapis.com/AlertPolicy',
  computeProject: 'compute.googleapis.com/Project',
  network: 'compute.googleapis.com/Network',
  subnetwork: 'compute.googleapis.com/Subnetwork',
  firewall: 'compute.googleapis.com/Firewall',
  route: 'compute.googleapis.com/Route',
  instance: 'compute.googleapis.com/Instance',
  disk: 'compute.googleapis.com/Disk',
  backendService: 'compute.googleapis.com/BackendService',
  targetHttpsProxy: 'compute.googleapis.com/TargetHttpsProxy',
  targetSslProxy: 'compute.googleapis.com/TargetSslProxy',
  sslPolicy: 'compute.googleapis.com/SslPolicy',
  bucket: 'storage.googleapis.com/Bucket',
  sqlInstance: 'sqladmin.googleapis.com/Instance',
  dataset: 'bigquery.googleapis.com/Dataset',
  table: 'bigquery.googleapis.com/Table',
  dnsManagedZone: 'dns.googleapis.com/ManagedZone',
  dnsPolicy: 'dns.googleapis.com/Policy',
  dataprocCluster: 'dataproc.googleapis.com/Cluster',
  essentialContact: 'essentialcontacts.googleapis.com/Contact',
  /** mamori pseudo type: a project's Access Approval settings (Cloud Asset Inventory has no type for it). */
  accessApprovalSettings: 'accessapproval.googleapis.com/Settings',
  orgPolicy: 'orgpolicy.googleapis.com/Policy',
  /** One enabled API of a project (state ENABLED). */
  service: 'serviceusage.googleapis.com/Service',
} as const;

/** Uids: full resource names, as Cloud Asset Inventory writes them. */
export const gcpUid = {
  organization: (id: string) => `//cloudresourcemanager.googleapis.com/organizations/${id}`,
  folder: (id: string) => `//cloudresourcemanager.googleapis.com/folders/${id}`,
  project: (projectId: string) => `//cloudresourcemanager.googleapis.com/projects/${projectId}`,
  computeProject: (projectId: string) => `//compute.googleapis.com/projects/${projectId}`,
  accessApprovalSettings: (projectId: string) => `//accessapproval.googleapis.com/projects/${projectId}/accessApprovalSettings`,
  bucket: (name: string) => `//storage.googleapis.com/projects/_/buckets/${name}`,
  /** `parent` is `projects/p`, `folders/1` or `organizations/1`. */
  orgPolicy: (parent: string, constraint: string) => `//orgpolicy.googleapis.com/${parent}/policies/${constraint}`,
  service: (projectId: string, service: string) => `//serviceusage.googleapis.com/projects/${projectId}/services/${service}`,
};

// ── IAM policies ────────────────────────────────────────────────────────────────────────────

export interface IamCondition {
  expression: string;
  title?: string;
  description?: string;
}

export interface IamBinding {
  role: string;
  /** `user:a@example.com`, `serviceAccount:…`, `group:…`, `domain:example.com`, `allUsers`, `allAuthenticatedUsers`, `principal://…` */
  members: string[];
  condition?: IamCondition;
}

export interface AuditLogConfig {
  logType: 'ADMIN_READ' | 'DATA_READ' | 'DATA_WRITE' | 'LOG_TYPE_UNSPECIFIED';
  exemptedMembers?: string[];
}

export interface AuditConfig {
  /** `allServices` or an API (`storage.googleapis.com`). */
  service: string;
  auditLogConfigs: AuditLogConfig[];
}

/** getIamPolicy's answer (policy version 3). */
export interface IamPolicy {
  version?: number;
  bindings?: IamBinding[];
  auditConfigs?: AuditConfig[];
  etag?: string;
}

/** A binding or audit config a node inherits, with where it is set (`organizations/1`, `folders/2`). */
export type Inherited<T> = T & { source: string };

// ── Resource hierarchy ─────────────────────────────────────────────────────────────────────

export interface OrganizationConfig {
  /** `organizations/123` */
  name: string;
  displayName?: string;
  directoryCustomerId?: string;
  state?: string;
  iamPolicy?: IamPolicy;
}

export interface FolderConfig {
  /** `folders/123` */
  name: string;
  displayName?: string;
  /** `organizations/1` or `folders/2` */
  parent: string;
  state?: string;
  iamPolicy?: IamPolicy;
}

export interface ProjectConfig {
  projectId: string;
  projectNumber: string;
  displayName?: string;
  state?: string;
  /** `organizations/1`, `folders/2`, or absent for a project without an organisation. */
  parent?: string;
  /** mamori: the ancestry above the project, nearest first (`['folders/2', 'organizations/1']`). */
  ancestors: string[];
  labels?: Record<string, string>;
  /** The project's own policy (bindings and audit configs set on the project). */
  iamPolicy?: IamPolicy;
  /** mamori: bindings and audit configs set on the ancestors, which apply to the project too. */
  inherited?: { bindings: Inherited<IamBinding>[]; auditConfigs: Inherited<AuditConfig>[] };
}

// ── IAM, API keys, KMS ───────────────────────────────────────────────────────────────────────

export interface ServiceAccountConfig {
  /** `projects/p/serviceAccounts/sa@p.iam.gserviceaccount.com` */
  name: string;
  email: string;
  uniqueId?: string;
  displayName?: string;
  disabled?: boolean;
  /** Who may act as this service account (roles/iam.serviceAccountUser, TokenCreator on the account itself). */
  iamPolicy?: IamPolicy;
}

export interface ServiceAccountKeyConfig {
  /** `projects/p/serviceAccounts/sa@…/keys/<id>` */
  name: string;
  keyType: 'USER_MANAGED' | 'SYSTEM_MANAGED';
  keyOrigin?: 'GOOGLE_PROVIDED' | 'USER_PROVIDED' | 'ORIGIN_UNSPECIFIED';
  validAfterTime?: string;
  validBeforeTime?: string;
  disabled?: boolean;
  /** mamori: the owning service account's email. */
  serviceAccountEmail: string;
}

export interface ApiKeyConfig {
  /** `projects/<number>/locations/global/keys/<id>` */
  name: string;
  uid?: string;
  displayName?: string;
  createTime?: string;
  updateTime?: string;
  restrictions?: {
    browserKeyRestrictions?: { allowedReferrers?: string[] };
    serverKeyRestrictions?: { allowedIps?: string[] };
    androidKeyRestrictions?: { allowedApplications?: { packageName: string; sha1Fingerprint: string }[] };
    iosKeyRestrictions?: { allowedBundleIds?: string[] };
    apiTargets?: { service: string; methods?: string[] }[];
  };
}

export interface KeyRingConfig {
  /** `projects/p/locations/l/keyRings/r` */
  name: string;
  createTime?: string;
  iamPolicy?: IamPolicy;
}

export interface CryptoKeyConfig {
  /** `projects/p/locations/l/keyRings/r/cryptoKeys/k` */
  name: string;
  purpose?: 'ENCRYPT_DECRYPT' | 'ASYMMETRIC_SIGN' | 'ASYMMETRIC_DECRYPT' | 'MAC' | 'RAW_ENCRYPT_DECRYPT' | string;
  /** Duration like `7776000s`. */
  rotationPeriod?: string;
  nextRotationTime?: string;
  createTime?: string;
  primary?: { name?: string; state?: string; createTime?: string; protectionLevel?: string };
  versionTemplate?: { algorithm?: string; protectionLevel?: string };
  iamPolicy?: IamPolicy;
}

// ── Logging and monitoring ───────────────────────────────────────────────────────────────────

export interface LogSinkConfig {
  /** Sink id. */
  name: string;
  /** mamori: `projects/p`, `folders/1` or `organizations/1` the sink belongs to. */
  parent: string;
  destination: string;
  filter?: string;
  disabled?: boolean;
  includeChildren?: boolean;
  writerIdentity?: string;
  exclusions?: { name: string; filter: string; disabled?: boolean }[];
}

export interface LogBucketConfig {
  /** `projects/p/locations/l/buckets/b` */
  name: string;
  retentionDays?: number;
  locked?: boolean;
  lifecycleState?: string;
  cmekSettings?: { kmsKeyName?: string };
}

export interface LogMetricConfig {
  /** Metric id. */
  name: string;
  filter: string;
  disabled?: boolean;
  description?: string;
  metricDescriptor?: { type?: string; metricKind?: string; valueType?: string };
}

export interface AlertPolicyConfig {
  /** `projects/p/alertPolicies/123` */
  name: string;
  displayName?: string;
  enabled?: boolean;
  conditions: {
    displayName?: string;
    conditionThreshold?: { filter?: string; comparison?: string; thresholdValue?: number; duration?: string };
    conditionAbsent?: { filter?: string; duration?: string };
    conditionMatchedLog?: { filter?: string };
    conditionMonitoringQueryLanguage?: { query?: string };
    conditionPrometheusQueryLanguage?: { query?: string };
  }[];
  notificationChannels?: string[];
}

// ── Compute Engine and networking ───────────────────────────────────────────────────────────

export interface MetadataItems {
  /**
   * `value` is kept only for settings keys (enable-oslogin, serial-port-enable, …): other values
   * (startup scripts) may hold secrets. mamori: `secretKinds` names what a dropped value appeared
   * to contain (src/providers/gcp/secrets.ts), so rules can report it without the value.
   */
  items?: { key: string; value?: string; secretKinds?: string[] }[];
}

/** compute.projects.get: the project-wide metadata every instance inherits. */
export interface ComputeProjectConfig {
  name: string;
  commonInstanceMetadata?: MetadataItems;
  defaultServiceAccount?: string;
  xpnProjectStatus?: string;
}

export interface NetworkConfig {
  name: string;
  selfLink?: string;
  /** true: auto mode; false: custom mode; absent with IPv4Range: legacy network. */
  autoCreateSubnetworks?: boolean;
  IPv4Range?: string;
  subnetworks?: string[];
  routingConfig?: { routingMode?: string };
}

export interface SubnetworkConfig {
  name: string;
  region: string;
  network: string;
  ipCidrRange: string;
  privateIpGoogleAccess?: boolean;
  purpose?: string;
  logConfig?: { enable?: boolean; aggregationInterval?: string; flowSampling?: number; metadata?: string; filterExpr?: string };
}

export interface FirewallRuleEntry {
  IPProtocol: string;
  ports?: string[];
}

export interface FirewallConfig {
  name: string;
  network: string;
  direction?: 'INGRESS' | 'EGRESS';
  priority?: number;
  sourceRanges?: string[];
  destinationRanges?: string[];
  sourceTags?: string[];
  targetTags?: string[];
  targetServiceAccounts?: string[];
  allowed?: FirewallRuleEntry[];
  denied?: FirewallRuleEntry[];
  disabled?: boolean;
  logConfig?: { enable?: boolean; metadata?: string };
}

export interface RouteConfig {
  name: string;
  network: string;
  destRange: string;
  nextHopGateway?: string;
  nextHopInstance?: string;
  priority?: number;
}

export interface InstanceConfig {
  name: string;
  /** Zone URL or name. */
  zone: string;
  status?: string;
  machineType?: string;
  canIpForward?: boolean;
  serviceAccounts?: { email: string; scopes?: string[] }[];
  metadata?: MetadataItems;
  networkInterfaces?: {
    network?: string;
    subnetwork?: string;
    networkIP?: string;
    accessConfigs?: { name?: string; type?: string; natIP?: string }[];
    ipv6AccessConfigs?: { externalIpv6?: string }[];
  }[];
  disks?: { source?: string; boot?: boolean; diskEncryptionKey?: { kmsKeyName?: string; sha256?: string } }[];
  shieldedInstanceConfig?: { enableSecureBoot?: boolean; enableVtpm?: boolean; enableIntegrityMonitoring?: boolean };
  confidentialInstanceConfig?: { enableConfidentialCompute?: boolean; confidentialInstanceType?: string };
  labels?: Record<string, string>;
  /** Google-managed instances (GKE nodes) carry these labels; some CIS checks exclude them. */
  creationTimestamp?: string;
}

export interface DiskConfig {
  name: string;
  zone?: string;
  region?: string;
  sizeGb?: string;
  /** Absent: Google-managed encryption. */
  diskEncryptionKey?: { kmsKeyName?: string; sha256?: string; rawKey?: string };
  users?: string[];
}

export interface BackendServiceConfig {
  name: string;
  loadBalancingScheme?: string;
  protocol?: string;
  logConfig?: { enable?: boolean; sampleRate?: number };
  securityPolicy?: string;
}

export interface TargetProxyConfig {
  name: string;
  /** SSL policy URL; absent: the Google default policy (COMPATIBLE profile, TLS 1.0). */
  sslPolicy?: string;
}

export interface SslPolicyConfig {
  name: string;
  selfLink?: string;
  profile?: 'COMPATIBLE' | 'MODERN' | 'RESTRICTED' | 'CUSTOM';
  minTlsVersion?: 'TLS_1_0' | 'TLS_1_1' | 'TLS_1_2' | 'TLS_1_3';
  customFeatures?: string[];
  enabledFeatures?: string[];
}

// ── Storage, databases, data ────────────────────────────────────────────────────────────────

export interface BucketConfig {
  name: string;
  location?: string;
  storageClass?: string;
  iamConfiguration?: {
    uniformBucketLevelAccess?: { enabled?: boolean; lockedTime?: string };
    publicAccessPrevention?: 'enforced' | 'inherited' | 'unspecified';
  };
  retentionPolicy?: { retentionPeriod?: string; isLocked?: boolean; effectiveTime?: string };
  versioning?: { enabled?: boolean };
  logging?: { logBucket?: string; logObjectPrefix?: string };
  encryption?: { defaultKmsKeyName?: string };
  /** getIamPolicy on the bucket. */
  iamPolicy?: IamPolicy;
}

export interface SqlInstanceConfig {
  name: string;
  /** `MYSQL_8_0`, `POSTGRES_15`, `SQLSERVER_2019_STANDARD` … */
  databaseVersion: string;
  region?: string;
  instanceType?: string;
  settings: {
    tier?: string;
    ipConfiguration?: {
      ipv4Enabled?: boolean;
      privateNetwork?: string;
      requireSsl?: boolean;
      sslMode?: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' | 'ENCRYPTED_ONLY' | 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED' | string;
      authorizedNetworks?: { value: string; name?: string }[];
    };
    backupConfiguration?: { enabled?: boolean; pointInTimeRecoveryEnabled?: boolean; binaryLogEnabled?: boolean };
    databaseFlags?: { name: string; value: string }[];
  };
  diskEncryptionConfiguration?: { kmsKeyName?: string };
}

export interface DatasetAccessEntry {
  role?: string;
  userByEmail?: string;
  groupByEmail?: string;
  domain?: string;
  /** `allAuthenticatedUsers`, `projectOwners`, … */
  specialGroup?: string;
  /** IAM member form, e.g. `allUsers`. */
  iamMember?: string;
  view?: unknown;
  dataset?: unknown;
  routine?: unknown;
}

export interface DatasetConfig {
  datasetReference: { projectId: string; datasetId: string };
  location?: string;
  access?: DatasetAccessEntry[];
  defaultEncryptionConfiguration?: { kmsKeyName?: string };
}

export interface TableConfig {
  tableReference: { projectId: string; datasetId: string; tableId: string };
  type?: string;
  encryptionConfiguration?: { kmsKeyName?: string };
}

export interface DnsManagedZoneConfig {
  name: string;
  dnsName: string;
  visibility?: 'public' | 'private';
  dnssecConfig?: {
    state?: 'on' | 'off' | 'transfer';
    defaultKeySpecs?: { keyType: 'keySigning' | 'zoneSigning'; algorithm: string; keyLength?: number }[];
  };
}

export interface DnsPolicyConfig {
  name: string;
  enableLogging?: boolean;
  enableInboundForwarding?: boolean;
  networks?: { networkUrl: string }[];
}

export interface DataprocClusterConfig {
  clusterName: string;
  config?: { encryptionConfig?: { gcePdKmsKeyName?: string; kmsKey?: string }; gceClusterConfig?: { internalIpOnly?: boolean } };
}

// ── Organisation-wide settings ─────────────────────────────────────────────────────────────

export interface EssentialContactConfig {
  /** `organizations/1/contacts/2` */
  name: string;
  email: string;
  notificationCategorySubscriptions?: string[];
  languageTag?: string;
  validationState?: string;
}

export interface AccessApprovalSettingsConfig {
  name: string;
  /** Empty or absent: Access Approval is not enabled. */
  enrolledServices?: { cloudProduct: string; enrollmentLevel?: string }[];
  notificationEmails?: string[];
  enrolledAncestor?: boolean;
}

/** A rule of an organisation policy spec (orgpolicy v2). */
export interface OrgPolicyRule {
  values?: { allowedValues?: string[]; deniedValues?: string[] };
  allowAll?: boolean;
  denyAll?: boolean;
  enforce?: boolean;
  condition?: IamCondition;
}

export interface OrgPolicySpec {
  rules?: OrgPolicyRule[];
  inheritFromParent?: boolean;
  reset?: boolean;
  etag?: string;
  updateTime?: string;
}

/**
 * An organisation policy as set on one node (organisation, folder or project): orgpolicy v2
 * `Policy`. Its node is `Resource.account` (`organizations/1`, `folders/2` or the project id).
 * Effective policies are computed by mamori from the nodes along a project's ancestry.
 */
export interface OrgPolicyConfig {
  /** `projects/p/policies/iam.disableServiceAccountKeyCreation` */
  name: string;
  /** `iam.disableServiceAccountKeyCreation` (without `constraints/`). */
  constraint: string;
  /** mamori: `projects/p`, `folders/1` or `organizations/1`. */
  parent: string;
  spec?: OrgPolicySpec;
  dryRunSpec?: OrgPolicySpec;
}

export interface ServiceConfig {
  /** `compute.googleapis.com` */
  name: string;
  state: 'ENABLED' | 'DISABLED';
}
