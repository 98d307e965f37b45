/**
 * The fake Azure estate: tenant root group → mg-platform → PROD subscription, DEV under the root.
 * PROD holds two storage accounts (two ARM pages), a Key Vault, an NSG, a network watcher, Defender
 * plans, role assignments, policy assignments (one initiative at mg-platform), and an App Service
 * plan no collector reads in detail (inventory only). Resource Graph answers in two pages; Graph
 * users come in two pages.
 */
import { armPaged, graphPaged, json, TENANT, type Route } from './fake-azure.js';

export const PROD = '11111111-2222-4333-8444-555555555555';
export const DEV = '66666666-7777-4888-8999-000000000000';
export const MG = 'mg-platform';
export const RG = 'rg-app';

const sub = (id: string) => `/subscriptions/${id}`;
const rid = (type: string, name: string, s = PROD) => `${sub(s)}/resourceGroups/${RG}/providers/${type}/${name}`;
export const IDS = {
  dataAccount: rid('Microsoft.Storage/storageAccounts', 'stproddata'),
  logsAccount: rid('Microsoft.Storage/storageAccounts', 'stprodlogs'),
  vault: rid('Microsoft.KeyVault/vaults', 'kv-prod'),
  nsg: rid('Microsoft.Network/networkSecurityGroups', 'nsg-web'),
  watcher: `${sub(PROD)}/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/NetworkWatcher_japaneast`,
  plan: rid('Microsoft.Web/serverfarms', 'plan-app'),
};

const inventoryRows = [
  { id: IDS.dataAccount, name: 'stproddata', type: 'microsoft.storage/storageaccounts', location: 'japaneast', resourceGroup: RG, subscriptionId: PROD, tags: { env: 'prod' }, sku: { name: 'Standard_LRS' }, kind: 'StorageV2' },
  { id: IDS.logsAccount, name: 'stprodlogs', type: 'microsoft.storage/storageaccounts', location: 'japaneast', resourceGroup: RG, subscriptionId: PROD, tags: {}, sku: { name: 'Standard_GRS' }, kind: 'StorageV2' },
  { id: IDS.vault, name: 'kv-prod', type: 'microsoft.keyvault/vaults', location: 'japaneast', resourceGroup: RG, subscriptionId: PROD, tags: {}, sku: null, kind: null },
  { id: IDS.nsg, name: 'nsg-web', type: 'microsoft.network/networksecuritygroups', location: 'japaneast', resourceGroup: RG, subscriptionId: PROD, tags: {}, sku: null, kind: null },
  { id: IDS.watcher, name: 'NetworkWatcher_japaneast', type: 'microsoft.network/networkwatchers', location: 'japaneast', resourceGroup: 'networkwatcherrg', subscriptionId: PROD, tags: {}, sku: null, kind: null },
  { id: IDS.plan, name: 'plan-app', type: 'microsoft.web/serverfarms', location: 'japaneast', resourceGroup: RG, subscriptionId: PROD, tags: { team: 'web' }, sku: { name: 'P1v3', tier: 'PremiumV3' }, kind: 'linux' },
];

/** Resource Graph: the rows of the asked subscriptions, `pageSize` at a time (`$skipToken` is the next offset). */
function resourceGraph(pageSize = 4): Route {
  return {
    method: 'POST',
    path: /^\/providers\/Microsoft\.ResourceGraph\/resources$/i,
    reply: (req) => {
      const body = req.body as { subscriptions: string[]; options?: { $skipToken?: string } };
      const rows = inventoryRows.filter((r) => body.subscriptions.includes(r.subscriptionId));
      const from = Number(body.options?.$skipToken ?? 0);
      const data = rows.slice(from, from + pageSize);
      const next = from + pageSize < rows.length ? String(from + pageSize) : undefined;
      return json({ totalRecords: rows.length, count: data.length, resultTruncated: 'false', ...(next ? { $skipToken: next } : {}), data });
    },
  };
}

const subscriptionBody = (id: string, name: string) => ({ id: sub(id), subscriptionId: id, tenantId: TENANT, displayName: name, state: 'Enabled', tags: { owner: 'platform' }, subscriptionPolicies: { spendingLimit: 'Off' } });

const account = (name: string, extra: Record<string, unknown>) => ({
  id: rid('Microsoft.Storage/storageAccounts', name),
  name,
  type: 'Microsoft.Storage/storageAccounts',
  location: 'japaneast',
  tags: name === 'stproddata' ? { env: 'prod' } : {},
  sku: { name: 'Standard_LRS', tier: 'Standard' },
  kind: 'StorageV2',
  properties: {
    provisioningState: 'Succeeded',
    creationTime: '2024-04-01T00:00:00.0000000Z',
    keyCreationTime: { key1: '2024-04-01T00:00:00.0000000Z', key2: '2024-04-01T00:00:00.0000000Z' },
    primaryEndpoints: { blob: `https://${name}.blob.core.windows.net/` },
    encryption: { services: { blob: { enabled: true, keyType: 'Account' } }, keySource: 'Microsoft.Storage' },
    networkAcls: { bypass: 'AzureServices', virtualNetworkRules: [], ipRules: [], defaultAction: 'Allow' },
    supportsHttpsTrafficOnly: true,
    ...extra,
  },
});

export function worldRoutes(): Route[] {
  return [
    // Subscriptions and the hierarchy.
    { method: 'GET', path: new RegExp(`^/subscriptions/(${PROD}|${DEV})$`, 'i'), reply: (_r, m) => json(subscriptionBody(m[1].toLowerCase(), m[1].toLowerCase() === PROD ? 'sub-prod' : 'sub-dev')) },
    { method: 'GET', path: /^\/subscriptions\/[^/]+$/i, reply: (req) => ({ status: 404, body: { error: { code: 'SubscriptionNotFound', message: `The subscription '${req.path.split('/')[2]}' could not be found.` } } }) },
    { method: 'GET', path: /^\/subscriptions$/i, reply: () => json({ value: [subscriptionBody(PROD, 'sub-prod'), subscriptionBody(DEV, 'sub-dev')] }) },
    {
      method: 'POST',
      path: /^\/providers\/Microsoft\.Management\/getEntities$/i,
      reply: () =>
        json({
          value: [
            { id: `/providers/Microsoft.Management/managementGroups/${TENANT}`, type: 'Microsoft.Management/managementGroups', name: TENANT, properties: { tenantId: TENANT, displayName: 'Tenant Root Group' } },
            { id: `/providers/Microsoft.Management/managementGroups/${MG}`, type: 'Microsoft.Management/managementGroups', name: MG, properties: { tenantId: TENANT, displayName: 'Platform', parent: { id: `/providers/Microsoft.Management/managementGroups/${TENANT}` } } },
            { id: `/subscriptions/${PROD}`, type: '/subscriptions', name: PROD, properties: { tenantId: TENANT, displayName: 'sub-prod', parent: { id: `/providers/Microsoft.Management/managementGroups/${MG}` } } },
            { id: `/subscriptions/${DEV}`, type: '/subscriptions', name: DEV, properties: { tenantId: TENANT, displayName: 'sub-dev', parent: { id: `/providers/Microsoft.Management/managementGroups/${TENANT}` } } },
          ],
        }),
    },
    {
      method: 'GET',
      path: new RegExp(`^/providers/Microsoft\\.Management/managementGroups/${MG}/descendants$`, 'i'),
      reply: () => json({ value: [{ id: `/subscriptions/${PROD}`, type: '/subscriptions', name: PROD, properties: { displayName: 'sub-prod', parent: { id: `/providers/Microsoft.Management/managementGroups/${MG}` } } }] }),
    },
    resourceGraph(),

    // Resource groups.
    { method: 'GET', path: new RegExp(`^/subscriptions/${PROD}/resourcegroups$`, 'i'), reply: () => json({ value: [{ id: `${sub(PROD)}/resourceGroups/${RG}`, name: RG, type: 'Microsoft.Resources/resourceGroups', location: 'japaneast', tags: { env: 'prod' }, properties: { provisioningState: 'Succeeded' } }] }) },

    // Storage: two pages of accounts, per-account services and containers.
    armPaged(new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.Storage/storageAccounts$`, 'i'), [
      [account('stproddata', { allowBlobPublicAccess: false, minimumTlsVersion: 'TLS1_2' })],
      [account('stprodlogs', { allowBlobPublicAccess: true, minimumTlsVersion: 'TLS1_0' })],
    ]),
    {
      method: 'GET',
      path: /\/storageAccounts\/([^/]+)\/blobServices\/default$/i,
      reply: (_r, m) =>
        json({ id: `${rid('Microsoft.Storage/storageAccounts', m[1])}/blobServices/default`, name: 'default', type: 'Microsoft.Storage/storageAccounts/blobServices', properties: { deleteRetentionPolicy: { enabled: m[1] === 'stproddata', days: 7 }, containerDeleteRetentionPolicy: { enabled: true, days: 7 }, isVersioningEnabled: true, cors: { corsRules: [] } } }),
    },
    {
      method: 'GET',
      path: /\/storageAccounts\/([^/]+)\/fileServices\/default$/i,
      reply: (_r, m) => json({ id: `${rid('Microsoft.Storage/storageAccounts', m[1])}/fileServices/default`, name: 'default', type: 'Microsoft.Storage/storageAccounts/fileServices', properties: { shareDeleteRetentionPolicy: { enabled: true, days: 14 }, protocolSettings: { smb: { versions: 'SMB3.1.1;', channelEncryption: 'AES-256-GCM;' } } } }),
    },
    {
      method: 'GET',
      path: /\/storageAccounts\/([^/]+)\/blobServices\/default\/containers$/i,
      reply: (_r, m) => json({ value: [{ id: `${rid('Microsoft.Storage/storageAccounts', m[1])}/blobServices/default/containers/data`, name: 'data', type: 'Microsoft.Storage/storageAccounts/blobServices/containers', properties: { publicAccess: m[1] === 'stprodlogs' ? 'Container' : 'None', leaseState: 'Available' } }] }),
    },

    // Key Vault with key and secret metadata (the secret's value is never requested).
    {
      method: 'GET',
      path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.KeyVault/vaults$`, 'i'),
      reply: () =>
        json({
          value: [
            {
              id: IDS.vault,
              name: 'kv-prod',
              type: 'Microsoft.KeyVault/vaults',
              location: 'japaneast',
              tags: {},
              properties: { tenantId: TENANT, sku: { family: 'A', name: 'standard' }, accessPolicies: [], enableSoftDelete: true, softDeleteRetentionInDays: 90, enableRbacAuthorization: true, vaultUri: 'https://kv-prod.vault.azure.net/', publicNetworkAccess: 'Enabled' },
            },
          ],
        }),
    },
    {
      method: 'GET',
      path: /\/vaults\/kv-prod\/keys$/i,
      reply: () =>
        json({
          value: [
            {
              id: `${IDS.vault}/keys/cmk`,
              name: 'cmk',
              type: 'Microsoft.KeyVault/vaults/keys',
              properties: { attributes: { enabled: true, exp: 1893456000, created: 1700000000 }, kty: 'RSA', keyUri: 'https://kv-prod.vault.azure.net/keys/cmk', rotationPolicy: { lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D' }, action: { type: 'rotate' } }] } },
            },
          ],
        }),
    },
    {
      method: 'GET',
      path: /\/vaults\/kv-prod\/secrets$/i,
      reply: () => json({ value: [{ id: `${IDS.vault}/secrets/db-password`, name: 'db-password', type: 'Microsoft.KeyVault/vaults/secrets', properties: { attributes: { enabled: true, created: 1700000000 }, secretUri: 'https://kv-prod.vault.azure.net/secrets/db-password' } }] }),
    },

    // Networking.
    {
      method: 'GET',
      path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.Network/networkSecurityGroups$`, 'i'),
      reply: () =>
        json({
          value: [
            {
              id: IDS.nsg,
              name: 'nsg-web',
              location: 'japaneast',
              properties: {
                securityRules: [{ id: `${IDS.nsg}/securityRules/allow-ssh`, name: 'allow-ssh', properties: { protocol: 'Tcp', sourcePortRange: '*', destinationPortRange: '22', sourceAddressPrefix: '*', destinationAddressPrefix: '*', access: 'Allow', priority: 100, direction: 'Inbound' } }],
                defaultSecurityRules: [],
              },
            },
          ],
        }),
    },
    { method: 'GET', path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.Network/networkWatchers$`, 'i'), reply: () => json({ value: [{ id: IDS.watcher, name: 'NetworkWatcher_japaneast', location: 'japaneast', properties: { provisioningState: 'Succeeded' } }] }) },
    {
      method: 'GET',
      path: /\/networkWatchers\/NetworkWatcher_japaneast\/flowLogs$/i,
      reply: () => json({ value: [{ id: `${IDS.watcher}/flowLogs/fl-web`, name: 'fl-web', location: 'japaneast', properties: { targetResourceId: IDS.nsg, storageId: IDS.logsAccount, enabled: true, retentionPolicy: { days: 90, enabled: true }, format: { type: 'JSON', version: 2 } } }] }),
    },

    // Defender for Cloud.
    {
      method: 'GET',
      path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.Security/pricings$`, 'i'),
      reply: (req) => {
        if (req.query.get('api-version') !== '2024-01-01') return { status: 400, body: { error: { code: 'InvalidApiVersion', message: 'wrong version' } } };
        return json({
          value: [
            { id: `${sub(PROD)}/providers/Microsoft.Security/pricings/VirtualMachines`, name: 'VirtualMachines', type: 'Microsoft.Security/pricings', properties: { pricingTier: 'Standard', subPlan: 'P2', extensions: [{ name: 'MdeDesignatedSubscription', isEnabled: 'False' }] } },
            { id: `${sub(PROD)}/providers/Microsoft.Security/pricings/StorageAccounts`, name: 'StorageAccounts', type: 'Microsoft.Security/pricings', properties: { pricingTier: 'Free', freeTrialRemainingTime: 'PT0S' } },
          ],
        });
      },
    },
    {
      method: 'GET',
      path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.Security/securityContacts$`, 'i'),
      reply: () =>
        json({
          value: [
            {
              id: `${sub(PROD)}/providers/Microsoft.Security/securityContacts/default`,
              name: 'default',
              type: 'Microsoft.Security/securityContacts',
              properties: { emails: 'secops@contoso.co.jp', phone: '', isEnabled: true, notificationsByRole: { state: 'On', roles: ['Owner'] }, notificationsSources: [{ sourceType: 'Alert', minimalSeverity: 'Medium' }] },
            },
          ],
        }),
    },
    {
      method: 'GET',
      path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.Security/settings$`, 'i'),
      reply: () => json({ value: [{ id: `${sub(PROD)}/providers/Microsoft.Security/settings/WDATP`, name: 'WDATP', type: 'Microsoft.Security/settings', kind: 'DataExportSettings', properties: { enabled: true } }] }),
    },

    // Monitor.
    {
      method: 'GET',
      path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.Insights/diagnosticSettings$`, 'i'),
      reply: () =>
        json({
          value: [
            {
              id: `/subscriptions/${PROD}/providers/microsoft.insights/diagnosticSettings/activity-to-law`,
              name: 'activity-to-law',
              properties: { workspaceId: `${sub(PROD)}/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law-ops`, logs: [{ category: 'Administrative', enabled: true }, { category: 'Security', enabled: true }] },
            },
          ],
        }),
    },
    {
      method: 'GET',
      path: /\/vaults\/kv-prod\/providers\/Microsoft\.Insights\/diagnosticSettings$/i,
      reply: () => json({ value: [{ id: `${IDS.vault}/providers/microsoft.insights/diagnosticSettings/kv-audit`, name: 'kv-audit', properties: { storageAccountId: IDS.logsAccount, logs: [{ categoryGroup: 'audit', enabled: true }] } }] }),
    },

    // RBAC.
    {
      method: 'GET',
      path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.Authorization/roleDefinitions$`, 'i'),
      reply: () =>
        json({
          value: [
            { id: `${sub(PROD)}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`, name: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', type: 'Microsoft.Authorization/roleDefinitions', properties: { roleName: 'Owner', type: 'BuiltInRole', permissions: [{ actions: ['*'], notActions: [] }], assignableScopes: ['/'] } },
            { id: `${sub(PROD)}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`, name: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', type: 'Microsoft.Authorization/roleDefinitions', properties: { roleName: 'Reader', type: 'BuiltInRole', permissions: [{ actions: ['*/read'] }], assignableScopes: ['/'] } },
            { id: `${sub(PROD)}/providers/Microsoft.Authorization/roleDefinitions/5b1c0d5e-0000-4000-8000-00000000c0de`, name: '5b1c0d5e-0000-4000-8000-00000000c0de', type: 'Microsoft.Authorization/roleDefinitions', properties: { roleName: 'Subscription Admin (custom)', type: 'CustomRole', permissions: [{ actions: ['*'] }], assignableScopes: [sub(PROD)] } },
          ],
        }),
    },
    {
      method: 'GET',
      path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.Authorization/roleAssignments$`, 'i'),
      reply: () =>
        json({
          value: [
            {
              id: `${sub(PROD)}/providers/Microsoft.Authorization/roleAssignments/0f7c0000-0000-4000-8000-000000000001`,
              name: '0f7c0000-0000-4000-8000-000000000001',
              type: 'Microsoft.Authorization/roleAssignments',
              properties: { scope: sub(PROD), roleDefinitionId: `${sub(PROD)}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`, principalId: 'a0000000-0000-4000-8000-000000000001', principalType: 'User', createdOn: '2024-01-01T00:00:00Z' },
            },
            {
              id: `/providers/Microsoft.Management/managementGroups/${MG}/providers/Microsoft.Authorization/roleAssignments/0f7c0000-0000-4000-8000-000000000002`,
              name: '0f7c0000-0000-4000-8000-000000000002',
              type: 'Microsoft.Authorization/roleAssignments',
              properties: { scope: `/providers/Microsoft.Management/managementGroups/${MG}`, roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`, principalId: 'b0000000-0000-4000-8000-000000000002', principalType: 'Group' },
            },
          ],
        }),
    },

    // Azure Policy: the subscription sees its own assignment and the initiative inherited from mg-platform.
    {
      method: 'GET',
      path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.Authorization/policyAssignments$`, 'i'),
      reply: () => json({ value: [policyAssignment(sub(PROD), 'deny-public-ip', '/providers/Microsoft.Authorization/policyDefinitions/6c112d4e-5bc7-47ae-a041-ea2d9dccd749', {}), mcsbAssignment()] }),
    },
    { method: 'GET', path: new RegExp(`^/providers/Microsoft\\.Management/managementGroups/${MG}/providers/Microsoft\\.Authorization/policyAssignments$`, 'i'), reply: () => json({ value: [mcsbAssignment()] }) },
    {
      method: 'GET',
      path: /^\/providers\/Microsoft\.Authorization\/policyDefinitions\/([^/]+)$/i,
      reply: (_r, m) =>
        json({
          id: `/providers/Microsoft.Authorization/policyDefinitions/${m[1]}`,
          name: m[1],
          type: 'Microsoft.Authorization/policyDefinitions',
          properties: {
            displayName: `definition ${m[1]}`,
            policyType: 'BuiltIn',
            mode: 'All',
            parameters: { effect: { type: 'String', defaultValue: m[1] === 'audit-by-default' ? 'Audit' : 'Deny', allowedValues: ['Audit', 'Deny', 'Disabled'] } },
            policyRule: { if: { field: 'type', equals: 'Microsoft.Network/publicIPAddresses' }, then: { effect: "[parameters('effect')]" } },
          },
        }),
    },
    {
      method: 'GET',
      path: /^\/providers\/Microsoft\.Authorization\/policySetDefinitions\/([^/]+)$/i,
      reply: (_r, m) =>
        json({
          id: `/providers/Microsoft.Authorization/policySetDefinitions/${m[1]}`,
          name: m[1],
          type: 'Microsoft.Authorization/policySetDefinitions',
          properties: {
            displayName: 'Microsoft cloud security benchmark',
            policyType: 'BuiltIn',
            parameters: { storageEffect: { type: 'String', defaultValue: 'Audit' } },
            policyDefinitions: [
              { policyDefinitionReferenceId: 'storageNoPublic', policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/audit-by-default', parameters: { effect: { value: "[parameters('storageEffect')]" } } },
              { policyDefinitionReferenceId: 'denyIp', policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/deny-by-default', parameters: {} },
            ],
          },
        }),
    },
    {
      method: 'GET',
      path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.Authorization/policyExemptions$`, 'i'),
      reply: (req) => {
        if (req.query.get('api-version') !== '2022-07-01-preview') return { status: 400, body: { error: { code: 'InvalidApiVersion', message: 'wrong version' } } };
        return json({
          value: [
            {
              id: `${sub(PROD)}/resourceGroups/${RG}/providers/Microsoft.Authorization/policyExemptions/legacy-app`,
              name: 'legacy-app',
              type: 'Microsoft.Authorization/policyExemptions',
              properties: { policyAssignmentId: mcsbAssignment().id, policyDefinitionReferenceIds: ['storageNoPublic'], exemptionCategory: 'Waiver', expiresOn: '2026-01-01T00:00:00Z', displayName: 'Legacy app' },
            },
          ],
        });
      },
    },
    {
      method: 'POST',
      path: new RegExp(`^/subscriptions/${PROD}/providers/Microsoft\\.PolicyInsights/policyStates/latest/summarize$`, 'i'),
      reply: () => json({ '@odata.context': 'x', '@odata.count': 1, value: [{ results: { nonCompliantResources: 3, nonCompliantPolicies: 1 }, policyAssignments: [{ policyAssignmentId: mcsbAssignment().id, results: { nonCompliantResources: 3, nonCompliantPolicies: 1 }, policyDefinitions: [] }] }] }),
    },

    // Microsoft Graph.
    { method: 'GET', path: /^\/v1\.0\/organization$/, reply: () => json({ value: [{ id: TENANT, displayName: 'Contoso' }] }) },
    { method: 'GET', path: /^\/v1\.0\/policies\/identitySecurityDefaultsEnforcementPolicy$/, reply: () => json({ id: '00000000-0000-0000-0000-000000000005', isEnabled: false }) },
    {
      method: 'GET',
      path: /^\/v1\.0\/policies\/authorizationPolicy$/,
      reply: () => json({ id: 'authorizationPolicy', allowInvitesFrom: 'everyone', allowedToSignUpEmailBasedSubscriptions: true, blockMsolPowerShell: false, defaultUserRolePermissions: { allowedToCreateApps: true, allowedToCreateSecurityGroups: true }, guestUserRoleId: '10dae51f-b6af-4016-8d66-8c2a99b929b3' }),
    },
    { method: 'GET', path: /^\/v1\.0\/groupSettings$/, reply: () => json({ value: [{ id: 's1', displayName: 'Group.Unified', templateId: '62375ab9-6b52-47ed-826b-58e47e0e304b', values: [{ name: 'EnableGroupCreation', value: 'false' }] }] }) },
    { method: 'GET', path: /^\/v1\.0\/policies\/deviceRegistrationPolicy$/, reply: () => json({ id: 'deviceRegistrationPolicy', userDeviceQuota: 50, multiFactorAuthConfiguration: 'notRequired' }) },
    { method: 'GET', path: /^\/v1\.0\/policies\/adminConsentRequestPolicy$/, reply: () => json({ isEnabled: true, version: 1 }) },
    graphPaged(/^\/v1\.0\/users$/, [
      [{ id: 'a0000000-0000-4000-8000-000000000001', userPrincipalName: 'admin@contoso.onmicrosoft.com', displayName: 'Admin', userType: 'Member', accountEnabled: true, createdDateTime: '2023-01-01T00:00:00Z' }],
      [{ id: 'a0000000-0000-4000-8000-000000000003', userPrincipalName: 'guest_fabrikam.com#EXT#@contoso.onmicrosoft.com', displayName: 'Guest', userType: 'Guest', accountEnabled: true, createdDateTime: '2024-01-01T00:00:00Z' }],
    ]),
    {
      method: 'GET',
      path: /^\/v1\.0\/reports\/authenticationMethods\/userRegistrationDetails$/,
      reply: () => json({ value: [{ id: 'a0000000-0000-4000-8000-000000000001', userPrincipalName: 'admin@contoso.onmicrosoft.com', isAdmin: true, isMfaRegistered: true, isMfaCapable: true, methodsRegistered: ['microsoftAuthenticatorPush'], isPasswordlessCapable: false }] }),
    },
    { method: 'GET', path: /^\/v1\.0\/roleManagement\/directory\/roleDefinitions$/, reply: () => json({ value: [{ id: '62e90394-69f5-4237-9190-012177145e10', templateId: '62e90394-69f5-4237-9190-012177145e10', displayName: 'Global Administrator' }] }) },
    {
      method: 'GET',
      path: /^\/v1\.0\/roleManagement\/directory\/roleAssignments$/,
      reply: () => json({ value: [{ id: 'ra1', principalId: 'a0000000-0000-4000-8000-000000000001', roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10', directoryScopeId: '/', principal: { '@odata.type': '#microsoft.graph.user', id: 'a0000000-0000-4000-8000-000000000001' } }] }),
    },
    {
      method: 'GET',
      path: /^\/v1\.0\/applications$/,
      reply: () =>
        json({
          value: [
            {
              id: 'c0000000-0000-4000-8000-000000000001',
              appId: 'd0000000-0000-4000-8000-000000000001',
              displayName: 'ci-deployer',
              signInAudience: 'AzureADMyOrg',
              createdDateTime: '2023-05-01T00:00:00Z',
              passwordCredentials: [{ keyId: 'e1', displayName: 'ci', hint: 'Q~x', secretText: null, startDateTime: '2024-01-01T00:00:00Z', endDateTime: '2027-01-01T00:00:00Z' }],
              keyCredentials: [],
            },
          ],
        }),
    },
    { method: 'GET', path: /^\/v1\.0\/identity\/conditionalAccess\/policies$/, reply: () => json({ value: [{ id: 'p1', displayName: 'Require MFA for admins', state: 'enabled', conditions: { users: { includeRoles: ['62e90394-69f5-4237-9190-012177145e10'] }, applications: { includeApplications: ['All'] } }, grantControls: { operator: 'OR', builtInControls: ['mfa'] } }] }) },
  ];
}

export function policyAssignment(scope: string, name: string, definitionId: string, parameters: Record<string, { value: unknown }>) {
  return {
    id: `${scope}/providers/Microsoft.Authorization/policyAssignments/${name}`,
    name,
    type: 'Microsoft.Authorization/policyAssignments',
    properties: { displayName: name, scope, notScopes: [], policyDefinitionId: definitionId, enforcementMode: 'Default', parameters },
  };
}

export const mcsbAssignment = () =>
  policyAssignment(`/providers/Microsoft.Management/managementGroups/${MG}`, 'mcsb', '/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8', { storageEffect: { value: 'Deny' } });
