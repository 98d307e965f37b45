/**
 * The dashboard's pages beyond the findings list (src/app/dashboard.ts through src/server/routes):
 * scopes with posture scores that respect triage, compliance per framework and control with the
 * control titles, sequences with their timeline view, resources, bulk triage with a suppression
 * that ends, and the settings page without secrets. SQLite always, PostgreSQL in CI.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { fileURLToPath } from 'node:url';
import { listFindings } from '../../src/app/findings.js';
import { importFiles } from '../../src/app/import.js';
import { repoUrl } from '../paths.js';
import { openHub } from '../../src/app/hub.js';
import type { HubContext } from '../../src/app/context.js';
import { assessSnapshot } from '../../src/app/posture.js';
import { configView } from '../../src/app/dashboard.js';
import type { HubFinding } from '../../src/hub/model.js';
import { loadDemoSnapshot } from '../../src/providers/aws/demo/index.js';
import { createApi } from '../../src/server/api.js';
import type { MamoriConfig } from '../../src/config/schema.js';
import { BACKENDS } from '../hub/backends.js';
import { FindingStore } from '../../src/hub/store/store.js';

const json = async (app: Hono, path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};
const send = (app: Hono, method: string, path: string, body: unknown) => json(app, path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

for (const backend of BACKENDS) {
  describe(`dashboard API (${backend.name})`, { skip: backend.skip }, () => {
    let hub: HubContext;
    let app: Hono;
    let setting: string;
    const demoAccount = '123456789012';

    before(async () => {
      const fresh = await backend.fresh();
      setting = fresh.setting;
      await fresh.store.close();
      await assessSnapshot({ snapshot: await loadDemoSnapshot(), store: { db: setting } });
      hub = await openHub({ db: setting });
      app = createApi({ hub, actor: () => 'carol' });
    });
    after(async () => hub?.store.close());

    it('scopes: every scope with its open findings by severity and a control score; suppressing every failure of a control takes it out of the failing ones', async () => {
      const { status, body } = await json(app, '/api/v1/scopes');
      assert.equal(status, 200);
      const prod = body.scopes.find((s: { scope: string }) => s.scope === demoAccount);
      assert.ok(prod, 'the demo production account is a scope');
      const open = await listFindings(hub.store, { filter: { account: [demoAccount], status: ['NEW', 'NOTIFIED'] }, limit: 1000 });
      const sum = Object.values(prod.bySeverity as Record<string, number>).reduce((a, b) => a + b, 0);
      assert.equal(sum, prod.open);
      assert.equal(prod.open, open.findings.filter((f) => f.complianceStatus !== 'PASS').length);
      assert.ok(prod.posture.passed > 0, 'passing controls come from the stored control results');
      assert.ok(prod.posture.failed > 0 && prod.posture.score > 0 && prod.posture.score < 100);
      assert.ok(prod.worst.length > 0 && prod.worst.length <= 3);

      // A CIS control failing in production: suppress all its open failures there.
      const { body: cis } = await json(app, `/api/v1/compliance/cis-aws-3.0?scope=${demoAccount}`);
      const control = cis.controls.find((c: { status: string; openFailures: number; passedChecks: number }) => c.status === 'FAIL' && c.passedChecks > 0 && c.openFailures <= 5);
      assert.ok(control, 'a failing control with passing checks too');
      const { body: detail } = await json(app, `/api/v1/compliance/cis-aws-3.0/${control.id}?scope=${demoAccount}`);
      const ids = detail.findings.filter((f: HubFinding) => f.complianceStatus === 'FAIL' && f.workflowStatus === 'NEW').map((f: HubFinding) => f.id);
      assert.equal(ids.length, control.openFailures);
      const sup = await send(app, 'POST', '/api/v1/findings/bulk', { ids, status: 'SUPPRESSED', note: 'accepted until the migration', until: '2999-01-01' });
      assert.equal(sup.status, 200);
      assert.equal(sup.body.updated, ids.length);
      const after = (await json(app, `/api/v1/compliance/cis-aws-3.0?scope=${demoAccount}`)).body;
      const now = after.controls.find((c: { id: string }) => c.id === control.id);
      assert.equal(now.status, 'PASS', 'its passing checks decide it once the failures are triaged');
      assert.equal(now.triagedFailures, ids.length);
      assert.equal(after.framework.failed, cis.framework.failed - 1);
      assert.ok(after.framework.score > cis.framework.score, 'the score rises');
      const again = (await json(app, `/api/v1/scopes/${demoAccount}`)).body;
      assert.equal(again.open, prod.open - ids.length);
      assert.ok(again.posture.failed < prod.posture.failed);
      assert.ok(Array.isArray(again.frameworks) && again.frameworks.some((f: { framework: string }) => f.framework === 'cis-aws-3.0'));
      // The trend: the control score of each framework at each scan of the scope, as scanned.
      const cisTrend = (again.trend as { framework: string; score: number }[]).filter((p) => p.framework === 'cis-aws-3.0');
      assert.equal(cisTrend.length, 1, 'one scan so far');
      assert.ok(cisTrend[0].score > 0 && cisTrend[0].score < 100);
      assert.equal((await json(app, '/api/v1/scopes/000000000000')).status, 404);
    });

    it('a suppression with an end: reopened by the first scan after it, kept by scans before it', async () => {
      const open = await listFindings(hub.store, { filter: { account: [demoAccount], status: ['NEW'], kind: ['posture'] }, limit: 50 });
      const [ended, lasting] = open.findings.filter((f) => f.complianceStatus === 'FAIL');
      assert.equal((await send(app, 'PATCH', `/api/v1/findings/${ended.id}`, { status: 'SUPPRESSED', until: '2001-01-01' })).status, 200);
      assert.equal((await send(app, 'PATCH', `/api/v1/findings/${lasting.id}`, { status: 'SUPPRESSED', until: '2999-12-31' })).status, 200);
      assert.equal((await send(app, 'PATCH', `/api/v1/findings/${lasting.id}`, { status: 'NEW', until: '2999-12-31' })).status, 400, 'until goes with SUPPRESSED only');
      assert.equal((await send(app, 'PATCH', `/api/v1/findings/${lasting.id}`, { status: 'SUPPRESSED', until: 'next tuesday' })).status, 400);
      await assessSnapshot({ snapshot: await loadDemoSnapshot(), store: { db: setting } });
      const e = await hub.store.get(ended.id);
      assert.equal(e?.finding.workflowStatus, 'NEW');
      assert.ok(e?.history.some((h) => h.field === 'workflowStatus' && h.from === 'SUPPRESSED' && h.to === 'NEW' && /suppression ended/.test(h.note ?? '')));
      assert.equal((await hub.store.get(lasting.id))?.finding.workflowStatus, 'SUPPRESSED');
      const bad = await send(app, 'POST', '/api/v1/findings/bulk', { ids: [], status: 'RESOLVED' });
      assert.equal(bad.status, 400);
    });

    it('aggregates are reused only while the hub is unchanged: a change by another process shows at once', async () => {
      const first = (await json(app, '/api/v1/overview')).body;
      const again = (await json(app, '/api/v1/overview')).body;
      assert.deepEqual(again, first);
      const other = await FindingStore.open(setting);
      try {
        const [f] = first.topFindings as HubFinding[];
        assert.equal(await other.update([f.id], { workflowStatus: 'RESOLVED', note: 'fixed by hand' }, 'dave'), 1);
      } finally {
        await other.close();
      }
      const after = (await json(app, '/api/v1/overview')).body;
      assert.notEqual(after.topFindings[0].id, first.topFindings[0].id, 'the resolved finding left the top list');
    });

    it('the latest scan\'s changes counted in the database equal the id lists the CLI reads', async () => {
      const [latest] = await hub.store.latestScans(1);
      const lists = await hub.store.changesSince(latest.at);
      const counts = await hub.store.changeCountsSince(latest.at);
      assert.deepEqual(counts, { newlyFailing: lists.newlyFailing.length, newlyResolved: lists.newlyResolved.length });
      assert.ok(counts.newlyFailing > 0 || counts.newlyResolved > 0, 'the demo scans changed something');
      const overview = (await json(app, '/api/v1/overview')).body;
      assert.deepEqual(overview.changes, counts);
    });

    it('the overview lists what the latest scan of each scope could not collect; a later clean scan of the scope clears it', async () => {
      const snapshot = await loadDemoSnapshot();
      const expected = snapshot.errors.filter((e) => !e.resourceUid);
      assert.ok(expected.length > 0, 'the demo snapshot has a collection error');
      const before = (await json(app, '/api/v1/overview')).body.collectionErrors as { scope: string; service: string; code: string }[];
      assert.deepEqual(
        before.map((e) => `${e.scope} ${e.service} ${e.code}`).sort(),
        expected.map((e) => `${e.account} ${e.service} ${e.code}`).sort(),
      );
      const clean = { ...snapshot, id: `${snapshot.id}-clean`, collectedAt: new Date(Date.parse(snapshot.collectedAt) + 3_600_000).toISOString(), errors: [] };
      await assessSnapshot({ snapshot: clean, store: { db: setting } });
      const after = (await json(app, '/api/v1/overview')).body.collectionErrors as unknown[];
      assert.deepEqual(after, []);
    });

    it('compliance: frameworks with scores, controls with their titles in benchmark order, a control with the resources that decide it', async () => {
      const { body } = await json(app, '/api/v1/compliance');
      const cis = body.frameworks.find((f: { id: string }) => f.id === 'cis-aws-3.0');
      assert.ok(cis && cis.failed > 0 && cis.passed > 0 && typeof cis.score === 'number');
      const { body: detail } = await json(app, '/api/v1/compliance/cis-aws-3.0');
      const ids: string[] = detail.controls.map((c: { id: string }) => c.id);
      assert.ok(ids.indexOf('1.9') < ids.indexOf('1.10'), 'numeric order, not text order');
      const failing = detail.controls.find((c: { status: string; title?: string }) => c.status === 'FAIL');
      assert.ok(failing?.title, 'controls carry their title');
      const { status, body: control } = await json(app, `/api/v1/compliance/cis-aws-3.0/${failing.id}`);
      assert.equal(status, 200);
      assert.ok(control.findings.length > 0);
      assert.equal(control.control.id, failing.id);
      assert.ok(control.findings.every((f: HubFinding) => f.frameworks?.['cis-aws-3.0']?.includes(failing.id)));
      assert.equal(control.findings[0].complianceStatus, 'FAIL', 'failing first');
      assert.equal((await json(app, '/api/v1/compliance/no-such-framework')).status, 404);
      assert.equal((await json(app, '/api/v1/compliance/cis-aws-3.0/99.99')).status, 404);
    });

    it('resources: search by name, one resource with all its findings; findings filter by resource type and tag', async () => {
      const { body } = await json(app, '/api/v1/resources?q=web-1');
      assert.ok(body.resources.length > 0);
      const web = body.resources[0];
      assert.match(`${web.uid} ${web.name}`, /web-1/i);
      const { status, body: detail } = await json(app, `/api/v1/resources/${encodeURIComponent(web.uid)}`);
      assert.equal(status, 200);
      assert.ok(detail.findings.every((f: HubFinding) => f.resourceUid === web.uid));
      assert.equal(detail.findings.length, web.total);
      const byType = (await json(app, `/api/v1/findings?resourceType=${encodeURIComponent(web.type)}&limit=1000`)).body.findings as HubFinding[];
      assert.ok(byType.length > 0 && byType.every((f) => f.resourceType === web.type));
      const tagged = (await listFindings(hub.store, { limit: 1000 })).findings.find((f) => Object.keys(f.resourceTags ?? {}).length > 0)!;
      const [k, v] = Object.entries(tagged.resourceTags)[0];
      const byTag = (await json(app, `/api/v1/findings?tag=${encodeURIComponent(`${k}=${v}`)}&limit=1000`)).body.findings as HubFinding[];
      assert.ok(byTag.some((f) => f.id === tagged.id));
      assert.ok(byTag.every((f) => f.resourceTags?.[k] === v));
      assert.equal((await json(app, '/api/v1/findings?tag=novalue')).status, 400);
    });

    it('resources: the inventory is searched (a VPC without findings is found) and a resource shows what it is tied to, both ways', async () => {
      const vpcUid = 'arn:aws:ec2:ap-northeast-1:123456789012:vpc/vpc-0a1b2c3d4e5f60100';
      const webUid = 'arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0a1b2c3d4e5f60001';
      const found = (await json(app, '/api/v1/resources?q=vpc-0a1b2c3d4e5f60100')).body.resources as { uid: string; type: string; open: number }[];
      const vpc = found.find((r) => r.uid === vpcUid);
      assert.ok(vpc, 'the VPC is in the inventory');
      assert.equal(vpc.type, 'AWS::EC2::VPC');
      const web = (await json(app, `/api/v1/resources/${encodeURIComponent(webUid)}`)).body;
      assert.equal(web.resource.name, 'web-1');
      const rel = web.relationships as { direction: string; type: string; uid: string; name?: string; resourceType?: string }[];
      const sg = rel.find((r) => r.direction === 'outgoing' && r.type === 'uses-security-group');
      assert.ok(sg && sg.resourceType === 'AWS::EC2::SecurityGroup' && sg.name, 'the security group, named from the inventory');
      assert.ok(rel.some((r) => r.direction === 'outgoing' && r.type === 'in-vpc' && r.uid === vpcUid));
      // The other way: the VPC lists the instance among what points at it.
      const back = (await json(app, `/api/v1/resources/${encodeURIComponent(vpcUid)}`)).body;
      assert.ok((back.relationships as { direction: string; uid: string }[]).some((r) => r.direction === 'incoming' && r.uid === webUid));
      assert.equal((await json(app, `/api/v1/resources/${encodeURIComponent('arn:aws:ec2:ap-northeast-1:123456789012:vpc/vpc-nope')}`)).status, 404);
    });

    it('sequences and attack paths answer from the hub (the demo assessment has the seed chain as an attack path)', async () => {
      const seq = await json(app, '/api/v1/sequences');
      assert.equal(seq.status, 200);
      assert.ok(Array.isArray(seq.body.sequences));
      const paths = await json(app, '/api/v1/attack-paths');
      assert.equal(paths.status, 200);
      assert.ok(paths.body.paths.some((f: HubFinding) => f.severity === 'CRITICAL' && f.ruleId === 'aws-attack-paths-internet-to-code-execution'));
    });

    // Last: it adds findings of another scope to the shared hub.
    it('imported posture findings count in the scores of the scopes and frameworks no scan assessed, not where mamori did', async () => {
      const before = (await json(app, `/api/v1/compliance/cis-aws-3.0?scope=${demoAccount}`)).body;
      await importFiles(hub, { files: [fileURLToPath(repoUrl('test/fixtures/import/prowler-ocsf.json'))], actor: 'carol' });
      const scopes = (await json(app, '/api/v1/scopes')).body.scopes as { scope: string; posture: { failed: number; passed: number } }[];
      const imported = scopes.find((s) => s.scope === '111111111111');
      assert.ok(imported, 'the imported account is a scope');
      assert.ok(imported.posture.failed > 0, 'its failing controls come from the Prowler findings');
      assert.equal(imported.posture.passed, 0, 'nothing is known to pass there: only failures are imported');
      const cis = (await json(app, '/api/v1/compliance/cis-aws-3.0?scope=111111111111')).body.controls as { id: string; status: string; openFailures: number }[];
      assert.deepEqual(cis.filter((c) => c.status === 'FAIL').map((c) => c.id), ['2.1.1']);
      // The SSH finding comes muted from Prowler (suppressed): its control is triaged, not failing.
      assert.equal(cis.find((c) => c.id === '5.2')?.status, 'TRIAGED');
      // Over every scope (the rollup path) the imported failures count too.
      const all = (await json(app, '/api/v1/compliance/cis-aws-3.0')).body.controls as { id: string; failingScopes: number }[];
      const scoped = (await json(app, `/api/v1/compliance/cis-aws-3.0?scope=${demoAccount},210987654321,111111111111`)).body.controls as { id: string; failingScopes: number }[];
      assert.deepEqual(all.map((c) => [c.id, c.failingScopes]), scoped.map((c) => [c.id, c.failingScopes]));
      assert.ok(all.find((c) => c.id === '2.1.1')!.failingScopes >= 1);
      // The demo account, assessed by mamori, keeps its scores.
      assert.deepEqual((await json(app, `/api/v1/compliance/cis-aws-3.0?scope=${demoAccount}`)).body, before);
    });
  });
}

describe('settings view', () => {
  it('shows rules and targets but never a webhook URL path, a Slack token or an HMAC secret', () => {
    const config = {
      path: '/etc/mamori.yaml',
      automation: [],
      suppressions: [{ ruleId: 'aws-s3-*', reason: 'lab', expires: '2027-01-01' }],
      notifications: [
        { type: 'slack', name: 'soc', url: 'https://hooks.slack.com/services/T000/B000/XXXXSECRETXXXX', events: ['new'] },
        { type: 'webhook', name: 'siem', url: 'https://siem.example.com/ingest?token=SECRET-TOKEN', secret: 'HMAC-SECRET-VALUE', events: ['new'] },
        { type: 'sns', name: 'topic', topicArn: 'arn:aws:sns:ap-northeast-1:123456789012:sec', region: 'ap-northeast-1', events: ['new'] },
      ],
    } as unknown as MamoriConfig;
    const view = configView(config);
    const text = JSON.stringify(view);
    for (const secret of ['XXXXSECRETXXXX', 'SECRET-TOKEN', 'HMAC-SECRET-VALUE', '/services/']) assert.ok(!text.includes(secret), secret);
    assert.equal(view.notificationTargets.length, 3);
    assert.ok(text.includes('hooks.slack.com') && text.includes('arn:aws:sns:ap-northeast-1:123456789012:sec'));
  });
});
