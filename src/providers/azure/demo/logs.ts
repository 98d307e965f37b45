/**
 * A day (2026-11-20 UTC) of the Activity Log of the Azure demo tenant, as the subscription's
 * diagnostic setting `activity-log-archive` writes it to the storage account `stcontosoactlogs`:
 * container `insights-activity-logs`, one blob per subscription and hour
 * (`resourceId=/SUBSCRIPTIONS/<ID>/y=2026/m=11/d=20/h=13/m=00/PT1H.json`), one record per line.
 * Every operation is logged as its phases (a Start record with the request body, an Accept record
 * for asynchronous ones, then Success or Failure), sharing a correlationId.
 *
 * Ordinary work: the deployment pipeline (GitHub Actions through workload identity federation),
 * administrators in the portal and the Azure CLI (a routine Reader assignment, an NSG rule update
 * inside the virtual network, a SQL firewall rule for the office), developers starting and stopping
 * their VM, a VM creation outside Japan denied by the Allowed locations policy, and the nightly
 * backup automation reading the keys of its export account. In the afternoon, an attack with the
 * leaked never-expiring client secret of `contoso-backup-automation` (Owner of sub-shop-prod) from
 * an address the tenant has never seen:
 *
 *   1 14:06–14:09 the keys of five storage accounts are listed
 *   2 14:15 Owner on sub-shop-prod is given to an outside guest account
 *   3 14:18 the Activity Log export to the security workspace is deleted (the archive keeps recording)
 *   4 14:24 RDP is opened to the internet on the app tier's NSG
 *   5 14:31 a PowerShell run command is sent to the batch server
 *   6 14:40 the guest, now Owner, lists the keys of the order data account
 *   7 14:46 the guest snapshots the batch server's data disk and asks for a download link (export)
 *
 * Deterministic: every time and identifier comes from the scenario or a seeded hash.
 */
import { fromAzureActivity } from '../read/activity.js';
import { demoGuid } from './builder.js';
import { PRINCIPALS, READER_ROLE, roleAssignmentName } from './hierarchy.js';
import { AZURE_DEMO } from './scenario.js';

const { tenantId, prod, dev, names, managementGroups: mgs } = AZURE_DEMO;
const DAY = Date.parse(`${AZURE_DEMO.logDay}T00:00:00Z`);
const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';

/** The tenant's token claims as Azure Resource Manager logs them. */
interface Principal {
  kind: 'user' | 'app';
  objectId: string;
  /** App id: the principal's own (service principals) or the client it signed in with (users). */
  appId: string;
  upn?: string;
  /** Guests: `live.com#someone@outlook.com`. */
  name?: string;
  givenName?: string;
  surname?: string;
  /** The RBAC role that let the call through (identity.authorization.evidence). */
  role: { name: string; guid: string; scope: string; assignment: string; via?: { id: string; type: string } };
  authMethods?: string;
}

const AZURE_PORTAL = 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c';
const AZURE_CLI = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';
const subScope = (sub: string) => `/subscriptions/${sub}`;

const WHO = {
  backup: {
    kind: 'app',
    objectId: names.backupSpObjectId,
    appId: names.backupAppId,
    role: { name: 'Owner', guid: OWNER, scope: subScope(prod.subscriptionId), assignment: roleAssignmentName('prod-owner-backup') },
  },
  pipelineProd: {
    kind: 'app',
    objectId: names.pipelineSpObjectId,
    appId: names.pipelineAppId,
    role: { name: 'Contributor', guid: CONTRIBUTOR, scope: subScope(prod.subscriptionId), assignment: roleAssignmentName('prod-contrib-pipeline') },
  },
  pipelineDev: {
    kind: 'app',
    objectId: names.pipelineSpObjectId,
    appId: names.pipelineAppId,
    role: { name: 'Contributor', guid: CONTRIBUTOR, scope: subScope(dev.subscriptionId), assignment: roleAssignmentName('dev-contrib-pipeline') },
  },
  yuki: {
    kind: 'user',
    objectId: PRINCIPALS.yuki.id,
    appId: AZURE_PORTAL,
    upn: `yuki.tanaka@${AZURE_DEMO.domain}`,
    givenName: 'Yuki',
    surname: 'Tanaka',
    authMethods: 'pwd,mfa',
    role: { name: 'Owner', guid: OWNER, scope: subScope(prod.subscriptionId), assignment: roleAssignmentName('prod-owner-yuki') },
  },
  kenji: {
    kind: 'user',
    objectId: PRINCIPALS.kenji.id,
    appId: AZURE_CLI,
    upn: `kenji.sato@${AZURE_DEMO.domain}`,
    givenName: 'Kenji',
    surname: 'Sato',
    authMethods: 'pwd',
    role: { name: 'Owner', guid: OWNER, scope: subScope(prod.subscriptionId), assignment: roleAssignmentName('prod-owner-kenji') },
  },
  aiko: {
    kind: 'user',
    objectId: PRINCIPALS.aiko.id,
    appId: AZURE_PORTAL,
    upn: `aiko.suzuki@${AZURE_DEMO.domain}`,
    givenName: 'Aiko',
    surname: 'Suzuki',
    authMethods: 'pwd,mfa',
    role: { name: 'Owner', guid: OWNER, scope: subScope(dev.subscriptionId), assignment: roleAssignmentName('dev-owner-aiko') },
  },
  ryo: {
    kind: 'user',
    objectId: 'e6f7a8b9-c0d1-4e2f-9a3b-4c5d6e7f8091',
    appId: AZURE_CLI,
    upn: `ryo.yamamoto@${AZURE_DEMO.domain}`,
    givenName: 'Ryo',
    surname: 'Yamamoto',
    authMethods: 'pwd',
    // Through the developers group.
    role: { name: 'Contributor', guid: CONTRIBUTOR, scope: subScope(dev.subscriptionId), assignment: roleAssignmentName('dev-contrib-developers'), via: PRINCIPALS.developers },
  },
  guest: {
    kind: 'user',
    objectId: names.guestObjectId,
    appId: AZURE_CLI,
    name: `live.com#${names.guestMail}`,
    authMethods: 'pwd',
    role: { name: 'Owner', guid: OWNER, scope: subScope(prod.subscriptionId), assignment: demoGuid('attack:owner-for-guest') },
  },
} satisfies Record<string, Principal>;

/** An operation: its phases become records sharing a correlation id. */
interface Operation {
  /** Milliseconds since the start of the day (UTC). */
  at: number;
  who: Principal;
  ip: string;
  /** The resource's ARM id, as the caller spelled it. */
  resourceId: string;
  /** `Microsoft.Storage/storageAccounts/listKeys/action` */
  operation: string;
  /** Phases after Start: Success, Accept then Success (asynchronous), or Failure. */
  outcome: 'Success' | 'Accepted' | 'Failure';
  /** HTTP status of the outcome: OK, Created, Accepted, Forbidden, … */
  status?: string;
  /** Milliseconds between Start and the outcome. */
  duration: number;
  request?: unknown;
  response?: unknown;
  failure?: { code: string; message: string };
  level?: string;
  location?: string;
  /** Marks the attack's operations (the ground truth in tests). */
  attackStep?: number;
}

const h = (hours: number, minutes = 0, seconds = 0, ms = 0) => ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;

const rid = (sub: string, rg: string, type: string, name: string) => `/subscriptions/${sub}/resourceGroups/${rg}/providers/${type}/${name}`;
const P = prod.subscriptionId;
const D = dev.subscriptionId;

/** `2026-11-20T14:06:12.3456789Z`: the seven fractional digits Activity Log writes. */
function activityTime(ms: number, seed: string): string {
  const iso = new Date(DAY + ms).toISOString();
  const extra = parseInt(demoGuid(seed).replace(/-/g, '').slice(0, 4), 16) % 10000;
  return `${iso.slice(0, 23)}${String(extra).padStart(4, '0')}Z`;
}

const noDashes = (id: string) => id.replace(/-/g, '');

function claims(p: Principal, ip: string, at: number): Record<string, string> {
  const iat = Math.floor((DAY + at) / 1000) - 600;
  const base: Record<string, string> = {
    aud: 'https://management.azure.com/',
    iss: `https://sts.windows.net/${tenantId}/`,
    iat: String(iat),
    nbf: String(iat),
    exp: String(iat + (p.kind === 'app' ? 86_399 : 4_199)),
  };
  if (p.kind === 'app') {
    return {
      ...base,
      aio: 'k2BgYJjL8dTzmPOb5Q1+2bq0Xn8AAA==',
      appid: p.appId,
      appidacr: p.appId === names.pipelineAppId ? '2' : '1',
      'http://schemas.microsoft.com/identity/claims/identityprovider': `https://sts.windows.net/${tenantId}/`,
      idtyp: 'app',
      'http://schemas.microsoft.com/identity/claims/objectidentifier': p.objectId,
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier': p.objectId,
      'http://schemas.microsoft.com/identity/claims/tenantid': tenantId,
      uti: noDashes(demoGuid(`uti:${p.objectId}:${Math.floor(at / 3_600_000)}`)).slice(0, 22),
      ver: '1.0',
    };
  }
  const out: Record<string, string> = {
    ...base,
    'http://schemas.microsoft.com/claims/authnclassreference': '1',
    aio: 'AVQAq/8YAAAAx3tG9pLQ2mY1Lw==',
    'http://schemas.microsoft.com/claims/authnmethodsreferences': p.authMethods ?? 'pwd',
    appid: p.appId,
    appidacr: '0',
    ipaddr: ip,
    name: p.name ?? `${p.givenName} ${p.surname}`,
    'http://schemas.microsoft.com/identity/claims/objectidentifier': p.objectId,
    'http://schemas.microsoft.com/identity/claims/scope': 'user_impersonation',
    'http://schemas.microsoft.com/identity/claims/tenantid': tenantId,
    idtyp: 'user',
    uti: noDashes(demoGuid(`uti:${p.objectId}:${Math.floor(at / 3_600_000)}`)).slice(0, 22),
    ver: '1.0',
  };
  if (p.upn) {
    out['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn'] = p.upn;
    out['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'] = p.upn;
    out['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname'] = p.givenName ?? '';
    out['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname'] = p.surname ?? '';
  } else if (p.name) {
    // A guest from a Microsoft account: no upn claim; the identity provider and name say where it is from.
    out['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'] = p.name;
    out['http://schemas.microsoft.com/identity/claims/identityprovider'] = 'live.com';
    out['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'] = names.guestMail;
  }
  return out;
}

function hierarchy(sub: string): string {
  return `${tenantId}/${mgs.contoso.name}/${mgs.landingZones.name}/${sub}`;
}

const subscriptionOf = (resourceId: string) => /^\/subscriptions\/([^/]+)/i.exec(resourceId)![1].toLowerCase();

/** The records of one operation (Start, [Accept], outcome). */
function records(op: Operation, seq: number): Record<string, unknown>[] {
  const sub = subscriptionOf(op.resourceId);
  const correlationId = demoGuid(`correlation:${seq}:${op.operation}:${op.resourceId}`);
  const action = op.operation;
  const evidence = {
    role: op.who.role.name,
    roleAssignmentScope: op.who.role.scope,
    roleAssignmentId: noDashes(op.who.role.assignment),
    roleDefinitionId: noDashes(op.who.role.guid),
    principalId: noDashes(op.who.role.via?.id ?? op.who.objectId),
    principalType: op.who.role.via?.type ?? (op.who.kind === 'app' ? 'ServicePrincipal' : 'User'),
  };
  const identity = { authorization: { scope: op.resourceId, action, evidence }, claims: claims(op.who, op.ip, op.at) };
  const record = (phase: 'Start' | 'Accept' | 'Success' | 'Failure', at: number, properties: Record<string, unknown>) => ({
    time: activityTime(at, `${correlationId}:${phase}`),
    resourceId: op.resourceId.toUpperCase(),
    operationName: op.operation.toUpperCase(),
    category: 'Administrative',
    resultType: phase,
    resultSignature: phase === 'Start' ? 'Started.' : phase === 'Accept' ? 'Accepted.Accepted' : phase === 'Success' ? `Succeeded.${op.status ?? 'OK'}` : `Failed.${op.status ?? 'Forbidden'}`,
    durationMs: String(phase === 'Start' ? 0 : at - op.at),
    callerIpAddress: op.ip,
    correlationId,
    identity,
    level: phase === 'Failure' ? 'Error' : (op.level ?? 'Information'),
    location: op.location ?? 'global',
    properties: {
      eventCategory: 'Administrative',
      entity: op.resourceId,
      message: op.operation,
      hierarchy: hierarchy(sub),
      ...properties,
    },
  });
  const out: Record<string, unknown>[] = [];
  out.push(record('Start', op.at, op.request === undefined ? {} : { requestbody: JSON.stringify(op.request) }));
  const serviceRequestId = demoGuid(`request:${correlationId}`);
  if (op.outcome === 'Accepted') {
    out.push(record('Accept', op.at + Math.min(400, op.duration / 4), { statusCode: 'Accepted', serviceRequestId }));
  }
  if (op.outcome === 'Failure') {
    out.push(record('Failure', op.at + op.duration, { statusCode: op.status ?? 'Forbidden', serviceRequestId, statusMessage: JSON.stringify({ error: op.failure ?? { code: 'Forbidden', message: 'Forbidden' } }) }));
  } else {
    out.push(record('Success', op.at + op.duration, { statusCode: op.status ?? 'OK', serviceRequestId, ...(op.response === undefined ? {} : { responseBody: JSON.stringify(op.response) }) }));
  }
  return out;
}

// ── The day ────────────────────────────────────────────────────────────────────────────────

const STORAGE = (name: string, rg: string) => rid(P, rg, 'Microsoft.Storage/storageAccounts', name);
const APP_NSG = rid(P, 'rg-shop-prod-network', 'Microsoft.Network/networkSecurityGroups', names.appNsg);
const BATCH_VM = rid(P, 'rg-shop-prod-app', 'Microsoft.Compute/virtualMachines', names.batchVm);
const EXFIL_SNAPSHOT = rid(P, 'rg-shop-prod-app', 'Microsoft.Compute/snapshots', 'snap-batch-data-tmp');
/** listKeys is logged on the account (its response, the keys, never is). */
const listKeys = (name: string, rg: string) => STORAGE(name, rg);

function nsgRule(name: string, priority: number, source: string, ports: string, description: string) {
  return { properties: { description, protocol: 'Tcp', sourcePortRange: '*', destinationPortRange: ports, sourceAddressPrefix: source, destinationAddressPrefix: '*', access: 'Allow', priority, direction: 'Inbound' }, name };
}

function ordinary(): Operation[] {
  const ghIp = names.githubRunnerIp;
  const office = names.officeIp;
  const deploy = (at: number, sub: string, rg: string, name: string, who: Principal): Operation => ({
    at,
    who,
    ip: ghIp,
    resourceId: rid(sub, rg, 'Microsoft.Resources/deployments', name),
    operation: 'Microsoft.Resources/deployments/write',
    outcome: 'Accepted',
    status: 'Created',
    duration: 48_000,
    request: { properties: { mode: 'Incremental', templateLink: { id: `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Resources/templateSpecs/${name.split('-')[0]}/versions/1.4.2` } } },
  });
  const storefront = rid(P, 'rg-shop-prod-web', 'Microsoft.Web/sites', 'app-shop-storefront');
  return [
    // What happens before the snapshot (08:30) is in it: the Reader assignment, the tag, the NSG rule, the SQL firewall rule, the AKS pool size.
    // 01:10 the pipeline deploys the storefront.
    deploy(h(1, 10, 4), P, 'rg-shop-prod-web', 'storefront-20261120.3', WHO.pipelineProd),
    { at: h(1, 10, 31), who: WHO.pipelineProd, ip: ghIp, resourceId: storefront, operation: 'Microsoft.Web/sites/write', outcome: 'Success', duration: 6_100, location: 'japaneast' },
    { at: h(1, 10, 40), who: WHO.pipelineProd, ip: ghIp, resourceId: `${storefront}/config/web`, operation: 'Microsoft.Web/sites/config/write', outcome: 'Success', duration: 2_300 },
    { at: h(1, 11, 2), who: WHO.pipelineProd, ip: ghIp, resourceId: `${storefront}/slots/staging`, operation: 'Microsoft.Web/sites/slots/slotsswap/action', outcome: 'Accepted', duration: 41_000, request: { targetSlot: 'production', preserveVnet: true } },
    { at: h(1, 13, 30), who: WHO.pipelineProd, ip: ghIp, resourceId: `${storefront}/slots/staging-old`, operation: 'Microsoft.Web/sites/slots/delete', outcome: 'Success', duration: 3_900 },
    // 02:30 Yuki (portal) gives a new developer Reader on the app resource group.
    {
      at: h(2, 30, 12),
      who: WHO.yuki,
      ip: office,
      resourceId: `/subscriptions/${P}/resourceGroups/rg-shop-prod-app/providers/Microsoft.Authorization/roleAssignments/${roleAssignmentName('prod-reader-mei')}`,
      operation: 'Microsoft.Authorization/roleAssignments/write',
      outcome: 'Success',
      status: 'Created',
      duration: 1_800,
      request: { Id: roleAssignmentName('prod-reader-mei'), Properties: { PrincipalId: 'd5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80', PrincipalType: 'User', RoleDefinitionId: `/subscriptions/${P}/providers/Microsoft.Authorization/roleDefinitions/${READER_ROLE}`, Scope: `/subscriptions/${P}/resourceGroups/rg-shop-prod-app`, Condition: null, ConditionVersion: null } },
    },
    {
      at: h(2, 34, 50),
      who: WHO.yuki,
      ip: office,
      resourceId: `/subscriptions/${P}/resourceGroups/rg-shop-prod-app/providers/Microsoft.Resources/tags/default`,
      operation: 'Microsoft.Resources/tags/write',
      outcome: 'Success',
      duration: 900,
      request: { operation: 'Merge', properties: { tags: { owner: 'platform-team' } } },
    },
    // 03:10 Kenji (Azure CLI) widens the web → app rule inside the virtual network.
    {
      at: h(3, 10, 7),
      who: WHO.kenji,
      ip: office,
      resourceId: `${APP_NSG}/securityRules/Allow-Web-To-App`,
      operation: 'Microsoft.Network/networkSecurityGroups/securityRules/write',
      outcome: 'Accepted',
      status: 'OK',
      duration: 11_000,
      request: { properties: { protocol: 'Tcp', sourcePortRange: '*', destinationPortRanges: ['8080', '8443'], sourceAddressPrefix: '10.10.1.0/24', destinationAddressPrefix: '*', access: 'Allow', priority: 100, direction: 'Inbound' } },
    },
    // 00:02 (09:02 in Tokyo) Aiko starts the development jump box; stops it in the evening.
    { at: h(0, 2, 44), who: WHO.aiko, ip: office, resourceId: rid(D, 'rg-shop-dev', 'Microsoft.Compute/virtualMachines', 'vm-shop-jump-01'), operation: 'Microsoft.Compute/virtualMachines/start/action', outcome: 'Accepted', duration: 62_000 },
    { at: h(9, 31, 5), who: WHO.aiko, ip: office, resourceId: rid(D, 'rg-shop-dev', 'Microsoft.Compute/virtualMachines', 'vm-shop-jump-01'), operation: 'Microsoft.Compute/virtualMachines/deallocate/action', outcome: 'Accepted', duration: 95_000 },
    // 05:40 the pipeline deploys the development functions.
    deploy(h(5, 40, 18), D, 'rg-shop-dev', 'jobs-20261120.7', WHO.pipelineDev),
    { at: h(5, 40, 51), who: WHO.pipelineDev, ip: ghIp, resourceId: rid(D, 'rg-shop-dev', 'Microsoft.Web/sites', 'func-shop-dev-jobs'), operation: 'Microsoft.Web/sites/write', outcome: 'Success', duration: 5_200, location: 'japaneast' },
    // 06:12 Ryo tries a VM in West US: denied by the Allowed locations policy.
    {
      at: h(6, 12, 33),
      who: WHO.ryo,
      ip: office,
      resourceId: rid(D, 'rg-shop-dev-sandbox', 'Microsoft.Compute/virtualMachines', 'vm-gpu-test'),
      operation: 'Microsoft.Compute/virtualMachines/write',
      outcome: 'Failure',
      status: 'Forbidden',
      duration: 700,
      location: 'westus',
      failure: { code: 'RequestDisallowedByPolicy', message: "Resource 'vm-gpu-test' was disallowed by policy. Policy identifiers: '[{\"policyAssignment\":{\"name\":\"Allowed locations (Japan East / Japan West)\",\"id\":\"/providers/Microsoft.Management/managementGroups/mg-contoso/providers/Microsoft.Authorization/policyAssignments/allowed-locations\"}}]'." },
      request: { location: 'westus', properties: { hardwareProfile: { vmSize: 'Standard_NC4as_T4_v3' } } },
    },
    // 06:20 Ryo reads the keys of the development scratch account for a test.
    { at: h(6, 20, 2), who: WHO.ryo, ip: office, resourceId: rid(D, 'rg-shop-dev', 'Microsoft.Storage/storageAccounts', 'stshopdevscratch'), operation: 'Microsoft.Storage/storageAccounts/listKeys/action', outcome: 'Success', duration: 160 },
    // 07:05 Kenji lets the Tokyo office reach the reporting server.
    {
      at: h(7, 5, 41),
      who: WHO.kenji,
      ip: office,
      resourceId: `${rid(P, 'rg-shop-prod-data', 'Microsoft.Sql/servers', 'sql-shop-reporting')}/firewallRules/office-tokyo`,
      operation: 'Microsoft.Sql/servers/firewallRules/write',
      outcome: 'Success',
      duration: 3_300,
      request: { properties: { startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.15' } },
    },
    // 08:00 the pipeline scales the AKS user pool for the evening sale.
    deploy(h(8, 0, 9), P, 'rg-shop-prod-app', 'aks-20261120.1', WHO.pipelineProd),
    {
      at: h(8, 0, 40),
      who: WHO.pipelineProd,
      ip: ghIp,
      resourceId: `${rid(P, 'rg-shop-prod-app', 'Microsoft.ContainerService/managedClusters', 'aks-shop-prod')}/agentPools/system`,
      operation: 'Microsoft.ContainerService/managedClusters/agentPools/write',
      outcome: 'Accepted',
      status: 'OK',
      duration: 180_000,
      request: { properties: { count: 5 } },
    },
    // 17:30 the nightly backup (02:30 in Tokyo): the automation reads its export account's keys and snapshots the web server's disk.
    { at: h(17, 30, 3), who: WHO.backup, ip: names.automationIp, resourceId: listKeys(names.backupStorage, 'rg-shop-prod-data'), operation: 'Microsoft.Storage/storageAccounts/listKeys/action', outcome: 'Success', duration: 140 },
    {
      at: h(17, 31, 12),
      who: WHO.backup,
      ip: names.automationIp,
      resourceId: rid(P, 'rg-shop-prod-data', 'Microsoft.Compute/snapshots', 'snap-vm-shop-web-01-20261121'),
      operation: 'Microsoft.Compute/snapshots/write',
      outcome: 'Accepted',
      duration: 30_000,
      location: 'japaneast',
      request: { location: 'japaneast', properties: { creationData: { createOption: 'Copy', sourceResourceId: rid(P, 'rg-shop-prod-web', 'Microsoft.Compute/disks', 'vm-shop-web-01_OsDisk_1') }, incremental: true } },
    },
  ];
}

function attack(): Operation[] {
  const ip = names.attackerIp;
  const who = WHO.backup;
  const guestAssignment = WHO.guest.role.assignment;
  const keys: [string, string][] = [
    [names.backupStorage, 'rg-shop-prod-data'],
    [names.dataStorage, 'rg-shop-prod-data'],
    ['stshopprodassets', 'rg-shop-prod-web'],
    [names.activityLogStorage, 'rg-contoso-logging'],
    ['stcontosoflowlogs', 'rg-contoso-logging'],
  ];
  return [
    // 1: every storage account's keys.
    ...keys.map(([name, rg], i): Operation => ({ at: h(14, 6, 12 + i * 37), who, ip, resourceId: listKeys(name, rg), operation: 'Microsoft.Storage/storageAccounts/listKeys/action', outcome: 'Success', duration: 150 + i * 11, attackStep: 1 })),
    // 2: Owner of the subscription for an outside account.
    {
      at: h(14, 15, 3),
      who,
      ip,
      resourceId: `/subscriptions/${P}/providers/Microsoft.Authorization/roleAssignments/${guestAssignment}`,
      operation: 'Microsoft.Authorization/roleAssignments/write',
      outcome: 'Success',
      status: 'Created',
      duration: 2_400,
      request: { Id: guestAssignment, Properties: { PrincipalId: names.guestObjectId, PrincipalType: 'User', RoleDefinitionId: `/subscriptions/${P}/providers/Microsoft.Authorization/roleDefinitions/${OWNER}`, Scope: `/subscriptions/${P}`, Condition: null, ConditionVersion: null } },
      response: { properties: { roleDefinitionId: `/subscriptions/${P}/providers/Microsoft.Authorization/roleDefinitions/${OWNER}`, principalId: names.guestObjectId, principalType: 'User', scope: `/subscriptions/${P}`, createdOn: new Date(DAY + h(14, 15, 5)).toISOString(), createdBy: names.backupSpObjectId }, id: `/subscriptions/${P}/providers/Microsoft.Authorization/roleAssignments/${guestAssignment}`, type: 'Microsoft.Authorization/roleAssignments', name: guestAssignment },
      attackStep: 2,
    },
    // 3: the security team's copy of the Activity Log.
    {
      at: h(14, 18, 44),
      who,
      ip,
      resourceId: `/subscriptions/${P}/providers/microsoft.insights/diagnosticSettings/${names.activityLogSetting}`,
      operation: 'Microsoft.Insights/diagnosticSettings/delete',
      outcome: 'Success',
      duration: 1_100,
      attackStep: 3,
    },
    // 4: RDP from anywhere on the app tier.
    {
      at: h(14, 24, 10),
      who,
      ip,
      resourceId: `${APP_NSG}/securityRules/Allow-RDP-Temp`,
      operation: 'Microsoft.Network/networkSecurityGroups/securityRules/write',
      outcome: 'Accepted',
      status: 'Created',
      duration: 12_500,
      request: nsgRule('Allow-RDP-Temp', 100, '*', '3389', 'temp support access'),
      attackStep: 4,
    },
    // 5: PowerShell on the batch server.
    {
      at: h(14, 31, 55),
      who,
      ip,
      resourceId: BATCH_VM,
      operation: 'Microsoft.Compute/virtualMachines/runCommand/action',
      outcome: 'Accepted',
      duration: 38_000,
      attackStep: 5,
    },
    // 6: the new Owner reads the order data account's keys.
    { at: h(14, 40, 27), who: WHO.guest, ip, resourceId: listKeys(names.dataStorage, 'rg-shop-prod-data'), operation: 'Microsoft.Storage/storageAccounts/listKeys/action', outcome: 'Success', duration: 170, attackStep: 6 },
    // 7: and takes a copy of the batch server's data disk (its export is not restricted): a snapshot, then a download link for it.
    {
      at: h(14, 46, 2),
      who: WHO.guest,
      ip,
      resourceId: EXFIL_SNAPSHOT,
      operation: 'Microsoft.Compute/snapshots/write',
      outcome: 'Accepted',
      duration: 21_000,
      location: 'japaneast',
      request: { location: 'japaneast', sku: { name: 'Standard_LRS' }, properties: { creationData: { createOption: 'Copy', sourceResourceId: rid(P, 'rg-shop-prod-app', 'Microsoft.Compute/disks', `${names.batchVm}-data-01`) }, incremental: false } },
      attackStep: 7,
    },
    { at: h(14, 47, 19), who: WHO.guest, ip, resourceId: EXFIL_SNAPSHOT, operation: 'Microsoft.Compute/snapshots/beginGetAccess/action', outcome: 'Accepted', duration: 9_000, request: { access: 'Read', durationInSeconds: 86400 }, attackStep: 7 },
  ];
}

export interface AzureDemoLogs {
  /** Path under the logs folder → file text (JSON lines). */
  files: Map<string, string>;
  /** Event id (as the reader names it) → attack step. */
  attack: Map<string, number>;
  /** Records written. */
  records: number;
}

/** The demo day's Activity Log, file by file. */
export function generateAzureDemoLogs(): AzureDemoLogs {
  const ops = [...ordinary(), ...attack()].sort((a, b) => a.at - b.at);
  const byFile = new Map<string, { time: string; line: string }[]>();
  const attackIds = new Map<string, number>();
  const [y, m, d] = AZURE_DEMO.logDay.split('-');
  let count = 0;
  ops.forEach((op, seq) => {
    for (const r of records(op, seq)) {
      const time = r.time as string;
      const hour = time.slice(11, 13);
      const sub = subscriptionOf(op.resourceId).toUpperCase();
      const file = `insights-activity-logs/resourceId=/SUBSCRIPTIONS/${sub}/y=${y}/m=${m}/d=${d}/h=${hour}/m=00/PT1H.json`;
      const list = byFile.get(file) ?? [];
      list.push({ time, line: JSON.stringify(r) });
      byFile.set(file, list);
      count++;
      if (op.attackStep) {
        const event = fromAzureActivity(JSON.parse(JSON.stringify(r)) as Record<string, unknown>);
        if (typeof event !== 'string') attackIds.set(event.id, op.attackStep);
      }
    }
  });
  const files = new Map<string, string>();
  for (const file of [...byFile.keys()].sort()) {
    const lines = byFile.get(file)!.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    files.set(file, lines.map((l) => l.line).join('\n') + '\n');
  }
  return { files, attack: attackIds, records: count };
}
