/**
 * ECS services as attack-path entry points (network.ts › ecsServiceExposure, entry.ts › ecsEntry).
 * Sources: Amazon ECS API Reference › AwsVpcConfiguration (assignPublicIp defaults to DISABLED; "If
 * you don't specify a security group, the default security group for the VPC is used"), Amazon ECS
 * Developer Guide › "Amazon ECS task IAM role" (the container credentials endpoint hands the task
 * role's credentials to code in the task's containers) and › "Amazon ECS task networking options"
 * (bridge / host tasks share the container instance's network), Elastic Load Balancing › Target
 * groups (target type `ip` for awsvpc tasks), Amazon VPC User Guide › internet gateways, network
 * ACLs, security groups.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SnapshotIndex } from '../../../../src/assess/context.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../../src/model/snapshot.js';
import type { Resource } from '../../../../src/model/types.js';
import { attackPathAnalysis, type EntryAnalysis } from '../../../../src/providers/aws/attack-paths/index.js';
import { ACCOUNT, REGION } from '../../../../rules/posture/testing.js';
import { ARTIFACTS, CLUSTER, PRIVATE, ROLE, SERVICE, TD, TG, ecsSnapshot, type EcsOptions as Options } from '../../../../rules/posture/aws/attack-paths/ecs-fixture-builders.js';
import { perm } from '../../../../rules/posture/aws/ec2/fixture-builders.js';

const snapshot = (resources: Resource[]): Snapshot => ({
  schema: SNAPSHOT_SCHEMA,
  version: SNAPSHOT_VERSION,
  id: 'ecs-attack-paths-test',
  collectedAt: '2026-11-01T00:00:00.000Z',
  tool: { name: 'mamori', version: 'test' },
  scope: { provider: 'aws', accounts: [ACCOUNT], regions: [REGION], services: [] },
  resources,
  errors: [],
});
const web = (o: Options = {}): EntryAnalysis => {
  const a = attackPathAnalysis(new SnapshotIndex(snapshot(ecsSnapshot(o)))).entries.get(SERVICE);
  assert.ok(a, 'the ECS service is analysed as an entry point');
  return a;
};
const factors = (a: EntryAnalysis) => a.entry.exposure.factors.map((f) => [f.factor, f.holds]);

/** The private service (no public IP, private subnet) registered behind the ALB; its tasks admit 8080 from the ALB's group only. */
const behindAlb = (scheme: 'internet-facing' | 'internal'): Options => ({
  network: { subnets: [PRIVATE], assignPublicIp: 'DISABLED' },
  loadBalancer: { scheme },
  taskIngress: [perm('tcp', 8080, 8080, [], [], ['sg-0alb'])],
});

describe('ECS service exposed directly (awsvpc task with a public IP)', () => {
  it('a public Fargate service whose task role writes the artifact store is a code-execution path starting at the service, exposed on 8080', () => {
    const a = web();
    assert.equal(a.entry.kind, 'ecs-service');
    assert.equal(a.entry.exposure.status, 'exposed');
    assert.deepEqual(a.entry.exposure.ports, [{ from: 8080, to: 8080 }]);
    assert.deepEqual(factors(a), [
      ['public-address', true],
      ['route', true],
      ['network-acl', true],
      ['security-group', true],
      ['port', true],
    ]);
    assert.equal(a.entry.role, ROLE);
    assert.equal(a.entry.credentials.imdsV1, false, 'the container credentials endpoint is not IMDS');
    assert.equal(a.status, 'paths');
    assert.equal(a.paths.length, 1);
    const [p] = a.paths;
    assert.equal(p.entry, SERVICE);
    assert.equal(p.role, ROLE);
    assert.equal(p.class, 'code-execution');
    assert.equal(p.target.uid, `arn:aws:s3:::${ARTIFACTS}`);
    assert.deepEqual(p.steps.map((s) => s.kind), ['exposure', 'credentials', 'permission', 'impact']);
    assert.equal(p.steps[0].subject, SERVICE);
    assert.match(p.steps[0].text.en, /ECS service web .* on TCP 8080 /);
    assert.match(p.steps[0].text.ja, /ECS サービス web/);
    assert.equal(p.steps[1].subject, TD, 'the credentials come from the task definition\'s task role');
    assert.match(p.steps[1].why[0].en, /169\.254\.170\.2/);
    assert.deepEqual(p.steps[2].statements?.map((s) => [s.layer, s.policy, s.effect]), [['identity', 'role/web-task:app', 'Allow']]);
    assert.equal(p.likelihood, 'MEDIUM', 'no IMDSv1 bonus for a task');
    assert.equal(p.impact, 'CRITICAL');
    assert.equal(p.fix.breaks, true);
    assert.match(p.fix.text.en, new RegExp(`Remove s3:PutObject on ${ARTIFACTS} from web-task`));
    const publicIp = p.alternatives.find((f) => /assignPublicIp to DISABLED on ECS service web/.test(f.text.en));
    assert.ok(publicIp, JSON.stringify(p.alternatives.map((f) => f.text.en)));
    assert.equal(publicIp.breaks, true, 'without a load balancer, removing the public IP breaks the path');
  });

  it('assignPublicIp DISABLED and no load balancer: not exposed, no path', () => {
    const a = web({ network: { assignPublicIp: 'DISABLED' } });
    assert.equal(a.entry.exposure.status, 'not-exposed');
    assert.deepEqual(factors(a), [['public-address', false]]);
    assert.equal(a.status, 'none');
    assert.deepEqual(a.paths, []);
    assert.match(a.reason.en, /assignPublicIp DISABLED/);
  });

  it('the container listens on another port than the security group opens: not exposed', () => {
    const a = web({ taskDefinition: { containers: [{ name: 'app', portMappings: [{ containerPort: 9000, protocol: 'tcp' }], environmentNames: [], secretNames: [] }] } });
    assert.equal(a.entry.exposure.status, 'not-exposed');
    assert.equal(a.entry.exposure.factors.find((f) => f.holds === false)?.factor, 'port');
    assert.equal(a.status, 'none');
  });

  it('desired count 0: no task runs, not exposed', () => {
    const a = web({ service: { desiredCount: 0 } });
    assert.equal(a.entry.exposure.status, 'not-exposed');
    assert.deepEqual(factors(a), [['state', false]]);
    assert.equal(a.status, 'none');
    assert.deepEqual(a.paths, []);
  });

  it('no security group on the service: the VPC default security group decides (AwsVpcConfiguration.securityGroups)', () => {
    const open = web({ network: { securityGroups: [] }, defaultIngress: [perm('tcp', 8080, 8080, ['0.0.0.0/0'])] });
    assert.equal(open.entry.exposure.status, 'exposed');
    assert.match(open.entry.exposure.factors.find((f) => f.factor === 'security-group')!.subject ?? '', /^sg-0default \(8080\)$/);
    assert.equal(open.status, 'paths');

    const closed = web({ network: { securityGroups: [] } });
    assert.equal(closed.entry.exposure.status, 'not-exposed', 'the default group admits only its own members');
    assert.equal(closed.entry.exposure.factors.find((f) => f.holds === false)?.factor, 'security-group');
    assert.equal(closed.status, 'none');

    const missing = web({ network: { securityGroups: [] }, defaultIngress: 'missing' });
    assert.equal(missing.entry.exposure.status, 'unknown');
    assert.equal(missing.status, 'unknown');
    assert.match(missing.reason.en, /default security group of its VPC is not in the snapshot/);
  });
});

describe('ECS service behind a load balancer (target type ip)', () => {
  it('private tasks behind an internet-facing ALB are exposed through it on the listener port; the path names the load balancer', () => {
    const a = web(behindAlb('internet-facing'));
    const e = a.entry.exposure;
    assert.equal(e.status, 'exposed');
    assert.deepEqual(e.ports, [{ from: 443, to: 443 }]);
    assert.deepEqual(e.through?.map((t) => [t.name, t.protocol, t.port, t.targetGroup, t.targetPort]), [['web-alb', 'HTTPS', 443, TG, 8080]]);
    assert.ok(!e.factors.some((f) => f.factor === 'public-address'), 'the direct route (no public IP) is not among the reasons of an exposed service');
    const sg = e.factors.find((f) => f.factor === 'target-security-group');
    assert.equal(sg?.holds, true);
    assert.match(sg!.reason.en, /sg-0task \(from sg-0alb\) of the tasks allows TCP 8080/);
    assert.equal(a.status, 'paths');
    const [p] = a.paths;
    assert.equal(p.steps[0].subject, SERVICE);
    assert.match(p.steps[0].text.en, /TCP 443/);
    const waf = p.alternatives.find((f) => /AWS WAF in front of web-alb \(HTTPS:443\)/.test(f.text.en));
    assert.ok(waf, JSON.stringify(p.alternatives.map((f) => f.text.en)));
    assert.equal(waf.breaks, false);
    assert.ok(!p.alternatives.some((f) => /assignPublicIp/.test(f.text.en)), 'no public IP to remove');
  });

  it('the same tasks behind an internal load balancer: not exposed, no path', () => {
    const a = web(behindAlb('internal'));
    assert.equal(a.entry.exposure.status, 'not-exposed');
    assert.deepEqual(
      a.entry.exposure.factors.filter((f) => f.holds === false).map((f) => f.factor),
      ['public-address', 'load-balancer'],
    );
    assert.equal(a.status, 'none');
    assert.deepEqual(a.paths, []);
  });

  it('the tasks admit 8080 from the office only: the internet-facing ALB cannot reach them', () => {
    const a = web({ ...behindAlb('internet-facing'), taskIngress: [perm('tcp', 8080, 8080, ['198.51.100.0/24'])] });
    assert.equal(a.entry.exposure.status, 'not-exposed');
    assert.equal(a.entry.exposure.factors.find((f) => f.factor === 'target-security-group')?.holds, false);
    assert.equal(a.status, 'none');
  });

  it('the target group of the service is not in the snapshot: unknown, never "not exposed"', () => {
    const a = web({ ...behindAlb('internet-facing') });
    const without = attackPathAnalysis(new SnapshotIndex(snapshot(ecsSnapshot(behindAlb('internet-facing')).filter((r) => r.uid !== TG)))).entries.get(SERVICE)!;
    assert.equal(a.status, 'paths');
    assert.equal(without.entry.exposure.status, 'unknown');
    assert.equal(without.status, 'unknown');
  });
});

describe('ECS service: role and unknowns', () => {
  it('no task role (taskRoleArn null): exposed but no credentials to steal, no path', () => {
    const a = web({ taskDefinition: { taskRoleArn: null } });
    assert.equal(a.entry.exposure.status, 'exposed');
    assert.equal(a.entry.role, null);
    assert.equal(a.status, 'none');
    assert.deepEqual(a.paths, []);
    assert.match(a.reason.en, /runs without a role/);
  });

  it('the task definition is not in the snapshot: ports and role unknown, the analysis says unknown and claims no path', () => {
    const a = web({ taskDefinition: 'missing' });
    assert.equal(a.entry.role, undefined);
    assert.equal(a.entry.exposure.status, 'unknown');
    assert.deepEqual(a.entry.exposure.ports, []);
    assert.equal(a.entry.exposure.factors.find((f) => f.factor === 'port')?.holds, null);
    assert.equal(a.status, 'unknown');
    assert.deepEqual(a.paths, []);
    assert.ok(a.reason.en.includes(`task definition ${TD} is not in the snapshot`), a.reason.en);
    assert.ok(a.reason.ja.includes('タスク定義'), a.reason.ja);
  });

  it('the task definition failed to describe (per-field errors, no containers): treated as not collected', () => {
    const resources = ecsSnapshot().map((r) => (r.uid === TD ? { ...r, config: { family: 'web', revision: 7 }, errors: { taskRoleArn: 'AccessDenied', containers: 'AccessDenied' } } : r));
    const a = attackPathAnalysis(new SnapshotIndex(snapshot(resources))).entries.get(SERVICE)!;
    assert.equal(a.entry.role, undefined);
    assert.equal(a.status, 'unknown');
    assert.deepEqual(a.paths, []);
  });

  it('DescribeServices was denied (the collector keeps the service with per-field errors): unknown, no path', () => {
    const resources = ecsSnapshot().map((r) =>
      r.uid === SERVICE ? { ...r, config: { serviceName: 'web', clusterArn: CLUSTER }, errors: { networkConfiguration: 'AccessDenied', loadBalancers: 'AccessDenied', taskDefinition: 'AccessDenied', desiredCount: 'AccessDenied', status: 'AccessDenied' } } : r,
    );
    const a = attackPathAnalysis(new SnapshotIndex(snapshot(resources))).entries.get(SERVICE)!;
    assert.equal(a.entry.exposure.status, 'unknown');
    assert.equal(a.entry.role, undefined);
    assert.equal(a.status, 'unknown');
    assert.match(a.reason.en, /network configuration of the service was not collected/);
    assert.deepEqual(a.paths, []);
  });

  it('the task role is not in the snapshot: unknown, naming the role', () => {
    const resources = ecsSnapshot().filter((r) => r.uid !== ROLE);
    const a = attackPathAnalysis(new SnapshotIndex(snapshot(resources))).entries.get(SERVICE)!;
    assert.equal(a.entry.exposure.status, 'exposed');
    assert.equal(a.status, 'unknown');
    assert.ok(a.reason.en.includes(ROLE), a.reason.en);
  });

  it('bridge network mode on EC2: the tasks share an unmapped container instance network, exposure unknown', () => {
    const a = web({ service: { launchType: 'EC2' }, network: null, taskDefinition: { networkMode: 'bridge', requiresCompatibilities: ['EC2'] } });
    assert.equal(a.entry.exposure.status, 'unknown');
    assert.deepEqual(factors(a), [['public-address', null]]);
    assert.equal(a.status, 'unknown');
    assert.match(a.reason.en, /do not use the awsvpc network mode/);
    assert.deepEqual(a.paths, []);
  });

  it('bridge mode behind an internet-facing ALB: the tasks\' security groups are unknown, so exposure is unknown', () => {
    const a = web({ ...behindAlb('internet-facing'), service: { launchType: 'EC2' }, network: null, taskDefinition: { networkMode: 'bridge' } });
    assert.equal(a.entry.exposure.status, 'unknown');
    assert.equal(a.entry.exposure.factors.find((f) => f.factor === 'target-security-group')?.holds, null);
    assert.equal(a.status, 'unknown');
  });
});
