/**
 * The Azure Activity Log reader: every export form (storage JSON lines, Event Hubs `{"records":[…]}`,
 * Log Analytics rows as JSON and CSV, `az monitor activity-log list`), phases, scrubbing, bad input.
 * The fixtures (test/fixtures/azure-activity/) hold one scenario in each form: alice grants Owner at
 * subscription scope to a service principal (Start, then Success), then fails to create a VM whose
 * request carried an administrator password.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readEvents, type ReadIssue } from '../../../../src/detect/read/index.js';
import { BUILTIN_RULES_DIRS, detect as runDetect, type DetectOptions } from '../../../../src/detect/pipeline.js';
import { AzureActivityEvent, azureActivityForm, fromAzureActivity, isoFromExport, openSecurityRules, scopeLevel, scrubBody, splitCsv } from '../../../../src/providers/azure/read/activity.js';
import { fileURLToPath } from 'node:url';
import { repoUrl } from '../../../paths.js';
import type { CloudEvent } from '../../../../src/model/event.js';

const DIR = fileURLToPath(repoUrl('test/fixtures/azure-activity/'));
const SUB = '7d3c5b2a-91e4-4f06-b8a1-3c9e2f4d6a18';
const RA = `/subscriptions/${SUB}/providers/microsoft.authorization/roleassignments/0f8e2c4a-6b1d-4e3f-9a5c-7d2b4e6f8a1c`;

async function collect(inputs: string[]) {
  const issues: ReadIssue[] = [];
  const events: CloudEvent[] = [];
  for await (const e of readEvents(inputs, { onIssue: (i) => issues.push(i) })) events.push(e);
  return { events, issues };
}

/** Detection with the Azure rules only (the whole built-in set loads far slower from YAML). */
const detect = (o: Pick<DetectOptions, 'inputs' | 'intel'>) => runDetect({ ...o, noBuiltin: true, rules: [BUILTIN_RULES_DIRS.azure] });

const tmp = () => mkdtempSync(join(tmpdir(), 'mamori-azure-read-'));

/** What every form must give for the role assignment's two records. */
function assertRoleAssignment(events: CloudEvent[]) {
  const ra = events.filter((e) => e.resources[0]?.uid === RA);
  assert.equal(ra.length, 2, 'a Start and a Success record');
  const [start, end] = ra;
  assert.equal(start.phase, 'begin');
  assert.equal(end.phase, undefined);
  for (const e of ra) {
    assert.equal(e.source, 'azureactivity');
    assert.equal(e.account, SUB);
    assert.equal((e.raw as { operationName: string }).operationName.toLowerCase(), 'microsoft.authorization/roleassignments/write');
    assert.deepEqual(e.actor, { type: 'AzureUser', principalId: 'a1c3e5f7-2b4d-4f68-9a0c-1e3f5a7b9c2d', email: 'alice@contoso.com', userName: 'alice@contoso.com', arn: 'alice@contoso.com' });
    assert.equal(e.src?.ip, '185.220.101.34');
    assert.equal(e.api?.service.toLowerCase(), 'microsoft.authorization');
    assert.equal(e.api?.readOnly, false);
    assert.equal(e.resources[0].type, 'microsoft.authorization/roleassignments');
  }
  assert.equal(end.time, '2026-11-20T03:14:17.821Z');
  const fields = (end as AzureActivityEvent).enrichment.azure;
  assert.equal(fields.role, 'Owner');
  assert.equal(fields.scope_level, 'subscription');
  assert.equal(fields.principal_type, 'ServicePrincipal');
  assert.equal(fields.principal_id, '7e9a1c3d-5f2b-4d8e-a6c4-9b1d3f5a7c0e');
  assert.equal(fields.caller, 'alice@contoso.com');
}

describe('Azure Activity Log reader', () => {
  it('reads diagnostic-settings storage exports (JSON lines): records, phases, a damaged line reported and the rest read', async () => {
    const { events, issues } = await collect([join(DIR, 'storage-PT1H.json')]);
    assert.equal(events.length, 4);
    assertRoleAssignment(events);
    assert.deepEqual(
      issues.map((i) => [i.kind, i.line]),
      [['malformed', 3]],
    );
    assert.match(issues[0].message, /invalid JSON/);
    const failed = events[3];
    assert.equal(failed.api?.errorCode, 'Conflict');
    assert.equal(failed.region, 'japaneast');
  });

  it('never keeps a password or custom data from a request body', async () => {
    const { events } = await collect([join(DIR, 'storage-PT1H.json')]);
    const text = JSON.stringify(events);
    assert.doesNotMatch(text, /Winter2026/);
    assert.doesNotMatch(text, /IyEvYmluL2Jhc2gK/);
    const vm = events.find((e) => e.phase === 'begin' && /virtualmachines/i.test(String(e.raw.operationName)))!;
    const body = JSON.parse((vm.raw.properties as { requestbody: string }).requestbody) as { properties: { osProfile: Record<string, string> } };
    assert.equal(body.properties.osProfile.adminPassword, '[redacted]');
    assert.equal(body.properties.osProfile.customData, '[redacted]');
    assert.equal(body.properties.osProfile.adminUsername, 'azureadmin');
    // The failed outcome record of the same write finds the (scrubbed) request of its Start record.
    const failed = events.find((e) => e.raw.resultType === 'Failure') as AzureActivityEvent;
    assert.equal((failed.enrichment.azure.request as { properties: { osProfile: Record<string, string> } }).properties.osProfile.adminPassword, '[redacted]');
  });

  it('scrubs extension protected settings, Key Vault secret values and credentials by name', () => {
    const ext = JSON.parse(scrubBody(JSON.stringify({ properties: { type: 'VMAccessAgent', settings: { UserName: 'azureadmin' }, protectedSettings: { Password: 'p' } } }), 'Microsoft.Compute/virtualMachines/extensions/write') as string);
    assert.deepEqual(ext.properties, { type: 'VMAccessAgent', settings: { UserName: 'azureadmin' }, protectedSettings: '[redacted]' });
    const secret = JSON.parse(scrubBody('{"properties":{"value":"s3cr3t","contentType":"text/plain"}}', 'Microsoft.KeyVault/vaults/secrets/write') as string);
    assert.deepEqual(secret.properties, { value: '[redacted]', contentType: 'text/plain' });
    const sql = JSON.parse(scrubBody('{"properties":{"administratorLogin":"sqladmin","administratorLoginPassword":"Hunter2!"}}', 'Microsoft.Sql/servers/write') as string);
    assert.equal(sql.properties.administratorLoginPassword, '[redacted]');
    // A value under an ordinary name elsewhere is kept; a body without anything secret-like is returned as it is.
    const tags = '{"tags":{"value":"x"}}';
    assert.equal(JSON.parse(scrubBody(tags, 'Microsoft.Resources/tags/write') as string).tags.value, 'x');
    const plain = '{"properties":{"access":"Allow"}}';
    assert.equal(scrubBody(plain, 'Microsoft.Network/networkSecurityGroups/securityRules/write'), plain);
  });

  it('reads Event Hubs message bodies ({"records":[…]}) and skips other Azure resource logs in them', async () => {
    const { events, issues } = await collect([join(DIR, 'eventhub-body.json')]);
    assert.deepEqual(issues, []);
    assert.equal(events.length, 2);
    assertRoleAssignment(events);
  });

  it('reads Log Analytics AzureActivity rows exported as JSON', async () => {
    const { events, issues } = await collect([join(DIR, 'loganalytics-rows.json')]);
    assert.deepEqual(issues, []);
    assertRoleAssignment(events);
    // Rewritten into the storage schema, with the caller and the event id kept.
    const end = events[1];
    assert.equal(end.raw.resultType, 'Success');
    assert.equal(end.raw.caller, 'alice@contoso.com');
    assert.equal(end.id, (end.raw as { eventDataId: string }).eventDataId);
  });

  it('reads the portal\'s CSV export: quoted JSON cells, a line break in a cell, times with " [UTC]", a short row reported', async () => {
    const { events, issues } = await collect([join(DIR, 'loganalytics-export.csv')]);
    assert.equal(events.length, 3);
    assertRoleAssignment(events.slice(0, 2));
    assert.equal(events[2].id, 'ev-multiline');
    assert.match(String((events[2].raw.properties as { message: string }).message), /\nrequested by the on-call runbook$/);
    assert.deepEqual(
      issues.map((i) => [i.kind, i.line]),
      [['malformed', 5]],
    );
    assert.match(issues[0].message, /expected 26 CSV fields, found 3/);
  });

  it('reads `az monitor activity-log list` output (EventData)', async () => {
    const { events, issues } = await collect([join(DIR, 'az-activity-log-list.json')]);
    assert.deepEqual(issues, []);
    assertRoleAssignment(events);
    assert.equal(events[0].raw.resultType, 'Start');
    assert.equal(events[1].raw.resultSignature, 'Succeeded.Created');
  });

  it('every form gives the same signal, once: the Start and Success of one write do not double-fire', async () => {
    for (const f of ['storage-PT1H.json', 'eventhub-body.json', 'loganalytics-rows.json', 'loganalytics-export.csv', 'az-activity-log-list.json']) {
      const r = await detect({ inputs: [join(DIR, f)], intel: [] });
      const hits = r.signals.filter((s) => s.ruleId === 'azure-activity-privileged-role-assigned-broad-scope');
      assert.equal(hits.length, 1, f);
      assert.equal(hits[0].count, 1, f);
      assert.equal(hits[0].provider, 'azure');
      assert.equal(hits[0].actor?.arn, 'alice@contoso.com');
      assert.equal(hits[0].actor?.principalId, 'a1c3e5f7-2b4d-4f68-9a0c-1e3f5a7b9c2d');
      assert.deepEqual(hits[0].resources, [RA]);
      assert.equal(hits[0].dedupKey['mamori.azure.principal_id'], '7e9a1c3d-5f2b-4d8e-a6c4-9b1d3f5a7c0e');
      assert.equal(r.signals.find((s) => s.ruleId === 'azure-activity-privileged-role-to-service-principal')?.count, 1, f);
    }
  });

  it('a begin record alone fires nothing; its outcome does, with the begin record\'s request body', async () => {
    const dir = tmp();
    const lines = readFileSync(join(DIR, 'storage-PT1H.json'), 'utf8').split('\n');
    writeFileSync(join(dir, 'start.json'), `${lines[0]}\n`);
    const alone = await detect({ inputs: [dir], intel: [] });
    assert.equal(alone.events, 1);
    assert.deepEqual(alone.signals, []);
    // The outcome without its own request body: the one from the Start record (same correlationId) is used.
    const success = JSON.parse(lines[1]) as { properties: Record<string, unknown> };
    delete success.properties.responseBody;
    writeFileSync(join(dir, 'z-success.json.gz'), gzipSync(`${JSON.stringify(success)}\n`));
    const both = await detect({ inputs: [dir], intel: [] });
    assert.equal(both.events, 2);
    assert.equal(both.signals.find((s) => s.ruleId === 'azure-activity-privileged-role-assigned-broad-scope')?.count, 1);
  });

  it('tells the forms apart, and other values from Activity Log records', () => {
    assert.equal(azureActivityForm({ time: 't', resourceId: '/x', operationName: 'X/write', category: 'Administrative' }), 'record');
    assert.equal(azureActivityForm({ time: 't', resourceId: '/x', operationName: 'SecretGet', category: 'AuditEvent' }), 'other');
    assert.equal(azureActivityForm({ TimeGenerated: 't', OperationNameValue: 'X/write' }), 'row');
    assert.equal(azureActivityForm({ eventTimestamp: 't', operationName: { value: 'X/write' } }), 'eventdata');
    assert.equal(azureActivityForm({ eventName: 'x' }), undefined);
    assert.equal(fromAzureActivity({ time: 'yesterday', resourceId: '/x', operationName: 'X/write', category: 'Administrative' }), 'time "yesterday" is not a time');
  });

  it('actors: service principals by app id, managed identities by resource id, Azure itself', () => {
    const base = { time: '2026-11-20T03:00:00Z', resourceId: `/subscriptions/${SUB}`, operationName: 'Microsoft.Storage/storageAccounts/listKeys/action', category: 'Administrative', resultType: 'Success' };
    const sp = fromAzureActivity({ ...base, identity: { claims: { appid: '5F2E8C1A-7B3D-4E9F-A6C0-8D1B2E3F4A5C', idtyp: 'app', 'http://schemas.microsoft.com/identity/claims/objectidentifier': 'd4f6b8c0-5e7a-4c9b-8d3f-4b6c8e0a2d5a' } } }) as CloudEvent;
    assert.deepEqual(sp.actor, { type: 'AzureServicePrincipal', principalId: 'd4f6b8c0-5e7a-4c9b-8d3f-4b6c8e0a2d5a', arn: '5f2e8c1a-7b3d-4e9f-a6c0-8d1b2e3f4a5c', userName: '5F2E8C1A-7B3D-4E9F-A6C0-8D1B2E3F4A5C' });
    const mi = fromAzureActivity({ ...base, identity: { claims: { appid: '9a1b', idtyp: 'app', xms_mirid: `/subscriptions/${SUB}/resourcegroups/rg/providers/Microsoft.Web/sites/Orders-Func` } } }) as CloudEvent;
    assert.equal(mi.actor?.type, 'AzureManagedIdentity');
    assert.equal(mi.actor?.arn, `/subscriptions/${SUB}/resourcegroups/rg/providers/microsoft.web/sites/orders-func`);
    const guest = fromAzureActivity({ ...base, identity: { claims: { name: 'mallory', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name': 'live.com#mallory@outlook.com', 'http://schemas.microsoft.com/identity/claims/objectidentifier': 'c3e5' } } }) as AzureActivityEvent;
    assert.equal(guest.actor?.type, 'AzureUser');
    assert.equal(guest.actor?.arn, 'mallory@outlook.com');
    assert.equal(guest.enrichment.azure.caller_guest, true);
    const platform = fromAzureActivity({ TimeGenerated: '2026-11-20T03:00:00Z', OperationNameValue: 'Microsoft.Advisor/recommendations/available/action', CategoryValue: 'Recommendation', Caller: 'Microsoft.Advisor', ActivityStatusValue: 'Active', _ResourceId: `/subscriptions/${SUB}` }) as CloudEvent;
    assert.deepEqual(platform.actor, { type: 'AzurePlatform', arn: 'Microsoft.Advisor', userName: 'Microsoft.Advisor' });
  });

  it('scopes, open security rules, portal times and CSV cells', () => {
    assert.equal(scopeLevel('/'), 'root');
    assert.equal(scopeLevel('/providers/Microsoft.Management/managementGroups/mg1'), 'managementGroup');
    assert.equal(scopeLevel(`/subscriptions/${SUB}/`), 'subscription');
    assert.equal(scopeLevel(`/subscriptions/${SUB}/resourceGroups/rg`), 'resourceGroup');
    assert.equal(scopeLevel(`/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm`), 'resource');
    const rule = (p: Record<string, unknown>) => ({ name: 'r', properties: { access: 'Allow', direction: 'Inbound', ...p } });
    const op = 'Microsoft.Network/networkSecurityGroups/securityRules/write';
    assert.deepEqual(openSecurityRules(rule({ sourceAddressPrefix: 'Internet', destinationPortRange: '3389' }), op), { ports: ['3389'], admin: true });
    assert.deepEqual(openSecurityRules(rule({ sourceAddressPrefixes: ['10.0.0.0/8', '0.0.0.0/0'], destinationPortRanges: ['8000-8100'] }), op), { ports: ['8000-8100'], admin: false });
    assert.deepEqual(openSecurityRules(rule({ sourceAddressPrefix: '*', destinationPortRange: '*' }), op), { ports: ['*'], admin: true });
    assert.deepEqual(openSecurityRules(rule({ sourceAddressPrefix: 'VirtualNetwork', destinationPortRange: '22' }), op), { ports: [], admin: false });
    assert.deepEqual(openSecurityRules({ properties: { securityRules: [rule({ sourceAddressPrefix: 'Any', destinationPortRange: '20-25' })] } }, 'Microsoft.Network/networkSecurityGroups/write'), { ports: ['20-25'], admin: true });
    assert.equal(isoFromExport('11/20/2026, 3:14:17.821 PM'), '2026-11-20T15:14:17.821Z');
    assert.equal(isoFromExport('11/20/2026, 12:00:00.000 AM'), '2026-11-20T00:00:00.000Z');
    assert.deepEqual(splitCsv('a,"b,""c""",,d'), ['a', 'b,"c"', '', 'd']);
    assert.equal(splitCsv('a,"open'), undefined);
  });
});
