import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { assess } from '../../../../src/assess/engine.js';
import { MamoriError } from '../../../../src/model/errors.js';
import { parseSnapshot, type Snapshot } from '../../../../src/model/snapshot.js';
import type { Resource } from '../../../../src/model/types.js';
import { allPostureRules, resourceSchemas } from '../../../../src/providers/index.js';
import { AZURE_TYPES, azureIds, type KeyVaultConfig, type PolicyAssignmentConfig, type StorageAccountConfig, type SubscriptionConfig, type UserConfig } from '../../../../src/providers/azure/model/index.js';
import { collectAzure, type AzureCollectOptions } from '../../../../src/providers/azure/collect/index.js';
import { authorizationFailed, graphDenied, notRegistered, startFakeAzure, TENANT, TEST_TOKEN, testCredential, throttled, type FakeAzure, type Route } from './fake-azure.js';
import { DEV, IDS, MG, PROD, worldRoutes } from './world.js';

let server: FakeAzure | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Runs the collector against the fake estate, with `routes` answering before the estate's own. */
async function collect(routes: Route[], options: AzureCollectOptions = { subscriptions: [PROD] }): Promise<Snapshot> {
  server = await startFakeAzure([...routes, ...worldRoutes()]);
  return collectAzure({ credential: testCredential(), endpoints: { arm: server.url, graph: server.url }, retry: { sleep: async () => {} }, ...options });
}

const ofType = (s: Snapshot, type: string) => s.resources.filter((r) => r.type === type);
const byUid = (s: Snapshot, uid: string) => s.resources.find((r) => r.uid === uid.toLowerCase());
const typed = <C>(r: Resource | undefined) => r as unknown as Resource<C>;
const azureRules = () => allPostureRules().filter((r) => r.provider === 'azure');

describe('collectAzure against a local Azure', () => {
  it('collects a subscription: every page (ARM, Resource Graph, Graph), the hierarchy, a valid snapshot', async () => {
    const snapshot = await collect([]);
    parseSnapshot(JSON.parse(JSON.stringify(snapshot)));
    assert.equal(snapshot.scope.provider, 'azure');
    assert.deepEqual(snapshot.scope.accounts, [PROD]);
    assert.deepEqual(snapshot.errors, []);

    // ARM nextLink: the storage accounts span two pages.
    assert.deepEqual(ofType(snapshot, AZURE_TYPES.storageAccount).map((r) => r.name).sort(), ['stproddata', 'stprodlogs']);
    assert.ok(server!.requests.some((r) => /storageAccounts$/.test(r.path) && r.query.get('$skiptoken') === 'p1'));
    // Resource Graph $skipToken: two queries, the second with the token; the inventory-only type is kept.
    const graphQueries = server!.requests.filter((r) => r.path === '/providers/Microsoft.ResourceGraph/resources');
    assert.equal(graphQueries.length, 2);
    assert.equal((graphQueries[1].body as { options: { $skipToken?: string } }).options.$skipToken, '4');
    assert.equal(byUid(snapshot, IDS.plan)?.type, 'microsoft.web/serverfarms');
    assert.deepEqual(byUid(snapshot, IDS.plan)?.tags, { team: 'web' });
    // Microsoft Graph @odata.nextLink: users span two pages.
    assert.deepEqual(ofType(snapshot, AZURE_TYPES.user).map((r) => r.name).sort(), ['admin@contoso.onmicrosoft.com', 'guest_fabrikam.com#EXT#@contoso.onmicrosoft.com']);
    assert.ok(server!.requests.some((r) => r.path === '/v1.0/users' && r.query.get('$skiptoken') === 'p1'));

    // Types Resource Graph does not list in the subscription are never called.
    assert.ok(!server!.requests.some((r) => /Microsoft\.(Sql|Compute|DBforPostgreSQL|DBforMySQL|DocumentDB|Databricks|ContainerService|Web)\//i.test(r.path)));
    // Every ARM request carried the token.
    for (const r of server!.requests.filter((r) => !r.path.startsWith('/v1.0/'))) assert.equal(r.authorization, `Bearer ${TEST_TOKEN}`, r.path);

    // Hierarchy: the subscription's ancestry and the groups above it.
    const sub = typed<SubscriptionConfig>(byUid(snapshot, azureIds.subscription(PROD)));
    assert.deepEqual(sub.config.managementGroupAncestors, [MG, TENANT]);
    assert.equal(sub.config.tenantId, TENANT);
    assert.equal(sub.errors, undefined);
    const mg = byUid(snapshot, azureIds.managementGroup(MG))!;
    assert.equal(mg.account, `managementGroups/${MG}`);
    assert.deepEqual(mg.config, { name: MG, displayName: 'Platform', tenantId: TENANT, parent: TENANT, ancestors: [TENANT] });

    // Configs: the SDK's flattened shape, trimmed; mamori's fields added.
    const logs = typed<StorageAccountConfig>(byUid(snapshot, IDS.logsAccount));
    assert.equal(logs.region, 'japaneast');
    assert.equal(logs.config.allowBlobPublicAccess, true);
    assert.equal(logs.config.enableHttpsTrafficOnly, true);
    assert.equal(logs.config.blobService?.deleteRetentionPolicy?.enabled, false);
    assert.deepEqual(logs.config.containers, [{ name: 'data', publicAccess: 'Container' }]);
    assert.equal(logs.config.fileService?.shareDeleteRetentionPolicy?.days, 14);
    assert.equal(typeof (logs.config as unknown as { keyCreationTime: { key1: unknown } }).keyCreationTime.key1, 'string', 'dates are ISO strings');
    const vault = typed<KeyVaultConfig>(byUid(snapshot, IDS.vault));
    assert.equal(vault.config.properties.enableRbacAuthorization, true);
    assert.deepEqual(vault.config.keys, [{ name: 'cmk', enabled: true, expires: '2030-01-01T00:00:00.000Z', created: '2023-11-14T22:13:20.000Z', rotationEnabled: true }]);
    assert.deepEqual(vault.config.secrets?.map((s) => s.name), ['db-password']);
    const diag = ofType(snapshot, AZURE_TYPES.diagnosticSetting).map((d) => d.config.targetResourceId).sort();
    assert.deepEqual(diag, [azureIds.subscription(PROD), IDS.vault.toLowerCase()].sort());
    const flowLog = ofType(snapshot, AZURE_TYPES.flowLog)[0];
    assert.equal(flowLog.config.targetResourceId, IDS.nsg);
    assert.equal(ofType(snapshot, AZURE_TYPES.pricing).find((p) => p.name === 'VirtualMachines')?.config.subPlan, 'P2');
    assert.equal(ofType(snapshot, AZURE_TYPES.securityContact)[0].config.emails, 'secops@contoso.co.jp');

    // RBAC: role names resolved; the inherited assignment belongs to its management group; only custom and used built-in roles are kept.
    const assignments = ofType(snapshot, AZURE_TYPES.roleAssignment);
    assert.deepEqual(assignments.map((a) => `${a.account} ${a.config.roleName}`).sort(), [`${PROD} Owner`, `managementGroups/${MG} Reader`]);
    assert.deepEqual(ofType(snapshot, AZURE_TYPES.roleDefinition).map((d) => d.name).sort(), ['Owner', 'Reader', 'Subscription Admin (custom)']);

    // Policy: the inherited initiative is resolved member by member, effects from the assignment's parameters or the defaults.
    const mcsb = typed<PolicyAssignmentConfig>(ofType(snapshot, AZURE_TYPES.policyAssignment).find((p) => p.name === 'mcsb'));
    assert.equal(mcsb.account, `managementGroups/${MG}`);
    assert.equal(mcsb.config.isInitiative, true);
    assert.deepEqual(mcsb.config.definitions?.map((d) => `${d.referenceId} ${d.effect}`), ['storageNoPublic deny', 'denyIp deny']);
    assert.equal(ofType(snapshot, AZURE_TYPES.policyExemption)[0].config.exemptionCategory, 'Waiver');
    assert.equal((ofType(snapshot, AZURE_TYPES.policyStates)[0].config as { assignments: { nonCompliantResources: number }[] }).assignments[0].nonCompliantResources, 3);

    // Entra ID.
    const admin = typed<UserConfig>(ofType(snapshot, AZURE_TYPES.user).find((u) => u.name.startsWith('admin')));
    assert.equal(admin.account, `tenants/${TENANT}`);
    assert.equal(admin.config.registration?.isMfaRegistered, true);
    assert.deepEqual(admin.config.directoryRoles, ['Global Administrator']);
    const tenant = byUid(snapshot, azureIds.tenant(TENANT))!;
    assert.equal(tenant.config.securityDefaultsEnabled, false);
    assert.deepEqual(tenant.config.groupUnifiedSettings, { EnableGroupCreation: 'false' });
    const app = ofType(snapshot, AZURE_TYPES.application)[0];
    assert.deepEqual(app.config.passwordCredentials, [{ keyId: 'e1', displayName: 'ci', startDateTime: '2024-01-01T00:00:00Z', endDateTime: '2027-01-01T00:00:00Z' }], 'no hint, no secretText');
  });

  it('records AuthorizationFailed on one API, collects the rest, and its rules are NOT_ASSESSED', async () => {
    const snapshot = await collect([{ method: 'GET', path: /\/providers\/Microsoft\.Storage\/storageAccounts$/i, reply: (r) => authorizationFailed('Microsoft.Storage/storageAccounts/read', r.path) }]);
    const errs = snapshot.errors.filter((e) => e.service === 'storage');
    assert.equal(errs.length, 1);
    assert.equal(errs[0].code, 'AccessDenied');
    assert.equal(errs[0].account, PROD);
    assert.equal(errs[0].operation, 'storage.storageAccounts.list');
    assert.deepEqual(errs[0].resourceTypes, [AZURE_TYPES.storageAccount]);
    assert.match(errs[0].message, /^403 AuthorizationFailed: The client/);
    assert.ok(!errs[0].message.includes(TEST_TOKEN));
    assert.equal(ofType(snapshot, AZURE_TYPES.storageAccount).length, 0);
    assert.equal(ofType(snapshot, AZURE_TYPES.keyVault).length, 1);
    assert.equal(snapshot.errors.length, 1);

    const storageRules = azureRules().filter((r) => r.kind === 'automated' && (r.resourceTypes.includes(AZURE_TYPES.storageAccount) || r.services.includes('storage')));
    const findings = assess(snapshot, { rules: azureRules(), schemas: resourceSchemas() }).filter((f) => storageRules.some((r) => r.id === f.ruleId));
    assert.ok(!findings.some((f) => f.status === 'PASS' || f.status === 'FAIL'), findings.filter((f) => f.status === 'PASS' || f.status === 'FAIL').map((f) => `${f.ruleId} ${f.status}`).join(', '));
    if (storageRules.length) assert.ok(findings.some((f) => f.status === 'NOT_ASSESSED'));
  });

  it('records a field it could not read on the resource and as an error with its uid', async () => {
    const snapshot = await collect([{ method: 'GET', path: /stprodlogs\/blobServices\/default$/i, reply: (r) => authorizationFailed('Microsoft.Storage/storageAccounts/blobServices/read', r.path) }]);
    const logs = byUid(snapshot, IDS.logsAccount)!;
    assert.deepEqual(logs.errors, { blobService: 'AccessDenied' });
    assert.equal(logs.config.blobService, undefined);
    assert.equal(snapshot.errors.find((e) => e.resourceUid === logs.uid)?.operation, 'storage.blobServices.getServiceProperties');
    assert.equal(byUid(snapshot, IDS.dataAccount)!.errors, undefined);
  });

  it('records MissingSubscriptionRegistration as ApiNotEnabled', async () => {
    const snapshot = await collect([{ method: 'GET', path: /\/providers\/Microsoft\.KeyVault\/vaults$/i, reply: () => notRegistered('Microsoft.KeyVault') }]);
    const err = snapshot.errors.find((e) => e.service === 'keyvault');
    assert.equal(err?.code, 'ApiNotEnabled');
    assert.deepEqual(err?.resourceTypes, [AZURE_TYPES.keyVault]);
    assert.match(err!.message, /^409 MissingSubscriptionRegistration: The subscription is not registered to use namespace 'Microsoft.KeyVault'/);
  });

  it('retries a 429 after its Retry-After (1 s, real time), then succeeds', async () => {
    let calls = 0;
    server = await startFakeAzure([{ method: 'GET', path: /\/providers\/Microsoft\.KeyVault\/vaults$/i, reply: () => (++calls === 1 ? throttled('1') : undefined) }, ...worldRoutes()]);
    const snapshot = await collectAzure({ credential: testCredential(), subscriptions: [PROD], services: ['keyvault'], endpoints: { arm: server.url, graph: server.url } });
    const hits = server.requests.filter((r) => /\/providers\/Microsoft\.KeyVault\/vaults$/i.test(r.path));
    assert.equal(hits.length, 2);
    const waited = hits[1].at - hits[0].at;
    assert.ok(waited >= 950 && waited < 3000, `retried after ${waited} ms`);
    assert.equal(ofType(snapshot, AZURE_TYPES.keyVault).length, 1);
    assert.deepEqual(snapshot.errors, []);
  });

  it('gives up after maxAttempts with Throttled, waiting what the server asks each time', async () => {
    const delays: number[] = [];
    server = await startFakeAzure([{ method: 'GET', path: /\/providers\/Microsoft\.KeyVault\/vaults$/i, reply: () => throttled('7') }, ...worldRoutes()]);
    const snapshot = await collectAzure({ credential: testCredential(), subscriptions: [PROD], services: ['keyvault'], maxAttempts: 3, endpoints: { arm: server.url, graph: server.url }, retry: { sleep: async (ms) => void delays.push(ms) } });
    assert.equal(server.requests.filter((r) => /\/providers\/Microsoft\.KeyVault\/vaults$/i.test(r.path)).length, 3);
    assert.deepEqual(delays, [7000, 7000]);
    assert.equal(snapshot.errors.find((e) => e.service === 'keyvault')?.code, 'Throttled');
  });

  it('walks a management group: only the subscriptions below it', async () => {
    const snapshot = await collect([], { managementGroups: [MG] });
    assert.deepEqual(snapshot.scope.accounts, [PROD]);
    assert.ok(server!.requests.some((r) => r.path === `/providers/Microsoft.Management/managementGroups/${MG}/descendants`));
  });

  it('scans every visible subscription when none is named', async () => {
    const snapshot = await collect([], {});
    assert.deepEqual(snapshot.scope.accounts, [PROD, DEV]);
    assert.deepEqual(typed<SubscriptionConfig>(byUid(snapshot, azureIds.subscription(DEV))).config.managementGroupAncestors, [TENANT]);
  });

  it('refuses bad input and an unknown subscription with one clear line, before collecting', async () => {
    await assert.rejects(collectAzure({ credential: testCredential(), subscriptions: ['not-a-guid'] }), (e: unknown) => e instanceof MamoriError && /--subscription: "not-a-guid" is not a subscription id/.test(e.message));
    await assert.rejects(collectAzure({ credential: testCredential(), subscriptions: [PROD], services: ['nosuch'] }), /unknown Azure service "nosuch"/);
    const unknown = '99999999-9999-4999-8999-999999999999';
    await assert.rejects(collect([], { subscriptions: [unknown] }), (e: unknown) => {
      assert.ok(e instanceof MamoriError && e.code === 'AZURE_UNKNOWN_SUBSCRIPTION', String(e));
      assert.match(e.message, new RegExp(`subscription "${unknown}" does not exist or the credentials cannot see it`));
      assert.ok(!e.message.includes('\n'));
      return true;
    });
    assert.deepEqual(server!.requests.map((r) => r.path), [`/subscriptions/${unknown}`], 'nothing else is called');
  });

  it('says clearly when there are no usable credentials', async () => {
    const failing = { getToken: async () => Promise.reject(Object.assign(new Error("DefaultAzureCredential failed to retrieve a token from the included credentials.\nEnvironmentCredential is unavailable.\nAzureCliCredential: Please run 'az login' to set up an account."), { name: 'AggregateAuthenticationError' })) };
    await assert.rejects(collectAzure({ credential: failing, subscriptions: [PROD] }), (e: unknown) => {
      assert.ok(e instanceof MamoriError && e.code === 'AZURE_NO_CREDENTIALS');
      assert.match(e.message, /^no usable Azure credentials \(.*az login.*\): run "az login"/);
      assert.ok(!e.message.includes('\n'));
      return true;
    });
  });

  it('records throttled Resource Graph and still collects through the SDKs', async () => {
    const snapshot = await collect([{ method: 'POST', path: /ResourceGraph/, reply: () => throttled() }], { subscriptions: [PROD], maxAttempts: 2 });
    const err = snapshot.errors.find((e) => e.operation === 'resourcegraph.resources');
    assert.equal(err?.code, 'Throttled');
    assert.deepEqual(err?.resourceTypes, [], 'no rule depends on the inventory itself');
    assert.equal(ofType(snapshot, AZURE_TYPES.storageAccount).length, 2);
  });
});

describe('wire test: every Azure API denies everything but the subscription itself', () => {
  let denied: Snapshot;
  before(async () => {
    server = await startFakeAzure([
      { method: 'GET', path: new RegExp(`^/subscriptions/${PROD}$`), reply: () => ({ body: { id: `/subscriptions/${PROD}`, subscriptionId: PROD, tenantId: TENANT, displayName: 'sub-prod', state: 'Enabled' } }) },
      { path: /^\/v1\.0\//, reply: () => graphDenied() },
      { path: /./, reply: (r) => authorizationFailed(`denied.${r.method.toLowerCase()}`, r.path) },
    ]);
    denied = await collectAzure({ credential: testCredential(), subscriptions: [PROD], endpoints: { arm: server.url, graph: server.url }, retry: { sleep: async () => {} } });
  });
  after(async () => {
    await server?.close();
    server = undefined;
  });

  it('produces a snapshot of errors only (but the subscription), every error explained', () => {
    parseSnapshot(JSON.parse(JSON.stringify(denied)));
    const types = new Set(denied.resources.map((r) => r.type));
    assert.deepEqual([...types].sort(), [AZURE_TYPES.tenant, AZURE_TYPES.subscription, AZURE_TYPES.user].filter((t) => types.has(t)).sort());
    assert.ok(!types.has(AZURE_TYPES.user));
    const sub = byUid(denied, azureIds.subscription(PROD))!;
    assert.deepEqual(sub.errors, { managementGroupAncestors: 'AccessDenied' });
    for (const e of denied.errors) {
      assert.equal(e.provider, 'azure');
      assert.equal(e.code, 'AccessDenied', `${e.operation}: ${e.message}`);
      assert.ok(e.message && !e.message.includes('\n') && !e.message.includes(TEST_TOKEN));
    }
    // Every collector that ran recorded something.
    const services = new Set(denied.errors.map((e) => e.service));
    for (const s of denied.scope.services) if (s !== 'managementgroups') assert.ok(services.has(s), s);
  });

  it('no Azure rule passes or fails on it', () => {
    const rules = azureRules();
    const findings = assess(denied, { rules, schemas: resourceSchemas() });
    const judged = findings.filter((f) => f.status === 'PASS' || f.status === 'FAIL');
    assert.deepEqual(
      judged.map((f) => `${f.ruleId} ${f.status} ${f.resource.uid}`),
      [],
    );
  });
});
