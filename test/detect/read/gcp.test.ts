import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { deliveryTime, readEvents, readStream, type ReadIssue } from '../../../src/detect/read/index.js';
import { fromGcpAudit, gcpActorType, gcpPolicyFields, sinkObjectTime } from '../../../src/providers/gcp/read/audit.js';
import type { CloudEvent } from '../../../src/model/event.js';
import { auditEntry, KEY, listCall, PROJECT, pushEnvelope } from './gcp-entries.js';

async function collect(inputs: string[]) {
  const issues: ReadIssue[] = [];
  const events: CloudEvent[] = [];
  for await (const e of readEvents(inputs, { onIssue: (i) => issues.push(i) })) events.push(e);
  return { events, issues };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'mamori-gcp-read-'));
const lines = (entries: unknown[]) => entries.map((e) => JSON.stringify(e)).join('\n') + '\n';

test('normalises a Cloud Audit Log entry: project, place, actor with key, source, API, resources', () => {
  const e = fromGcpAudit(auditEntry()) as CloudEvent;
  assert.equal(e.source, 'gcpaudit');
  assert.equal(e.id, (e.raw as { insertId: string }).insertId);
  assert.equal(e.timeMs, Date.parse('2026-11-20T03:14:15.412Z'));
  assert.equal(e.time, '2026-11-20T03:14:15.412Z');
  assert.equal(e.account, PROJECT);
  assert.equal(e.region, 'global');
  assert.deepEqual(e.actor, { type: 'GcpUser', email: 'alice@example.com', arn: 'alice@example.com', userName: 'alice' });
  assert.deepEqual(e.src, { ip: '203.0.113.24', userAgent: 'google-cloud-sdk gcloud/502.0.0 command/gcloud.iam.service-accounts.keys.create,gzip(gfe)' });
  assert.deepEqual(e.api, { service: 'iam.googleapis.com', operation: 'google.iam.admin.v1.CreateServiceAccountKey', readOnly: false });
  assert.deepEqual(e.resources, [
    { uid: '//iam.googleapis.com/projects/-/serviceAccounts/112233445566778899001', name: '112233445566778899001', type: 'service_account' },
    { uid: '//iam.googleapis.com/projects/prod-app-7/serviceAccounts/deployer@prod-app-7.iam.gserviceaccount.com', type: 'service_account', name: 'deployer@prod-app-7.iam.gserviceaccount.com' },
  ]);
  // JSON gives the same shape as the lazy fields.
  const json = JSON.parse(JSON.stringify(e)) as CloudEvent;
  assert.equal(json.actor?.email, 'alice@example.com');
  assert.equal(json.api?.operation, 'google.iam.admin.v1.CreateServiceAccountKey');
});

test('errors, read-only calls, zones, service-account keys and impersonation chains', () => {
  const denied = fromGcpAudit(listCall('2026-11-20T03:00:00Z', undefined, { status: { code: 7, message: 'Permission denied on resource project prod-app-7.' } })) as CloudEvent;
  assert.deepEqual(denied.api, { service: 'compute.googleapis.com', operation: 'v1.compute.instances.list', errorCode: 'PERMISSION_DENIED', errorMessage: 'Permission denied on resource project prod-app-7.', readOnly: true });
  assert.equal(denied.region, 'asia-northeast1-b');
  assert.equal(denied.actor?.type, 'GcpServiceAccount');
  assert.equal(denied.actor?.accessKeyId, KEY);
  assert.equal(denied.timeMs, Date.parse('2026-11-20T03:00:00Z'));

  const chain = fromGcpAudit(
    listCall('2026-11-20T03:00:00.5Z', 'prod-admin@prod-app-7.iam.gserviceaccount.com', {
      authenticationInfo: {
        principalEmail: 'prod-admin@prod-app-7.iam.gserviceaccount.com',
        serviceAccountDelegationInfo: [{ firstPartyPrincipal: { principalEmail: 'alice@example.com' } }, { firstPartyPrincipal: { principalEmail: 'ci-runner@prod-app-7.iam.gserviceaccount.com' } }],
      },
    }),
  ) as CloudEvent;
  assert.deepEqual(chain.actor?.delegationChain, ['alice@example.com', 'ci-runner@prod-app-7.iam.gserviceaccount.com']);
  assert.equal(chain.timeMs, Date.parse('2026-11-20T03:00:00.500Z'));

  // Status code 5 on a write, in the activity log.
  const missing = fromGcpAudit(auditEntry({}, { status: { code: 5, message: 'Not found' } })) as CloudEvent;
  assert.equal(missing.api?.errorCode, 'NOT_FOUND');
  assert.equal(missing.api?.readOnly, false);
});

test('organisation and folder entries, locations, actor kinds', () => {
  const org = fromGcpAudit(auditEntry({ logName: 'organizations/905214436120/logs/cloudaudit.googleapis.com%2Factivity', resource: { type: 'organization', labels: { organization_id: '905214436120' } } })) as CloudEvent;
  assert.equal(org.account, 'organizations/905214436120');
  const folder = fromGcpAudit(auditEntry({ logName: 'folders/271839401122/logs/cloudaudit.googleapis.com%2Factivity', resource: { type: 'folder', labels: { folder_id: '271839401122' } } })) as CloudEvent;
  assert.equal(folder.account, 'folders/271839401122');
  const sql = fromGcpAudit(auditEntry({ resource: { type: 'cloudsql_database', labels: { project_id: 'db-prod', region: 'asia-northeast1' } } })) as CloudEvent;
  assert.deepEqual([sql.account, sql.region], ['db-prod', 'asia-northeast1']);
  const bucket = fromGcpAudit(auditEntry({ resource: { type: 'gcs_bucket', labels: { bucket_name: 'b', location: 'asia-northeast1', project_id: 'p' } } })) as CloudEvent;
  assert.equal(bucket.region, 'asia-northeast1');
  assert.equal(gcpActorType('service-418207375931@gcp-sa-pubsub.iam.gserviceaccount.com'), 'GcpServiceAgent');
  assert.equal(gcpActorType('418207375931@cloudservices.gserviceaccount.com'), 'GcpServiceAgent');
  assert.equal(gcpActorType('418207375931-compute@developer.gserviceaccount.com'), 'GcpServiceAccount');
  assert.equal(gcpActorType('terraform-ci@prod-app-7.iam.gserviceaccount.com'), 'GcpServiceAccount');
  assert.equal(gcpActorType('principal://iam.googleapis.com/locations/global/workforcePools/corp/subject/alice'), 'GcpFederated');
  assert.equal(gcpActorType(undefined), 'Anonymous');
  assert.equal(gcpActorType('jdoe@gmail.com'), 'GcpUser');
});

test('a Cloud Storage sink folder: JSON lines in hourly objects, read in the order of the hours they cover; a corrupt line is reported with file:line', async () => {
  const dir = tmp();
  try {
    const base = join(dir, 'audit-sink-bucket', 'cloudaudit.googleapis.com', 'activity', '2026', '11', '20');
    const access = join(dir, 'audit-sink-bucket', 'cloudaudit.googleapis.com', 'data_access', '2026', '11', '20');
    mkdirSync(base, { recursive: true });
    mkdirSync(access, { recursive: true });
    writeFileSync(join(base, '03:00:00_03:59:59_S0.json'), lines([auditEntry({ timestamp: '2026-11-20T03:10:00Z' }), auditEntry({ timestamp: '2026-11-20T03:20:00Z' })]) + '{"protoPayload": {"methodName": \n' + lines([auditEntry({ timestamp: '2026-11-20T03:30:00Z' })]));
    writeFileSync(join(access, '02:00:00_02:59:59_S0.json'), lines([listCall('2026-11-20T02:05:00Z'), listCall('2026-11-20T02:06:00Z')]));
    writeFileSync(join(access, '04:00:00_04:59:59_S1.json'), gzipSync(lines([listCall('2026-11-20T04:01:00Z')])));
    const { events, issues } = await collect([join(dir, 'audit-sink-bucket')]);
    assert.deepEqual(
      events.map((e) => e.time),
      ['2026-11-20T02:05:00.000Z', '2026-11-20T02:06:00.000Z', '2026-11-20T03:10:00.000Z', '2026-11-20T03:20:00.000Z', '2026-11-20T03:30:00.000Z', '2026-11-20T04:01:00.000Z'],
    );
    assert.equal(issues.length, 1);
    assert.equal(issues[0].file, join(base, '03:00:00_03:59:59_S0.json'));
    assert.equal(issues[0].line, 3);
    assert.equal(issues[0].kind, 'malformed');
    assert.equal(events[4].origin?.line, 4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('gcloud logging read --format=json (one array), plain and gzip', async () => {
  const dir = tmp();
  try {
    const entries = [auditEntry(), listCall('2026-11-20T03:15:00Z'), { logName: `projects/${PROJECT}/logs/syslog`, textPayload: 'kernel: eth0 up', timestamp: '2026-11-20T03:15:01Z', resource: { type: 'gce_instance', labels: {} } }];
    writeFileSync(join(dir, 'gcloud.json'), JSON.stringify(entries, null, 2));
    writeFileSync(join(dir, 'gcloud.json.gz'), gzipSync(JSON.stringify(entries, null, 2)));
    const plain = await collect([join(dir, 'gcloud.json')]);
    const gz = await collect([join(dir, 'gcloud.json.gz')]);
    // The non-audit entry (textPayload) is not an audit log: skipped without an issue.
    assert.deepEqual(plain.issues, []);
    assert.deepEqual(gz.issues, []);
    assert.deepEqual(plain.events.map((e) => e.api?.operation), ['google.iam.admin.v1.CreateServiceAccountKey', 'v1.compute.instances.list']);
    assert.deepEqual(gz.events.map((e) => e.id), plain.events.map((e) => e.id));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Pub/Sub: push envelopes one per line and plain LogEntry bodies; bad data is reported', async () => {
  const body = [JSON.stringify(pushEnvelope(auditEntry())), JSON.stringify(auditEntry()), JSON.stringify({ message: { data: Buffer.from('not json').toString('base64'), messageId: '1' }, subscription: 'projects/p/subscriptions/s' }), JSON.stringify(pushEnvelope(listCall('2026-11-20T03:16:00Z')))].join('\n');
  const issues: ReadIssue[] = [];
  const events: CloudEvent[] = [];
  for await (const e of readStream([Buffer.from(body)], 'pubsub.jsonl', { onIssue: (i) => issues.push(i) })) events.push(e);
  assert.equal(events.length, 3);
  assert.deepEqual(events.map((e) => e.origin?.line), [1, 2, 4]);
  assert.equal(events[0].actor?.email, 'alice@example.com');
  assert.equal(issues.length, 1);
  assert.equal(issues[0].line, 3);
  assert.match(issues[0].message, /Pub\/Sub message data is not JSON/);
});

test('deliveryTime reads the hour of a sink object, and AWS names as before', () => {
  assert.equal(deliveryTime('b/cloudaudit.googleapis.com/activity/2026/11/20/00:00:00_00:59:59_S0.json'), '20261120T0000Z');
  assert.equal(sinkObjectTime('x/2026/11/20/13:00:00_13:59:59_S12.json.gz'), '20261120T1300Z');
  assert.equal(deliveryTime('x/123456789012_CloudTrail_ap-northeast-1_20261119T1235Z_6387c82d.json.gz'), '20261119T1235Z');
  assert.equal(deliveryTime('x/03:00 notes.json'), '');
});

test('IAM policy changes: grants judged against the organisation domains', () => {
  const change = (member: string, role = 'roles/owner', caller = 'alice@example.com', action = 'ADD') =>
    auditEntry({}, { methodName: 'SetIamPolicy', serviceName: 'cloudresourcemanager.googleapis.com', authenticationInfo: { principalEmail: caller }, serviceData: { policyDelta: { bindingDeltas: [{ action, role, member }] } } });
  const f = (e: Record<string, unknown>, org?: string[]) => gcpPolicyFields(e, org)!;
  assert.deepEqual(f(change('user:jdoe@gmail.com')).external_roles, ['roles/owner']);
  // No configured domains: the caller's own domain is the organisation's.
  assert.deepEqual(f(change('user:bob@example.com')).external_roles, []);
  assert.deepEqual(f(change('user:ops@contoso.net')).external_members, ['user:ops@contoso.net']);
  // A service account caller says nothing about the organisation: only free mail is outside.
  assert.deepEqual(f(change('user:ops@contoso.net', 'roles/owner', 'tf@p.iam.gserviceaccount.com')).external_roles, []);
  assert.deepEqual(f(change('user:ops@contoso.net', 'roles/owner', 'tf@p.iam.gserviceaccount.com'), ['example.com']).external_roles, ['roles/owner']);
  assert.deepEqual(f(change('domain:eu.example.com'), ['example.com']).external_roles, []);
  assert.deepEqual(f(change('allUsers', 'roles/viewer')).public_roles, ['roles/viewer']);
  assert.deepEqual(f(change('serviceAccount:x@other-proj.iam.gserviceaccount.com')).external_roles, []);
  assert.deepEqual(f(change('user:jdoe@gmail.com', 'roles/owner', 'alice@example.com', 'REMOVE')).added_roles, []);
  assert.equal(gcpPolicyFields(auditEntry(), undefined), undefined);
  // No delta logged: the bindings of the policy in the request.
  const noDelta = auditEntry({}, { methodName: 'google.iam.v1.IAMPolicy.SetIamPolicy', request: { policy: { bindings: [{ role: 'roles/pubsub.admin', members: ['user:x@gmail.com'] }] } } });
  assert.deepEqual([f(noDelta).grants_from, f(noDelta).external_roles], ['policy', ['roles/pubsub.admin']]);
});
