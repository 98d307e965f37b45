import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assess } from '../../../src/assess/engine.js';
import { selectRules } from '../../../src/assess/registry.js';
import type { PostureFinding } from '../../../src/model/finding.js';
import { parseSnapshot } from '../../../src/model/snapshot.js';
import { GCP_TYPES } from '../../../src/providers/gcp/model.js';
import { buildGcpDemoSnapshot, GCP_DEMO, loadGcpDemoSnapshot } from '../../../src/providers/gcp/demo/index.js';

const built = () => parseSnapshot(JSON.parse(JSON.stringify(buildGcpDemoSnapshot())), 'gcp demo');
const findings = (() => {
  let cached: PostureFinding[] | undefined;
  return () => (cached ??= assess(built(), { rules: selectRules({ providers: ['gcp'] }) }));
})();

/** The status of one rule on the resource of that name (or uid), in an account. */
function status(ruleId: string, resource: string, account?: string): string {
  const hits = findings().filter((f) => f.ruleId === ruleId && (f.resource.name === resource || f.resource.uid === resource) && (!account || f.resource.account === account));
  assert.equal(hits.length, 1, `${ruleId} on ${resource}${account ? ` in ${account}` : ''}: expected one finding, got ${hits.length}`);
  return hits[0].status;
}

const { prod, dev, names } = GCP_DEMO;

describe('Google Cloud demo snapshot', () => {
  it('is deterministic and a valid version 1 Google Cloud snapshot', () => {
    const a = built();
    assert.deepEqual(a, built());
    assert.equal(a.version, 1);
    assert.equal(a.scope.provider, 'gcp');
    assert.deepEqual(a.scope.accounts, [prod.projectId, dev.projectId]);
    assert.ok(a.resources.every((r) => r.provider === 'gcp'));
    // Organisation and folder resources belong to their node, everything else to a project.
    for (const r of a.resources) {
      if (r.type === GCP_TYPES.organization || r.account.startsWith('organizations/')) assert.equal(r.account, GCP_DEMO.org, r.uid);
      else if (r.account.startsWith('folders/')) assert.ok(([GCP_DEMO.folders.production.name, GCP_DEMO.folders.development.name] as string[]).includes(r.account), r.uid);
      else assert.ok((a.scope.accounts as string[]).includes(r.account), r.uid);
    }
  });

  it('is bundled up to date (run `npx tsc -p tsconfig.json && node dist/scripts/build-gcp-demo.js` after changing it)', async () => {
    assert.deepEqual(await loadGcpDemoSnapshot(), built());
  });

  it('every relationship points at a resource of the snapshot', () => {
    const s = built();
    const uids = new Set(s.resources.map((r) => r.uid));
    const dangling = s.resources.flatMap((r) => (r.relationships ?? []).filter((rel) => !uids.has(rel.target)).map((rel) => `${r.uid} -${rel.type}-> ${rel.target}`));
    assert.deepEqual(dangling, []);
  });

  it('holds no secrets', () => {
    const text = JSON.stringify(built());
    assert.ok(!/-----BEGIN|private_key|privateKeyData|"keyString"|AIza[0-9A-Za-z_-]{20,}|ya29\.|"rawKey"|"password"/i.test(text), 'no key material, API key strings, tokens or passwords');
    // Instance and project metadata keep only the values of settings (startup scripts and SSH keys are never collected).
    for (const r of built().resources) {
      const items = ((r.config as { metadata?: { items?: { key: string; value?: string }[] } }).metadata ?? (r.config as { commonInstanceMetadata?: { items?: { key: string; value?: string }[] } }).commonInstanceMetadata)?.items ?? [];
      for (const i of items) if (['startup-script', 'ssh-keys'].includes(i.key)) assert.equal(i.value, undefined, `${r.uid}: ${i.key}`);
    }
  });

  it('no rule throws on it', () => {
    const errors = findings().filter((f) => f.status === 'NOT_ASSESSED' && f.evidence && 'ruleError' in f.evidence);
    assert.deepEqual(errors.map((f) => `${f.ruleId} ${f.resource.uid}: ${String(f.evidence!.ruleError)}`), []);
  });

  it('gives a realistic spread of results', () => {
    const count = (s: string) => findings().filter((f) => f.status === s).length;
    assert.ok(count('FAIL') >= 40, `FAIL ${count('FAIL')}`);
    assert.ok(count('PASS') >= 40, `PASS ${count('PASS')}`);
    const gaps = findings().filter((f) => f.status === 'NOT_ASSESSED');
    assert.ok(gaps.length >= 3, `NOT_ASSESSED ${gaps.length}`);
    // NOT_ASSESSED comes from collection errors, and from the organisation sink whose bucket lives in a project outside the scan.
    const other = gaps.filter((f) => !(f.evidence && 'collectionError' in f.evidence));
    assert.deepEqual(other.map((f) => `${f.ruleId} ${f.resource.name}`), ['gcp-logging-sink-bucket-retention-locked org-audit-archive']);
    const codes = new Set(gaps.filter((f) => f.evidence && 'collectionError' in f.evidence).map((f) => (f.evidence!.collectionError as { code: string }).code));
    assert.deepEqual([...codes].sort(), ['AccessDenied', 'ApiNotEnabled']);
  });

  it('fails where the organisation is misconfigured', () => {
    const fails: [string, string, string?][] = [
      // IAM
      ['gcp-iam-sa-key-rotated-90-days', names.ciKeyId],
      ['gcp-iam-sa-no-user-managed-keys', names.ciKeyId],
      ['gcp-iam-sa-no-admin-privileges', prod.projectId],
      ['gcp-iam-no-external-members', prod.projectId],
      ['gcp-iam-primitive-roles-not-granted-to-users', prod.projectId],
      ['gcp-iam-no-project-level-sa-impersonation', prod.projectId],
      ['gcp-iam-sa-separation-of-duties', prod.projectId],
      ['gcp-iam-sa-no-public-or-personal-access', names.backup],
      ['gcp-apikeys-api-restrictions', 'legacy-mobile-app'],
      ['gcp-apikeys-application-restrictions', 'legacy-mobile-app'],
      ['gcp-apikeys-rotated-90-days', 'legacy-mobile-app'],
      ['gcp-kms-key-rotation-90-days', 'legacy-backup'],
      // Logging and monitoring: Data Access logs and CIS metrics/alerts exist in production only
      ['gcp-logging-audit-logs-all-services', dev.projectId],
      ['gcp-logging-metric-alert-project-ownership', dev.projectId],
      ['gcp-logging-metric-alert-firewall', dev.projectId],
      ['gcp-logging-sink-enabled', 'dev-logs-to-gcs'],
      ['gcp-logging-sink-all-entries', dev.projectId],
      ['gcp-monitoring-alert-policy-notification-channels', 'CIS: VPC route changes'],
      ['gcp-essentialcontacts-org-configured', GCP_DEMO.domain],
      ['gcp-serviceusage-cloud-asset-inventory-enabled', dev.projectId],
      // Networking and compute
      ['gcp-vpc-default-network-absent', dev.projectId],
      ['gcp-vpc-firewall-ssh-not-public', 'allow-ops-admin'],
      ['gcp-vpc-firewall-rdp-not-public', 'allow-ops-admin'],
      ['gcp-vpc-firewall-ssh-not-public', 'default-allow-ssh'],
      ['gcp-vpc-firewall-rdp-not-public', 'default-allow-rdp'],
      ['gcp-vpc-subnet-flow-logs-enabled', 'shop-data-an1'],
      ['gcp-compute-instance-no-public-ip', names.webInstance],
      ['gcp-compute-instance-no-default-service-account', names.webInstance],
      ['gcp-compute-instance-default-sa-no-full-api-access', names.webInstance],
      ['gcp-compute-instance-public-ip-full-api-scope', names.webInstance],
      ['gcp-compute-instance-serial-port-disabled', names.webInstance],
      ['gcp-compute-instance-shielded-vm-enabled', 'dev-sandbox'],
      ['gcp-compute-project-oslogin-2fa-enabled', prod.projectId],
      ['gcp-loadbalancing-ssl-policy-strong', 'legacy-shop-https-proxy'],
      // Data
      ['gcp-storage-bucket-not-public', names.publicBucket],
      ['gcp-storage-bucket-uniform-access-enabled', names.invoicesBucket],
      ['gcp-storage-bucket-public-access-prevention-enforced', names.publicBucket],
      ['gcp-cloudsql-instance-no-public-ip', names.database],
      ['gcp-cloudsql-instance-no-open-authorized-networks', names.database],
      ['gcp-cloudsql-postgres-log-connections-on', names.database],
      ['gcp-cloudsql-instance-ssl-required', names.database],
      ['gcp-bigquery-dataset-not-public', 'storefront_analytics'],
      ['gcp-bigquery-dataset-not-shared-with-domain', 'sandbox'],
      ['gcp-dns-zone-dnssec-enabled', 'campaign-example-com'],
      // Organisation policies: shop-prod overrides key creation; public access prevention is dry run only
      ['gcp-orgpolicy-sa-key-creation-disabled', prod.projectId],
      ['gcp-orgpolicy-public-access-prevention-enforced', prod.projectId],
      ['gcp-orgpolicy-public-access-prevention-enforced', dev.projectId],
      ['gcp-orgpolicy-domain-restricted-sharing', prod.projectId],
      ['gcp-orgpolicy-os-login-required', dev.projectId],
      ['gcp-orgpolicy-vm-external-ip-restricted', prod.projectId],
    ];
    const wrong = fails.map(([rule, resource, account]) => [rule, resource, status(rule, resource, account)]).filter(([, , s]) => s !== 'FAIL');
    assert.deepEqual(wrong, []);
    const dryRun = findings().find((f) => f.ruleId === 'gcp-orgpolicy-public-access-prevention-enforced' && f.resource.name === prod.projectId)!;
    assert.match(String((dryRun.reason as { en: string }).en ?? dryRun.reason), /dry run/);
  });

  it('passes where it is configured well', () => {
    const passes: [string, string, string?][] = [
      ['gcp-iam-sa-no-user-managed-keys', '2b7e1c9d0a4f3e5b6c8d7e9f0a1b2c3d4e5f6a7b'],
      ['gcp-iam-sa-key-rotated-90-days', '7d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e'],
      ['gcp-iam-no-external-members', dev.projectId],
      ['gcp-iam-primitive-roles-not-granted-to-users', dev.projectId],
      ['gcp-iam-sa-no-admin-privileges', dev.projectId],
      ['gcp-apikeys-api-restrictions', 'storefront-maps'],
      ['gcp-apikeys-application-restrictions', 'storefront-maps'],
      ['gcp-apikeys-no-keys-in-project', dev.projectId],
      ['gcp-kms-key-rotation-90-days', 'orders-data'],
      ['gcp-kms-separation-of-duties', prod.projectId],
      ['gcp-logging-audit-logs-all-services', prod.projectId],
      ['gcp-logging-metric-alert-project-ownership', prod.projectId],
      ['gcp-logging-metric-alert-sql-config', prod.projectId],
      ['gcp-logging-sink-all-entries', prod.projectId],
      ['gcp-logging-sink-bucket-retention-locked', names.archiveSink],
      ['gcp-serviceusage-cloud-asset-inventory-enabled', prod.projectId],
      ['gcp-vpc-default-network-absent', prod.projectId],
      ['gcp-vpc-firewall-ssh-not-public', 'allow-iap-ssh'],
      ['gcp-vpc-firewall-sensitive-ports-not-public', 'allow-web-public'],
      ['gcp-vpc-subnet-flow-logs-enabled', 'shop-web-an1'],
      ['gcp-dns-network-logging-enabled', 'shop-vpc'],
      ['gcp-compute-instance-no-public-ip', 'orders-worker-1'],
      ['gcp-compute-instance-confidential-computing-enabled', 'orders-worker-1'],
      ['gcp-compute-project-oslogin-enabled', prod.projectId],
      ['gcp-loadbalancing-ssl-policy-strong', 'storefront-https-proxy'],
      ['gcp-loadbalancing-backend-cloud-armor', 'storefront-backend'],
      ['gcp-storage-bucket-not-public', names.invoicesBucket],
      ['gcp-storage-bucket-public-access-prevention-enforced', names.logArchiveBucket],
      ['gcp-cloudsql-instance-no-public-ip', 'reporting-mysql'],
      ['gcp-cloudsql-instance-ssl-required', 'reporting-mysql'],
      ['gcp-cloudsql-postgres-log-disconnections-on', names.database],
      ['gcp-bigquery-dataset-not-public', 'finance'],
      ['gcp-bigquery-dataset-default-cmek', 'finance'],
      ['gcp-dns-zone-dnssec-enabled', 'shop-example-com'],
      ['gcp-orgpolicy-sa-key-creation-disabled', dev.projectId],
      ['gcp-orgpolicy-uniform-bucket-access-enforced', prod.projectId],
      ['gcp-orgpolicy-os-login-required', prod.projectId],
      ['gcp-orgpolicy-vm-external-ip-restricted', dev.projectId],
      ['gcp-orgpolicy-default-sa-grants-disabled', dev.projectId],
    ];
    const wrong = passes.map(([rule, resource, account]) => [rule, resource, status(rule, resource, account)]).filter(([, , s]) => s !== 'PASS');
    assert.deepEqual(wrong, []);
  });

  it('reports what could not be collected as NOT_ASSESSED', () => {
    const gap = (ruleId: string, account: string, code: string) =>
      findings().some((f) => f.ruleId === ruleId && f.status === 'NOT_ASSESSED' && f.resource.account === account && (f.evidence?.collectionError as { code?: string } | undefined)?.code === code);
    assert.ok(gap('gcp-dns-zone-dnssec-enabled', dev.projectId, 'AccessDenied'), 'DNS zones of shop-dev (PERMISSION_DENIED)');
    assert.ok(gap('gcp-dns-network-logging-enabled', dev.projectId, 'AccessDenied'), 'DNS policies of shop-dev (PERMISSION_DENIED)');
    assert.ok(gap('gcp-dataproc-cluster-internal-ip-only', dev.projectId, 'ApiNotEnabled'), 'Dataproc API not enabled in shop-dev');
  });
});
