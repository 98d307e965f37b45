import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assess } from '../../../src/assess/engine.js';
import { selectRules } from '../../../src/assess/registry.js';
import type { PostureFinding } from '../../../src/model/finding.js';
import { parseSnapshot } from '../../../src/model/snapshot.js';
import { resourceSchemas } from '../../../src/providers/index.js';
import { AZURE_TYPES } from '../../../src/providers/azure/model/index.js';
import { azureGuardrails } from '../../../src/providers/azure/policy.js';
import { AZURE_DEMO, buildAzureDemoSnapshot, loadAzureDemoSnapshot } from '../../../src/providers/azure/demo/index.js';

const built = () => parseSnapshot(JSON.parse(JSON.stringify(buildAzureDemoSnapshot())), 'azure demo');
const rules = selectRules({ providers: ['azure'] });
const findings = (() => {
  let cached: PostureFinding[] | undefined;
  return () => (cached ??= assess(built(), { rules }));
})();

const { prod, dev, tenantId } = AZURE_DEMO;

/** The status of one rule on the resource of that name (or uid), in a subscription (or tenant scope). */
function status(ruleId: string, resource: string, account?: string): string {
  const hits = findings().filter((f) => f.ruleId === ruleId && (f.resource.name === resource || f.resource.uid === resource) && (!account || f.resource.account === account));
  assert.equal(hits.length, 1, `${ruleId} on ${resource}${account ? ` in ${account}` : ''}: expected one finding, got ${hits.length}`);
  return hits[0].status;
}

describe('Azure demo snapshot', () => {
  it('is deterministic and a valid version 1 Azure snapshot', () => {
    const a = built();
    assert.deepEqual(a, built());
    assert.equal(a.version, 1);
    assert.equal(a.scope.provider, 'azure');
    assert.deepEqual(a.scope.accounts, [prod.subscriptionId, dev.subscriptionId]);
    const scopes = new Set<string>([prod.subscriptionId, dev.subscriptionId, `tenants/${tenantId}`, 'managementGroups/mg-contoso', 'managementGroups/mg-landing-zones', `managementGroups/${tenantId}`]);
    for (const r of a.resources) {
      assert.equal(r.provider, 'azure', r.uid);
      assert.ok(scopes.has(r.account), `${r.uid}: account ${r.account}`);
      assert.equal(r.uid, r.uid.toLowerCase(), 'uids are lower-cased ARM ids');
      assert.ok(r.region === 'global' || ['japaneast', 'japanwest'].includes(r.region), `${r.uid}: region ${r.region}`);
    }
  });

  it('is bundled up to date (run `npx tsc -p tsconfig.json && node dist/scripts/build-azure-demo.js` after changing it)', async () => {
    assert.deepEqual(await loadAzureDemoSnapshot(), built());
  });

  it('conforms to the Azure resource schemas', () => {
    const schemas = resourceSchemas();
    assert.deepEqual(built().resources.flatMap((r) => schemas.problems(r).map((p) => `${r.type} ${r.name}: ${p}`)), []);
  });

  it('covers every service the collector reads', () => {
    const types = new Set(built().resources.map((r) => r.type));
    const missing = Object.values(AZURE_TYPES).filter((t) => !types.has(t));
    assert.deepEqual(missing, []);
  });

  it('holds no secrets', () => {
    const text = JSON.stringify(built());
    assert.ok(!/-----BEGIN|"secretText"|"hint"|"adminPassword"|"customData"|AccountKey=|sig=|"value":\s*"[A-Za-z0-9+/]{40,}={0,2}"/i.test(text), 'no key material, passwords, SAS tokens or secret values');
  });

  it('no rule throws on it, and every automated Azure rule gives a result', () => {
    const errors = findings().filter((f) => f.status === 'NOT_ASSESSED' && f.evidence && 'ruleError' in f.evidence);
    assert.deepEqual(errors.map((f) => `${f.ruleId} ${f.resource.uid}: ${String(f.evidence!.ruleError)}`), []);
    const silent = rules.filter((r) => r.kind === 'automated' && !findings().some((f) => f.ruleId === r.id)).map((r) => r.id);
    assert.deepEqual(silent, []);
  });

  it('gives a realistic spread of results', () => {
    const count = (s: string) => findings().filter((f) => f.status === s).length;
    assert.ok(count('FAIL') >= 100, `FAIL ${count('FAIL')}`);
    assert.ok(count('PASS') >= 100, `PASS ${count('PASS')}`);
    // NOT_ASSESSED only where the scan was denied: PostgreSQL in sub-shop-dev.
    const gaps = findings().filter((f) => f.status === 'NOT_ASSESSED');
    assert.ok(gaps.length >= 1);
    for (const f of gaps) {
      assert.equal(f.resource.account, dev.subscriptionId, f.ruleId);
      assert.equal((f.evidence?.collectionError as { code?: string } | undefined)?.code, 'AccessDenied', f.ruleId);
    }
    assert.ok(gaps.some((f) => f.ruleId.startsWith('azure-postgresql-')));
  });

  it('fails where the tenant is misconfigured', () => {
    const T = `tenants/${tenantId}`;
    const fails: [string, string, string?][] = [
      ['azure-entra-security-defaults-enabled', 'Contoso', T],
      ['azure-entra-ca-block-legacy-auth', 'Contoso', T],
      ['azure-entra-global-admin-count', 'Contoso', T],
      ['azure-entra-guest-invites-restricted', 'Contoso', T],
      ['azure-entra-users-cannot-register-apps', 'Contoso', T],
      ['azure-entra-privileged-user-mfa-registered', 'kenji.sato@contoso.com', T],
      ['azure-entra-user-mfa-registered', 'hiroshi.ito@contoso.com', T],
      ['azure-entra-app-secrets-short-lived', AZURE_DEMO.names.backupApp, T],
      ['azure-entra-app-credentials-not-expiring', 'legacy-order-sync', T],
      ['azure-authorization-user-access-admin-restricted', prod.displayName],
      ['azure-authorization-no-guest-privileged-roles', dev.displayName],
      ['azure-authorization-disabled-users-no-roles', dev.displayName],
      ['azure-authorization-no-custom-owner-roles', 'Contoso Ops Superuser'],
      ['azure-defender-servers-plan-on', dev.displayName],
      ['azure-defender-containers-plan-on', prod.displayName],
      ['azure-defender-security-contact-email', dev.displayName],
      ['azure-monitor-activity-log-exported', dev.displayName],
      ['azure-monitor-activity-log-storage-cmk', prod.displayName],
      ['azure-monitor-alert-sql-firewall-rule-delete', prod.displayName],
      ['azure-monitor-keyvault-logging-enabled', 'kv-shop-prod-app'],
      ['azure-monitor-diagnostic-destination-exists', 'audit-to-sandbox'],
      ['azure-monitor-log-analytics-retention', 'law-shop-dev'],
      ['azure-network-nsg-rdp-not-public', 'nsg-shop-dev-jump'],
      ['azure-network-nsg-ssh-not-public', 'nsg-shop-dev-jump'],
      ['azure-network-nsg-flow-log-retention', 'fl-nsg-shop-web'],
      ['azure-network-watcher-enabled', prod.displayName],
      ['azure-network-subnet-nsg-associated', 'vnet-shop-prod'],
      ['azure-network-waf-prevention-mode', 'waf-shop-prod'],
      ['azure-keyvault-purge-protection-enabled', 'kv-shop-prod-app'],
      ['azure-keyvault-public-network-access-disabled', 'kv-shop-prod-app'],
      ['azure-storage-blob-anonymous-access-disabled', 'stshopprodassets'],
      ['azure-storage-minimum-tls-1-2', 'stshopprodassets'],
      ['azure-storage-shared-key-access-disabled', 'stshopprodassets'],
      ['azure-storage-secure-transfer-required', 'stshopdevscratch'],
      ['azure-sql-server-firewall-no-internet', 'sql-shop-reporting'],
      ['azure-sql-server-auditing-enabled', 'sql-shop-reporting'],
      ['azure-sql-database-tde-enabled', 'sql-shop-reporting/reporting-restore-2019'],
      ['azure-mysql-server-firewall-no-internet', 'mysql-shop-dev'],
      ['azure-postgresql-server-entra-auth-only', 'psql-shop-catalog'],
      ['azure-cosmosdb-account-network-restricted', 'cosmos-shop-carts'],
      ['azure-databricks-vnet-injection', 'dbw-shop-dev'],
      ['azure-appservice-app-ftp-disabled', 'app-shop-legacy-admin'],
      ['azure-appservice-app-tls-1-2', 'app-shop-legacy-admin'],
      ['azure-compute-vm-trusted-launch', AZURE_DEMO.names.batchVm],
      ['azure-compute-vm-managed-disks', 'vm-shop-jump-01'],
      ['azure-compute-disk-export-restricted', `${AZURE_DEMO.names.batchVm}-data-01`],
    ];
    const wrong = fails.map(([rule, resource, account]) => [rule, resource, status(rule, resource, account)]).filter(([, , s]) => s !== 'FAIL');
    assert.deepEqual(wrong, []);
  });

  it('passes where it is configured well', () => {
    const T = `tenants/${tenantId}`;
    const passes: [string, string, string?][] = [
      ['azure-entra-ca-mfa-azure-management', 'Contoso', T],
      ['azure-entra-users-cannot-create-tenants', 'Contoso', T],
      ['azure-entra-privileged-user-mfa-registered', 'yuki.tanaka@contoso.com', T],
      ['azure-entra-app-secrets-short-lived', 'shop-storefront-signin', T],
      ['azure-authorization-user-access-admin-restricted', dev.displayName],
      ['azure-authorization-no-guest-privileged-roles', prod.displayName],
      ['azure-authorization-no-custom-owner-roles', 'Contoso VM Operator'],
      ['azure-defender-servers-plan-on', prod.displayName],
      ['azure-defender-security-contact-email', prod.displayName],
      ['azure-monitor-activity-log-exported', prod.displayName],
      ['azure-monitor-activity-log-categories', prod.displayName],
      ['azure-monitor-alert-nsg-create-update', prod.displayName],
      ['azure-monitor-keyvault-logging-enabled', 'kv-shop-prod-secure'],
      ['azure-monitor-log-analytics-retention', AZURE_DEMO.names.workspace],
      ['azure-network-nsg-rdp-not-public', AZURE_DEMO.names.appNsg],
      ['azure-network-vnet-flow-log-retention', 'fl-vnet-shop-prod'],
      ['azure-network-watcher-enabled', dev.displayName],
      ['azure-network-appgw-waf-enabled', 'agw-shop-prod'],
      ['azure-keyvault-purge-protection-enabled', 'kv-shop-prod-secure'],
      ['azure-keyvault-rbac-authorization-enabled', 'kv-shop-prod-secure'],
      ['azure-storage-blob-anonymous-access-disabled', AZURE_DEMO.names.dataStorage],
      ['azure-storage-minimum-tls-1-2', AZURE_DEMO.names.dataStorage],
      ['azure-storage-shared-key-access-disabled', AZURE_DEMO.names.dataStorage],
      ['azure-storage-cmk-sensitive-data', AZURE_DEMO.names.dataStorage],
      ['azure-storage-account-delete-lock', AZURE_DEMO.names.dataStorage],
      ['azure-sql-server-firewall-no-internet', 'sql-shop-orders'],
      ['azure-sql-server-auditing-enabled', 'sql-shop-orders'],
      ['azure-sql-server-entra-only-auth', 'sql-shop-orders'],
      ['azure-mysql-server-firewall-no-internet', 'mysql-shop-cms'],
      ['azure-cosmosdb-account-local-auth-disabled', 'cosmos-shop-sessions'],
      ['azure-databricks-vnet-injection', 'dbw-shop-analytics'],
      ['azure-appservice-app-ftp-disabled', 'app-shop-storefront'],
      ['azure-appservice-app-tls-1-2', 'app-shop-storefront'],
      ['azure-compute-vm-trusted-launch', 'vm-shop-web-01'],
      ['azure-compute-disk-export-restricted', 'vm-shop-web-01_OsDisk_1'],
    ];
    const wrong = passes.map(([rule, resource, account]) => [rule, resource, status(rule, resource, account)]).filter(([, , s]) => s !== 'PASS');
    assert.deepEqual(wrong, []);
  });

  it('reports what could not be collected as NOT_ASSESSED', () => {
    const gap = findings().find((f) => f.ruleId === 'azure-postgresql-server-firewall-no-internet' && f.status === 'NOT_ASSESSED' && f.resource.account === dev.subscriptionId);
    assert.ok(gap, 'PostgreSQL flexible servers of sub-shop-dev (AuthorizationFailed)');
    assert.equal(status('azure-postgresql-server-firewall-no-internet', 'psql-shop-catalog'), 'FAIL', 'sub-shop-prod was read');
  });

  it('shows Azure Policy guardrails enforced, partial, audit-only and missing', () => {
    const s = built();
    const scopes = azureGuardrails({ resources: s.resources, scopes: s.scope.accounts ?? [], errors: s.errors }, new Date(s.collectedAt));
    const byScope = Object.fromEntries(scopes.map((g) => [g.name, Object.fromEntries(g.checks.map((c) => [c.intent, c.status]))]));
    assert.deepEqual(byScope[prod.displayName], {
      'restrict-locations': 'enforced',
      'restrict-services': 'missing',
      'block-public-storage': 'partial',
      'protect-audit-logging': 'missing',
      'threat-detection-on': 'audit-only',
      'deny-long-lived-keys': 'audit-only',
      'enforce-encryption': 'missing',
      'enforce-secure-transport': 'enforced',
      'restrict-public-ips': 'missing',
      'require-mfa-admins': 'audit-only',
      'require-tags': 'enforced',
    });
    // Development: the public-network assignment runs with DoNotEnforce, and the baseline's secure transfer is exempted for the whole subscription.
    assert.equal(byScope[dev.displayName]['block-public-storage'], 'audit-only');
    assert.equal(byScope[dev.displayName]['enforce-secure-transport'], 'missing');
    assert.equal(byScope[dev.displayName]['restrict-locations'], 'enforced');
  });
});
