import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DEMO_LOGS, GENERATED_ENTRIES, generateDemoLogs, listFiles } from '../src/providers/aws/demo/logs/generate.js';

const root = fileURLToPath(new URL('../', import.meta.url)).replace(/\/dist\/$/, '/');
const logsDir = join(root, 'demo', 'logs');
const A = DEMO_LOGS.attacker;
const { prod, mgmt } = DEMO_LOGS.accounts;
const DAY_START = Date.parse('2026-11-19T00:00:00Z');
const DAY_END = Date.parse('2026-11-20T00:00:00Z');

type Rec = Record<string, any>;
interface Located {
  file: string;
  rec: Rec;
}

const read = (file: string) => {
  const b = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(b) : b;
};
const generatedFiles = (dir: string) =>
  GENERATED_ENTRIES.flatMap((e) => listFiles(join(dir, e))).map((f) => relative(dir, f).split('\\').join('/')).sort();

let records: Located[] = [];
let flows: { file: string; fields: string[] }[] = [];
let dns: Rec[] = [];
let truth: Rec;
let attackIds: Set<string>;

before(() => {
  for (const file of listFiles(join(logsDir, 'cloudtrail'))) {
    const doc = JSON.parse(read(file).toString('utf8'));
    for (const rec of doc.Records) records.push({ file: relative(logsDir, file), rec });
  }
  for (const file of listFiles(join(logsDir, 'vpcflow'))) {
    const lines = read(file).toString('utf8').trimEnd().split('\n');
    assert.equal(lines[0], 'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status');
    for (const l of lines.slice(1)) flows.push({ file, fields: l.split(' ') });
  }
  for (const file of listFiles(join(logsDir, 'dns'))) {
    for (const l of read(file).toString('utf8').trimEnd().split('\n')) dns.push(JSON.parse(l));
  }
  truth = JSON.parse(readFileSync(join(logsDir, 'attack.json'), 'utf8'));
  attackIds = new Set(truth.steps.flatMap((s: Rec) => (s.cloudtrail ?? []).map((c: Rec) => c.eventID)));
});

describe('bundled demo logs', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'mamori-demo-logs-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('are up to date with src/providers/aws/demo/logs (run `npm run build:demo-logs` after changing it)', () => {
    const { files, stats } = generateDemoLogs(tmp);
    assert.deepEqual(generatedFiles(logsDir), files, 'the set of generated files differs');
    // Compared after decompression: gzip output may differ between zlib builds, the content must not.
    for (const f of files) assert.ok(read(join(tmp, f)).equals(read(join(logsDir, f))), `${f} differs from a fresh generation`);
    assert.ok(stats.bytes < 2 * 1024 * 1024, `demo logs are ${stats.bytes} bytes compressed`);
  });
});

describe('demo CloudTrail', () => {
  it('has a modest day of records in S3 delivery layout', () => {
    assert.ok(records.length >= 3000 && records.length <= 6000, `${records.length} records`);
    for (const { file, rec } of records) {
      const m = /^cloudtrail\/AWSLogs\/(\d{12})\/CloudTrail\/([a-z0-9-]+)\/2026\/11\/19\/\1_CloudTrail_\2_20261119T(\d\d)(\d\d)Z_[A-Za-z0-9]{16}\.json\.gz$/.exec(file);
      assert.ok(m, file);
      assert.equal(rec.recipientAccountId, m[1], file);
      assert.equal(rec.awsRegion, m[2], file);
      const window = Date.UTC(2026, 10, 19, Number(m[3]), Number(m[4]));
      const t = Date.parse(rec.eventTime);
      assert.ok(t >= window && t < window + 300_000, `${rec.eventTime} outside ${file}`);
    }
  });

  it('every record has the fields CloudTrail writes', () => {
    const ids = new Set<string>();
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const { file, rec } of records) {
      const where = `${file} ${rec.eventID} ${rec.eventName}`;
      assert.match(rec.eventVersion, /^1\.(09|10)$/, where);
      assert.ok(rec.userIdentity && typeof rec.userIdentity === 'object', where);
      assert.match(rec.eventTime, /^2026-11-19T\d\d:\d\d:\d\dZ$/, where);
      const t = Date.parse(rec.eventTime);
      assert.ok(t >= DAY_START && t < DAY_END, where);
      assert.match(rec.eventSource, /\.amazonaws\.com$/, where);
      assert.ok(typeof rec.eventName === 'string' && rec.eventName, where);
      assert.ok(['ap-northeast-1', 'us-east-1'].includes(rec.awsRegion), where);
      assert.ok(typeof rec.sourceIPAddress === 'string' && rec.sourceIPAddress, where);
      assert.ok(typeof rec.userAgent === 'string' && rec.userAgent, where);
      assert.ok('requestParameters' in rec && 'responseElements' in rec, where);
      assert.match(rec.eventID, uuid, where);
      assert.ok(!ids.has(rec.eventID), `duplicate eventID ${rec.eventID}`);
      ids.add(rec.eventID);
      assert.equal(typeof rec.readOnly, 'boolean', where);
      assert.ok(['AwsApiCall', 'AwsConsoleSignIn', 'AwsServiceEvent'].includes(rec.eventType), where);
      assert.equal(typeof rec.managementEvent, 'boolean', where);
      assert.ok([prod, mgmt].includes(rec.recipientAccountId), where);
      assert.equal(rec.eventCategory, rec.managementEvent ? 'Management' : 'Data', where);
      if (rec.eventType === 'AwsApiCall') assert.ok(typeof rec.requestID === 'string' && rec.requestID, where);
      if (rec.errorCode) assert.ok(typeof rec.errorMessage === 'string', where);
      if (!/amazonaws\.com$/.test(rec.sourceIPAddress)) assert.ok(rec.tlsDetails?.clientProvidedHostHeader, `${where}: tlsDetails`);

      const id = rec.userIdentity;
      switch (id.type) {
        case 'IAMUser':
          assert.match(id.principalId, /^AIDA[A-Z]{17}$/, where);
          assert.match(id.arn, /^arn:aws:iam::\d{12}:user\//, where);
          assert.ok(id.userName && id.accountId, where);
          break;
        case 'AssumedRole':
          assert.match(id.arn, /^arn:aws:sts::\d{12}:assumed-role\/[^/]+\/.+/, where);
          assert.match(id.accessKeyId, /^ASIA[A-Z0-9]{16}$/, where);
          assert.match(id.sessionContext?.sessionIssuer?.arn, /^arn:aws:iam::\d{12}:role\//, where);
          assert.ok(id.principalId.startsWith(`${id.sessionContext.sessionIssuer.principalId}:`), where);
          assert.ok(id.sessionContext.attributes?.creationDate, where);
          break;
        case 'AWSService':
          assert.match(id.invokedBy, /\.amazonaws\.com$/, where);
          break;
        default:
          assert.ok(rec.eventType === 'AwsServiceEvent' && id.invokedBy, `${where}: userIdentity.type ${id.type}`);
      }
      if (rec.eventName === 'AssumeRole') {
        assert.ok(rec.sharedEventID, where);
        assert.match(rec.responseElements?.credentials?.accessKeyId, /^ASIA/, where);
      }
      if (rec.eventCategory === 'Data') assert.equal(rec.eventSource, 's3.amazonaws.com', where);
      if (rec.eventType === 'AwsConsoleSignIn') assert.equal(rec.responseElements?.ConsoleLogin, 'Success', where);
    }
  });

  it('has many principals doing ordinary work in both accounts', () => {
    const principals = new Set(records.map(({ rec }) => rec.userIdentity.sessionContext?.sessionIssuer?.arn ?? rec.userIdentity.arn ?? rec.userIdentity.invokedBy));
    assert.ok(principals.size >= 15, `${principals.size} principals`);
    for (const account of [prod, mgmt]) assert.ok(records.filter(({ rec }) => rec.recipientAccountId === account).length > 500, account);
    const types = new Set(records.map(({ rec }) => rec.userIdentity.type));
    for (const t of ['IAMUser', 'AssumedRole', 'AWSService']) assert.ok(types.has(t), t);
    assert.ok(records.some(({ rec }) => rec.eventName === 'ConsoleLogin' && rec.additionalEventData?.MFAUsed === 'Yes'));
    assert.ok(records.some(({ rec }) => rec.eventCategory === 'Data' && !attackIds.has(rec.eventID)));
    assert.ok(records.some(({ rec }) => rec.errorCode && !attackIds.has(rec.eventID)), 'a few ordinary AccessDenied');
  });
});

describe('the attack in the demo logs', () => {
  const byId = () => new Map(records.map(({ rec }) => [rec.eventID, rec]));

  it('every CloudTrail record of the ground truth is in the logs as described', () => {
    const ids = byId();
    for (const step of truth.steps) {
      for (const c of step.cloudtrail ?? []) {
        const rec = ids.get(c.eventID);
        assert.ok(rec, `step ${step.step}: ${c.eventName} ${c.eventID} missing`);
        assert.equal(rec.eventName, c.eventName);
        assert.equal(rec.eventTime, c.eventTime);
        assert.equal(rec.sourceIPAddress, c.sourceIPAddress);
        assert.ok(records.find((r) => r.rec === rec)!.file === c.file);
      }
    }
  });

  it('steps 0–9 happen in order, starting 12:38Z and over about three hours from 13:05Z', () => {
    assert.deepEqual(truth.steps.map((s: Rec) => s.step), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    let prev = 0;
    for (const s of truth.steps) {
      const start = Date.parse(s.start);
      assert.ok(start >= prev, `step ${s.step} starts before step ${s.step - 1}`);
      prev = start;
    }
    assert.equal(truth.steps[1].start, '2026-11-19T13:05:11Z');
    assert.ok(Date.parse(truth.steps[9].end) - Date.parse(truth.steps[1].start) <= 3.25 * 3600_000);
  });

  it('shows each step where the brief says it should', () => {
    const ct = (step: number) => truth.steps[step].cloudtrail.map((c: Rec) => byId().get(c.eventID)!);
    const stolen = (r: Rec) => r.userIdentity.accessKeyId === A.stolenAccessKeyId && r.userIdentity.arn === DEMO_LOGS.web.sessionArn;

    // 0–1: network only.
    const scan = flows.filter((f) => f.fields[3] === A.scannerIp);
    assert.ok(new Set(scan.map((f) => f.fields[6])).size >= 300, 'port scan covers many ports');
    assert.ok(scan.filter((f) => f.fields[12] === 'REJECT').length >= 290);
    const shell = flows.filter((f) => f.fields[3] === A.ip && f.fields[4] === DEMO_LOGS.web.privateIp && f.fields[6] === '443');
    assert.ok(shell.length >= 10 && shell.some((f) => Number(f.fields[9]) > 50_000), 'exploit upload and web shell requests');

    // 2: discovery from the instance's own address.
    assert.deepEqual(ct(2).map((r: Rec) => r.eventName), ['GetCallerIdentity', 'ListBuckets', 'DescribeInstances']);
    for (const r of ct(2)) assert.ok(stolen(r) && r.sourceIPAddress === DEMO_LOGS.web.publicIp);

    // 3–9 (CloudTrail): the stolen session from outside AWS with a Kali aws-cli.
    const outside = [3, 4, 5, 6, 7, 9].flatMap((s) => ct(s)).filter((r: Rec) => r.sourceIPAddress === A.ip);
    assert.ok(outside.length >= 12);
    for (const r of outside) assert.ok(stolen(r) && r.userAgent === A.userAgent && r.userIdentity.sessionContext.ec2RoleDelivery === '1.0');
    assert.equal(ct(3)[0].eventName, 'GetCallerIdentity');
    assert.deepEqual(ct(4).map((r: Rec) => r.eventName), ['ListBuckets', 'GetBucketPolicy', 'ListObjects', 'GetObject', 'GetObject']);
    assert.equal(ct(4)[2].requestParameters.bucketName, DEMO_LOGS.artifactBucket);

    const puts = (step: number) => ct(step).filter((r: Rec) => r.eventName === 'PutObject' && !r.errorCode);
    assert.equal(puts(5).length, 1);
    assert.equal(puts(5)[0].requestParameters.key, A.appspecKey);
    assert.equal(puts(5)[0].eventCategory, 'Data');
    assert.equal(puts(6)[0].requestParameters.key, A.maliciousZipKey);
    assert.ok(Date.parse(puts(5)[0].eventTime) < Date.parse(puts(6)[0].eventTime));

    const start = ct(7).find((r: Rec) => r.eventName === 'StartPipelineExecution' && !r.errorCode);
    assert.equal(start.responseElements.pipelineExecutionId, A.maliciousExecutionId);
    assert.ok(ct(7).some((r: Rec) => r.eventName === 'StartPipelineExecution' && stolen(r) && r.errorCode === 'AccessDeniedException'));

    const deploy = ct(8).find((r: Rec) => r.eventName === 'CreateDeployment');
    assert.equal(deploy.requestParameters.revision.s3Location.key, A.maliciousZipKey);
    assert.equal(deploy.responseElements.deploymentId, A.maliciousDeploymentId);
    assert.ok(ct(8).some((r: Rec) => r.eventName === 'GetObject' && r.requestParameters.key === A.maliciousZipKey && r.sourceIPAddress === DEMO_LOGS.web.publicIp));
    const mining = flows.filter((f) => f.fields[3] === DEMO_LOGS.web.privateIp && f.fields[4] === A.miningPoolIp && f.fields[6] === String(A.miningPoolPort));
    assert.ok(mining.length > 50);
    assert.ok(Math.min(...mining.map((f) => Number(f.fields[10]) * 1000)) > Date.parse(deploy.eventTime));
    const queried = new Set(dns.filter((q) => q.srcaddr === DEMO_LOGS.web.privateIp).map((q) => q.query_name.replace(/\.$/, '')));
    for (const d of [...A.miningDomains, A.dgaDomains[0]]) assert.ok(queried.has(d), d);

    const nine = ct(9);
    assert.ok(nine.some((r: Rec) => r.eventName === 'CreateAccessKey' && r.requestParameters.userName === 'ops-admin' && r.errorCode === 'AccessDenied'));
    assert.ok(nine.some((r: Rec) => r.eventName === 'StopLogging' && r.errorCode === 'AccessDenied'));
  });

  it('the intel list names the attacker, the pool and a DGA domain', () => {
    const intel = readFileSync(join(logsDir, 'intel', 'demo-intel.txt'), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean);
    assert.deepEqual(intel, [A.ip, A.miningPoolIp, A.dgaDomains[0]]);
  });
});

describe('ordinary activity in the demo logs', () => {
  const ordinary = () => records.map((r) => r.rec).filter((r) => !attackIds.has(r.eventID));

  it('has no root use, no Kali user agent and no attacker address', () => {
    for (const r of ordinary()) {
      assert.notEqual(r.userIdentity.type, 'Root', r.eventID);
      assert.ok(!/kali/i.test(r.userAgent), r.eventID);
      assert.notEqual(r.sourceIPAddress, A.ip, r.eventID);
    }
    assert.ok(!records.some(({ rec }) => rec.userIdentity.type === 'Root'));
  });

  it('uses instance credentials only from the instance or AWS services', () => {
    const instanceSessions = ordinary().filter((r) => /:i-[0-9a-f]+$/.test(r.userIdentity.principalId ?? ''));
    assert.ok(instanceSessions.length > 100);
    for (const r of instanceSessions) {
      assert.ok([DEMO_LOGS.web.publicIp, DEMO_LOGS.web.privateIp].includes(r.sourceIPAddress) || r.sourceIPAddress.endsWith('.amazonaws.com'), `${r.eventID} from ${r.sourceIPAddress}`);
      assert.ok(!r.userAgent.startsWith('aws-cli/'), `${r.eventID}: aws-cli on the instance is the attacker's`);
    }
  });

  it('has no mining or DGA traffic before the malicious deployment', () => {
    const deployed = Date.parse(truth.steps[8].start);
    const bad = new Set<string>([...A.miningDomains, ...A.dgaDomains]);
    for (const q of dns) {
      if (bad.has(q.query_name.replace(/\.$/, ''))) assert.ok(Date.parse(q.query_timestamp) > deployed, q.query_name);
    }
    for (const f of flows) {
      if (f.fields[4] === A.miningPoolIp) assert.ok(Number(f.fields[10]) * 1000 > deployed);
      if (f.fields[3] === A.ip) assert.ok(Number(f.fields[10]) * 1000 >= Date.parse(truth.steps[1].start));
    }
  });
});
