/**
 * Synthetic Azure Activity Log as diagnostic settings write it to a storage account, for the
 * detection benchmark: `insights-activity-logs/resourceId=/SUBSCRIPTIONS/<id>/y=…/m=…/d=…/h=…/m=00/PT1H.json`
 * blobs of JSON lines (gzip here, to keep a million records small on disk). The mix is a busy
 * subscription's: most writes logged as a Start and a Success record (the Start with its request
 * body, the Success with the response), asynchronous actions with an Accept between, a few
 * failures, Azure Policy audit records, storage keys listed by apps' managed identities, and rare
 * suspicious operations (under 1%). The same seed gives byte-identical files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rng } from '../../../detect/read/bench-helpers.js';

export interface AzureActivityGenOptions {
  records: number;
  /** Records per blob (one blob per subscription and hour in real exports). */
  perFile: number;
  seed?: number;
  /** Time of the first record (default 2026-11-20T00:00:00Z); operations are about 0.4 s apart. */
  start?: Date;
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const hex = (r: Rand, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 16).toString(16);
  return s;
};
const uuid = (r: Rand) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;

const TENANT = 'e4b1c8d2-5f3a-4b7e-9c06-1a2d3e4f5b60';
const SUBS = ['7d3c5b2a-91e4-4f06-b8a1-3c9e2f4d6a18', '0b9e4a71-2c6d-4e83-a5f1-9d7c3b2e8f40', '5a8c1e3f-7b2d-4a96-8e0c-4f6b9d1a3c57'];
const RGS = ['prod-app-rg', 'prod-data-rg', 'shared-net-rg', 'monitoring-rg', 'dev-sandbox-rg'];

interface Op {
  op: string;
  type: string;
  weight: number;
  async?: boolean;
  request?: (r: Rand) => unknown;
  response?: boolean;
}

const OPS: Op[] = [
  { op: 'Microsoft.Resources/deployments/write', type: 'Microsoft.Resources/deployments', weight: 14, async: true, request: (r) => ({ properties: { mode: 'Incremental', templateLink: { uri: `https://stdeploy.blob.core.windows.net/templates/main-${hex(r, 6)}.json` } } }) },
  { op: 'Microsoft.Resources/tags/write', type: 'Microsoft.Resources/tags', weight: 10, request: () => ({ properties: { tags: { 'cost-center': 'orders', env: 'prod' } } }), response: true },
  { op: 'Microsoft.Compute/virtualMachines/write', type: 'Microsoft.Compute/virtualMachines', weight: 8, async: true, request: () => ({ location: 'japaneast', properties: { hardwareProfile: { vmSize: 'Standard_D4s_v5' }, osProfile: { adminUsername: 'azureadmin', adminPassword: 'Generated-P@ssw0rd' } } }) },
  { op: 'Microsoft.Compute/virtualMachines/start/action', type: 'Microsoft.Compute/virtualMachines', weight: 6, async: true },
  { op: 'Microsoft.Compute/virtualMachines/deallocate/action', type: 'Microsoft.Compute/virtualMachines', weight: 6, async: true },
  { op: 'Microsoft.Storage/storageAccounts/listKeys/action', type: 'Microsoft.Storage/storageAccounts', weight: 12 },
  { op: 'Microsoft.Web/sites/write', type: 'Microsoft.Web/sites', weight: 6, request: () => ({ properties: { siteConfig: { alwaysOn: true, ftpsState: 'Disabled' } } }), response: true },
  { op: 'Microsoft.Web/sites/config/write', type: 'Microsoft.Web/sites', weight: 4, request: () => ({ properties: { WEBSITE_RUN_FROM_PACKAGE: '1', DB_CONNECTION_STRING: 'Server=tcp:sql;Password=secret' } }) },
  { op: 'Microsoft.Network/networkInterfaces/write', type: 'Microsoft.Network/networkInterfaces', weight: 4, request: () => ({ properties: { ipConfigurations: [{ name: 'ipconfig1', properties: { privateIPAllocationMethod: 'Dynamic' } }] } }), response: true },
  { op: 'Microsoft.Network/networkSecurityGroups/securityRules/write', type: 'Microsoft.Network/networkSecurityGroups', weight: 2, request: (r) => ({ properties: { protocol: 'Tcp', sourcePortRange: '*', destinationPortRange: pick(r, ['443', '8443', '1433']), sourceAddressPrefix: pick(r, ['VirtualNetwork', '10.20.0.0/16', 'AzureLoadBalancer']), destinationAddressPrefix: '*', access: 'Allow', priority: 200, direction: 'Inbound' } }) },
  { op: 'Microsoft.Compute/disks/delete', type: 'Microsoft.Compute/disks', weight: 3, async: true },
  { op: 'Microsoft.Network/publicIPAddresses/delete', type: 'Microsoft.Network/publicIPAddresses', weight: 2, async: true },
  { op: 'Microsoft.Insights/diagnosticSettings/write', type: 'Microsoft.KeyVault/vaults', weight: 2, request: () => ({ properties: { workspaceId: '/subscriptions/x/resourceGroups/monitoring-rg/providers/Microsoft.OperationalInsights/workspaces/law-prod', logs: [{ categoryGroup: 'audit', enabled: true }] } }) },
  { op: 'Microsoft.KeyVault/vaults/secrets/write', type: 'Microsoft.KeyVault/vaults', weight: 2, request: () => ({ properties: { value: 'rotated-secret-value' } }) },
  { op: 'Microsoft.Authorization/roleAssignments/write', type: 'Microsoft.Authorization/roleAssignments', weight: 1, request: (r) => ({ properties: { roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7', principalId: uuid(r), principalType: 'Group' } }), response: true },
  // Rare and suspicious (well under 1% of operations between them).
  { op: 'Microsoft.Compute/virtualMachines/runCommand/action', type: 'Microsoft.Compute/virtualMachines', weight: 0.15, async: true },
  { op: 'Microsoft.Insights/diagnosticSettings/delete', type: 'Microsoft.KeyVault/vaults', weight: 0.05 },
  { op: 'Microsoft.Authorization/locks/delete', type: 'Microsoft.Authorization/locks', weight: 0.05 },
  { op: 'Microsoft.Security/pricings/write', type: 'Microsoft.Security/pricings', weight: 0.05, request: () => ({ properties: { pricingTier: 'Free' } }) },
];
const TOTAL = OPS.reduce((s, o) => s + o.weight, 0);

function pickOp(r: Rand): Op {
  let x = r() * TOTAL;
  for (const o of OPS) if ((x -= o.weight) < 0) return o;
  return OPS[0];
}

interface Caller {
  claims: Record<string, string>;
  ip?: string;
  type: 'User' | 'ServicePrincipal';
}

function callers(r: Rand): Caller[] {
  const out: Caller[] = [];
  const base = { aud: 'https://management.core.windows.net/', iss: `https://sts.windows.net/${TENANT}/`, iat: '1795132800', nbf: '1795132800', exp: '1795137000', 'http://schemas.microsoft.com/identity/claims/tenantid': TENANT, ver: '1.0' };
  for (const name of ['alice', 'ken.sato', 'yui.ito', 'ops-oncall', 'dev.lead']) {
    const upn = `${name}@contoso.com`;
    out.push({
      type: 'User',
      ip: `203.0.113.${Math.floor(r() * 250) + 1}`,
      claims: { ...base, 'http://schemas.microsoft.com/claims/authnmethodsreferences': 'pwd,mfa', appid: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', appidacr: '0', ipaddr: '203.0.113.7', name, 'http://schemas.microsoft.com/identity/claims/objectidentifier': uuid(r), 'http://schemas.microsoft.com/identity/claims/scope': 'user_impersonation', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name': upn, 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': upn },
    });
  }
  for (let i = 0; i < 6; i++) {
    const mi = i < 4;
    const c: Record<string, string> = { ...base, appid: uuid(r), appidacr: mi ? '2' : '1', idtyp: 'app', 'http://schemas.microsoft.com/identity/claims/objectidentifier': uuid(r), 'http://schemas.microsoft.com/identity/claims/identityprovider': `https://sts.windows.net/${TENANT}/` };
    if (mi) c.xms_mirid = `/subscriptions/${SUBS[0]}/resourcegroups/prod-app-rg/providers/Microsoft.Web/sites/func-${i}`;
    out.push({ type: 'ServicePrincipal', ip: mi ? undefined : `20.42.65.${90 + i}`, claims: c });
  }
  return out;
}

/** Activity Log records (storage schema) in time order. */
export function* azureActivityRecords(count: number, options: { seed?: number; start?: Date } = {}): Generator<Record<string, unknown>> {
  const r = rng(options.seed ?? 11);
  const who = callers(r);
  let t = (options.start ?? new Date('2026-11-20T00:00:00Z')).getTime();
  let n = 0;
  const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '0000Z');
  while (n < count) {
    t += 200 + Math.floor(r() * 400);
    // Azure Policy evaluations: audit records with no claims, as the Policy category logs them.
    if (r() < 0.08) {
      const sub = pick(r, SUBS);
      const rid = `/SUBSCRIPTIONS/${sub.toUpperCase()}/RESOURCEGROUPS/${pick(r, RGS).toUpperCase()}/PROVIDERS/MICROSOFT.STORAGE/STORAGEACCOUNTS/ST${hex(r, 8).toUpperCase()}`;
      yield { time: iso(t), resourceId: rid, operationName: 'MICROSOFT.AUTHORIZATION/POLICIES/AUDIT/ACTION', category: 'Policy', resultType: 'Success', resultSignature: 'Succeeded.', durationMs: '0', correlationId: uuid(r), level: 'Warning', location: 'global', properties: { isComplianceCheck: 'False', resourceLocation: 'japaneast', ancestors: `${TENANT},mg-contoso-prod`, policies: JSON.stringify([{ policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/4fa4b6c0-31ca-4c0d-b10d-24b96f62a751', policyAssignmentName: 'deny-public-storage', policyDefinitionEffect: 'Audit' }]), eventCategory: 'Policy', entity: rid, message: 'Microsoft.Authorization/policies/audit/action', hierarchy: `${TENANT}/mg-contoso-prod/${sub}` } };
      n++;
      continue;
    }
    const o = pickOp(r);
    const c = pick(r, who);
    const sub = pick(r, SUBS);
    const rg = pick(r, RGS);
    const name = `${o.type.split('/').pop()!.slice(0, 6).toLowerCase()}-${hex(r, 4)}`;
    // Apps list the keys of the account they use: each caller one of its own two.
    const rid = o.type.startsWith('Microsoft.Security')
      ? `/subscriptions/${sub}/providers/${o.type}/VirtualMachines`
      : o.op.endsWith('/listKeys/action')
        ? `/subscriptions/${SUBS[0]}/resourceGroups/prod-data-rg/providers/${o.type}/st${who.indexOf(c)}${Math.floor(r() * 2)}`
        : `/subscriptions/${sub}/resourceGroups/${rg}/providers/${o.type}/${name}`;
    const correlationId = uuid(r);
    const oid = c.claims['http://schemas.microsoft.com/identity/claims/objectidentifier'];
    const identity = {
      authorization: { scope: rid, action: o.op, evidence: { role: c.type === 'User' ? 'Owner' : 'Contributor', roleAssignmentScope: `/subscriptions/${sub}`, roleAssignmentId: hex(r, 32), roleDefinitionId: hex(r, 32), principalId: oid.replace(/-/g, ''), principalType: c.type } },
      claims: c.claims,
    };
    const fail = r() < 0.03;
    const phases: [string, string, string | undefined][] = [['Start', 'Started.', undefined], ...(o.async ? [['Accept', 'Accepted.Accepted', 'Accepted'] as [string, string, string]] : []), fail ? ['Failure', 'Failed.Conflict', 'Conflict'] : ['Success', o.async ? 'Succeeded.' : 'Succeeded.OK', 'OK']];
    const request = o.request ? JSON.stringify(o.request(r)) : undefined;
    for (const [resultType, resultSignature, statusCode] of phases) {
      if (n >= count) break;
      const properties: Record<string, unknown> = { eventCategory: 'Administrative', entity: rid, message: o.op, hierarchy: `${TENANT}/mg-contoso-prod/${sub}` };
      if (statusCode) {
        properties.statusCode = statusCode;
        properties.serviceRequestId = uuid(r);
      }
      if (resultType === 'Start' && request) properties.requestbody = request;
      if (resultType === 'Success' && o.response && request) properties.responseBody = JSON.stringify({ ...(JSON.parse(request) as object), id: rid, name, type: o.type });
      const rec: Record<string, unknown> = { time: iso(t), resourceId: rid.toUpperCase(), operationName: o.op.toUpperCase(), category: 'Administrative', resultType, resultSignature, durationMs: resultType === 'Start' ? '0' : String(Math.floor(r() * 4000)), correlationId, identity, level: resultType === 'Failure' ? 'Error' : 'Information', location: 'global', properties };
      if (c.ip) rec.callerIpAddress = c.ip;
      yield rec;
      n++;
      t += 300 + Math.floor(r() * 2000);
    }
  }
}

/** Writes `options.records` records as gzip JSON-lines blobs in the insights-activity-logs layout. */
export async function writeAzureActivityFiles(dir: string, options: AzureActivityGenOptions): Promise<{ paths: string[]; records: number; bytes: number }> {
  const paths: string[] = [];
  let bytes = 0;
  let records = 0;
  let batch: string[] = [];
  let first = '';
  const flush = async () => {
    if (!batch.length) return;
    const d = new Date(first);
    const p = (x: number) => String(x).padStart(2, '0');
    const folder = join(dir, 'insights-activity-logs', `resourceId=/SUBSCRIPTIONS/${SUBS[0].toUpperCase()}`, `y=${d.getUTCFullYear()}`, `m=${p(d.getUTCMonth() + 1)}`, `d=${p(d.getUTCDate())}`, `h=${p(d.getUTCHours())}`, `m=00`);
    await mkdir(folder, { recursive: true });
    const path = join(folder, `PT1H-${String(paths.length).padStart(6, '0')}.json.gz`);
    const text = batch.join('\n') + '\n';
    bytes += text.length;
    await writeFile(path, gzipSync(text, { level: 1 }));
    paths.push(path);
    batch = [];
  };
  for (const rec of azureActivityRecords(options.records, { seed: options.seed, start: options.start })) {
    if (!batch.length) first = rec.time as string;
    batch.push(JSON.stringify(rec));
    records++;
    if (batch.length >= options.perFile) await flush();
  }
  await flush();
  return { paths, records, bytes };
}
