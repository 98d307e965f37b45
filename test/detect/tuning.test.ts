/**
 * Detection tuning through detect() with the built-in rules: per-rule allowlists, automation
 * principals honoured by `mamori.deployment` rules, learned baselines that lower a routine actor's
 * signal one step and never hide a new behaviour; and one CLI run with a config file.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EntityResolver } from '../../src/correlate/entities.js';
import { Baseline } from '../../src/detect/baseline/index.js';
import { detect, type DetectResult } from '../../src/detect/pipeline.js';
import { lowerOneStep, type DetectionTuning } from '../../src/detect/tuning.js';
import { FindingStore } from '../../src/hub/store/store.js';
import { runMamori } from '../support/mamori-process.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-tuning-'));
const ACCOUNT = '111122223333';
const LAMBDA_RULE = 'aws-ct-lambda-function-code-updated';
const BURST_RULE = 'aws-ct-access-denied-burst';
const ADMIN_RULE = 'aws-ct-iam-admin-policy-attached';

const ciRole = {
  type: 'AssumedRole',
  principalId: 'AROAYVQ4EXAMPLECIDEPL:GitHubActions-8123456789',
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ci-deploy/GitHubActions-8123456789`,
  accountId: ACCOUNT,
  accessKeyId: 'ASIAYVQ4EXAMPLECI001',
  sessionContext: {
    sessionIssuer: { type: 'Role', principalId: 'AROAYVQ4EXAMPLECIDEPL', arn: `arn:aws:iam::${ACCOUNT}:role/ci-deploy`, accountId: ACCOUNT, userName: 'ci-deploy' },
    webIdFederationData: { federatedProvider: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`, attributes: {} },
    attributes: { creationDate: '2026-11-20T02:59:58Z', mfaAuthenticated: 'false' },
  },
};
const alice = { type: 'IAMUser', principalId: 'AIDAYVQ4EXAMPLEALICE1', arn: `arn:aws:iam::${ACCOUNT}:user/alice`, accountId: ACCOUNT, accessKeyId: 'AKIAYVQ4EXAMPLEALC01', userName: 'alice' };
const scanner = { type: 'IAMUser', principalId: 'AIDAYVQ4EXAMPLESCAN01', arn: `arn:aws:iam::${ACCOUNT}:user/secscan`, accountId: ACCOUNT, accessKeyId: 'AKIAYVQ4EXAMPLESCN01', userName: 'secscan' };
const CLI = 'aws-cli/2.18.4 md/awscrt#0.21.5 ua/2.0 os/linux#6.8.0-1017-aws md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard';

function ct(over: Record<string, unknown>): Record<string, unknown> {
  return {
    eventVersion: '1.10',
    eventTime: '2026-11-20T03:00:00Z',
    awsRegion: 'ap-northeast-1',
    sourceIPAddress: '10.20.1.15',
    userAgent: CLI,
    requestParameters: null,
    responseElements: null,
    requestID: randomUUID(),
    eventID: randomUUID(),
    readOnly: false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: 'Management',
    ...over,
  };
}

const updateCode = (identity: object, ip: string, at = '2026-11-20T03:00:00Z') =>
  ct({
    userIdentity: identity,
    eventTime: at,
    eventSource: 'lambda.amazonaws.com',
    eventName: 'UpdateFunctionCode20150331v2',
    sourceIPAddress: ip,
    requestParameters: { functionName: 'orders-api', publish: true, dryRun: false },
    responseElements: { functionName: 'orders-api', functionArn: `arn:aws:lambda:ap-northeast-1:${ACCOUNT}:function:orders-api`, runtime: 'python3.12', codeSize: 48211 },
  });

const attachAdmin = (identity: object, at: string, ip: string, target: { roleName?: string; userName?: string }) =>
  ct({
    userIdentity: identity,
    eventTime: at,
    eventSource: 'iam.amazonaws.com',
    eventName: target.roleName ? 'AttachRolePolicy' : 'AttachUserPolicy',
    awsRegion: 'us-east-1',
    sourceIPAddress: ip,
    requestParameters: { ...target, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
  });

const DENIABLE = [
  ['iam', 'ListUsers', 'AccessDenied'], ['iam', 'ListRoles', 'AccessDenied'], ['iam', 'ListPolicies', 'AccessDenied'], ['iam', 'GetAccountAuthorizationDetails', 'AccessDenied'],
  ['ec2', 'DescribeInstances', 'Client.UnauthorizedOperation'], ['ec2', 'DescribeSnapshots', 'Client.UnauthorizedOperation'], ['ec2', 'DescribeVpcs', 'Client.UnauthorizedOperation'],
  ['secretsmanager', 'ListSecrets', 'AccessDeniedException'], ['kms', 'ListKeys', 'AccessDeniedException'], ['lambda', 'ListFunctions20150331', 'AccessDeniedException'],
  ['s3', 'ListBuckets', 'AccessDenied'], ['rds', 'DescribeDBInstances', 'AccessDenied'], ['ssm', 'DescribeParameters', 'AccessDeniedException'],
  ['dynamodb', 'ListTables', 'AccessDeniedException'], ['sns', 'ListTopics', 'AccessDenied'], ['sqs', 'ListQueues', 'AccessDenied'],
] as const;

/** `n` denied calls by `identity` from `ip`, one every 10 s from `start`, over the first `apis` of DENIABLE in turn. */
function denied(identity: { arn: string }, ip: string, n: number, start: number, apis: number = DENIABLE.length): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const [service, name, code] = DENIABLE[i % apis];
    return ct({
      userIdentity: identity,
      eventTime: new Date(start + i * 10_000).toISOString().replace('.000Z', 'Z'),
      eventSource: `${service}.amazonaws.com`,
      eventName: name,
      sourceIPAddress: ip,
      readOnly: true,
      errorCode: code,
      errorMessage: `User: ${identity.arn} is not authorized to perform: ${service}:${name} because no identity-based policy allows the action`,
    });
  });
}

let files = 0;
function logFile(records: Record<string, unknown>[]): string {
  const path = join(dir, `log${++files}.json`);
  writeFileSync(path, JSON.stringify({ Records: records }));
  return path;
}

const run = (records: Record<string, unknown>[], tuning?: DetectionTuning, extra: Partial<Parameters<typeof detect>[0]> = {}) =>
  detect({ inputs: [logFile(records)], intel: [], tuning, ...extra });
const fired = (r: DetectResult, rule: string) => r.signals.filter((s) => s.ruleId === rule);

const ciAutomation: DetectionTuning = {
  allowlists: [],
  automation: [{ name: 'github-actions', principals: [`arn:aws:iam::${ACCOUNT}:role/ci-deploy`], note: 'deploys from GitHub Actions (OIDC)' }],
};

describe('detection tuning: automation principals', () => {
  it('a CI role updating Lambda code is quiet when declared and loud when not', async () => {
    const records = [updateCode(ciRole, '140.82.112.21')];
    const loud = await run(records);
    assert.equal(fired(loud, LAMBDA_RULE).length, 1, 'not declared: the deployment rule fires');
    assert.equal(loud.tuning, undefined, 'no tuning, nothing to report');

    const quiet = await run(records, ciAutomation);
    assert.equal(fired(quiet, LAMBDA_RULE).length, 0);
    assert.deepEqual(quiet.tuning?.automation, [{ name: 'github-actions', note: 'deploys from GitHub Actions (OIDC)', matches: 1, byRule: { [LAMBDA_RULE]: 1 } }]);
  });

  it('does not cover a person, nor rules that are not about deployments', async () => {
    const r = await run(
      [updateCode(alice, '203.0.113.24'), attachAdmin(ciRole, '2026-11-20T03:05:00Z', '140.82.112.21', { userName: 'ci-backdoor' })],
      ciAutomation,
    );
    assert.equal(fired(r, LAMBDA_RULE).length, 1, 'alice is not automation');
    assert.equal(fired(r, ADMIN_RULE).length, 1, 'a CI role granting admin is not a deployment');
    assert.equal(r.tuning?.automation[0].matches, 0);
  });

  it('limits the declaration to the given addresses and clients', async () => {
    const tuning: DetectionTuning = { allowlists: [], automation: [{ ...ciAutomation.automation[0], sourceIps: ['140.82.112.0/20'] }] };
    const r = await run([updateCode(ciRole, '140.82.112.21'), updateCode(ciRole, '185.220.101.34', '2026-11-20T03:01:00Z')], tuning);
    assert.equal(fired(r, LAMBDA_RULE).length, 1, 'the same role from a Tor exit still fires');
    assert.deepEqual(fired(r, LAMBDA_RULE)[0].sourceIps, ['185.220.101.34']);
  });
});

describe('detection tuning: allowlists', () => {
  const start = Date.parse('2026-11-20T03:00:00Z');
  const scannerEntry = (over: Partial<DetectionTuning['allowlists'][number]> = {}): DetectionTuning => ({
    automation: [],
    allowlists: [{ name: 'secscan', rules: [BURST_RULE], sourceIps: ['10.50.0.0/16'], note: 'the weekly permission scanner', ...over }],
  });

  it('an allowlisted scanner address does not fill the access-denied burst', async () => {
    // Denied calls on 15 different APIs from the scanner's address and on 6 from elsewhere, in one
    // 10-minute window: the burst (10 different APIs) fires on them together, never on the 6 alone.
    const records = [...denied(scanner, '10.50.3.7', 15, start), ...denied(scanner, '198.51.100.23', 10, start + 5_000, 6)].sort((a, b) => String(a.eventTime).localeCompare(String(b.eventTime)));
    const loud = await run(records);
    assert.equal(fired(loud, BURST_RULE).length, 1, 'without the entry the burst fires');

    const quiet = await run(records, scannerEntry());
    assert.equal(fired(quiet, BURST_RULE).length, 0, 'only the 6 APIs from elsewhere count: below the threshold');
    assert.deepEqual(quiet.tuning?.allowlists, [{ name: 'secscan', note: 'the weekly permission scanner', matches: 15, byRule: { [BURST_RULE]: 15 } }]);
  });

  it('an entry limited to one rule leaves the other rules alone', async () => {
    const r = await run([attachAdmin(scanner, '2026-11-20T03:00:00Z', '10.50.3.7', { roleName: 'scanner-temp' })], scannerEntry({ principals: [scanner.arn] }));
    assert.equal(fired(r, ADMIN_RULE).length, 1);
    assert.equal(r.tuning?.allowlists[0].matches, 0);
  });

  it('matches an assumed role by its role ARN, its session ARN, or its role name; every condition must hold', async () => {
    const records = [updateCode(ciRole, '140.82.112.21')];
    for (const cond of [{ principals: [`arn:aws:iam::${ACCOUNT}:role/ci-*`] }, { principals: [`arn:aws:sts::${ACCOUNT}:assumed-role/ci-deploy/GitHubActions-*`] }, { roles: ['ci-deploy'] }, { userAgents: ['*aws-cli/2.*'] }]) {
      const r = await run(records, { automation: [], allowlists: [{ rules: ['aws-ct-lambda-*'], note: 'n', ...cond }] });
      assert.equal(fired(r, LAMBDA_RULE).length, 0, JSON.stringify(cond));
    }
    const partial = await run(records, { automation: [], allowlists: [{ rules: ['*'], roles: ['ci-deploy'], accounts: ['444455556666'], note: 'n' }] });
    assert.equal(fired(partial, LAMBDA_RULE).length, 1, 'the account does not match');
  });

  it('an expired entry no longer applies and is reported', async () => {
    const r = await run([updateCode(ciRole, '140.82.112.21')], { automation: [], allowlists: [{ name: 'old', rules: ['*'], roles: ['ci-deploy'], expires: '2020-01-01', note: 'n' }] });
    assert.equal(fired(r, LAMBDA_RULE).length, 1);
    assert.deepEqual(r.tuning?.expired, [{ name: 'old', expires: '2020-01-01' }]);
    assert.deepEqual(r.tuning?.allowlists, []);
  });
});

describe('detection tuning: baselines lower, never hide', () => {
  it('lowers a routine actor one step and keeps a new network or a new API as it is', async () => {
    const store = await FindingStore.open(join(dir, `hub-${randomUUID()}.db`));
    try {
      const baseline = await Baseline.load(store, { learningDays: 1 });
      const office = '10.20.1.15';
      const records = [
        attachAdmin(alice, '2026-11-17T01:00:00Z', office, { roleName: 'ops-break-glass' }), // learning
        attachAdmin(alice, '2026-11-20T01:00:00Z', office, { roleName: 'ops-incident-42' }), // routine
        attachAdmin(alice, '2026-11-20T01:10:00Z', '185.220.101.34', { roleName: 'ops-incident-43' }), // new network
        attachAdmin(alice, '2026-11-20T01:20:00Z', office, { userName: 'bob' }), // new API
      ];
      const r = await run(records, undefined, { baseline });
      const bySeverity = Object.fromEntries(fired(r, ADMIN_RULE).map((s) => [s.dedupKey?.['requestParameters.roleName'] || s.dedupKey?.['requestParameters.userName'], s]));
      assert.equal(fired(r, ADMIN_RULE).length, 4, 'a baseline never drops a signal');
      assert.equal(bySeverity['ops-break-glass'].severity, 'MEDIUM', 'while learning');
      assert.equal(bySeverity['ops-incident-42'].severity, 'LOW', 'routine: lowered');
      const why = bySeverity['ops-incident-42'].evidence?.baseline as { lowered: string; reason: string };
      assert.equal(why.lowered, 'MEDIUM → LOW');
      assert.match(why.reason, /iam:AttachRolePolicy.*10\.20\.1\.0\/24.*aws-cli/);
      assert.equal(bySeverity['ops-incident-43'].severity, 'MEDIUM', 'new network');
      assert.equal(bySeverity['bob'].severity, 'MEDIUM', 'new API');
      assert.equal(bySeverity['bob'].evidence?.baseline, undefined);
      assert.equal(r.tuning?.lowered, 1);
    } finally {
      await store.close();
    }
  });

  it('steps down once and never below LOW', () => {
    assert.deepEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => lowerOneStep(s as never)), ['HIGH', 'MEDIUM', 'LOW', 'LOW', 'INFORMATIONAL']);
  });
});

describe('mamori detect with a config file', () => {
  it('applies the config, says what each entry withheld and that an expired one no longer applies', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mamori-tuning-home-'));
    const config = join(home, 'mamori.yaml');
    writeFileSync(
      config,
      [
        'detection:',
        '  automation:',
        '    - name: github-actions',
        `      principals: arn:aws:iam::${ACCOUNT}:role/ci-deploy`,
        '      note: deploys from GitHub Actions',
        '  allowlists:',
        '    - name: retired-scanner',
        `      rules: ${BURST_RULE}`,
        '      sourceIps: 10.50.0.0/16',
        '      expires: 2020-01-01',
        '      note: the old scanner',
        '',
      ].join('\n'),
    );
    const logs = logFile([updateCode(ciRole, '140.82.112.21'), updateCode(alice, '203.0.113.24', '2026-11-20T03:02:00Z')]);
    const table = await runMamori(['detect', logs, '--no-store', '--no-correlate'], { db: join(home, 'hub.db'), home, config, deadlineMs: 60_000 });
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /automation github-actions: withheld 1 match\(es\) \(aws-ct-lambda-function-code-updated 1\)/);
    assert.match(table.stdout, /arn:aws:iam::111122223333:user\/alice/);
    assert.equal(table.stderr.match(/detection allowlist "retired-scanner" expired 2020-01-01: no longer applied/g)?.length, 1, table.stderr);

    const json = await runMamori(['detect', logs, '--no-store', '--no-correlate', '--output', 'json'], { db: join(home, 'hub.db'), home, config, deadlineMs: 60_000 });
    const out = JSON.parse(json.stdout) as DetectResult;
    assert.equal(out.tuning?.automation[0].matches, 1);
    assert.deepEqual(out.tuning?.expired, [{ name: 'retired-scanner', expires: '2020-01-01' }]);
    assert.deepEqual(out.signals.filter((s) => s.ruleId === LAMBDA_RULE).map((s) => s.actor?.arn), [alice.arn]);
  });
});

describe('detection tuning: allowlists on principal tags (from the inventory)', () => {
  // CloudTrail records carry no principal tags: the role behind a session and an IAM user are
  // looked up in the inventory (EntityResolver over a snapshot's AWS::IAM::Role / AWS::IAM::User).
  const snapshot = {
    scope: { accounts: [ACCOUNT] },
    resources: [
      { uid: `arn:aws:iam::${ACCOUNT}:role/deploy/ci-deploy`, provider: 'aws', account: ACCOUNT, region: 'global', type: 'AWS::IAM::Role', name: 'ci-deploy', tags: { 'mamori:automation': 'github-actions', team: 'platform' }, config: {} },
      { uid: `arn:aws:iam::${ACCOUNT}:user/alice`, provider: 'aws', account: ACCOUNT, region: 'global', type: 'AWS::IAM::User', name: 'alice', tags: { team: 'payments' }, config: {} },
    ],
  };
  const tagged: DetectionTuning = {
    allowlists: [{ name: 'tagged-automation', rules: [LAMBDA_RULE], tags: { 'mamori:automation': ['*'] }, note: 'roles tagged as automation deploy code' }],
    automation: [],
  };

  it('withholds the match of a role session whose role carries the tag (role path in the inventory, none in the session ARN)', async () => {
    const resolver = EntityResolver.fromSnapshot(snapshot as never);
    const r = await run([updateCode(ciRole, '140.82.112.21')], tagged, { principalTags: resolver });
    assert.equal(fired(r, LAMBDA_RULE).length, 0);
    assert.equal(r.tuning?.allowlists[0].matches, 1);
  });

  it('does not withhold a principal without the tag, one with another value, or any principal when no inventory is known', async () => {
    const resolver = EntityResolver.fromSnapshot(snapshot as never);
    const other = await run([updateCode(alice, '10.20.1.15')], tagged, { principalTags: resolver });
    assert.equal(fired(other, LAMBDA_RULE).length, 1, 'alice has no mamori:automation tag');
    const wrongValue: DetectionTuning = { allowlists: [{ rules: [LAMBDA_RULE], tags: { team: ['security'] }, note: 'n' }], automation: [] };
    assert.equal(fired(await run([updateCode(ciRole, '140.82.112.21')], wrongValue, { principalTags: resolver }), LAMBDA_RULE).length, 1, 'team is platform, not security');
    const blind = await run([updateCode(ciRole, '140.82.112.21')], tagged);
    assert.equal(fired(blind, LAMBDA_RULE).length, 1, 'no inventory: the allowlist cannot know the tags and withholds nothing');
    assert.deepEqual(blind.tuning?.tagsWithoutInventory, ['tagged-automation']);
  });
});
