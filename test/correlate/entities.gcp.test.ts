import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { correlate } from '../../src/correlate/engine.js';
import { EntityResolver, fromHubFinding, fromSignal, gcpKeys, type CorrelationSignal } from '../../src/correlate/entities.js';
import { signalToObserved } from '../../src/detect/signals.js';
import type { HubFinding } from '../../src/hub/model.js';
import type { Signal } from '../../src/model/signal.js';

const KEY = '//iam.googleapis.com/projects/prod-app-7/serviceAccounts/backup-runner@prod-app-7.iam.gserviceaccount.com/keys/9a8b7c6d5e4f';
const T0 = Date.parse('2026-11-20T03:00:00Z');
let n = 0;

function signal(over: Partial<Signal> & Pick<Signal, 'ruleId' | 'tactics' | 'techniques'>, minutes: number): Signal {
  n++;
  const at = new Date(T0 + minutes * 60_000).toISOString();
  return {
    id: `mamori-sig-gcp-${n}`,
    title: over.ruleId,
    severity: 'HIGH',
    firstSeen: at,
    lastSeen: at,
    count: 1,
    account: 'prod-app-7',
    region: 'global',
    provider: 'gcp',
    sourceIps: ['185.220.101.34'],
    userAgents: ['python-requests/2.32.3'],
    resources: [],
    eventIds: [`e${n}`],
    dedupKey: {},
    ...over,
  };
}

const stolenKey = { type: 'GcpServiceAccount', email: 'backup-runner@prod-app-7.iam.gserviceaccount.com', arn: 'backup-runner@prod-app-7.iam.gserviceaccount.com', accessKeyId: KEY };

describe('Google Cloud entity keys', () => {
  const resolver = new EntityResolver();

  it('principal e-mail and service-account key', () => {
    const s = fromSignal(signal({ ruleId: 'gcp-audit-discovery-burst', tactics: ['TA0007'], techniques: ['T1580'], actor: stolenKey }, 0));
    assert.equal(s.provider, 'gcp');
    assert.deepEqual(resolver.keys(s).sort(), [`gcp:backup-runner@prod-app-7.iam.gserviceaccount.com`, `sakey:${KEY}`]);
  });

  it('an impersonation chain links the original caller to the service account acting', () => {
    const s = fromSignal(signal({ ruleId: 'gcp-audit-sa-delegation-chain', tactics: ['TA0004'], techniques: ['T1550.001'], actor: { type: 'GcpServiceAccount', email: 'prod-admin@prod-app-7.iam.gserviceaccount.com', arn: 'prod-admin@prod-app-7.iam.gserviceaccount.com', delegationChain: ['alice@example.com', 'ci-runner@prod-app-7.iam.gserviceaccount.com'] } }, 0));
    assert.deepEqual(resolver.keys(s).sort(), ['gcp:alice@example.com', 'gcp:ci-runner@prod-app-7.iam.gserviceaccount.com', 'gcp:prod-admin@prod-app-7.iam.gserviceaccount.com']);
  });

  it('minting credentials for a service account names that account; other signals about one do not', () => {
    const sa = '//iam.googleapis.com/projects/prod-app-7/serviceAccounts/prod-admin@prod-app-7.iam.gserviceaccount.com';
    const alice = { type: 'GcpUser', email: 'alice@example.com', arn: 'alice@example.com' };
    const token = fromSignal(signal({ ruleId: 'gcp-audit-sa-impersonated-by-user', tactics: ['TA0004'], techniques: ['T1550.001'], actor: alice, resources: ['//iamcredentials.googleapis.com/projects/-/serviceAccounts/1144', sa] }, 0));
    assert.deepEqual(gcpKeys(token).sort(), ['gcp:alice@example.com', 'gcp:prod-admin@prod-app-7.iam.gserviceaccount.com']);
    const publicGrant = fromSignal(signal({ ruleId: 'gcp-audit-iam-public-grant', tactics: ['TA0003'], techniques: ['T1098.003'], actor: alice, resources: [sa] }, 0));
    assert.deepEqual(gcpKeys(publicGrant), ['gcp:alice@example.com']);
  });

  it('a role granted to an outside account joins the grantor and the grantee (also from the hub)', () => {
    const terraform = { type: 'GcpServiceAccount', email: 'sa-terraform@shop-prod.iam.gserviceaccount.com', arn: 'sa-terraform@shop-prod.iam.gserviceaccount.com' };
    const grant = signal(
      { ruleId: 'gcp-audit-iam-privileged-role-external', tactics: ['TA0003', 'TA0004'], techniques: ['T1098.003'], actor: terraform, dedupKey: { 'protoPayload.resourceName': 'projects/shop-prod', 'mamori.gcp.external_members': 'user:dev.helper.7731@gmail.com' } },
      0,
    );
    const expected = ['gcp:dev.helper.7731@gmail.com', 'gcp:sa-terraform@shop-prod.iam.gserviceaccount.com'];
    assert.deepEqual(gcpKeys(fromSignal(grant)).sort(), expected);
    const observed = signalToObserved(grant);
    const finding = { ...observed, originalSeverity: observed.severity, workflowStatus: 'NEW', firstSeen: grant.firstSeen, lastSeen: grant.lastSeen, timesSeen: 1 } as unknown as HubFinding;
    assert.deepEqual(gcpKeys(fromHubFinding(finding)).sort(), expected);
    // The same outside member in a signal that grants nothing (no T1098) links nobody.
    const other = signal({ ruleId: 'gcp-audit-discovery-burst', tactics: ['TA0007'], techniques: ['T1526'], actor: terraform, dedupKey: { 'mamori.gcp.external_members': 'user:dev.helper.7731@gmail.com' } }, 1);
    assert.deepEqual(gcpKeys(fromSignal(other)), ['gcp:sa-terraform@shop-prod.iam.gserviceaccount.com']);
  });

  it('Google service agents give no actor key', () => {
    const s = fromSignal(signal({ ruleId: 'x', tactics: [], techniques: [], actor: { type: 'GcpServiceAgent', email: 'service-418207375931@gcp-sa-logging.iam.gserviceaccount.com', arn: 'service-418207375931@gcp-sa-logging.iam.gserviceaccount.com' } }, 0));
    assert.deepEqual(resolver.keys(s), []);
  });

  it('hub findings of Google Cloud signals keep their keys', () => {
    const sig = signal({ ruleId: 'gcp-audit-sa-key-created', tactics: ['TA0003'], techniques: ['T1098.001'], actor: stolenKey }, 0);
    const observed = signalToObserved(sig);
    assert.equal(observed.provider, 'gcp');
    const finding = { ...observed, originalSeverity: observed.severity, workflowStatus: 'NEW', firstSeen: sig.firstSeen, lastSeen: sig.lastSeen, timesSeen: 1 } as unknown as HubFinding;
    const c = fromHubFinding(finding);
    assert.equal(c.provider, 'gcp');
    assert.deepEqual(resolver.keys(c).sort(), [`gcp:backup-runner@prod-app-7.iam.gserviceaccount.com`, `sakey:${KEY}`]);
  });

  it('one stolen key: secret harvesting, discovery and a bucket made public by the key become one sequence', () => {
    const signals: CorrelationSignal[] = [
      signal({ ruleId: 'gcp-audit-secret-access-burst', tactics: ['TA0006'], techniques: ['T1555.006'], actor: stolenKey }, 0),
      signal({ ruleId: 'gcp-audit-discovery-burst', tactics: ['TA0007'], techniques: ['T1580'], actor: stolenKey }, 12),
      signal({ ruleId: 'gcp-audit-storage-bucket-public', tactics: ['TA0010', 'TA0009'], techniques: ['T1530'], actor: stolenKey }, 25),
      // Someone else entirely.
      signal({ ruleId: 'gcp-audit-firewall-open-to-world', tactics: ['TA0001'], techniques: ['T1133'], actor: { type: 'GcpUser', email: 'bob@example.com', arn: 'bob@example.com' } }, 5),
    ].map(fromSignal);
    const seqs = correlate(signals);
    assert.equal(seqs.length, 1);
    assert.deepEqual(seqs[0].members.map((m) => m.ruleId), ['gcp-audit-secret-access-burst', 'gcp-audit-discovery-burst', 'gcp-audit-storage-bucket-public']);
    assert.ok(seqs[0].entities.includes(`sakey:${KEY}`));
  });
});
