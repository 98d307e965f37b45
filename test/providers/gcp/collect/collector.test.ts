import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { assess } from '../../../../src/assess/engine.js';
import { selectRules } from '../../../../src/assess/registry.js';
import { MamoriError } from '../../../../src/model/errors.js';
import { parseSnapshot, type Snapshot } from '../../../../src/model/snapshot.js';
import type { Resource } from '../../../../src/model/types.js';
import { GCP_TYPES, gcpUid, type BucketConfig, type ProjectConfig } from '../../../../src/providers/gcp/model.js';
import { collectGcp, type GcpCollectOptions } from '../../../../src/providers/gcp/collect/index.js';
import { forbiddenLegacy, notFound, permissionDenied, resourceExhausted, serviceDisabled, startFakeGcp, testAuthClient, TEST_TOKEN, type FakeGcp, type Route } from './fake-gcp.js';
import { DEV, FOLDER, ORG, PROD, PROD_NUMBER, SUBFOLDER, worldRoutes } from './world.js';

let server: FakeGcp | undefined;
const savedEnv = { ...process.env };

afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
});

/** Runs the collector against the fake estate, with `routes` answering before the estate's own. */
async function collect(routes: Route[], options: GcpCollectOptions = { projects: [PROD] }, delays: number[] = []): Promise<Snapshot> {
  server = await startFakeGcp([...routes, ...worldRoutes()]);
  process.env.MAMORI_GCP_ENDPOINT = server.url;
  return collectGcp({ authClient: testAuthClient(), retry: { sleep: async (ms) => void delays.push(ms) }, ...options });
}

const ofType = (s: Snapshot, type: string) => s.resources.filter((r) => r.type === type);
const byUid = (s: Snapshot, uid: string) => s.resources.find((r) => r.uid === uid);
const typed = <C>(r: Resource | undefined) => r as unknown as Resource<C>;

describe('collectGcp against a local Google Cloud', () => {
  it('collects a project: every page, the hierarchy, inherited bindings, a valid snapshot', async () => {
    const snapshot = await collect([]);
    parseSnapshot(JSON.parse(JSON.stringify(snapshot)));
    assert.equal(snapshot.scope.provider, 'gcp');
    assert.deepEqual(snapshot.scope.accounts, [PROD]);
    assert.ok(snapshot.scope.services.includes('storage'));

    // Pagination: buckets, firewalls, service accounts and services span two pages each.
    assert.deepEqual(ofType(snapshot, GCP_TYPES.bucket).map((r) => r.name).sort(), ['prod-backups', 'prod-data', 'prod-logs']);
    assert.deepEqual(ofType(snapshot, GCP_TYPES.firewall).map((r) => r.name).sort(), ['allow-https', 'default-allow-ssh']);
    assert.deepEqual(ofType(snapshot, GCP_TYPES.serviceAccount).map((r) => r.name).sort(), [`app@${PROD}.iam.gserviceaccount.com`, `ci@${PROD}.iam.gserviceaccount.com`]);
    assert.equal(ofType(snapshot, GCP_TYPES.service).length, 14);
    assert.ok(server!.requests.some((r) => r.path === '/storage/v1/b' && r.query.get('pageToken') === 'p1'));
    assert.ok(server!.requests.some((r) => r.path === '/storage/v1/b' && r.query.get('projection') === 'full'));
    assert.ok(server!.requests.some((r) => r.path.endsWith('/services') && r.query.get('filter') === 'state:ENABLED'));

    // Every request carried the injected token.
    assert.ok(server!.requests.length > 20);
    for (const r of server!.requests) assert.equal(r.authorization, `Bearer ${TEST_TOKEN}`, `${r.method} ${r.path}`);

    // The project, with its ancestry and what it inherits.
    const project = typed<ProjectConfig>(byUid(snapshot, gcpUid.project(PROD)));
    assert.equal(project.account, PROD);
    assert.deepEqual(project.tags, { env: 'prod' });
    assert.deepEqual(project.config.ancestors, [`folders/${FOLDER}`, `organizations/${ORG}`]);
    assert.equal(project.config.projectNumber, PROD_NUMBER);
    assert.deepEqual(project.config.iamPolicy?.bindings?.map((b) => b.role), ['roles/viewer', 'roles/iam.serviceAccountUser']);
    assert.deepEqual(
      project.config.inherited?.bindings.map((b) => `${b.source} ${b.role}`),
      [`folders/${FOLDER} roles/owner`, `organizations/${ORG} roles/resourcemanager.organizationAdmin`],
    );
    assert.deepEqual(project.config.inherited?.auditConfigs.map((a) => `${a.source} ${a.service}`), [`organizations/${ORG} allServices`]);
    assert.equal(project.errors, undefined);
    assert.ok(byUid(snapshot, gcpUid.organization(ORG)));
    assert.ok(byUid(snapshot, gcpUid.folder(FOLDER)));

    // Configs: the REST shape trimmed to the model.
    const data = typed<BucketConfig>(byUid(snapshot, gcpUid.bucket('prod-data')));
    assert.equal(data.region, 'US');
    assert.equal(byUid(snapshot, gcpUid.bucket('prod-logs'))!.region, 'us-central1');
    assert.deepEqual(data.tags, { team: 'data' });
    assert.equal(data.config.iamConfiguration?.publicAccessPrevention, 'enforced');
    assert.ok(data.config.iamPolicy?.bindings?.some((b) => b.members.includes('allUsers')));
    assert.equal((data.config as unknown as Record<string, unknown>).softDeletePolicy, undefined);
    const instance = byUid(snapshot, `//compute.googleapis.com/projects/${PROD}/zones/us-central1-a/instances/web-1`)!;
    assert.equal(instance.region, 'us-central1-a');
    assert.ok(!JSON.stringify(instance).includes('must-not-be-copied'), 'customer-supplied disk keys are never copied');
    assert.deepEqual(
      instance.config.metadata,
      { items: [{ key: 'startup-script', secretKinds: ['hard-coded password or secret assignment'] }, { key: 'serial-port-enable', value: '1' }] },
      'only setting values are kept; a dropped value is described by the kinds of secret it held',
    );
    assert.ok(!JSON.stringify(snapshot).includes('hunter2'), 'the secret never enters the snapshot');
    assert.deepEqual(byUid(snapshot, gcpUid.computeProject(PROD))!.config.commonInstanceMetadata, { items: [{ key: 'enable-oslogin', value: 'TRUE' }] });
    const fw = byUid(snapshot, `//compute.googleapis.com/projects/${PROD}/global/firewalls/default-allow-ssh`)!;
    assert.deepEqual(fw.config.allowed, [{ IPProtocol: 'tcp', ports: ['22'] }]);
    const key = ofType(snapshot, GCP_TYPES.cryptoKey)[0];
    assert.equal(key.region, 'us-central1');
    assert.equal(key.config.rotationPeriod, '7776000s');
    assert.ok(ofType(snapshot, GCP_TYPES.serviceAccountKey).some((k) => k.config.keyType === 'USER_MANAGED'));
    assert.equal(ofType(snapshot, GCP_TYPES.logSink)[0].config.parent, `organizations/${ORG}`);
    assert.equal(ofType(snapshot, GCP_TYPES.orgPolicy)[0].uid, gcpUid.orgPolicy(`organizations/${ORG}`, 'iam.disableServiceAccountKeyCreation'));
    assert.equal(ofType(snapshot, GCP_TYPES.table).length, 3);

    // Dataproc is not enabled: never called, recorded as ApiNotEnabled for its types.
    assert.ok(!server!.requests.some((r) => r.path.includes('/clusters')));
    const dataproc = snapshot.errors.find((e) => e.service === 'dataproc');
    assert.equal(dataproc?.code, 'ApiNotEnabled');
    assert.deepEqual(dataproc?.resourceTypes, [GCP_TYPES.dataprocCluster]);
    assert.deepEqual(
      snapshot.errors.filter((e) => e.service !== 'dataproc'),
      [],
    );
  });

  it('records PERMISSION_DENIED on one API and still collects the others', async () => {
    const snapshot = await collect([{ path: /^\/storage\/v1\/b$/, reply: () => forbiddenLegacy(`caller does not have storage.buckets.list access to the Google Cloud project. Permission 'storage.buckets.list' denied on resource (or it may not exist).`) }]);
    const err = snapshot.errors.find((e) => e.service === 'storage');
    assert.equal(err?.code, 'AccessDenied');
    assert.equal(err?.account, PROD);
    assert.equal(err?.region, 'global');
    assert.equal(err?.operation, 'storage.buckets.list');
    assert.deepEqual(err?.resourceTypes, [GCP_TYPES.bucket]);
    assert.ok(!err?.message.includes(TEST_TOKEN));
    assert.equal(ofType(snapshot, GCP_TYPES.bucket).length, 0);
    assert.equal(ofType(snapshot, GCP_TYPES.firewall).length, 2);
  });

  it('records a SERVICE_DISABLED answer as ApiNotEnabled', async () => {
    const snapshot = await collect([{ path: new RegExp(`^/v1/projects/${PROD}/locations$`), reply: () => serviceDisabled('cloudkms.googleapis.com', PROD_NUMBER) }]);
    const err = snapshot.errors.find((e) => e.service === 'cloudkms');
    assert.equal(err?.code, 'ApiNotEnabled');
    assert.deepEqual(err?.resourceTypes, [GCP_TYPES.keyRing, GCP_TYPES.cryptoKey]);
    assert.match(err!.message, /^403 PERMISSION_DENIED: .*has not been used/);
  });

  it('retries a 429 after the Retry-After delay, then succeeds', async () => {
    let calls = 0;
    const delays: number[] = [];
    const snapshot = await collect(
      [{ path: /^\/storage\/v1\/b$/, reply: () => (++calls === 1 ? resourceExhausted('2') : undefined) }],
      { projects: [PROD] },
      delays,
    );
    assert.deepEqual(delays, [2000]);
    assert.equal(ofType(snapshot, GCP_TYPES.bucket).length, 3);
    assert.equal(snapshot.errors.filter((e) => e.service === 'storage').length, 0);
  });

  it('gives up after maxAttempts with Throttled', async () => {
    const delays: number[] = [];
    const snapshot = await collect([{ path: /^\/storage\/v1\/b$/, reply: () => resourceExhausted() }], { projects: [PROD], maxAttempts: 3 }, delays);
    assert.equal(server!.requests.filter((r) => r.path === '/storage/v1/b').length, 3);
    assert.equal(delays.length >= 2, true);
    assert.equal(snapshot.errors.find((e) => e.service === 'storage')?.code, 'Throttled');
  });

  it('honours MAMORI_MAX_ATTEMPTS', async () => {
    process.env.MAMORI_MAX_ATTEMPTS = '2';
    await collect([{ path: /^\/storage\/v1\/b$/, reply: () => ({ status: 503, body: { error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' } } }) }]);
    assert.equal(server!.requests.filter((r) => r.path === '/storage/v1/b').length, 2);
  });

  it("records a failed detail call on the resource and as an error with its uid", async () => {
    const snapshot = await collect([{ path: /^\/storage\/v1\/b\/prod-logs\/iam$/, reply: () => forbiddenLegacy('does not have storage.buckets.getIamPolicy access') }]);
    const logs = byUid(snapshot, gcpUid.bucket('prod-logs'))!;
    assert.deepEqual(logs.errors, { iamPolicy: 'AccessDenied' });
    assert.equal(logs.config.iamPolicy, undefined);
    const err = snapshot.errors.find((e) => e.resourceUid === logs.uid);
    assert.equal(err?.operation, 'storage.buckets.getIamPolicy');
    assert.equal(byUid(snapshot, gcpUid.bucket('prod-data'))!.errors, undefined);
  });

  it('walks an organisation: folders, subfolders and their projects, with inherited bindings', async () => {
    const snapshot = await collect([], { organization: ORG });
    assert.deepEqual([...snapshot.scope.accounts].sort(), [DEV, PROD]);
    const dev = typed<ProjectConfig>(byUid(snapshot, gcpUid.project(DEV)));
    assert.deepEqual(dev.config.ancestors, [`folders/${SUBFOLDER}`, `folders/${FOLDER}`, `organizations/${ORG}`]);
    assert.deepEqual(
      dev.config.inherited?.bindings.map((b) => `${b.source} ${b.role}`),
      [`folders/${SUBFOLDER} roles/editor`, `folders/${FOLDER} roles/owner`, `organizations/${ORG} roles/resourcemanager.organizationAdmin`],
    );
    const folders = ofType(snapshot, GCP_TYPES.folder);
    assert.deepEqual(folders.map((f) => f.account).sort(), [`folders/${FOLDER}`, `folders/${SUBFOLDER}`]);
    assert.equal(folders.find((f) => f.account === `folders/${SUBFOLDER}`)?.config.parent, `folders/${FOLDER}`);
    assert.equal(ofType(snapshot, GCP_TYPES.organization)[0].account, `organizations/${ORG}`);
    // Org policies and sinks are listed on every node, not only on projects.
    for (const parent of [`organizations/${ORG}`, `folders/${FOLDER}`, `folders/${SUBFOLDER}`, `projects/${PROD}`, `projects/${DEV}`]) {
      assert.ok(server!.requests.some((r) => r.path === `/v2/${parent}/policies`), parent);
      assert.ok(server!.requests.some((r) => r.path === `/v2/${parent}/sinks`), parent);
    }
    assert.ok(server!.requests.some((r) => r.path === `/v1/organizations/${ORG}/contacts`));
  });

  it('walks a folder: only the projects below it, ancestors read upwards', async () => {
    const snapshot = await collect([], { folders: [SUBFOLDER] });
    assert.deepEqual(snapshot.scope.accounts, [DEV]);
    const dev = typed<ProjectConfig>(byUid(snapshot, gcpUid.project(DEV)));
    assert.deepEqual(dev.config.ancestors, [`folders/${SUBFOLDER}`, `folders/${FOLDER}`, `organizations/${ORG}`]);
    assert.equal(dev.config.inherited?.bindings.length, 3);
  });

  it('marks inherited data NOT collected when an ancestor policy is denied, and carries org-level gaps to the project', async () => {
    const snapshot = await collect([
      { path: new RegExp(`^/v3/organizations/${ORG}:getIamPolicy$`), reply: () => permissionDenied('resourcemanager.organizations.getIamPolicy') },
      { path: new RegExp(`^/v2/organizations/${ORG}/policies$`), reply: () => permissionDenied('orgpolicy.policies.list') },
    ]);
    const project = byUid(snapshot, gcpUid.project(PROD))!;
    assert.deepEqual(project.errors, { inherited: 'AccessDenied' });
    const carried = snapshot.errors.find((e) => e.account === PROD && e.service === 'orgpolicy');
    assert.equal(carried?.code, 'AccessDenied');
    assert.deepEqual(carried?.resourceTypes, [GCP_TYPES.orgPolicy]);
    assert.match(carried!.message, /^inherited from organizations\//);
  });

  it('fails fast on an unknown project, and records it when other projects exist', async () => {
    await assert.rejects(
      collect([{ path: /^\/v3\/projects\/nope-project$/, reply: () => notFound('Project nope-project') }], { projects: ['nope-project'] }),
      (err: unknown) => err instanceof MamoriError && err.code === 'GCP_UNKNOWN_PROJECT' && /nope-project/.test(err.message),
    );
    await server?.close();
    const snapshot = await collect([{ path: /^\/v3\/projects\/nope-project$/, reply: () => notFound('Project nope-project') }], { projects: [PROD, 'nope-project'] });
    assert.deepEqual(snapshot.scope.accounts, [PROD]);
    assert.equal(snapshot.errors.find((e) => e.account === 'nope-project')?.operation, 'cloudresourcemanager.projects.get');
  });

  it('a project Google denies (it does not exist, or the caller cannot see it): one clear error, no API is called', async () => {
    // The estate answers projects.get of any other id with 403 PERMISSION_DENIED, as Google does.
    await assert.rejects(collect([], { projects: ['does-not-exist'] }), (err: unknown) => {
      assert.ok(err instanceof MamoriError);
      assert.equal(err.code, 'GCP_UNKNOWN_PROJECT');
      assert.match(err.message, /^project "does-not-exist" does not exist or the credentials cannot see it \(403 PERMISSION_DENIED: .*\); check the id/);
      assert.ok(!err.message.includes('\n') && !err.message.includes(TEST_TOKEN));
      return true;
    });
    assert.deepEqual(server!.requests.map((r) => r.path), ['/v3/projects/does-not-exist'], 'no per-API calls on an unknown project');
  });

  it('collects the known projects and records each unknown one as one collection error (never aborts)', async () => {
    const snapshot = await collect([{ path: /^\/v3\/projects\/gone-project$/, reply: () => notFound('Project gone-project') }], { projects: [PROD, 'does-not-exist', 'gone-project'] });
    assert.deepEqual(snapshot.scope.accounts, [PROD]);
    assert.ok(ofType(snapshot, GCP_TYPES.bucket).length > 0, 'the known project was collected');
    for (const id of ['does-not-exist', 'gone-project']) {
      const errs = snapshot.errors.filter((e) => e.account === id);
      assert.equal(errs.length, 1, `one error for ${id}, not one per API`);
      assert.equal(errs[0].operation, 'cloudresourcemanager.projects.get');
      assert.match(errs[0].message, new RegExp(`^project ${id} does not exist or the credentials cannot see it`));
    }
    assert.equal(snapshot.errors.find((e) => e.account === 'does-not-exist')?.code, 'AccessDenied');
    assert.ok(!server!.requests.some((r) => r.path.includes('does-not-exist') && !r.path.startsWith('/v3/projects/')), 'no API called on the unknown project');
  });

  it('an unknown project beside a folder does not stop the folder', async () => {
    const snapshot = await collect([], { projects: ['does-not-exist'], folders: [SUBFOLDER] });
    assert.deepEqual(snapshot.scope.accounts, [DEV]);
    assert.equal(snapshot.errors.filter((e) => e.account === 'does-not-exist').length, 1);
  });

  it('a throttled or failing projects.get is not an unknown project: the project is still scanned', async () => {
    const snapshot = await collect(
      [{ method: 'GET', path: new RegExp(`^/v3/projects/${PROD}$`), reply: () => ({ status: 503, body: { error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' } } }) }],
      { projects: [PROD], maxAttempts: 2 },
    );
    assert.deepEqual(snapshot.scope.accounts, [PROD]);
    assert.equal(snapshot.errors.find((e) => e.operation === 'cloudresourcemanager.projects.get')?.code, 'ServiceUnavailable');
    assert.ok(ofType(snapshot, GCP_TYPES.bucket).length > 0);
  });

  it('sends one API to its own endpoint with MAMORI_GCP_ENDPOINT_<API>', async () => {
    const storage = await startFakeGcp([{ path: /^\/storage\/v1\/b$/, reply: () => ({ body: { kind: 'storage#buckets', items: [{ kind: 'storage#bucket', name: 'emulated', location: 'EU' }] } }) }]);
    try {
      process.env.MAMORI_GCP_ENDPOINT_STORAGE = storage.url;
      const snapshot = await collect([]);
      assert.deepEqual(ofType(snapshot, GCP_TYPES.bucket).map((b) => b.name), ['emulated']);
      assert.ok(!server!.requests.some((r) => r.path.startsWith('/storage/')));
      assert.ok(storage.requests.every((r) => r.authorization === `Bearer ${TEST_TOKEN}`));
    } finally {
      await storage.close();
    }
  });

  it('records zones an aggregatedList could not reach', async () => {
    const snapshot = await collect([
      {
        path: new RegExp(`^/compute/v1/projects/${PROD}/aggregated/instances$`),
        reply: (req) => {
          assert.equal(req.query.get('returnPartialSuccess'), 'true');
          return { body: { kind: 'compute#instanceAggregatedList', items: {}, unreachables: ['zones/asia-east1-a'] } };
        },
      },
    ]);
    const err = snapshot.errors.find((e) => e.operation === 'compute.instances.aggregatedList');
    assert.equal(err?.region, 'asia-east1-a');
    assert.equal(err?.code, 'ServiceUnavailable');
    assert.deepEqual(err?.resourceTypes, [GCP_TYPES.instance]);
  });

  it('caps BigQuery table details per dataset and records the cap', async () => {
    const snapshot = await collect([], { projects: [PROD], maxTablesPerDataset: 1 });
    const tables = ofType(snapshot, GCP_TYPES.table);
    assert.equal(tables.length, 3);
    assert.equal(tables.filter((t) => t.config.encryptionConfiguration).length, 1);
    assert.equal(tables.filter((t) => t.errors?.encryptionConfiguration).length, 2);
    assert.equal(server!.requests.filter((r) => /\/tables\/[^/]+$/.test(r.path)).length, 1);
    const note = snapshot.errors.find((e) => e.operation === 'bigquery.tables.get');
    assert.match(note!.message, /capped at 1 per dataset/);
    assert.equal(note!.resourceUid, `//bigquery.googleapis.com/projects/${PROD}/datasets/sales`);
  });

  it('runs only the selected services', async () => {
    const snapshot = await collect([], { projects: [PROD], services: ['storage'] });
    assert.deepEqual(snapshot.scope.services, ['storage']);
    assert.deepEqual([...new Set(snapshot.resources.map((r) => r.type))], [GCP_TYPES.bucket]);
    await assert.rejects(collectGcp({ authClient: testAuthClient(), projects: [PROD], services: ['nosuch'] }), /unknown Google Cloud service "nosuch"/);
  });

  it('reports progress per job and keeps concurrency bounded', async () => {
    let done = 0;
    let total = 0;
    await collect([], {
      projects: [PROD],
      concurrency: 2,
      onProgress: (p) => {
        done = p.done;
        total = p.total;
      },
    });
    assert.ok(done > 10);
    assert.equal(done, total);
  });
});

describe('wire test: every API denies everything but the project itself', () => {
  let denied: Snapshot;
  before(async () => {
    // projects.get must answer: a project the caller cannot even read is an unknown project (tested above).
    const visible = { name: `projects/${PROD_NUMBER}`, parent: `folders/${FOLDER}`, projectId: PROD, state: 'ACTIVE', displayName: PROD };
    server = await startFakeGcp([
      { method: 'GET', path: new RegExp(`^/v3/projects/${PROD}$`), reply: () => ({ body: visible }) },
      { path: /./, reply: (req) => permissionDenied(`denied.${req.method.toLowerCase()}`) },
    ]);
    process.env.MAMORI_GCP_ENDPOINT = server.url;
    denied = await collectGcp({ authClient: testAuthClient(), projects: [PROD], retry: { sleep: async () => {} } });
  });
  after(async () => {
    await server?.close();
    server = undefined;
  });

  it('produces a snapshot of errors only (but the project), every error explained', () => {
    parseSnapshot(JSON.parse(JSON.stringify(denied)));
    assert.deepEqual(denied.resources.map((r) => r.uid), [gcpUid.project(PROD)]);
    assert.ok(denied.resources[0].errors && Object.keys(denied.resources[0].errors).length, 'what could not be read of the project is marked');
    assert.ok(denied.errors.length >= 16);
    for (const e of denied.errors) {
      assert.equal(e.provider, 'gcp');
      assert.equal(e.code, 'AccessDenied', `${e.operation}: ${e.message}`);
      assert.ok(e.message && !e.message.includes('\n'));
    }
    // Every collector recorded something for the project.
    const services = new Set(denied.errors.filter((e) => e.account === PROD).map((e) => e.service));
    for (const s of denied.scope.services) assert.ok(services.has(s), s);
  });

  it('no Google Cloud rule passes or fails on it', () => {
    const rules = selectRules({ providers: ['gcp'] });
    const findings = assess(denied, { rules });
    const judged = findings.filter((f) => f.status === 'PASS' || f.status === 'FAIL');
    assert.deepEqual(
      judged.map((f) => `${f.ruleId} ${f.status} ${f.resource.uid}`),
      [],
    );
  });
});
