import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { defaultConfigPath, loadConfig } from '../../src/config/index.js';
import { parseConfig } from '../../src/config/parse.js';
import { applyAutomation } from '../../src/hub/automation.js';
import type { HubFinding } from '../../src/hub/model.js';
import { matchSuppression } from '../../src/hub/suppressions.js';
import { MamoriError } from '../../src/model/errors.js';
import type { NotifyTarget } from '../../src/hub/notify/types.js';
import type { RiskSettings } from '../../src/hub/risk.js';
import type { NotificationTarget, RiskConfig } from '../../src/config/index.js';

// The config's sections are what notification delivery and the risk grid take (checked by tsc).
const targetFitsDelivery = (t: NotificationTarget): NotifyTarget => t;
const riskFitsGrid = (r: RiskConfig): RiskSettings => r;
void targetFitsDelivery;
void riskFitsGrid;

const dir = mkdtempSync(join(tmpdir(), 'mamori-config-'));
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..').replace(/\/dist$/, '');
const EXAMPLE = join(repo, 'examples', 'mamori.yaml');
const EXAMPLE_ENV = {
  MAMORI_SLACK_URL: 'https://hooks.slack.com/services/T000/B000/xyz',
  MAMORI_TEAMS_URL: 'https://example.webhook.office.com/webhookb2/abc',
  MAMORI_WEBHOOK_SECRET: 's3cr3t-hmac',
};

let n = 0;
function write(text: string, name = `c${++n}.yaml`): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function loadError(path: string | undefined, env: NodeJS.ProcessEnv = {}, homeDir = dir): Promise<string> {
  try {
    await loadConfig(path, { env, homeDir });
  } catch (err) {
    assert.ok(err instanceof MamoriError, String(err));
    assert.equal(err.message.includes('\n'), false, `one line: ${err.message}`);
    return err.message;
  }
  assert.fail('expected an error');
}

function finding(over: Partial<HubFinding> = {}): HubFinding {
  return {
    id: 'f', kind: 'posture', source: 'mamori', ruleId: 'aws-s3-bucket-require-tls', title: 't', severity: 'MEDIUM',
    originalSeverity: 'MEDIUM', complianceStatus: 'FAIL', workflowStatus: 'NEW', provider: 'aws', account: '333333333333',
    region: 'us-east-1', resourceUid: 'arn:aws:s3:::b', resourceType: 'AWS::S3::Bucket', resourceName: 'b', resourceTags: {},
    frameworks: {}, reason: 'r', risk: { level: 'LOW', likelihood: 'LOW', impact: 'LOW', factors: [] },
    firstSeen: '2026-01-01T00:00:00Z', lastSeen: '2026-01-01T00:00:00Z', timesSeen: 1, updatedAt: '2026-01-01T00:00:00Z', userFields: {},
    ...over,
  };
}

describe('config: resolution', () => {
  it('a missing default file means defaults only', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mamori-home-'));
    const c = await loadConfig(undefined, { env: {}, homeDir: home });
    assert.equal(c.path, undefined);
    assert.deepEqual(c.automation, []);
    assert.equal(c.risk.criticalityTag, 'mamori:criticality');
    assert.equal(c.risk.dataClassificationTag, 'data-classification');
    assert.deepEqual(c.risk.sensitiveDataValues, ['confidential', 'restricted', 'pii']);
  });

  it('explicit path, then MAMORI_CONFIG, then ~/.mamori/config.yaml', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mamori-home-'));
    mkdirSync(join(home, '.mamori'));
    writeFileSync(defaultConfigPath(home), 'db: /var/lib/home.db\n');
    const fromEnv = write('db: /var/lib/env.db\n');
    const explicit = write('db: /var/lib/explicit.db\n');
    assert.equal((await loadConfig(explicit, { env: { MAMORI_CONFIG: fromEnv }, homeDir: home })).db, '/var/lib/explicit.db');
    assert.equal((await loadConfig(undefined, { env: { MAMORI_CONFIG: fromEnv }, homeDir: home })).db, '/var/lib/env.db');
    const c = await loadConfig(undefined, { env: {}, homeDir: home });
    assert.equal(c.db, '/var/lib/home.db');
    assert.equal(c.path, defaultConfigPath(home));
  });

  it('a missing explicit file is an error', async () => {
    assert.match(await loadError(join(dir, 'nope.yaml')), /^config file not found: .*nope\.yaml$/);
    assert.match(await loadError(undefined, { MAMORI_CONFIG: join(dir, 'nope.yaml') }), /not found: .*\(from MAMORI_CONFIG\)$/);
  });

  it('an empty file is an empty config; relative db paths are relative to the file', async () => {
    assert.deepEqual((await loadConfig(write('# nothing yet\n'), { env: {} })).notifications, []);
    assert.equal((await loadConfig(write('db: data/hub.db\n'), { env: {} })).db, join(dir, 'data', 'hub.db'));
    assert.equal((await loadConfig(write('db: postgres://u@h/db\n'), { env: {} })).db, 'postgres://u@h/db');
    assert.match(await loadError(write('db: mysql://u@h/db\n')), /:1:5: db: expected a file path or a postgres:\/\/ URL$/);
  });
});

describe('config: the example file', () => {
  it('loads without errors and drives automation and suppressions', async () => {
    const c = await loadConfig(EXAMPLE, { env: EXAMPLE_ENV });
    assert.equal(c.automation.length, 6);
    assert.equal(c.suppressions.length, 3);
    assert.deepEqual(c.notifications.map((t) => t.type), ['slack', 'teams', 'webhook', 'sns', 'eventbridge']);
    const slack = c.notifications[0];
    assert.equal(slack.type === 'slack' && slack.url, EXAMPLE_ENV.MAMORI_SLACK_URL);
    const sns = c.notifications[3];
    assert.equal(sns.type === 'sns' && sns.region, 'us-east-1');
    assert.deepEqual(c.notifications[2].events, ['any']);
    assert.deepEqual(c.notifications[4].events, ['new', 'reopened']);
    assert.deepEqual(c.risk.productionAccounts, ['111111111111']);

    const prod = applyAutomation(finding({ account: '111111111111' }), c.automation);
    assert.equal(prod.finding.severity, 'CRITICAL');
    const sandbox = applyAutomation(finding({ account: '222222222222', ruleId: 'aws-ec2-security-group-open-ssh' }), c.automation);
    assert.equal(sandbox.finding.workflowStatus, 'RESOLVED');
    const s = matchSuppression(finding({ ruleId: 'aws-s3-bucket-public-read', resourceUid: 'arn:aws:s3:::www.example.com' }), c.suppressions, '2026-06-01T00:00:00Z');
    assert.equal(s.by?.reason, 'Public static website by design');
    const iam = finding({ ruleId: 'aws-iam-root-mfa', account: '222222222222', region: 'global' });
    assert.equal(matchSuppression(iam, c.suppressions, '2026-06-01T00:00:00Z').suppressed, true);
    assert.equal(matchSuppression(iam, c.suppressions, '2027-01-01T00:00:00Z').expired?.reason, 'Sandbox IAM is rebuilt nightly');
  });
});

describe('config: errors name file:line:col and the setting', () => {
  it('unknown field in automation criteria', async () => {
    const path = write(
      [
        'automation:', //                                   1
        '  - name: first', //                                2
        '    criteria: { account: "111111111111" }', //      3
        '    actions: { stop: true }', //                    4
        '  - name: second', //                               5
        '    criteria:', //                                  6
        '      severty: { gte: HIGH }', //                   7
        '    actions:', //                                   8
        '      setSeverity: CRITICAL', //                    9
      ].join('\n'),
      'mamori.yaml',
    );
    assert.equal(await loadError(path), `${path}:7:7: automation[1].criteria.severty: unknown field (did you mean "severity"?)`);
  });

  it('unknown top-level, section and action fields', async () => {
    const p1 = write('risk:\n  productionAcounts: ["111111111111"]\n');
    assert.equal(await loadError(p1), `${p1}:2:3: risk.productionAcounts: unknown field (did you mean "productionAccounts"?)`);
    const p2 = write('db: x.db\nnotification: []\n');
    assert.equal(await loadError(p2), `${p2}:2:1: notification: unknown field (did you mean "notifications"?)`);
    const p3 = write('automation:\n  - name: a\n    criteria: { account: "111111111111" }\n    actions:\n      setSeverty: HIGH\n');
    assert.equal(await loadError(p3), `${p3}:5:7: automation[0].actions.setSeverty: unknown field (did you mean "setSeverity"?)`);
    const p4 = write('suppressions:\n  - rule: x\n    reason: y\n    expiers: 2026-01-01\n');
    assert.equal(await loadError(p4), `${p4}:4:5: suppressions[0].expiers: unknown field (did you mean "expires"?)`);
    const p5 = write('notifications:\n  - type: slak\n    name: s\n    url: https://x.example\n');
    assert.equal(await loadError(p5), `${p5}:2:11: notifications[0].type: unknown notification type "slak" (did you mean "slack"?)`);
  });

  it('bad values point at the value; missing ones at the entry', async () => {
    const p1 = write('automation:\n  - name: a\n    criteria:\n      timesSeen: { gte: many }\n    actions: { stop: true }\n');
    assert.equal(await loadError(p1), `${p1}:4:25: automation[0].criteria.timesSeen.gte: expected a number, got text`);
    const p2 = write('suppressions:\n  - rule: x\n    account: "111111111111"\n');
    assert.equal(await loadError(p2), `${p2}:2:5: suppressions[0].reason: required`);
    const p3 = write('risk:\n  productionAccounts: [1234]\n');
    assert.equal(await loadError(p3), `${p3}:2:24: risk.productionAccounts[0]: expected a 12-digit AWS account id`);
    const p4 = write('notifications:\n  - type: sns\n    name: t\n    topicArn: arn:aws:sns:us-east-1:111111111111:t\n    minRisk: SEVERE\n');
    assert.match(await loadError(p4), /:5:14: notifications\[0\]\.minRisk: unknown risk level "SEVERE"/);
  });

  it('reports the first problem and counts the rest', async () => {
    const p = write('risk:\n  sandboxAcounts: []\n  criticalityTg: x\n');
    assert.equal(await loadError(p), `${p}:2:3: risk.sandboxAcounts: unknown field (did you mean "sandboxAccounts"?) (and 1 more problem)`);
  });

  it('YAML syntax errors and duplicate keys', async () => {
    const p1 = write('risk:\n  criticalityTag: [unclosed\n');
    assert.match(await loadError(p1), new RegExp(`^${p1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: invalid YAML: `));
    const p2 = write('db: a.db\ndb: b.db\n');
    assert.match(await loadError(p2), /:2:1: invalid YAML: Map keys must be unique/);
    const p3 = write('- just\n- a list\n');
    assert.match(await loadError(p3), /:1:1: expected a mapping of settings/);
  });

  it('keeps account ids with a leading zero', () => {
    const c = parseConfig('risk:\n  productionAccounts: [012345678901]\nsuppressions:\n  - account: 012345678901\n    reason: r\n', { env: {} });
    assert.deepEqual(c.risk.productionAccounts, ['012345678901']);
    assert.equal(c.suppressions[0].account, '012345678901');
  });
});

describe('config: environment variables', () => {
  it('resolves ${env:NAME} at load, inside strings too; $${env:NAME} stays literal', async () => {
    const p = write(
      [
        'db: postgres://mamori:${env:PGPASS}@db.internal/mamori',
        'automation:',
        '  - name: note',
        '    criteria: { account: "111111111111" }',
        '    actions: { addNote: "literal $${env:NOT_RESOLVED}" }',
        'notifications:',
        '  - type: webhook',
        '    name: hook',
        '    url: ${env:HOOK_URL}',
        '    secret: ${env:HOOK_SECRET}',
      ].join('\n'),
    );
    const c = await loadConfig(p, { env: { PGPASS: 'pw', HOOK_URL: 'https://hooks.example.com/x', HOOK_SECRET: 'hmac-key' } });
    assert.equal(c.db, 'postgres://mamori:pw@db.internal/mamori');
    assert.equal(c.automation[0].actions.addNote, 'literal ${env:NOT_RESOLVED}');
    assert.deepEqual(c.notifications[0], {
      type: 'webhook', name: 'hook', url: 'https://hooks.example.com/x', secret: 'hmac-key', events: ['new', 'reopened'],
    });
  });

  it('uses MAMORI_CONFIG from the same environment', async () => {
    const p = write('notifications:\n  - type: slack\n    name: s\n    url: ${env:SLACK_URL}\n');
    const c = await loadConfig(undefined, { env: { MAMORI_CONFIG: p, SLACK_URL: 'https://hooks.slack.com/services/a' }, homeDir: dir });
    assert.equal(c.notifications[0].type === 'slack' && c.notifications[0].url, 'https://hooks.slack.com/services/a');
  });

  it('an unset variable is an error naming it', async () => {
    const p = write('notifications:\n  - type: slack\n    name: s\n    url: ${env:SLACK_URL}\n');
    assert.equal(await loadError(p, {}), `${p}:4:10: notifications[0].url: environment variable SLACK_URL is not set`);
  });

  it('never puts a resolved secret in an error message', async () => {
    const secret = 'xoxb-very-secret-token';
    // Not a URL: the error is about the value, yet must not show it.
    const p1 = write('notifications:\n  - type: slack\n    name: s\n    url: ${env:SLACK_URL}\n');
    const m1 = await loadError(p1, { SLACK_URL: secret });
    assert.equal(m1, `${p1}:4:10: notifications[0].url: expected an https:// URL`);
    // An http URL where https is required: the URL itself is the secret.
    const m2 = await loadError(p1, { SLACK_URL: `http://hooks.slack.com/${secret}` });
    assert.ok(!m2.includes(secret), m2);
    // A secret used where a choice is expected would be echoed by the message; it is redacted.
    const p3 = write('notifications:\n  - type: webhook\n    name: w\n    url: https://x.example\n    minSeverity: ${env:HOOK_SECRET}\n');
    const m3 = await loadError(p3, { HOOK_SECRET: secret });
    assert.ok(!m3.includes(secret), m3);
    assert.match(m3, /minSeverity: unknown severity "\*\*\*"/);
    // Invalid postgres URL with a password from the environment.
    const p4 = write('db: mysql://u:${env:PGPASS}@h/db\n');
    const m4 = await loadError(p4, { PGPASS: secret });
    assert.ok(!m4.includes(secret), m4);
  });
});

describe('config that refers to itself', () => {
  it('an alias inside its own anchor is one clear error, not a stack overflow', () => {
    assert.throws(() => parseConfig('a: &a [*a]\n', { env: {} }), { code: 'CONFIG_INVALID', message: /config\.yaml:1:1: invalid YAML: an alias .* endless value/ });
    // An alias used elsewhere (not inside itself) is fine.
    assert.doesNotThrow(() => parseConfig('risk:\n  productionAccounts: &prod ["111111111111"]\n  criticalResources: *prod\n', { env: {} }));
  });
});
