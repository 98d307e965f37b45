import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { correlate } from '../../../src/correlate/engine.js';
import { fromSignal } from '../../../src/correlate/entities.js';
import { detect, type DetectResult } from '../../../src/detect/pipeline.js';
import { AZURE_DEMO, AZURE_DEMO_LOGS_DIR, loadAzureDemoSnapshot } from '../../../src/providers/azure/demo/index.js';
import { generateAzureDemoLogs } from '../../../src/providers/azure/demo/logs.js';
import { AZURE_TYPES, type DiagnosticSettingConfig, type StorageAccountConfig } from '../../../src/providers/azure/model/index.js';

const { names, prod } = AZURE_DEMO;
const logs = generateAzureDemoLogs();

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

type Rec = Record<string, any>;
const records = (): Rec[] => [...logs.files.values()].flatMap((text) => text.trimEnd().split('\n').map((line) => JSON.parse(line) as Rec));

/** Attack step → the built-in rule that must raise a signal for it (and who it names). */
const EXPECTED: { step: number; rule: string; actor: string }[] = [
  { step: 1, rule: 'azure-activity-storage-keys-harvest', actor: names.backupAppId },
  { step: 2, rule: 'azure-activity-privileged-role-assigned-broad-scope', actor: names.backupAppId },
  { step: 3, rule: 'azure-activity-diagnostic-setting-deleted', actor: names.backupAppId },
  { step: 4, rule: 'azure-activity-nsg-admin-port-open-to-internet', actor: names.backupAppId },
  { step: 5, rule: 'azure-activity-vm-run-command', actor: names.backupAppId },
  { step: 6, rule: 'azure-activity-storage-keys-listed-by-guest', actor: names.guestMail },
  { step: 7, rule: 'azure-activity-disk-export', actor: names.guestMail },
];

describe('Azure demo Activity Log', () => {
  let result: DetectResult;
  before(async () => {
    result = await detect({ inputs: [AZURE_DEMO_LOGS_DIR], noBuiltin: false, intel: [] });
  });

  it('is up to date with src/providers/azure/demo/logs.ts (run `npx tsc -p tsconfig.json && node dist/scripts/build-azure-demo-logs.js`)', () => {
    const bundled = listFiles(AZURE_DEMO_LOGS_DIR).map((f) => relative(AZURE_DEMO_LOGS_DIR, f).split('\\').join('/')).sort();
    assert.deepEqual(bundled, [...logs.files.keys()].sort());
    for (const [file, text] of logs.files) assert.equal(readFileSync(join(AZURE_DEMO_LOGS_DIR, file), 'utf8'), text, file);
    assert.deepEqual([...generateAzureDemoLogs().files], [...logs.files], 'deterministic');
  });

  it('is the storage export of diagnostic settings: one blob per subscription and hour, one record per line', () => {
    for (const [file, text] of logs.files) {
      const m = /^insights-activity-logs\/resourceId=\/SUBSCRIPTIONS\/([0-9A-F-]{36})\/y=2026\/m=11\/d=20\/h=(\d{2})\/m=00\/PT1H\.json$/.exec(file);
      assert.ok(m, file);
      for (const line of text.trimEnd().split('\n')) {
        const r = JSON.parse(line) as Rec;
        assert.match(r.time, /^2026-11-20T\d{2}:\d{2}:\d{2}\.\d{7}Z$/);
        assert.equal(r.time.slice(11, 13), m[2], `${file}: ${r.time}`);
        assert.ok(r.resourceId.startsWith(`/SUBSCRIPTIONS/${m[1]}/`), r.resourceId);
        assert.equal(r.operationName, r.operationName.toUpperCase());
        assert.equal(r.category, 'Administrative');
        assert.ok(['Start', 'Accept', 'Success', 'Failure'].includes(r.resultType));
        assert.ok(r.correlationId && r.callerIpAddress && r.identity.claims && r.identity.authorization.evidence.role);
        assert.equal(r.properties.entity.toUpperCase(), r.resourceId);
      }
    }
    // Every operation is a Start and an outcome sharing its correlation id.
    const byCorrelation = new Map<string, string[]>();
    for (const r of records()) byCorrelation.set(r.correlationId, [...(byCorrelation.get(r.correlationId) ?? []), r.resultType]);
    for (const [id, phases] of byCorrelation) assert.ok(phases[0] === 'Start' && ['Success', 'Failure'].includes(phases[phases.length - 1]), `${id}: ${phases.join(',')}`);
  });

  it('holds no secret material', () => {
    const text = [...logs.files.values()].join('');
    assert.ok(!/"keys"\s*:\s*\[|"value"\s*:\s*"[A-Za-z0-9+/]{40,}|accessSAS|sig=|adminPassword|-----BEGIN/i.test(text));
  });

  it('is read without issues', () => {
    assert.deepEqual(result.readIssues, []);
    assert.deepEqual(result.ruleIssues, []);
    assert.equal(result.events, logs.records);
  });

  it('raises the expected signal for each step of the attack', () => {
    for (const { step, rule, actor } of EXPECTED) {
      const signals = result.signals.filter((s) => s.ruleId === rule);
      assert.equal(signals.length, 1, `step ${step}: one ${rule} signal (got ${signals.length})`);
      const s = signals[0];
      assert.equal(s.provider, 'azure');
      assert.equal(s.actor?.email ?? s.actor?.arn, actor, `${rule} actor`);
      assert.ok(s.eventIds.length > 0 && s.eventIds.every((id) => logs.attack.get(id) === step), `${rule}: events of step ${step} only`);
      assert.deepEqual(s.sourceIps, [names.attackerIp]);
    }
  });

  it('raises nothing on the ordinary day', () => {
    const ordinary = result.signals.filter((s) => s.eventIds.some((id) => !logs.attack.has(id)));
    assert.deepEqual(ordinary.map((s) => `${s.ruleId} ${s.actor?.arn}`), []);
    assert.deepEqual(result.signals.map((s) => s.ruleId).sort(), EXPECTED.map((e) => e.rule).sort());
  });

  it('joins the attack into one attack sequence', () => {
    const sequences = correlate(result.signals.map(fromSignal), {});
    assert.equal(sequences.length, 1, sequences.map((s) => s.template).join(', '));
    const [seq] = sequences;
    assert.equal(seq.template, 'defense-evasion-then-impact');
    assert.equal(seq.severity, 'CRITICAL');
    assert.deepEqual(seq.members.map((m) => m.ruleId), EXPECTED.map((e) => e.rule), 'every step, in time order');
    // The service principal and the guest it made Owner are one intrusion.
    assert.ok(seq.principals.includes(names.backupAppId) && seq.principals.includes(names.guestMail), seq.principals.join(', '));
    assert.deepEqual(seq.sourceIps, [names.attackerIp]);
  });

  it('tells the story of the demo snapshot', async () => {
    const snapshot = await loadAzureDemoSnapshot();
    const all = records();
    // The stolen credential is the backup automation's never-expiring secret: the same app works normally at night.
    const backup = all.filter((r) => r.identity.claims.appid === names.backupAppId && r.identity.claims.idtyp === 'app');
    assert.ok(backup.some((r) => r.callerIpAddress === names.automationIp) && backup.some((r) => r.callerIpAddress === names.attackerIp));
    const app = snapshot.resources.find((r) => r.type === AZURE_TYPES.application && r.name === names.backupApp)!;
    assert.equal((app.config as { passwordCredentials: { endDateTime: string }[] }).passwordCredentials[0].endDateTime, '2299-12-31T00:00:00Z');
    // The attack is in the afternoon, after the snapshot was taken.
    const attackTimes = all.filter((r) => r.callerIpAddress === names.attackerIp).map((r) => r.time as string);
    assert.ok(attackTimes.length && attackTimes.every((t) => t > AZURE_DEMO.collectedAt));
    // The deleted setting is the workspace export; the storage archive these records come from stays.
    const settings = snapshot.resources.filter((r) => r.type === AZURE_TYPES.diagnosticSetting && r.account === prod.subscriptionId && (r.config as DiagnosticSettingConfig).targetResourceId === `/subscriptions/${prod.subscriptionId}`);
    assert.deepEqual(settings.map((s) => s.name).sort(), [names.activityLogArchive, names.activityLogSetting].sort());
    const archive = settings.find((s) => s.name === names.activityLogArchive)!.config as DiagnosticSettingConfig;
    const account = snapshot.resources.find((r) => r.uid === archive.storageAccountId!.toLowerCase())!;
    assert.ok((account.config as StorageAccountConfig).containers!.some((c) => c.name === 'insights-activity-logs'));
    // Every resource the attack touched is in the snapshot (the snapshot made by the attack excepted).
    const uids = new Set(snapshot.resources.map((r) => r.uid));
    const touched = [...new Set(all.filter((r) => r.callerIpAddress === names.attackerIp).map((r) => (r.resourceId as string).toLowerCase()))];
    const unknown = touched.filter((id) => !uids.has(id) && !/\/(roleassignments|securityrules|snapshots)\//.test(id));
    assert.deepEqual(unknown, []);
  });
});
