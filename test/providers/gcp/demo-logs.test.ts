import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { detect, type DetectResult } from '../../../src/detect/pipeline.js';
import { GCP_DEMO, GCP_DEMO_LOGS_DIR } from '../../../src/providers/gcp/demo/index.js';
import { generateGcpDemoLogs } from '../../../src/providers/gcp/demo/logs.js';

const { names } = GCP_DEMO;
const logs = generateGcpDemoLogs();

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

type Entry = Record<string, any>;
const entries = (): Entry[] => [...logs.files.values()].flatMap((text) => text.trimEnd().split('\n').map((line) => JSON.parse(line) as Entry));

/** Attack step → the built-in rule that must raise a signal for it (and the principal it names). */
const EXPECTED: { step: number; rule: string; actor: string }[] = [
  { step: 1, rule: 'gcp-audit-discovery-burst', actor: names.ciDeployer },
  { step: 3, rule: 'gcp-audit-sa-key-created', actor: names.ciDeployer },
  { step: 4, rule: 'gcp-audit-iam-privileged-role-external', actor: names.terraform },
  { step: 4, rule: 'gcp-audit-impersonation-role-granted', actor: names.terraform },
  { step: 5, rule: 'gcp-audit-sa-impersonated-by-user', actor: names.attackerGmail },
  { step: 6, rule: 'gcp-audit-storage-bucket-public', actor: names.attackerGmail },
  { step: 7, rule: 'gcp-audit-logging-sink-deleted', actor: names.attackerGmail },
];

describe('Google Cloud demo audit logs', () => {
  let result: DetectResult;
  before(async () => {
    result = await detect({ inputs: [GCP_DEMO_LOGS_DIR], noBuiltin: false, intel: [] });
  });

  it('are up to date with src/providers/gcp/demo/logs.ts (run `npx tsc -p tsconfig.json && node dist/scripts/build-gcp-demo-logs.js`)', () => {
    const bundled = listFiles(GCP_DEMO_LOGS_DIR).map((f) => relative(GCP_DEMO_LOGS_DIR, f).split('\\').join('/')).sort();
    assert.deepEqual(bundled, [...logs.files.keys()].sort());
    for (const [file, text] of logs.files) assert.equal(readFileSync(join(GCP_DEMO_LOGS_DIR, file), 'utf8'), text, file);
    // Deterministic: a second generation is identical.
    assert.deepEqual([...generateGcpDemoLogs().files], [...logs.files]);
  });

  it('are Cloud Audit Logs entries as a sink writes them, each in the file of its log and hour', () => {
    const ids = new Set<string>();
    for (const [file, text] of logs.files) {
      const m = /^cloudaudit\.googleapis\.com\/(activity|data_access|system_event)\/2026\/11\/20\/(\d{2}):00:00_\2:59:59_S0\.json$/.exec(file);
      assert.ok(m, file);
      for (const line of text.trimEnd().split('\n')) {
        const e = JSON.parse(line) as Entry;
        assert.equal(e.protoPayload['@type'], 'type.googleapis.com/google.cloud.audit.AuditLog');
        assert.equal(e.logName, `projects/${e.resource.labels.project_id}/logs/cloudaudit.googleapis.com%2F${m[1]}`);
        assert.equal(e.timestamp.slice(11, 13), m[2], `${file}: ${e.timestamp}`);
        assert.match(e.timestamp, /^2026-11-20T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
        assert.ok(e.receiveTimestamp >= e.timestamp);
        assert.ok(typeof e.protoPayload.authenticationInfo.principalEmail === 'string');
        assert.ok(!ids.has(e.insertId), `duplicate insertId ${e.insertId}`);
        ids.add(e.insertId);
      }
    }
    assert.equal(ids.size, logs.entries);
  });

  it('hold no secret material', () => {
    const text = [...logs.files.values()].join('');
    assert.ok(!/private_key_data|privateKeyData|-----BEGIN|ya29\.|"payload"\s*:\s*\{\s*"data"/i.test(text));
  });

  it('are read without issues', () => {
    assert.deepEqual(result.readIssues, []);
    assert.deepEqual(result.ruleIssues, []);
    assert.equal(result.events, logs.entries);
  });

  it('raise the expected signal for each step of the attack', () => {
    const attackIds = new Set(logs.attack.keys());
    for (const { step, rule, actor } of EXPECTED) {
      const signals = result.signals.filter((s) => s.ruleId === rule);
      assert.equal(signals.length, 1, `step ${step}: one ${rule} signal (got ${signals.length})`);
      const s = signals[0];
      assert.equal(s.actor?.email, actor, `${rule} actor`);
      assert.equal(s.provider, 'gcp');
      assert.ok(s.eventIds.length > 0 && s.eventIds.every((id) => attackIds.has(id) && logs.attack.get(id) === step), `${rule}: events of step ${step} only`);
    }
    assert.ok(result.signals.find((s) => s.ruleId === 'gcp-audit-discovery-burst')!.sourceIps.includes('192.0.2.213'));
  });

  it('raise nothing on the ordinary activity', () => {
    const attackIds = new Set(logs.attack.keys());
    const ordinary = result.signals.filter((s) => s.eventIds.some((id) => !attackIds.has(id)));
    assert.deepEqual(ordinary.map((s) => `${s.ruleId} ${s.actor?.email}`), []);
    assert.deepEqual(result.signals.map((s) => s.ruleId).sort(), EXPECTED.map((e) => e.rule).sort());
  });

  it('tell the story of the demo snapshot', () => {
    const all = entries();
    const stolenKey = `//iam.googleapis.com/projects/${GCP_DEMO.prod.projectId}/serviceAccounts/${names.ciDeployer}/keys/${names.ciKeyId}`;
    // The leaked key is the CI key of the snapshot, used by CI in the morning and by the attacker in the afternoon.
    const uses = all.filter((e) => e.protoPayload.authenticationInfo.serviceAccountKeyName === stolenKey);
    assert.ok(uses.some((e) => logs.attack.has(e.insertId)) && uses.some((e) => !logs.attack.has(e.insertId)));
    // The attack is in the afternoon, after the snapshot was taken (collectedAt).
    const attack = all.filter((e) => logs.attack.has(e.insertId));
    assert.ok(attack.every((e) => e.timestamp > GCP_DEMO.collectedAt));
    // The denied SetIamPolicy (step 2) raises nothing: failed calls carry no policy delta.
    const denied = attack.find((e) => e.protoPayload.methodName === 'SetIamPolicy' && e.protoPayload.status.code === 7)!;
    assert.equal(denied.protoPayload.serviceData, undefined);
  });
});
