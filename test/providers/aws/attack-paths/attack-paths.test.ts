/**
 * Attack paths: the five exposure factors, compute → role → reach with the engine, the seed chain on
 * the demo organisation as exactly one CRITICAL path, and one analysis per assessment.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SnapshotIndex } from '../../../../src/assess/context.js';
import { assess } from '../../../../src/assess/engine.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../../src/model/snapshot.js';
import type { Resource } from '../../../../src/model/types.js';
import { resourceSchemas } from '../../../../src/providers/index.js';
import { loadDemoSnapshot } from '../../../../src/providers/aws/demo/index.js';
import { DEMO } from '../../../../src/providers/aws/demo/scenario.js';
import { attackPathAnalysis, naclWorldPorts } from '../../../../src/providers/aws/attack-paths/index.js';
import { buildAuthorizationModel } from '../../../../src/providers/aws/iam/snapshot.js';
import { whoCan } from '../../../../src/providers/aws/iam/access.js';
import type { NetworkAclEntry } from '../../../../src/providers/aws/model/ec2.js';
import { AWS_POSTURE_RULES } from '../../../../rules/posture/aws/index.js';
import { ARTIFACTS, WEB, chain } from '../../../../rules/posture/aws/attack-paths/fixture-builders.js';

const snapshot = (resources: Resource[]): Snapshot => ({
  schema: SNAPSHOT_SCHEMA,
  version: SNAPSHOT_VERSION,
  id: 'attack-paths-test',
  collectedAt: '2026-11-01T00:00:00.000Z',
  tool: { name: 'mamori', version: 'test' },
  scope: { provider: 'aws', accounts: ['111111111111'], regions: ['us-east-1'], services: [] },
  resources,
  errors: [],
});
const analyse = (resources: Resource[]) => attackPathAnalysis(new SnapshotIndex(snapshot(resources)));
const withConfig = (resources: Resource[], uidSuffix: string, patch: (c: Record<string, any>) => void) =>
  resources.map((r) => {
    if (!r.uid.endsWith(uidSuffix)) return r;
    const copy = structuredClone(r);
    patch(copy.config as Record<string, any>);
    return copy;
  });
const entry = (n: number, action: 'allow' | 'deny', protocol: string, cidr: string, ports?: [number, number], egress = false): NetworkAclEntry => ({
  RuleNumber: n,
  Egress: egress,
  Protocol: protocol,
  RuleAction: action,
  CidrBlock: cidr,
  ...(ports ? { PortRange: { From: ports[0], To: ports[1] } } : {}),
});

describe('internet exposure: the five factors', () => {
  // Amazon VPC User Guide › Network ACLs › "Network ACL rules": rules are evaluated in order, lowest
  // number first; the first rule that matches decides; a packet no rule matches is denied.
  it('network ACL: first match by rule number wins, unmatched is denied, narrower CIDRs do not decide for the world', () => {
    const entries = [entry(200, 'allow', '6', '0.0.0.0/0', [0, 65535]), entry(100, 'deny', '6', '0.0.0.0/0', [22, 22]), entry(50, 'allow', '6', '198.51.100.0/24', [22, 22]), entry(32767, 'deny', '-1', '0.0.0.0/0')];
    assert.deepEqual(naclWorldPorts(entries, false), [
      { from: 0, to: 21 },
      { from: 23, to: 65535 },
    ]);
    assert.deepEqual(naclWorldPorts([entry(100, 'allow', '6', '0.0.0.0/0', [443, 443])], false), [{ from: 443, to: 443 }]);
    assert.deepEqual(naclWorldPorts([entry(100, 'allow', '17', '0.0.0.0/0', [53, 53])], false), [], 'UDP does not open TCP');
    assert.deepEqual(naclWorldPorts([entry(100, 'allow', '-1', '0.0.0.0/0', undefined, true)], true), [{ from: 0, to: 65535 }]);
  });

  it('the chain fixture is exposed on exactly the port both the security group and the NACL allow, each factor with its reason', () => {
    const a = analyse(chain()).entries.get(WEB)!;
    assert.equal(a.entry.exposure.status, 'exposed');
    assert.deepEqual(a.entry.exposure.ports, [{ from: 443, to: 443 }]);
    assert.deepEqual(
      a.entry.exposure.factors.map((f) => [f.factor, f.holds]),
      [
        ['public-address', true],
        ['route', true],
        ['network-acl', true],
        ['security-group', true],
        ['port', true],
      ],
    );
  });

  const broken: [string, (r: Resource[]) => Resource[], string][] = [
    ['no public address', (r) => withConfig(r, 'instance/i-0web', (c) => (c.publicIpAddress = null)), 'public-address'],
    ['no route to the internet gateway', (r) => withConfig(r, 'route-table/rtb-0pub', (c) => (c.routes = c.routes.filter((x: { GatewayId?: string }) => x.GatewayId === 'local'))), 'route'],
    ['NACL denies the port', (r) => withConfig(r, 'network-acl/acl-0pub', (c) => c.entries.unshift(entry(10, 'deny', '6', '0.0.0.0/0', [443, 443]))), 'port'],
    ['NACL drops the return traffic', (r) => withConfig(r, 'network-acl/acl-0pub', (c) => c.entries.unshift(entry(10, 'deny', '-1', '0.0.0.0/0', undefined, true))), 'network-acl'],
    ['security group open to the office only', (r) => withConfig(r, 'security-group/sg-0web', (c) => (c.ingress[0].IpRanges = [{ CidrIp: '198.51.100.0/24' }])), 'security-group'],
    ['security group opens another port than the NACL', (r) => withConfig(r, 'security-group/sg-0web', (c) => Object.assign(c.ingress[0], { FromPort: 22, ToPort: 22 })), 'port'],
    ['instance stopped', (r) => withConfig(r, 'instance/i-0web', (c) => (c.state = 'stopped')), 'state'],
  ];
  for (const [name, edit, factor] of broken) {
    it(`not exposed when one factor fails: ${name}`, () => {
      const a = analyse(edit(chain())).entries.get(WEB)!;
      assert.equal(a.entry.exposure.status, 'not-exposed');
      assert.equal(a.status, 'none');
      assert.equal(a.entry.exposure.factors.find((f) => f.holds === false)?.factor, factor);
    });
  }

  it('a missing route table or security group is unknown, never "not exposed"', () => {
    assert.equal(analyse(chain({ routeTables: false })).entries.get(WEB)!.status, 'unknown');
    const noSg = chain().filter((r) => !r.uid.endsWith('security-group/sg-0web'));
    assert.equal(analyse(noSg).entries.get(WEB)!.status, 'unknown');
  });
});

describe('compute → role → reach (policy evaluation engine)', () => {
  it('the seed chain: internet → IMDSv1 → role → s3:PutObject on the artifact store → CodeDeploy fleet, with the deciding statement and the cheapest fix', () => {
    const [p, ...rest] = analyse(chain()).paths;
    assert.equal(rest.length, 0);
    assert.equal(p.class, 'code-execution');
    assert.equal(p.target.uid, `arn:aws:s3:::${ARTIFACTS}`);
    assert.deepEqual(p.steps.map((s) => s.kind), ['exposure', 'credentials', 'permission', 'impact']);
    assert.deepEqual(p.steps[2].statements?.map((s) => [s.layer, s.policy, s.effect]), [['identity', 'role/web-role:app', 'Allow']]);
    assert.match(p.steps[3].text.en, /1 instance\(s\): i-0web/);
    assert.equal(p.likelihood, 'HIGH', 'IMDSv1 raises likelihood');
    assert.equal(p.impact, 'CRITICAL');
    assert.equal(p.fix.breaks, true);
    assert.match(p.fix.text.en, /Remove s3:PutObject on fixture-pipeline-artifacts from web-role/);
    assert.ok(p.alternatives.some((f) => !f.breaks && /IMDSv2/.test(f.text.en)));
    assert.ok(p.summary.ja.includes('最小の対処'));
  });

  it('IMDSv2 lowers the likelihood but does not remove the path (a web shell still reaches IMDS)', () => {
    const [p] = analyse(chain({ imdsV2: true })).paths;
    assert.equal(p.likelihood, 'MEDIUM');
    assert.ok(!p.alternatives.some((f) => /IMDSv2/.test(f.text.en)));
  });

  // IAM User Guide › Policy evaluation logic: an explicit deny in any policy overrides any allow.
  it('an explicit Deny on the artifact bucket breaks the path; a Deny on another bucket does not', () => {
    const deny = (bucket: string) => withConfig(chain(), 'role/web-role', (c) => c.inlinePolicies.push({ policyName: 'guard', document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:PutObject', Resource: `arn:aws:s3:::${bucket}/*` }] } }));
    assert.equal(analyse(deny(ARTIFACTS)).paths.length, 0);
    assert.equal(analyse(deny('other-bucket')).paths.length, 1);
  });

  it("another account's artifact store is reached only when its bucket policy lets the role's account in (IAM User Guide › Cross-account policy evaluation logic)", () => {
    // The artifact bucket moves to a tooling account; the role's own policy still allows the write.
    const moved = (policy: unknown) =>
      chain().map((r) => (r.uid === `arn:aws:s3:::${ARTIFACTS}` ? { ...r, account: '222233334444', config: { ...(r.config as object), policy } } : r));
    assert.equal(analyse(moved(null)).paths.length, 0, 'no bucket policy: the other account never said yes');
    const grant = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${WEB.split(':')[4]}:root` }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${ARTIFACTS}/*` }] };
    const paths = analyse(moved(grant)).paths;
    assert.equal(paths.length, 1, 'the bucket policy trusts the role\'s account and its IAM policy allows the write');
    assert.equal(paths[0].target.uid, `arn:aws:s3:::${ARTIFACTS}`);
  });

  // The analysis skips another account's targets when no identity Allow of the role can match them
  // (authorize.ts): cross-account access needs the caller's identity policies to allow it.
  it("another account's artifact store open to anyone is reached exactly when the role's identity policy allows the write, a policy variable in Resource included (IAM User Guide › Cross-account policy evaluation logic)", () => {
    const open = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: `arn:aws:s3:::${ARTIFACTS}/*` }] };
    const moved = (resources: Resource[], tags: Record<string, string> = {}) =>
      resources.map((r) =>
        r.uid === `arn:aws:s3:::${ARTIFACTS}` ? { ...r, account: '222233334444', config: { ...(r.config as object), policy: open } } : r.uid.endsWith(':role/web-role') ? { ...r, tags } : r,
      );
    const reached = (resources: Resource[]) => analyse(resources).paths.map((p) => p.target.uid);
    assert.deepEqual(reached(moved(chain())), [`arn:aws:s3:::${ARTIFACTS}`]);
    assert.deepEqual(reached(moved(chain({ actions: [{ Action: 's3:GetObject', Resource: `arn:aws:s3:::${ARTIFACTS}/*` }] }))), [], 'another action');
    assert.deepEqual(reached(moved(chain({ actions: [{ Action: 's3:PutObject', Resource: 'arn:aws:s3:::other-bucket/*' }] }))), [], 'another bucket');
    const variable = chain({ actions: [{ Action: 's3:PutObject', Resource: 'arn:aws:s3:::${aws:PrincipalTag/bucket}/*' }] });
    assert.deepEqual(reached(moved(variable, { bucket: ARTIFACTS })), [`arn:aws:s3:::${ARTIFACTS}`], 'the variable resolves to the bucket');
    assert.deepEqual(reached(moved(variable, { bucket: 'other-bucket' })), [], 'the variable resolves elsewhere');
  });

  it('a role allowed "*" on "*" is an administrator path; a read of a confidential bucket is a sensitive-data path', () => {
    const admin = analyse(chain({ actions: [{ Action: '*', Resource: '*' }] })).paths;
    assert.ok(admin.some((p) => p.target.kind === 'admin' && p.class === 'code-execution'));
    assert.ok(admin.some((p) => p.target.kind === 'data-bucket' && p.class === 'sensitive-data'));
    const data = analyse(chain({ actions: [{ Action: 's3:GetObject', Resource: 'arn:aws:s3:::fixture-customer-data/*' }] })).paths;
    assert.deepEqual(data.map((p) => [p.class, p.impact]), [['sensitive-data', 'HIGH']]);
  });

  it('a role whose policies were not collected is unknown, not "no path"', () => {
    const r = withConfig(chain({ actions: [] }), 'role/web-role', (c) => delete c.inlinePolicies);
    assert.equal(analyse(r).entries.get(WEB)!.status, 'unknown');
  });

  it('the analysis runs once per assessment (memoised on the evaluation context)', () => {
    const ctx = new SnapshotIndex(snapshot(chain()));
    assert.equal(attackPathAnalysis(ctx), attackPathAnalysis(ctx));
    assert.notEqual(attackPathAnalysis(ctx), attackPathAnalysis(new SnapshotIndex(snapshot(chain()))));
  });
});

describe('the demo organisation (the seed chain)', () => {
  it('yields exactly one CRITICAL attack path: web-1 → web-server-role → the pipeline artifact bucket, fixed by removing the write', async () => {
    const demo = await loadDemoSnapshot();
    const rules = AWS_POSTURE_RULES.filter((r) => r.id.startsWith('aws-attack-paths-'));
    const findings = assess(demo, { rules, schemas: resourceSchemas() });
    const critical = findings.filter((f) => f.status === 'FAIL' && f.severity === 'CRITICAL');
    assert.equal(critical.length, 1, JSON.stringify(critical.map((f) => f.reason)));
    const [f] = critical;
    assert.equal(f.resource.uid, `arn:aws:ec2:${DEMO.mainRegion}:${DEMO.prod}:instance/${DEMO.names.webInstanceId}`);
    const paths = (f.evidence as { paths: { role: string; target: { uid: string }; steps: { kind: string }[]; fix: { text: { en: string } } }[] }).paths;
    assert.equal(paths.length, 1);
    assert.equal(paths[0].role, `arn:aws:iam::${DEMO.prod}:role/${DEMO.names.webRole}`);
    assert.equal(paths[0].target.uid, `arn:aws:s3:::${DEMO.names.pipelineArtifactBucket}`);
    assert.deepEqual(paths[0].steps.map((s) => s.kind), ['exposure', 'credentials', 'permission', 'impact']);
    // The artifact bucket keeps CodePipeline's DenyUnEncryptedObjectUploads: it stops careless
    // uploads, not an intruder, who sends the header it asks for (the step says so).
    const permission = (paths[0].steps as unknown as { kind: string; why: { en: string }[] }[]).find((s) => s.kind === 'permission')!;
    assert.ok(permission.why.some((w) => /s3:x-amz-server-side-encryption=aws:kms; the intruder sets it/.test(w.en)), JSON.stringify(permission.why));
    assert.match(paths[0].fix.text.en, new RegExp(`Remove s3:PutObject on ${DEMO.names.pipelineArtifactBucket} from ${DEMO.names.webRole}`));
    // web-1 also serves behind the internet-facing web-alb: taking it off the internet is not a fix
    // that breaks the path, so the WAF advice lowers the likelihood only.
    const alternatives = (paths[0] as unknown as { alternatives: { text: { en: string }; breaks: boolean }[] }).alternatives;
    const waf = alternatives.find((a) => /AWS WAF in front of web-alb/.test(a.text.en));
    assert.ok(waf, JSON.stringify(alternatives.map((a) => a.text.en)));
    assert.equal(waf.breaks, false);
  });

  it('whoCan s3:PutObject on an artifact object names the web server role', async () => {
    const demo = await loadDemoSnapshot();
    const model = buildAuthorizationModel(demo.resources);
    const r = whoCan(model, 's3:PutObject', `arn:aws:s3:::${DEMO.names.pipelineArtifactBucket}/web-app-pipeline/SourceArti/appspec.zip`);
    const web = r.allowed.find((g) => g.principal === `arn:aws:iam::${DEMO.prod}:role/${DEMO.names.webRole}`);
    assert.ok(web, JSON.stringify(r.allowed.map((g) => g.principal)));
    assert.deepEqual(web.requires, { 's3:x-amz-server-side-encryption': 'aws:kms' }, 'the bucket policy denies uploads without SSE-KMS; the role sets the header');
  });
});
