/**
 * The tenant's resource hierarchy and access: management groups, subscriptions, resource groups,
 * locks, Azure RBAC (role definitions and assignments), Azure Policy (assignments, an initiative,
 * exemptions, compliance summaries) and the collection errors a real scan of this tenant records.
 */
import { AZURE_TYPES, azureIds, azureScope, BUILT_IN_ROLES } from '../model/index.js';
import type { AzureDemoBuilder } from './builder.js';
import { demoGuid } from './builder.js';
import { AZURE_DEMO, TENANT_ROOT } from './scenario.js';

const { tenantId, managementGroups: mgs, prod, dev, names, region, drRegion } = AZURE_DEMO;
const T = AZURE_TYPES;

const ANCESTORS = [mgs.landingZones.name, mgs.contoso.name, TENANT_ROOT];
const MG_SCOPE = (name: string) => `/providers/Microsoft.Management/managementGroups/${name}`;

export const READER_ROLE = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';

/** Principals of the tenant (Entra object ids), used by the role assignments and the Activity Log. */
export const PRINCIPALS = {
  cloudAdmins: { id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', type: 'Group' },
  yuki: { id: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', type: 'User' },
  kenji: { id: '3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b', type: 'User' },
  aiko: { id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', type: 'User' },
  hiroshi: { id: '6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e', type: 'User' },
  formerContractor: { id: '9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', type: 'User' },
  partnerGuest: { id: 'a2b3c4d5-e6f7-4a8b-9c0d-1e2f3a4b5c6d', type: 'User' },
  kowalskiGuest: { id: names.guestObjectId, type: 'User' },
  backupSp: { id: names.backupSpObjectId, type: 'ServicePrincipal' },
  pipelineSp: { id: names.pipelineSpObjectId, type: 'ServicePrincipal' },
  scannerSp: { id: names.scannerSpObjectId, type: 'ServicePrincipal' },
  developers: { id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', type: 'Group' },
} as const;

export const CUSTOM_ROLES = {
  superuser: { guid: '7f3e2d1c-0b9a-4887-a766-554433221100', name: 'Contoso Ops Superuser' },
  vmOperator: { guid: '4c5d6e7f-8091-4a2b-b3c4-d5e6f7081920', name: 'Contoso VM Operator' },
  devScanner: { guid: '2e3f4a5b-6c7d-4e8f-9a0b-c1d2e3f4a5b6', name: 'Contoso Dev Scanner' },
};

const BUILT_IN_NAMES: Record<string, string> = {
  [BUILT_IN_ROLES.owner]: 'Owner',
  [BUILT_IN_ROLES.contributor]: 'Contributor',
  [BUILT_IN_ROLES.userAccessAdministrator]: 'User Access Administrator',
  [READER_ROLE]: 'Reader',
};

/** Resource groups of each subscription: name → location and tags. */
export const RESOURCE_GROUPS: Record<string, { subscriptionId: string; name: string; location: string; tags: Record<string, string> }[]> = {
  [prod.subscriptionId]: [
    { subscriptionId: prod.subscriptionId, name: 'rg-shop-prod-web', location: region, tags: { 'cost-center': 'ec-1001', environment: 'production' } },
    { subscriptionId: prod.subscriptionId, name: 'rg-shop-prod-app', location: region, tags: { 'cost-center': 'ec-1001', environment: 'production', owner: 'platform-team' } },
    { subscriptionId: prod.subscriptionId, name: 'rg-shop-prod-data', location: region, tags: { 'cost-center': 'ec-1001', environment: 'production', 'data-classification': 'confidential' } },
    { subscriptionId: prod.subscriptionId, name: 'rg-shop-prod-network', location: region, tags: { 'cost-center': 'ec-1001', environment: 'production' } },
    { subscriptionId: prod.subscriptionId, name: 'rg-shop-prod-dr', location: drRegion, tags: { 'cost-center': 'ec-1001', environment: 'production' } },
    { subscriptionId: prod.subscriptionId, name: 'rg-contoso-logging', location: region, tags: { 'cost-center': 'sec-0001', environment: 'production' } },
    { subscriptionId: prod.subscriptionId, name: 'NetworkWatcherRG', location: region, tags: {} },
  ],
  [dev.subscriptionId]: [
    { subscriptionId: dev.subscriptionId, name: 'rg-shop-dev', location: region, tags: { 'cost-center': 'ec-2001', environment: 'development' } },
    { subscriptionId: dev.subscriptionId, name: 'rg-shop-dev-sandbox', location: region, tags: { 'cost-center': 'ec-2001', environment: 'development' } },
    { subscriptionId: dev.subscriptionId, name: 'NetworkWatcherRG', location: region, tags: {} },
  ],
};

function addManagementGroups(demo: AzureDemoBuilder): void {
  const groups = [
    { name: TENANT_ROOT, displayName: 'Tenant Root Group', ancestors: [] as string[] },
    { name: mgs.contoso.name, displayName: mgs.contoso.displayName, ancestors: [TENANT_ROOT] },
    { name: mgs.landingZones.name, displayName: mgs.landingZones.displayName, ancestors: [mgs.contoso.name, TENANT_ROOT] },
  ];
  for (const g of groups) {
    demo.add({
      uid: azureIds.managementGroup(g.name),
      type: T.managementGroup,
      name: g.displayName,
      account: azureScope.managementGroup(g.name),
      config: { name: g.name, displayName: g.displayName, tenantId, ...(g.ancestors[0] ? { parent: g.ancestors[0] } : {}), ancestors: g.ancestors },
    });
  }
  for (const s of [prod, dev]) {
    const tags = { environment: s === prod ? 'production' : 'development', 'cost-center': s === prod ? 'ec-1001' : 'ec-2001' };
    demo.add({
      uid: azureIds.subscription(s.subscriptionId),
      type: T.subscription,
      name: s.displayName,
      account: azureScope.subscription(s.subscriptionId),
      tags,
      config: { subscriptionId: s.subscriptionId, displayName: s.displayName, state: 'Enabled', tenantId, managementGroupAncestors: ANCESTORS, tags },
    });
  }
}

function addResourceGroups(demo: AzureDemoBuilder): void {
  for (const groups of Object.values(RESOURCE_GROUPS)) {
    for (const g of groups) {
      demo.add({
        uid: `/subscriptions/${g.subscriptionId}/resourceGroups/${g.name}`,
        type: T.resourceGroup,
        name: g.name,
        account: g.subscriptionId,
        region: g.location,
        tags: g.tags,
        config: { name: g.name, location: g.location, provisioningState: 'Succeeded' },
      });
    }
  }
}

function addLocks(demo: AzureDemoBuilder): void {
  // The data resource group is protected from deletion; the storage account of the Activity Log export too.
  const locks = [
    { sub: prod.subscriptionId, scope: `/subscriptions/${prod.subscriptionId}/resourceGroups/rg-shop-prod-data`, name: 'do-not-delete-data', level: 'CanNotDelete', notes: 'Orders, customers and payment tokens. Ask platform-team before removing.' },
    { sub: prod.subscriptionId, scope: `/subscriptions/${prod.subscriptionId}/resourceGroups/rg-contoso-logging/providers/Microsoft.Storage/storageAccounts/${names.activityLogStorage}`, name: 'protect-audit-archive', level: 'CanNotDelete', notes: 'Activity Log archive (7 years).' },
  ];
  for (const l of locks) {
    const id = `${l.scope}/providers/Microsoft.Authorization/locks/${l.name}`;
    demo.add({ uid: id, type: T.lock, name: l.name, account: l.sub, config: { id, name: l.name, level: l.level, notes: l.notes, lockedScope: l.scope.toLowerCase() } });
  }
}

const roleDefinitionId = (subscriptionId: string, guid: string) => `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

function addRoleDefinitions(demo: AzureDemoBuilder): void {
  for (const s of [prod, dev]) {
    // The built-in roles some assignment of the subscription uses.
    const used = s === prod ? [BUILT_IN_ROLES.owner, BUILT_IN_ROLES.contributor, BUILT_IN_ROLES.userAccessAdministrator, READER_ROLE] : [BUILT_IN_ROLES.owner, BUILT_IN_ROLES.contributor, READER_ROLE];
    for (const guid of used) {
      const id = roleDefinitionId(s.subscriptionId, guid);
      const role = BUILT_IN_NAMES[guid];
      const permissions =
        guid === BUILT_IN_ROLES.owner
          ? [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }]
          : guid === BUILT_IN_ROLES.contributor
            ? [{ actions: ['*'], notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action', 'Microsoft.Blueprint/blueprintAssignments/write', 'Microsoft.Blueprint/blueprintAssignments/delete', 'Microsoft.Compute/galleries/share/action', 'Microsoft.Purview/consents/write', 'Microsoft.Purview/consents/delete', 'Microsoft.Resources/deploymentStacks/manageDenySetting/action', 'Microsoft.Subscription/cancel/action', 'Microsoft.Subscription/enable/action'], dataActions: [], notDataActions: [] }]
            : guid === BUILT_IN_ROLES.userAccessAdministrator
              ? [{ actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'], notActions: [], dataActions: [], notDataActions: [] }]
              : [{ actions: ['*/read'], notActions: [], dataActions: [], notDataActions: [] }];
      demo.add({ uid: id, type: T.roleDefinition, name: role, account: s.subscriptionId, config: { id, name: guid, roleName: role, roleType: 'BuiltInRole', description: `${role} (built-in role)`, permissions, assignableScopes: ['/'] } });
    }
  }
  // Custom roles, assignable in production only.
  const custom = [
    {
      ...CUSTOM_ROLES.superuser,
      description: 'Break-fix role for the operations team (created during the 2024 migration).',
      // Everything, like Owner: a custom role that is Owner under another name.
      permissions: [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }],
    },
    {
      ...CUSTOM_ROLES.vmOperator,
      description: 'Start, stop and restart virtual machines of the shop.',
      permissions: [{ actions: ['Microsoft.Compute/virtualMachines/read', 'Microsoft.Compute/virtualMachines/start/action', 'Microsoft.Compute/virtualMachines/powerOff/action', 'Microsoft.Compute/virtualMachines/restart/action', 'Microsoft.Resources/subscriptions/resourceGroups/read'], notActions: [], dataActions: [], notDataActions: [] }],
    },
  ];
  for (const c of custom) {
    const id = roleDefinitionId(prod.subscriptionId, c.guid);
    demo.add({ uid: id, type: T.roleDefinition, name: c.name, account: prod.subscriptionId, config: { id, name: c.guid, roleName: c.name, roleType: 'CustomRole', description: c.description, permissions: c.permissions, assignableScopes: [`/subscriptions/${prod.subscriptionId}`] } });
  }
  // The scanner's role in development: written by hand in 2024, before the team used PostgreSQL there.
  const scannerActions = ['Microsoft.Authorization/*/read', 'Microsoft.Resources/*/read', 'Microsoft.Security/*/read', 'Microsoft.Insights/*/read', 'Microsoft.OperationalInsights/workspaces/read', 'Microsoft.Network/*/read', 'Microsoft.KeyVault/vaults/read', 'Microsoft.KeyVault/vaults/keys/read', 'Microsoft.KeyVault/vaults/secrets/read', 'Microsoft.Storage/storageAccounts/read', 'Microsoft.Storage/storageAccounts/*/read', 'Microsoft.Sql/*/read', 'Microsoft.DBforMySQL/*/read', 'Microsoft.Web/*/read', 'Microsoft.Compute/*/read', 'Microsoft.ContainerService/managedClusters/read', 'Microsoft.DocumentDB/databaseAccounts/read', 'Microsoft.Databricks/workspaces/read', 'Microsoft.PolicyInsights/*/read'];
  const scannerId = roleDefinitionId(dev.subscriptionId, CUSTOM_ROLES.devScanner.guid);
  demo.add({
    uid: scannerId,
    type: T.roleDefinition,
    name: CUSTOM_ROLES.devScanner.name,
    account: dev.subscriptionId,
    config: { id: scannerId, name: CUSTOM_ROLES.devScanner.guid, roleName: CUSTOM_ROLES.devScanner.name, roleType: 'CustomRole', description: 'Read-only access for the security scanner.', permissions: [{ actions: scannerActions, notActions: [], dataActions: [], notDataActions: [] }], assignableScopes: [`/subscriptions/${dev.subscriptionId}`] },
  });
}

interface Assignment {
  seed: string;
  /** Where the assignment is made: a management group name, or a subscription (optionally a resource group). */
  at: { mg: string } | { sub: string; rg?: string };
  role: string;
  roleName: string;
  principal: { id: string; type: string };
  createdOn: string;
}

export function assignmentScope(at: Assignment['at']): string {
  return 'mg' in at ? MG_SCOPE(at.mg) : at.rg ? `/subscriptions/${at.sub}/resourceGroups/${at.rg}` : `/subscriptions/${at.sub}`;
}

const ASSIGNMENTS: Assignment[] = [
  // Tenant-wide: the platform team owns everything, the scanner reads everything.
  { seed: 'mg-owner-admins', at: { mg: mgs.contoso.name }, role: BUILT_IN_ROLES.owner, roleName: 'Owner', principal: PRINCIPALS.cloudAdmins, createdOn: '2024-01-22T02:10:44.0000000Z' },
  // Production: two named owners, and the backup automation's service principal made Owner "so the restore job can recreate anything".
  { seed: 'prod-owner-yuki', at: { sub: prod.subscriptionId }, role: BUILT_IN_ROLES.owner, roleName: 'Owner', principal: PRINCIPALS.yuki, createdOn: '2024-01-22T02:14:09.0000000Z' },
  { seed: 'prod-owner-kenji', at: { sub: prod.subscriptionId }, role: BUILT_IN_ROLES.owner, roleName: 'Owner', principal: PRINCIPALS.kenji, createdOn: '2024-02-02T05:40:51.0000000Z' },
  { seed: 'prod-owner-backup', at: { sub: prod.subscriptionId }, role: BUILT_IN_ROLES.owner, roleName: 'Owner', principal: PRINCIPALS.backupSp, createdOn: '2024-02-14T01:20:33.0000000Z' },
  { seed: 'prod-uaa-hiroshi', at: { sub: prod.subscriptionId }, role: BUILT_IN_ROLES.userAccessAdministrator, roleName: 'User Access Administrator', principal: PRINCIPALS.hiroshi, createdOn: '2025-09-30T08:02:17.0000000Z' },
  { seed: 'prod-contrib-pipeline', at: { sub: prod.subscriptionId }, role: BUILT_IN_ROLES.contributor, roleName: 'Contributor', principal: PRINCIPALS.pipelineSp, createdOn: '2024-03-11T04:45:00.0000000Z' },
  { seed: 'prod-reader-scanner', at: { sub: prod.subscriptionId }, role: READER_ROLE, roleName: 'Reader', principal: PRINCIPALS.scannerSp, createdOn: '2025-04-08T06:31:12.0000000Z' },
  { seed: 'prod-reader-developers', at: { sub: prod.subscriptionId }, role: READER_ROLE, roleName: 'Reader', principal: PRINCIPALS.developers, createdOn: '2024-03-11T04:47:26.0000000Z' },
  // Given this morning (02:30, in the demo Activity Log).
  { seed: 'prod-reader-mei', at: { sub: prod.subscriptionId, rg: 'rg-shop-prod-app' }, role: READER_ROLE, roleName: 'Reader', principal: { id: 'd5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80', type: 'User' }, createdOn: '2026-11-20T02:30:14.0000000Z' },
  { seed: 'prod-superuser-aiko', at: { sub: prod.subscriptionId, rg: 'rg-shop-prod-app' }, role: CUSTOM_ROLES.superuser.guid, roleName: CUSTOM_ROLES.superuser.name, principal: PRINCIPALS.aiko, createdOn: '2024-06-18T09:12:40.0000000Z' },
  { seed: 'prod-vmop-developers', at: { sub: prod.subscriptionId, rg: 'rg-shop-prod-app' }, role: CUSTOM_ROLES.vmOperator.guid, roleName: CUSTOM_ROLES.vmOperator.name, principal: PRINCIPALS.developers, createdOn: '2025-01-09T00:55:02.0000000Z' },
  // Development: developers contribute; a partner's guest account and a contractor who left still hold Contributor.
  { seed: 'dev-owner-aiko', at: { sub: dev.subscriptionId }, role: BUILT_IN_ROLES.owner, roleName: 'Owner', principal: PRINCIPALS.aiko, createdOn: '2024-03-01T01:00:00.0000000Z' },
  { seed: 'dev-contrib-developers', at: { sub: dev.subscriptionId }, role: BUILT_IN_ROLES.contributor, roleName: 'Contributor', principal: PRINCIPALS.developers, createdOn: '2024-03-01T01:02:11.0000000Z' },
  { seed: 'dev-contrib-partner', at: { sub: dev.subscriptionId }, role: BUILT_IN_ROLES.contributor, roleName: 'Contributor', principal: PRINCIPALS.partnerGuest, createdOn: '2025-05-20T07:33:48.0000000Z' },
  { seed: 'dev-contrib-contractor', at: { sub: dev.subscriptionId, rg: 'rg-shop-dev-sandbox' }, role: BUILT_IN_ROLES.contributor, roleName: 'Contributor', principal: PRINCIPALS.formerContractor, createdOn: '2025-02-03T03:21:09.0000000Z' },
  { seed: 'dev-reader-kowalski', at: { sub: dev.subscriptionId }, role: READER_ROLE, roleName: 'Reader', principal: PRINCIPALS.kowalskiGuest, createdOn: '2026-08-04T10:15:27.0000000Z' },
  { seed: 'dev-scanner', at: { sub: dev.subscriptionId }, role: CUSTOM_ROLES.devScanner.guid, roleName: CUSTOM_ROLES.devScanner.name, principal: PRINCIPALS.scannerSp, createdOn: '2024-04-02T02:00:19.0000000Z' },
  { seed: 'dev-contrib-pipeline', at: { sub: dev.subscriptionId }, role: BUILT_IN_ROLES.contributor, roleName: 'Contributor', principal: PRINCIPALS.pipelineSp, createdOn: '2024-03-11T04:46:10.0000000Z' },
];

export const roleAssignmentName = (seed: string) => demoGuid(`role-assignment:${seed}`);

function addRoleAssignments(demo: AzureDemoBuilder): void {
  for (const a of ASSIGNMENTS) {
    const scope = assignmentScope(a.at);
    const name = roleAssignmentName(a.seed);
    const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
    // Listed per subscription, an assignment names its role under that subscription (the first that lists it, for an inherited one).
    const listingSub = 'sub' in a.at ? a.at.sub : prod.subscriptionId;
    const account = 'mg' in a.at ? azureScope.managementGroup(a.at.mg) : a.at.sub;
    demo.add({
      uid: id,
      type: T.roleAssignment,
      name,
      account,
      config: { id, name, scope, roleDefinitionId: roleDefinitionId(listingSub, a.role), principalId: a.principal.id, principalType: a.principal.type, createdOn: a.createdOn, roleName: a.roleName },
    });
  }
}

// ── Azure Policy ─────────────────────────────────────────────────────────────────────────────

const builtIn = (guid: string) => `/providers/microsoft.authorization/policydefinitions/${guid}`;
const POLICY_ID = (scope: string, name: string) => `${scope}/providers/Microsoft.Authorization/policyAssignments/${name}`;

export const POLICY = {
  allowedLocations: POLICY_ID(MG_SCOPE(mgs.contoso.name), 'allowed-locations'),
  baseline: POLICY_ID(MG_SCOPE(mgs.contoso.name), 'contoso-baseline'),
  prodPublicBlob: POLICY_ID(`/subscriptions/${prod.subscriptionId}`, 'deny-public-blob-access'),
  devPublicNetwork: POLICY_ID(`/subscriptions/${dev.subscriptionId}`, 'audit-storage-public-network'),
  mcsb: (sub: string) => POLICY_ID(`/subscriptions/${sub}`, 'SecurityCenterBuiltIn'),
};

interface DemoAssignment {
  id: string;
  account: string;
  region?: string;
  config: Record<string, unknown>;
}

function policyAssignments(): DemoAssignment[] {
  const mgScope = MG_SCOPE(mgs.contoso.name);
  const out: DemoAssignment[] = [
    {
      id: POLICY.allowedLocations,
      account: azureScope.managementGroup(mgs.contoso.name),
      config: {
        name: 'allowed-locations',
        displayName: 'Allowed locations (Japan East / Japan West)',
        description: 'Data residency: resources of Contoso stay in Japan.',
        scope: mgScope,
        notScopes: [],
        policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c',
        enforcementMode: 'Default',
        parameters: { listOfAllowedLocations: { value: ['japaneast', 'japanwest', 'global'] } },
        isInitiative: false,
        definitions: [{ id: builtIn('e56962a6-4747-49cd-b67b-bf8b01975c4c'), displayName: 'Allowed locations', policyType: 'BuiltIn', effect: 'deny' }],
      },
    },
    {
      id: POLICY.baseline,
      account: azureScope.managementGroup(mgs.contoso.name),
      config: {
        name: 'contoso-baseline',
        displayName: 'Contoso security baseline',
        description: 'Storage transport and key hygiene, resource group tagging.',
        scope: mgScope,
        notScopes: [],
        policyDefinitionId: `${mgScope}/providers/Microsoft.Authorization/policySetDefinitions/contoso-security-baseline`,
        enforcementMode: 'Default',
        parameters: { tagName: { value: 'cost-center' }, sharedKeyEffect: { value: 'Audit' } },
        isInitiative: true,
        definitions: [
          { id: builtIn('404c3081-a854-4457-ae30-26a93ef643f9'), displayName: 'Secure transfer to storage accounts should be enabled', policyType: 'BuiltIn', effect: 'deny', referenceId: 'secureTransferRequired' },
          // Audit only: "we will switch it to Deny once the legacy apps stop using account keys".
          { id: builtIn('8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54'), displayName: 'Storage accounts should prevent shared key access', policyType: 'BuiltIn', effect: 'audit', referenceId: 'sharedKeyAccess' },
          { id: builtIn('96670d01-0a4d-4649-9c89-2d3abc0a5025'), displayName: 'Require a tag on resource groups', policyType: 'BuiltIn', effect: 'deny', referenceId: 'requireCostCenterTag' },
          { id: builtIn('fe83a0eb-a853-422d-aac2-1bffd182c5d0'), displayName: 'Storage accounts should have the specified minimum TLS version', policyType: 'BuiltIn', effect: 'audit', referenceId: 'storageMinimumTls' },
        ],
      },
    },
    {
      id: POLICY.prodPublicBlob,
      account: prod.subscriptionId,
      config: {
        name: 'deny-public-blob-access',
        displayName: 'Deny anonymous blob access (production)',
        scope: `/subscriptions/${prod.subscriptionId}`,
        notScopes: [],
        policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/4fa4b6c0-31ca-4c0d-b10d-24b96f62a751',
        enforcementMode: 'Default',
        parameters: { effect: { value: 'Deny' } },
        isInitiative: false,
        definitions: [{ id: builtIn('4fa4b6c0-31ca-4c0d-b10d-24b96f62a751'), displayName: 'Storage account public access should be disallowed', policyType: 'BuiltIn', effect: 'deny' }],
      },
    },
    {
      id: POLICY.devPublicNetwork,
      account: dev.subscriptionId,
      config: {
        name: 'audit-storage-public-network',
        displayName: 'Storage accounts should disable public network access (trial)',
        description: 'Rolled out with enforcement off while the developers move to private endpoints.',
        scope: `/subscriptions/${dev.subscriptionId}`,
        notScopes: [],
        policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/b2982f36-99f2-4db5-8eff-283140c09693',
        enforcementMode: 'DoNotEnforce',
        parameters: { effect: { value: 'Deny' } },
        isInitiative: false,
        definitions: [{ id: builtIn('b2982f36-99f2-4db5-8eff-283140c09693'), displayName: 'Storage accounts should disable public network access', policyType: 'BuiltIn', effect: 'deny' }],
      },
    },
  ];
  // Defender for Cloud assigns the Microsoft cloud security benchmark to every subscription (members trimmed to a few).
  for (const s of [prod, dev]) {
    out.push({
      id: POLICY.mcsb(s.subscriptionId),
      account: s.subscriptionId,
      config: {
        name: 'SecurityCenterBuiltIn',
        displayName: `ASC Default (subscription: ${s.subscriptionId})`,
        scope: `/subscriptions/${s.subscriptionId}`,
        notScopes: [],
        policyDefinitionId: '/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8',
        enforcementMode: 'Default',
        parameters: {},
        isInitiative: true,
        definitions: [
          { id: builtIn('e3e008c3-56b9-4133-8fd7-d3347377402a'), displayName: 'Accounts with owner permissions on Azure resources should be MFA enabled', policyType: 'BuiltIn', effect: 'auditIfNotExists', referenceId: 'identityEnableMFAForOwnerPermissionsMonitoring' },
          { id: builtIn('4fa4b6c0-31ca-4c0d-b10d-24b96f62a751'), displayName: 'Storage account public access should be disallowed', policyType: 'BuiltIn', effect: 'audit', referenceId: 'disallowPublicBlobAccessMonitoring' },
          { id: builtIn('4da35fc9-c9e7-4960-aec9-797fe7d9051d'), displayName: 'Azure Defender for servers should be enabled', policyType: 'BuiltIn', effect: 'auditIfNotExists', referenceId: 'azureDefenderForServersMonitoring' },
          { id: builtIn('1f314764-cb73-4fc9-b863-8eca98ac36e9'), displayName: 'An Azure Active Directory administrator should be provisioned for SQL servers', policyType: 'BuiltIn', effect: 'auditIfNotExists', referenceId: 'aadAuthenticationInSqlServerMonitoring' },
          { id: builtIn('a4af4a39-4135-47fb-b175-47fbdf85311d'), displayName: 'App Service apps should only be accessible over HTTPS', policyType: 'BuiltIn', effect: 'audit', referenceId: 'webAppEnforceHttpsMonitoringEffect' },
        ],
      },
    });
  }
  return out;
}

export const EXEMPTIONS = {
  /** The shop's public product images are served from a public container: the production deny does not apply to that resource group. */
  webAssets: `/subscriptions/${prod.subscriptionId}/resourceGroups/rg-shop-prod-web/providers/Microsoft.Authorization/policyExemptions/public-product-images`,
  /** The development subscription is waived from the baseline's secure-transfer requirement (an old test harness speaks HTTP). */
  devSecureTransfer: `/subscriptions/${dev.subscriptionId}/providers/Microsoft.Authorization/policyExemptions/dev-http-test-harness`,
};

function addPolicy(demo: AzureDemoBuilder): void {
  for (const a of policyAssignments()) {
    demo.add({ uid: a.id, type: T.policyAssignment, name: String(a.config.name), account: a.account, region: a.region, config: { id: a.id, ...a.config } });
  }
  const exemptions = [
    {
      id: EXEMPTIONS.webAssets,
      account: prod.subscriptionId,
      config: { name: 'public-product-images', scope: `/subscriptions/${prod.subscriptionId}/resourcegroups/rg-shop-prod-web`, policyAssignmentId: POLICY.prodPublicBlob, exemptionCategory: 'Waiver', displayName: 'Public product images (CDN origin)' },
    },
    {
      id: EXEMPTIONS.devSecureTransfer,
      account: dev.subscriptionId,
      config: {
        name: 'dev-http-test-harness',
        scope: `/subscriptions/${dev.subscriptionId}`,
        policyAssignmentId: POLICY.baseline,
        policyDefinitionReferenceIds: ['secureTransferRequired'],
        exemptionCategory: 'Waiver',
        expiresOn: '2027-03-31T00:00:00Z',
        displayName: 'HTTP test harness (until the v2 harness ships)',
      },
    },
  ];
  for (const e of exemptions) demo.add({ uid: e.id, type: T.policyExemption, name: e.config.name, account: e.account, config: { id: e.id, ...e.config } });

  // Compliance summaries (Policy Insights).
  const states: Record<string, [string, number, number][]> = {
    [prod.subscriptionId]: [
      [POLICY.mcsb(prod.subscriptionId), 17, 4],
      [POLICY.baseline, 2, 1],
      [POLICY.allowedLocations, 0, 0],
      [POLICY.prodPublicBlob, 0, 0],
    ],
    [dev.subscriptionId]: [
      [POLICY.mcsb(dev.subscriptionId), 11, 3],
      [POLICY.baseline, 1, 1],
      [POLICY.allowedLocations, 0, 0],
      [POLICY.devPublicNetwork, 2, 1],
    ],
  };
  for (const [sub, list] of Object.entries(states)) {
    demo.add({
      uid: azureIds.policyStates(sub),
      type: T.policyStates,
      name: 'latest',
      account: sub,
      config: { subscriptionId: sub, assignments: list.map(([id, r, p]) => ({ policyAssignmentId: id.toLowerCase(), nonCompliantResources: r, nonCompliantPolicies: p })) },
    });
  }
}

function addErrors(demo: AzureDemoBuilder): void {
  // The scanner reads sub-shop-dev through a custom role made before the team used PostgreSQL there: it lacks Microsoft.DBforPostgreSQL/flexibleServers/read.
  demo.error({
    account: dev.subscriptionId,
    service: 'postgresql',
    operation: 'postgresql.servers.list',
    code: 'AccessDenied',
    message: `403 AuthorizationFailed: The client '${names.scannerAppId}' with object id '${names.scannerSpObjectId}' does not have authorization to perform action 'Microsoft.DBforPostgreSQL/flexibleServers/read' over scope '/subscriptions/${dev.subscriptionId}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    resourceTypes: [T.postgresqlFlexibleServer],
  });
}

export function addHierarchy(demo: AzureDemoBuilder): void {
  addManagementGroups(demo);
  addResourceGroups(demo);
  addLocks(demo);
  addRoleDefinitions(demo);
  addRoleAssignments(demo);
  addPolicy(demo);
  addErrors(demo);
}
