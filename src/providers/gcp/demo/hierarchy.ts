/**
 * The resource hierarchy of the demo organisation: organisation, folders and projects with their IAM
 * policies (a project carries the bindings and audit configs it inherits), organisation policies on
 * every node, Essential Contacts, the enabled APIs of each project and the collection errors a
 * real scan of this organisation records.
 */
import {
  GCP_TYPES,
  gcpUid,
  type AuditConfig,
  type EssentialContactConfig,
  type FolderConfig,
  type IamBinding,
  type IamPolicy,
  type Inherited,
  type OrganizationConfig,
  type OrgPolicyConfig,
  type OrgPolicySpec,
  type ProjectConfig,
} from '../model.js';
import type { GcpDemoBuilder } from './builder.js';
import { computeDefaultSa, GCP_DEMO } from './scenario.js';

const { org, prod, dev, folders, names } = GCP_DEMO;

const ORG_POLICY: IamPolicy = {
  version: 1,
  bindings: [
    { role: 'roles/billing.admin', members: ['group:billing-admins@example.com'] },
    { role: 'roles/iam.organizationRoleAdmin', members: ['group:gcp-org-admins@example.com'] },
    { role: 'roles/orgpolicy.policyAdmin', members: ['group:gcp-org-admins@example.com'] },
    { role: 'roles/resourcemanager.organizationAdmin', members: ['group:gcp-org-admins@example.com'] },
    { role: 'roles/resourcemanager.organizationViewer', members: ['domain:example.com'] },
    { role: 'roles/securitycenter.admin', members: ['group:security@example.com'] },
    { role: 'roles/iam.securityReviewer', members: ['serviceAccount:mamori-scanner@sec-tools-4411.iam.gserviceaccount.com'] },
  ],
  // Admin Activity logs are always on; the organisation adds Admin Read for every service.
  auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ' }] }],
  etag: 'BwYkx3m1Qd0=',
};

const FOLDER_POLICIES: Record<string, IamPolicy> = {
  [folders.production.name]: {
    version: 1,
    bindings: [
      // The founder's personal account, granted "temporarily" when the shop moved to Google Cloud.
      { role: 'roles/owner', members: [`user:${names.gmailOwner}`] },
      { role: 'roles/resourcemanager.folderAdmin', members: ['group:gcp-org-admins@example.com'] },
    ],
    etag: 'BwYkx3m2Aa4=',
  },
  [folders.development.name]: {
    version: 1,
    bindings: [
      { role: 'roles/editor', members: ['group:developers@example.com'] },
      { role: 'roles/resourcemanager.folderAdmin', members: ['group:gcp-org-admins@example.com'] },
    ],
    etag: 'BwYkx3m2Ab8=',
  },
};

const PROJECT_POLICIES: Record<string, IamPolicy> = {
  [prod.projectId]: {
    version: 1,
    bindings: [
      { role: 'roles/cloudkms.admin', members: ['group:security@example.com'] },
      { role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: [`serviceAccount:${names.web}`, `serviceAccount:service-${prod.number}@gcp-sa-cloud-sql.iam.gserviceaccount.com`] },
      { role: 'roles/cloudsql.client', members: [`serviceAccount:${names.web}`] },
      { role: 'roles/compute.serviceAgent', members: [`serviceAccount:service-${prod.number}@compute-system.iam.gserviceaccount.com`] },
      // The CI deployer runs `terraform plan` and pushes images: it was given Editor "to make it work".
      { role: 'roles/editor', members: [`serviceAccount:${names.ciDeployer}`, `serviceAccount:${prod.number}@cloudservices.gserviceaccount.com`] },
      { role: 'roles/iam.serviceAccountAdmin', members: ['user:kenji.sato@example.com'] },
      // Granted at project level: kenji can act as every service account of the project.
      { role: 'roles/iam.serviceAccountUser', members: ['user:kenji.sato@example.com'] },
      { role: 'roles/logging.logWriter', members: [`serviceAccount:${names.web}`] },
      { role: 'roles/monitoring.metricWriter', members: [`serviceAccount:${names.web}`] },
      { role: 'roles/owner', members: ['group:shop-admins@example.com', `serviceAccount:${names.terraform}`] },
      { role: 'roles/storage.objectAdmin', members: [`serviceAccount:${names.backup}`] },
      { role: 'roles/viewer', members: ['group:developers@example.com', 'serviceAccount:mamori-scanner@sec-tools-4411.iam.gserviceaccount.com'] },
    ],
    // Data Access logs for every service in production.
    auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'DATA_READ' }, { logType: 'DATA_WRITE' }] }],
    etag: 'BwYkx3n0c2I=',
  },
  [dev.projectId]: {
    version: 1,
    bindings: [
      { role: 'roles/compute.serviceAgent', members: [`serviceAccount:service-${dev.number}@compute-system.iam.gserviceaccount.com`] },
      { role: 'roles/editor', members: [`serviceAccount:${dev.number}@cloudservices.gserviceaccount.com`] },
      { role: 'roles/logging.logWriter', members: [`serviceAccount:${names.devRunner}`] },
      { role: 'roles/owner', members: ['group:shop-admins@example.com'] },
      { role: 'roles/storage.objectViewer', members: [`serviceAccount:${names.devRunner}`] },
      { role: 'roles/viewer', members: ['serviceAccount:mamori-scanner@sec-tools-4411.iam.gserviceaccount.com'] },
    ],
    etag: 'BwYkx3n0d9Q=',
  },
};

const orgPolicyName = (parent: string, constraint: string) => `${parent}/policies/${constraint}`;

/** An organisation policy as set on one node; `parent` is the node as the API is asked (`projects/<id>`), `nameParent` as the API names it back (`projects/<number>`). */
function addOrgPolicy(demo: GcpDemoBuilder, node: { account: string; parent: string; nameParent?: string }, constraint: string, spec: { spec?: OrgPolicySpec; dryRunSpec?: OrgPolicySpec }): void {
  const config: OrgPolicyConfig = { name: orgPolicyName(node.nameParent ?? node.parent, constraint), constraint, parent: node.parent, ...spec };
  demo.add({ uid: gcpUid.orgPolicy(node.parent, constraint), type: GCP_TYPES.orgPolicy, name: constraint, account: node.account, config });
}

const enforce = (value: boolean, etag: string, updateTime: string): OrgPolicySpec => ({ rules: [{ enforce: value }], etag, updateTime });

export function addHierarchy(demo: GcpDemoBuilder): void {
  const organization: OrganizationConfig = { name: org, displayName: GCP_DEMO.domain, directoryCustomerId: GCP_DEMO.directoryCustomerId, state: 'ACTIVE', iamPolicy: ORG_POLICY };
  demo.add({ uid: gcpUid.organization(GCP_DEMO.orgId), type: GCP_TYPES.organization, name: GCP_DEMO.domain, account: org, config: organization });
  for (const f of [folders.production, folders.development]) {
    const config: FolderConfig = { name: f.name, displayName: f.displayName, parent: org, state: 'ACTIVE', iamPolicy: FOLDER_POLICIES[f.name] };
    demo.add({ uid: gcpUid.folder(f.id), type: GCP_TYPES.folder, name: f.displayName, account: f.name, config });
  }

  for (const p of [prod, dev]) {
    const ancestors = [p.folder, org];
    const bindings: Inherited<IamBinding>[] = [];
    const auditConfigs: Inherited<AuditConfig>[] = [];
    for (const node of ancestors) {
      const policy = node === org ? ORG_POLICY : FOLDER_POLICIES[node];
      for (const b of policy.bindings ?? []) bindings.push({ ...b, source: node });
      for (const a of policy.auditConfigs ?? []) auditConfigs.push({ ...a, source: node });
    }
    const labels = { environment: p === prod ? 'production' : 'development', team: 'shop' };
    const config: ProjectConfig = {
      projectId: p.projectId,
      projectNumber: p.number,
      displayName: p === prod ? 'Shop (production)' : 'Shop (development)',
      state: 'ACTIVE',
      parent: p.folder,
      ancestors,
      labels,
      inherited: { bindings, auditConfigs },
      iamPolicy: PROJECT_POLICIES[p.projectId],
    };
    demo.add({ uid: gcpUid.project(p.projectId), type: GCP_TYPES.project, name: p.projectId, account: p.projectId, config, tags: labels });
  }

  // Organisation policies. The organisation was created with Google's "secure by default" guardrails
  // (key creation and upload disabled, uniform bucket-level access, no automatic Editor grants).
  const orgNode = { account: org, parent: org };
  addOrgPolicy(demo, orgNode, 'iam.disableServiceAccountKeyCreation', { spec: enforce(true, 'CN2k8LkGEJiSqqcB', '2024-06-03T02:11:08.412Z') });
  addOrgPolicy(demo, orgNode, 'iam.disableServiceAccountKeyUpload', { spec: enforce(true, 'CN2k8LkGEKCSqqcB', '2024-06-03T02:11:08.517Z') });
  addOrgPolicy(demo, orgNode, 'storage.uniformBucketLevelAccess', { spec: enforce(true, 'CN2k8LkGEKiSqqcB', '2024-06-03T02:11:08.633Z') });
  addOrgPolicy(demo, orgNode, 'iam.automaticIamGrantsForDefaultServiceAccounts', { spec: enforce(true, 'CN2k8LkGELCSqqcB', '2024-06-03T02:11:08.751Z') });
  addOrgPolicy(demo, orgNode, 'compute.skipDefaultNetworkCreation', { spec: enforce(true, 'CN6l8LkGEMjbz5cC', '2025-02-14T05:40:11.201Z') });
  addOrgPolicy(demo, orgNode, 'gcp.resourceLocations', {
    spec: { rules: [{ values: { allowedValues: ['in:asia-northeast1-locations', 'in:asia-northeast2-locations', 'in:us-locations'] } }], etag: 'CN6l8LkGENDbz5cC', updateTime: '2025-02-14T05:41:02.118Z' },
  });
  // Public access prevention was rolled out in dry run only: violations are logged, nothing is blocked.
  addOrgPolicy(demo, orgNode, 'storage.publicAccessPrevention', { dryRunSpec: enforce(true, 'CLbq8LkGEOjz1ZcC', '2026-09-01T01:00:00.000Z') });

  // Folder policies: production requires OS Login; development may not give VMs external IPs.
  addOrgPolicy(demo, { account: folders.production.name, parent: folders.production.name }, 'compute.requireOsLogin', { spec: enforce(true, 'CMy28LkGEJjx2pcC', '2025-03-10T07:02:44.903Z') });
  addOrgPolicy(demo, { account: folders.development.name, parent: folders.development.name }, 'compute.vmExternalIpAccess', {
    spec: { rules: [{ denyAll: true }], etag: 'CMy28LkGEKDx2pcC', updateTime: '2025-03-10T07:03:19.227Z' },
  });

  // shop-prod turns key creation back on for its CI pipeline (the key that later leaks).
  addOrgPolicy(demo, { account: prod.projectId, parent: `projects/${prod.projectId}`, nameParent: `projects/${prod.number}` }, 'iam.disableServiceAccountKeyCreation', {
    spec: enforce(false, 'CKT48LkGEPjN7ZcC', '2026-06-02T04:15:37.066Z'),
  });

  // Essential Contacts of the organisation: nobody receives suspension notices.
  const contacts: [string, string, string[]][] = [
    ['1001', 'security@example.com', ['SECURITY', 'TECHNICAL']],
    ['1002', 'legal@example.com', ['LEGAL']],
    ['1003', 'billing-admins@example.com', ['BILLING']],
  ];
  for (const [id, email, categories] of contacts) {
    const name = `${org}/contacts/${id}`;
    const config: EssentialContactConfig = { name, email, notificationCategorySubscriptions: categories, languageTag: 'en', validationState: 'VALID' };
    demo.add({ uid: `//essentialcontacts.googleapis.com/${name}`, type: GCP_TYPES.essentialContact, name: email, account: org, config });
  }

  // Enabled APIs (serviceusage.services.list, state:ENABLED).
  const common = [
    'bigquery.googleapis.com',
    'bigquerystorage.googleapis.com',
    'cloudresourcemanager.googleapis.com',
    'cloudkms.googleapis.com',
    'compute.googleapis.com',
    'dns.googleapis.com',
    'essentialcontacts.googleapis.com',
    'iam.googleapis.com',
    'iamcredentials.googleapis.com',
    'logging.googleapis.com',
    'monitoring.googleapis.com',
    'orgpolicy.googleapis.com',
    'oslogin.googleapis.com',
    'serviceusage.googleapis.com',
    'sqladmin.googleapis.com',
    'storage-api.googleapis.com',
    'storage-component.googleapis.com',
    'storage.googleapis.com',
    'apikeys.googleapis.com',
  ];
  const prodOnly = ['artifactregistry.googleapis.com', 'cloudasset.googleapis.com', 'dataproc.googleapis.com', 'secretmanager.googleapis.com', 'servicenetworking.googleapis.com', 'sql-component.googleapis.com'];
  for (const s of [...common, ...prodOnly].sort()) demo.service(prod.projectId, s);
  for (const s of [...common].sort()) demo.service(dev.projectId, s);

  // What the scan could not read. Access Approval and Dataproc are not enabled in shop-dev (Access
  // Approval in neither project): the collector does not call them and records why.
  for (const p of [prod, dev]) {
    demo.error({
      account: p.projectId,
      service: 'accessapproval',
      operation: 'serviceusage.services.list',
      code: 'ApiNotEnabled',
      message: `accessapproval.googleapis.com is not enabled in project ${p.projectId}: not collected`,
      resourceTypes: [GCP_TYPES.accessApprovalSettings],
    });
  }
  demo.error({
    account: dev.projectId,
    service: 'dataproc',
    operation: 'serviceusage.services.list',
    code: 'ApiNotEnabled',
    message: `dataproc.googleapis.com is not enabled in project ${dev.projectId}: not collected`,
    resourceTypes: [GCP_TYPES.dataprocCluster],
  });
  // The scanner's custom role in shop-dev was created before Cloud DNS was used there and lacks
  // dns.managedZones.list and dns.policies.list.
  demo.error({
    account: dev.projectId,
    service: 'dns',
    operation: 'dns.managedZones.list',
    code: 'AccessDenied',
    message: `403 PERMISSION_DENIED: Permission 'dns.managedZones.list' denied on resource 'projects/${dev.projectId}' (or it may not exist).`,
    resourceTypes: [GCP_TYPES.dnsManagedZone],
  });
  demo.error({
    account: dev.projectId,
    service: 'dns',
    operation: 'dns.policies.list',
    code: 'AccessDenied',
    message: `403 PERMISSION_DENIED: Permission 'dns.policies.list' denied on resource 'projects/${dev.projectId}' (or it may not exist).`,
    resourceTypes: [GCP_TYPES.dnsPolicy],
  });
}
