/**
 * npm run bench:iam — the policy evaluation engine at scale (issue #13), each figure next to a
 * baseline measured in the same run (the machine is shared and noisy: ratios matter, best of runs):
 *   (a) simulate BENCH_REQUESTS (default 100,000) request documents as `mamori iam simulate` reads
 *       them (JSON text, policies inline), against JSON.parse of the same documents; and the same
 *       requests through one compiled policy set each (the path of who-can / what-can);
 *   (b) effective permissions over BENCH_PRINCIPALS (10,000) principals holding 5–10 of
 *       BENCH_POLICIES (1,000) customer managed policies (wildcards, NotAction, conditions, resource
 *       scopes), under an SCP path root → OU → account, with bucket policies: model build, the first
 *       whoCan (digests and index built) and repeated ones, whatCan for one principal;
 *   (c) attack paths on the BENCH_RESOURCES (100,000) resource snapshot grown from the demo
 *       (bench/generate.ts), when src/providers/aws/attack-paths exports attackPathAnalysis;
 *   (d) privilege escalation in one account of N users + N roles (N = 300 and BENCH_ESCALATION,
 *       default 1,000) where every role trusts the whole account (the broad-AssumeRole shape that
 *       makes the principal × role pairs explode), against building the authorisation model of the
 *       same account.
 */
import { ResourceIndex } from '../src/assess/context.js';
import { loadDemoSnapshot } from '../src/providers/aws/demo/index.js';
import type { Resource } from '../src/model/types.js';
import type { EvaluationContext } from '../src/model/rule.js';
import { compilePolicySet, type EvaluationRequest, type OrgFacts, type PolicySet } from '../src/providers/aws/iam/index.js';
import { simulate } from '../src/providers/aws/iam/simulate.js';
import { buildAuthorizationModel } from '../src/providers/aws/iam/snapshot.js';
import { whatCan, whoCan } from '../src/providers/aws/iam/access.js';
import type { PolicyDocument, PolicyStatement } from '../src/providers/aws/model/iam.js';
import { rng } from '../src/detect/read/bench-helpers.js';
import { analyseAccountEscalation } from '../src/providers/aws/iam/escalation/snapshot.js';
import { generateSnapshot } from './generate.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
const PRINCIPALS = Number(process.env.BENCH_PRINCIPALS ?? 10_000);
const POLICIES = Number(process.env.BENCH_POLICIES ?? 1_000);
const RESOURCES = Number(process.env.BENCH_RESOURCES ?? 100_000);
const ESCALATION = Number(process.env.BENCH_ESCALATION ?? 1_000);
const ACCOUNTS = 10;
const ORG = 'o-bench00001';
const ROOT = 'r-bnch';
const OU = 'ou-bnch-00000001';
const MGMT = '900000000000';
const account = (i: number) => String(100000000000 + (i % ACCOUNTS));

const random = rng(13);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const SERVICES = ['s3', 'ec2', 'dynamodb', 'sqs', 'sns', 'lambda', 'kms', 'logs', 'cloudwatch', 'secretsmanager', 'ssm', 'iam', 'sts', 'rds'];
const ACTIONS: Record<string, string[]> = {
  s3: ['GetObject', 'PutObject', 'DeleteObject', 'ListBucket', 'GetBucketPolicy'],
  ec2: ['DescribeInstances', 'RunInstances', 'TerminateInstances', 'DescribeVolumes'],
  dynamodb: ['GetItem', 'PutItem', 'Query', 'Scan'],
  sqs: ['SendMessage', 'ReceiveMessage', 'DeleteMessage'],
  sns: ['Publish', 'Subscribe'],
  lambda: ['InvokeFunction', 'GetFunction', 'UpdateFunctionCode'],
  kms: ['Decrypt', 'Encrypt', 'GenerateDataKey'],
  logs: ['CreateLogStream', 'PutLogEvents'],
  cloudwatch: ['PutMetricData', 'DescribeAlarms'],
  secretsmanager: ['GetSecretValue'],
  ssm: ['GetParameter', 'GetParameters'],
  iam: ['PassRole', 'GetRole', 'CreateAccessKey'],
  sts: ['AssumeRole'],
  rds: ['DescribeDBInstances'],
};
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const bucket = (i: number) => `arn:aws:s3:::bench-bucket-${i}`;

/** A realistic customer managed policy: scoped grants, service wildcards, some conditions, now and then NotAction or a Deny. */
function policyDocument(acct: string, i: number): PolicyDocument {
  const statements: PolicyStatement[] = [];
  for (let n = int(1, 4); n > 0; n--) {
    const svc = pick(SERVICES);
    const r = random();
    const action = r < 0.15 ? `${svc}:*` : r < 0.3 ? `${svc}:${pick(ACTIONS[svc]).replace(/[A-Z][a-z]+$/, '*')}` : ACTIONS[svc].filter(() => random() < 0.5).map((a) => `${svc}:${a}`);
    const resource = svc === 's3' ? [bucket(int(0, 999)), `${bucket(int(0, 999))}/*`] : random() < 0.5 ? '*' : `arn:aws:${svc}:*:${acct}:*`;
    const s: PolicyStatement = { Sid: `S${i}x${n}`, Effect: 'Allow', Action: Array.isArray(action) && !action.length ? `${svc}:${ACTIONS[svc][0]}` : action, Resource: resource };
    if (random() < 0.2) s.Condition = { StringEquals: { 'aws:PrincipalTag/team': pick(['a', 'b', 'c']) } };
    else if (random() < 0.1) s.Condition = { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } };
    statements.push(s);
  }
  if (random() < 0.05) statements.push({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' });
  if (random() < 0.1) statements.push({ Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } });
  return doc(...statements);
}

function res(type: string, uid: string, acct: string, name: string, config: Record<string, unknown>, tags: Record<string, string> = {}): Resource {
  return { uid, provider: 'aws', account: acct, region: 'global', type, name, tags, config };
}

/** The organisation, its SCP path, POLICIES managed policies and PRINCIPALS users/roles holding 5–10 each, and buckets with policies. */
function iamSnapshot(): Resource[] {
  const out: Resource[] = [];
  const accounts = Array.from({ length: ACCOUNTS }, (_, i) => account(i));
  out.push(res('AWS::Organizations::Organization', `arn:aws:organizations::${MGMT}:organization/${ORG}`, MGMT, ORG, {
    id: ORG, featureSet: 'ALL', managementAccountId: MGMT,
    accounts: [{ id: MGMT, name: 'mgmt', status: 'ACTIVE', parentId: ROOT, path: [ROOT] }, ...accounts.map((id) => ({ id, name: id, status: 'ACTIVE', parentId: OU, path: [ROOT, OU] }))],
    rootPolicyTypes: [{ type: 'SERVICE_CONTROL_POLICY', status: 'ENABLED' }],
  }));
  const scp = (id: string, content: PolicyDocument, targets: string[]) =>
    out.push(res('AWS::Organizations::Policy', `arn:aws:organizations::${MGMT}:policy/${ORG}/service_control_policy/${id}`, MGMT, id, {
      id, name: id, type: 'SERVICE_CONTROL_POLICY', awsManaged: false, content,
      targets: targets.map((t) => ({ targetId: t, type: t.startsWith('r-') ? 'ROOT' : t.startsWith('ou-') ? 'ORGANIZATIONAL_UNIT' : 'ACCOUNT', name: null })),
    }));
  scp('p-FullAWSAccess', doc({ Effect: 'Allow', Action: '*', Resource: '*' }), [ROOT, OU, MGMT, ...accounts]);
  scp('p-denyleave', doc({ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }), [ROOT]);
  scp('p-regions', doc({ Effect: 'Deny', NotAction: ['iam:*', 'sts:*', 'organizations:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['ap-northeast-1', 'us-east-1'] } } }), [OU]);

  const perAccount = Math.max(1, Math.floor(POLICIES / ACCOUNTS));
  const policyArn = (acct: string, i: number) => `arn:aws:iam::${acct}:policy/bench-policy-${i}`;
  for (const acct of accounts) {
    for (let i = 0; i < perAccount; i++) {
      out.push(res('AWS::IAM::ManagedPolicy', policyArn(acct, i), acct, `bench-policy-${i}`, {
        arn: policyArn(acct, i), policyName: `bench-policy-${i}`, path: '/', awsManaged: false, defaultVersionId: 'v1', attachmentCount: 1,
        permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null, document: policyDocument(acct, i),
      }));
    }
  }
  for (let p = 0; p < PRINCIPALS; p++) {
    const acct = account(p);
    const attached = Array.from(new Set(Array.from({ length: int(5, 10) }, () => int(0, perAccount - 1)))).map((i) => ({ policyName: `bench-policy-${i}`, policyArn: policyArn(acct, i) }));
    const tags = { team: pick(['a', 'b', 'c']) };
    if (p % 3 === 0) {
      const name = `user-${p}`;
      out.push(res('AWS::IAM::User', `arn:aws:iam::${acct}:user/${name}`, acct, name, {
        userName: name, userId: `AIDA${p}`, path: '/', createDate: null, passwordLastUsed: null, groups: [], attachedPolicies: attached, inlinePolicies: [], permissionsBoundaryArn: null,
      }, tags));
    } else {
      const name = `role-${p}`;
      out.push(res('AWS::IAM::Role', `arn:aws:iam::${acct}:role/${name}`, acct, name, {
        roleName: name, roleId: `AROA${p}`, path: '/', createDate: null,
        assumeRolePolicy: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
        attachedPolicies: attached, inlinePolicies: [], instanceProfiles: [], permissionsBoundaryArn: null, roleLastUsed: null, serviceLinked: false,
      }, tags));
    }
  }
  for (let b = 0; b < 1000; b++) {
    const acct = account(b);
    out.push({
      uid: bucket(b), provider: 'aws', account: acct, region: 'ap-northeast-1', type: 'AWS::S3::Bucket', name: `bench-bucket-${b}`, tags: {},
      config: {
        policy: doc(
          { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [bucket(b), `${bucket(b)}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
          { Sid: 'Partner', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account(b + 1)}:role/role-${(b * 7 + 1) % PRINCIPALS}` }, Action: 's3:GetObject', Resource: `${bucket(b)}/*` },
        ),
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------- helpers

const ms = (x: number) => (x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`);
const us = (x: number, n: number) => `${((x * 1000) / n).toFixed(2)} µs`;
const rows: [string, string, string][] = [];
// Each figure is printed as it comes (a long run shows its progress), and the table again at the end.
const row = (what: string, value: string, note = '') => {
  rows.push([what, value, note]);
  console.error(`  ${what}: ${value}  ${note}`);
};

async function best<T>(runs: number, fn: () => T | Promise<T>): Promise<[T, number]> {
  let value!: T;
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = await fn();
    min = Math.min(min, performance.now() - t);
  }
  return [value, min];
}

// ---------------------------------------------------------------- (a) simulate

async function simulateBench() {
  const pool = Array.from({ length: 200 }, (_, i) => policyDocument(account(i), i));
  const principals = Array.from({ length: 500 }, (_, i) => `arn:aws:iam::${account(i)}:user/user-${i}`);
  const docs: string[] = [];
  const cases: { set: PolicySet; request: EvaluationRequest; org: OrgFacts }[] = [];
  const sets = new Map<string, PolicySet>();
  for (let i = 0; i < REQUESTS; i++) {
    const p = i % principals.length;
    const principal = principals[p];
    const svc = pick(SERVICES);
    const action = `${svc}:${pick(ACTIONS[svc])}`;
    const resource = svc === 's3' ? `${bucket(int(0, 999))}/obj-${i}` : '*';
    const identity = [0, 1, 2].map((k) => ({ name: `p${(p * 3 + k) % pool.length}`, policy: pool[(p * 3 + k) % pool.length] }));
    const policies: PolicySet = {
      identity,
      ...(p % 5 === 0 ? { boundary: { name: 'boundary', policy: doc({ Effect: 'Allow', Action: ['s3:*', 'ec2:Describe*', 'logs:*'], Resource: '*' }) } } : {}),
      scps: [
        { target: ROOT, policies: [{ name: 'FullAWSAccess', policy: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }] },
        { target: OU, policies: [{ name: 'FullAWSAccess', policy: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }, { name: 'regions', policy: doc({ Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['ap-northeast-1'] } } }) }] },
      ],
    };
    const request: EvaluationRequest = { principal, action, resource, context: { 'aws:RequestedRegion': pick(['ap-northeast-1', 'us-west-2']), 'aws:PrincipalTag/team': pick(['a', 'b']), 'aws:SourceIp': '10.1.2.3', 'aws:SecureTransport': true } };
    docs.push(JSON.stringify({ request, policies, org: {} }));
    let set = sets.get(principal);
    if (!set) sets.set(principal, (set = policies));
    cases.push({ set, request, org: {} });
  }
  const megabytes = docs.reduce((n, d) => n + d.length, 0) / 1e6;
  const [, parseMs] = await best(3, () => {
    let n = 0;
    for (const d of docs) n += (JSON.parse(d) as { request: unknown }).request ? 1 : 0;
    return n;
  });
  const [allowed, simMs] = await best(3, () => {
    let n = 0;
    for (const d of docs) if (simulate(JSON.parse(d)).decision === 'Allow') n++;
    return n;
  });
  const compiled = new Map<PolicySet, ReturnType<typeof compilePolicySet>>();
  const [, compiledMs] = await best(3, () => {
    let n = 0;
    for (const c of cases) {
      let set = compiled.get(c.set);
      if (!set) compiled.set(c.set, (set = compilePolicySet(c.set)));
      if (set.evaluate(c.request, c.org).decision === 'Allow') n++;
    }
    return n;
  });
  row(`(a) JSON.parse of ${REQUESTS.toLocaleString('en')} request documents (${megabytes.toFixed(0)} MB)`, ms(parseMs), `${us(parseMs, REQUESTS)} each — baseline`);
  row(`(a) simulate the same documents (parse + compile + evaluate)`, ms(simMs), `${us(simMs, REQUESTS)} each, ${(simMs / parseMs).toFixed(1)}× the parse; ${allowed.toLocaleString('en')} Allow`);
  row(`(a) the same requests through one compiled set per principal`, ms(compiledMs), `${us(compiledMs, REQUESTS)} each, ${(compiledMs / parseMs).toFixed(2)}× the parse`);
}

// ---------------------------------------------------------------- (b) effective permissions

async function effectiveBench() {
  const [resources, genMs] = await best(1, () => iamSnapshot());
  row(`(b) generate ${PRINCIPALS.toLocaleString('en')} principals × ${POLICIES.toLocaleString('en')} policies (${resources.length.toLocaleString('en')} resources)`, ms(genMs), 'baseline: making the input');
  const [model, buildMs] = await best(1, () => buildAuthorizationModel(resources));
  row('(b) authorisation model build', ms(buildMs), `${(buildMs / genMs).toFixed(2)}× generating it`);
  // The OU's region SCP denies every request whose aws:RequestedRegion is not allowed (or absent).
  const options = { context: { 'aws:RequestedRegion': 'ap-northeast-1' } };
  const object = `${bucket(42)}/releases/app.zip`;
  const [first, firstMs] = await best(1, () => whoCan(model, 's3:PutObject', object, options));
  row('(b) whoCan s3:PutObject, first (digests + index)', ms(firstMs), `${first.allowed.length.toLocaleString('en')} allowed, ${first.evaluated.toLocaleString('en')} evaluated`);
  const [again, againMs] = await best(3, () => whoCan(model, 's3:PutObject', `${bucket(43)}/x`, options));
  row('(b) whoCan s3:PutObject, repeated (another bucket)', ms(againMs), `${again.allowed.length.toLocaleString('en')} allowed, ${(firstMs / againMs).toFixed(1)}× faster than the first`);
  const [kms, kmsMs] = await best(3, () => whoCan(model, 'kms:Decrypt', `arn:aws:kms:ap-northeast-1:${account(3)}:key/abcd`, options));
  row('(b) whoCan kms:Decrypt on a key', ms(kmsMs), `${kms.allowed.length.toLocaleString('en')} allowed, ${kms.evaluated.toLocaleString('en')} evaluated`);
  const principal = `arn:aws:iam::${account(1)}:role/role-1`;
  const [what, whatMs] = await best(2, () => whatCan(model, principal, options));
  row('(b) whatCan one principal (all services)', ms(whatMs), `${what.actions.length.toLocaleString('en')} actions over ${what.services.length} services`);
}

// ---------------------------------------------------------------- (c) attack paths

/** The index every assessment builds (src/assess/context.ts), which the analysis memoises on. */
function contextOf(resources: Resource[], collectedAt: string): EvaluationContext {
  const index = new ResourceIndex(collectedAt);
  for (const r of resources) index.add(r);
  return index;
}

async function attackPathBench() {
  let mod: Record<string, unknown>;
  try {
    mod = (await import('../src/providers/aws/attack-paths/index.js' as string)) as Record<string, unknown>;
  } catch {
    row(`(c) attack paths on ${RESOURCES.toLocaleString('en')} resources`, 'not built', 'src/providers/aws/attack-paths/index.ts is missing');
    return;
  }
  const analyse = mod.attackPathAnalysis as ((ctx: EvaluationContext) => { paths: unknown[]; entries: Map<string, unknown> }) | undefined;
  if (typeof analyse !== 'function') {
    row(`(c) attack paths on ${RESOURCES.toLocaleString('en')} resources`, 'not built', 'attack-paths/index.ts exports no attackPathAnalysis');
    return;
  }
  const seed = await loadDemoSnapshot();
  const snapshot = generateSnapshot(seed, RESOURCES);
    const [ctx, indexMs] = await best(1, () => contextOf(snapshot.resources, snapshot.collectedAt));
  row(`(c) index ${snapshot.resources.length.toLocaleString('en')} resources (${snapshot.scope.accounts.length} accounts)`, ms(indexMs), 'baseline: what any assessment does first');
  const [seedResult, seedMs] = await best(1, () => analyse(contextOf(seed.resources, seed.collectedAt)));
  row('(c) attack paths on the demo snapshot', ms(seedMs), `${seedResult.paths.length} paths`);
  const [result, pathMs] = await best(1, () => analyse(ctx));
  row(`(c) attack paths on ${snapshot.resources.length.toLocaleString('en')} resources`, ms(pathMs), `${result.paths.length.toLocaleString('en')} paths from ${result.entries.size.toLocaleString('en')} entry points, ${(pathMs / indexMs).toFixed(1)}× indexing`);
}

// ---------------------------------------------------------------- (d) privilege escalation

/**
 * One account: `n` users and `n` roles. Every role trusts the account root (assumption is then up to
 * each principal's identity policies); a tenth of the users may assume any role, a few hold
 * iam:PassRole + ec2:RunInstances or iam:CreatePolicyVersion, one role in fifty is an administrator.
 */
function escalationAccount(n: number): Resource[] {
  const acct = '222200000000';
  const out: Resource[] = [];
  const pol = (i: number) => `arn:aws:iam::${acct}:policy/esc-${i}`;
  const docs: PolicyDocument[] = [
    doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }),
    doc({ Effect: 'Allow', Action: ['iam:PassRole', 'ec2:RunInstances'], Resource: '*' }),
    doc({ Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: `arn:aws:iam::${acct}:policy/esc-*` }),
    doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
    ...Array.from({ length: 46 }, (_, i) => policyDocument(acct, i)),
  ];
  docs.forEach((document, i) =>
    out.push(res('AWS::IAM::ManagedPolicy', pol(i), acct, `esc-${i}`, {
      arn: pol(i), policyName: `esc-${i}`, path: '/', awsManaged: false, defaultVersionId: 'v1', attachmentCount: 1,
      permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null, document,
    })),
  );
  const attach = (...ids: number[]) => ids.map((i) => ({ policyName: `esc-${i}`, policyArn: pol(i) }));
  const routine = () => [int(4, 49), int(4, 49)];
  for (let i = 0; i < n; i++) {
    const name = `user-${i}`;
    const special = i % 10 === 0 ? [0] : i % 97 === 1 ? [1] : i % 131 === 2 ? [2] : [];
    out.push(res('AWS::IAM::User', `arn:aws:iam::${acct}:user/${name}`, acct, name, {
      userName: name, userId: `AIDAESC${i}`, path: '/', createDate: null, passwordLastUsed: null, groups: [], attachedPolicies: attach(...special, ...routine()), inlinePolicies: [], permissionsBoundaryArn: null,
    }));
    const role = `role-${i}`;
    out.push(res('AWS::IAM::Role', `arn:aws:iam::${acct}:role/${role}`, acct, role, {
      roleName: role, roleId: `AROAESC${i}`, path: '/', createDate: null,
      assumeRolePolicy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${acct}:root` }, Action: 'sts:AssumeRole' }),
      attachedPolicies: attach(...(i % 50 === 0 ? [3] : routine())), inlinePolicies: [], instanceProfiles: [], permissionsBoundaryArn: null, roleLastUsed: null, serviceLinked: false,
    }));
  }
  return out;
}

async function escalationBench() {
  for (const n of [...new Set([300, ESCALATION])]) {
    const resources = escalationAccount(n);
    const byType = new Map<string, Resource[]>();
    for (const r of resources) (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(r);
    const lookup = (type: string) => byType.get(type) ?? [];
    const [, modelMs] = await best(1, () => buildAuthorizationModel(resources));
    row(`(d) authorisation model of ${n.toLocaleString('en')} users + ${n.toLocaleString('en')} roles`, ms(modelMs), 'baseline');
    const [result, escMs] = await best(1, () => analyseAccountEscalation('222200000000', lookup, { now: new Date('2026-01-01T00:00:00Z') }));
    const found = result.result.paths.length;
    row(`(d) privilege escalation, every role trusting the account`, ms(escMs), `${found.toLocaleString('en')} principals with a path to admin over ${result.result.edges.length.toLocaleString('en')} edges, ${(escMs / modelMs).toFixed(1)}× the model`);
  }
}

const only = process.env.MAMORI_BENCH_ONLY;
if (!only || only === 'simulate') await simulateBench();
if (!only || only === 'effective') await effectiveBench();
if (!only || only === 'attack-paths') await attackPathBench();
if (!only || only === 'escalation') await escalationBench();

const width = Math.max(...rows.map((r) => r[0].length));
const valueWidth = Math.max(...rows.map((r) => r[1].length));
console.log(`mamori IAM benchmark — node ${process.version}, ${new Date().toISOString()}`);
for (const [what, value, note] of rows) console.log(`${what.padEnd(width)}  ${value.padStart(valueWidth)}  ${note}`);
