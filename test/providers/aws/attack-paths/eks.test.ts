/**
 * EKS workloads as attack-path entry points (network.ts › eksWorkloadExposure, eks.ts, index.ts ›
 * analyseCluster). Sources: AWS Load Balancer Controller (resource tags elbv2.k8s.aws/cluster,
 * service.k8s.aws/stack, ingress.k8s.aws/stack = "namespace/name", or an IngressGroup's name);
 * Kubernetes AWS cloud provider (kubernetes.io/service-name = "namespace/name",
 * kubernetes.io/cluster/<name>); Amazon EKS User Guide › "IAM roles for service accounts" (the
 * OIDC provider calls sts:AssumeRoleWithWebIdentity with <issuer>:sub =
 * system:serviceaccount:<namespace>:<service account> and <issuer>:aud = sts.amazonaws.com) and
 * › "EKS Pod Identity" (an association gives the pods of one service account a role, or its
 * target role); Amazon EKS Best Practices Guide › Security › IAM › "Restrict access to the instance
 * profile assigned to the worker node" (IMDSv2 required with hop limit 1 keeps pods from the node
 * role); IAM User Guide › Policy evaluation logic (the trust policy decides, evaluated by the
 * engine).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SnapshotIndex } from '../../../../src/assess/context.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../../src/model/snapshot.js';
import type { Resource } from '../../../../src/model/types.js';
import { attackPathAnalysis, type EntryAnalysis } from '../../../../src/providers/aws/attack-paths/index.js';
import { ACCOUNT, REGION } from '../../../../rules/posture/testing.js';
import { ASSOCIATION, EKS_ARTIFACTS, EKS_CLUSTER, EKS_LB, EKS_TG, ISSUER, NODE_ROLE, POD_ROLE, eksSnapshot, type EksOptions } from '../../../../rules/posture/aws/attack-paths/eks-fixture-builders.js';

const snapshot = (resources: Resource[]): Snapshot => ({
  schema: SNAPSHOT_SCHEMA,
  version: SNAPSHOT_VERSION,
  id: 'eks-attack-paths-test',
  collectedAt: '2026-11-01T00:00:00.000Z',
  tool: { name: 'mamori', version: 'test' },
  scope: { provider: 'aws', accounts: [ACCOUNT], regions: [REGION], services: [] },
  resources,
  errors: [],
});
const analyse = (resources: Resource[]): EntryAnalysis => {
  const a = attackPathAnalysis(new SnapshotIndex(snapshot(resources))).entries.get(EKS_CLUSTER);
  assert.ok(a, 'the EKS cluster is analysed as an entry point');
  return a;
};
const cluster = (o: EksOptions = {}) => analyse(eksSnapshot(o));
const ADMIN = [{ Effect: 'Allow' as const, Action: '*', Resource: '*' }];
const edit = (resources: Resource[], uid: string, f: (r: Resource) => void) => {
  const copy = structuredClone(resources);
  f(copy.find((r) => r.uid === uid)!);
  return copy;
};

describe('EKS workloads exposed through the load balancers of Kubernetes controllers', () => {
  it('an internet-facing ALB of the AWS Load Balancer Controller (ip targets) exposes the Ingress\'s namespace on the listener port', () => {
    const a = cluster();
    assert.equal(a.entry.kind, 'eks-workload');
    assert.equal(a.entry.exposure.status, 'exposed');
    assert.deepEqual(a.entry.exposure.ports, [{ from: 443, to: 443 }]);
    assert.deepEqual(a.entry.eks?.namespaces, ['web']);
    assert.deepEqual(a.entry.exposure.through?.map((t) => [t.loadBalancer, t.targetGroup, t.port, t.targetPort]), [[EKS_LB, EKS_TG, 443, 8080]]);
    const pods = a.entry.exposure.factors.find((f) => f.factor === 'target-security-group');
    assert.equal(pods?.holds, true);
    assert.match(pods!.reason.en, /sg-0eks .* of the pods allows TCP 8080 from the load balancer/, 'ip targets: the cluster security group stands for the pods\' groups');
  });

  it('an internal load balancer exposes nothing', () => {
    const a = cluster({ scheme: 'internal' });
    assert.equal(a.entry.exposure.status, 'not-exposed');
    assert.equal(a.status, 'none');
    assert.match(a.reason.en, /is internal/);
  });

  it('the pods\' security group must admit the load balancer: without that rule the workload is not exposed', () => {
    const closed = edit(eksSnapshot(), `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0eks`, (r) => ((r.config as { ingress: unknown[] }).ingress = []));
    const a = analyse(closed);
    assert.equal(a.entry.exposure.status, 'not-exposed');
    assert.equal(a.entry.exposure.factors.find((f) => f.holds === false)?.factor, 'target-security-group');
  });

  it('load balancers and target groups of another cluster, or untagged, are not the cluster\'s', () => {
    const other = eksSnapshot().map((r) => (r.tags?.['elbv2.k8s.aws/cluster'] ? { ...r, tags: { ...r.tags, 'elbv2.k8s.aws/cluster': 'staging-eks' } } : r));
    const a = analyse(other);
    assert.equal(a.entry.exposure.status, 'not-exposed');
    assert.match(a.reason.en, /No load balancer or target group is tagged for cluster prod-eks/);
  });

  it('target group tags not collected: unknown, never "not exposed"', () => {
    const untagged = eksSnapshot().map((r) => (r.uid === EKS_TG || r.uid === EKS_LB ? { ...r, tags: {}, errors: { tags: 'AccessDenied' } } : r));
    const a = analyse(untagged);
    assert.equal(a.entry.exposure.status, 'unknown');
    assert.equal(a.status, 'unknown');
  });

  it('an IngressGroup stack (no "/") may hold Ingresses of any namespace', () => {
    const a = cluster({ stack: 'shared-edge', roleNamespace: 'batch' });
    assert.deepEqual(a.entry.eks?.namespaces, ['*']);
    assert.equal(a.status, 'paths', 'the batch service account\'s role is a candidate when the namespace is unknown');
  });

  it('an NLB of the in-tree service controller (kubernetes.io/service-name, instance targets = worker nodes) exposes the Service\'s namespace', () => {
    const a = cluster({ inTree: true });
    assert.equal(a.entry.exposure.status, 'exposed');
    assert.deepEqual(a.entry.eks?.namespaces, ['web']);
    const node = a.entry.exposure.factors.find((f) => f.factor === 'target-security-group');
    assert.match(node!.reason.en, /of the worker node allows TCP 31443/);
  });
});

describe('the roles a pod of an exposed namespace may hold', () => {
  it('IRSA: the engine lets the cluster\'s OIDC provider assume the role for web:frontend, so the role is a candidate; its path says the service account is not known and does not raise likelihood', () => {
    const a = cluster();
    assert.equal(a.status, 'paths');
    assert.equal(a.paths.length, 1);
    const [p] = a.paths;
    assert.equal(p.entry, EKS_CLUSTER);
    assert.equal(p.role, POD_ROLE);
    assert.equal(p.target.uid, `arn:aws:s3:::${EKS_ARTIFACTS}`);
    assert.equal(p.likelihood, 'MEDIUM');
    assert.ok(p.factors.some((f) => /which service account the exposed pod runs as is not in the snapshot/.test(f)), JSON.stringify(p.factors));
    const creds = p.steps.find((s) => s.kind === 'credentials')!;
    assert.match(creds.text.en, /candidate/);
    assert.match(creds.text.ja, /候補/);
    assert.ok(creds.why.some((w) => w.en.includes(`sub=system:serviceaccount:web:frontend`)), JSON.stringify(creds.why));
    assert.match(p.steps[0].text.en, /EKS cluster prod-eks .* namespace\(s\) web .* k8s-web-frontend \(HTTPS:443\)/);
    assert.equal(p.fix.breaks, true);
    assert.match(p.fix.text.en, /Remove s3:PutObject on eks-fixture-pipeline-artifacts from web-frontend/);
    assert.ok(p.alternatives.some((f) => /Restrict the trust policy of web-frontend/.test(f.text.en)));
  });

  it('IRSA: a trust for a service account of another namespace is no candidate (benign look-alike)', () => {
    const a = cluster({ roleNamespace: 'batch' });
    assert.equal(a.entry.exposure.status, 'exposed');
    assert.equal(a.status, 'none');
    assert.equal(a.paths.length, 0);
  });

  it('IRSA: a StringLike pattern is filled in and decided by the engine (web:front* matches, batch:* does not)', () => {
    assert.equal(cluster({ trustSub: 'system:serviceaccount:web:front*' }).status, 'paths');
    assert.equal(cluster({ trustSub: 'system:serviceaccount:batch:*' }).status, 'none');
    // IAM User Guide › Condition operators: StringEquals compares literally, "*" is no wildcard there.
    const literal = edit(eksSnapshot(), POD_ROLE, (r) => ((r.config as { assumeRolePolicy: { Statement: { Condition: unknown }[] } }).assumeRolePolicy.Statement[0].Condition = { StringEquals: { [`${ISSUER}:sub`]: 'system:serviceaccount:web:*' } }));
    assert.equal(analyse(literal).status, 'none');
  });

  it('IRSA: a trust with no sub condition lets every service account of the cluster in', () => {
    const a = cluster({ trustSub: null, roleNamespace: 'anything' });
    assert.equal(a.status, 'paths');
    assert.match(a.paths[0].steps.find((s) => s.kind === 'credentials')!.why[0].en, /any service account \(the trust has no sub condition\)/);
  });

  it('IRSA: a Deny in the trust policy for the exposed service account removes the candidate', () => {
    const denied = edit(eksSnapshot(), POD_ROLE, (r) => (r.config as { assumeRolePolicy: { Statement: unknown[] } }).assumeRolePolicy.Statement.push({ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { [`${ISSUER}:sub`]: 'system:serviceaccount:web:*' } } }));
    assert.equal(analyse(denied).status, 'none');
  });

  it('IRSA: a trust naming another cluster\'s OIDC provider is no candidate', () => {
    const other = edit(eksSnapshot(), POD_ROLE, (r) => {
      const st = (r.config as { assumeRolePolicy: { Statement: { Principal: { Federated: string } }[] } }).assumeRolePolicy.Statement[0];
      st.Principal.Federated = st.Principal.Federated.replace('EXAMPLED539D4633E53DE1B71EXAMPLE', 'OTHERCLUSTER0000000000000000000');
    });
    assert.equal(analyse(other).status, 'none');
  });

  it('the OIDC issuer not collected: unknown when nothing else gives a path', () => {
    const a = cluster({ cluster: { oidcIssuer: undefined } });
    assert.equal(a.status, 'unknown');
    assert.match(a.reason.en, /OIDC issuer of cluster prod-eks was not collected/);
  });

  it('EKS Pod Identity: the association of the exposed namespace gives the role; another namespace\'s does not', () => {
    const a = cluster({ identity: 'pod-identity', podRole: ADMIN });
    assert.equal(a.status, 'paths');
    const admin = a.paths.find((p) => p.target.kind === 'admin');
    assert.ok(admin);
    assert.equal(admin.role, POD_ROLE);
    assert.equal(admin.steps.find((s) => s.kind === 'credentials')!.subject, ASSOCIATION);
    assert.equal(cluster({ identity: 'pod-identity', roleNamespace: 'batch', podRole: ADMIN }).status, 'none');
  });

  it('EKS Pod Identity: a cross-account association gives the pods the target role', () => {
    const target = `arn:aws:iam::${ACCOUNT}:role/deployer`;
    const resources = edit(eksSnapshot({ identity: 'pod-identity', podRole: [] }), ASSOCIATION, (r) => ((r.config as { targetRoleArn: string }).targetRoleArn = target));
    const deployer = structuredClone(resources.find((r) => r.uid === POD_ROLE)!);
    Object.assign(deployer, { uid: target, name: 'deployer' });
    Object.assign(deployer.config, { roleName: 'deployer', roleId: 'AROADEPLOYER', inlinePolicies: [{ policyName: 'app', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::${EKS_ARTIFACTS}/*` }] } }] });
    const a = analyse([...resources, deployer]);
    assert.equal(a.status, 'paths');
    assert.equal(a.paths[0].role, target);
  });

  it('EKS Pod Identity: associations not collected make the cluster unknown when no path is found', () => {
    const a = cluster({ identity: 'none', cluster: { podIdentityAssociations: undefined } });
    assert.equal(a.status, 'unknown');
    assert.match(a.reason.en, /Pod Identity associations of cluster prod-eks were not collected/);
  });

  it('node role: pods reach it with IMDSv1 (likelihood raised) or with IMDSv2 and hop limit 2; not with IMDSv2 and hop limit 1', () => {
    const v1 = cluster({ identity: 'none', node: { tokens: 'optional', actions: ADMIN } });
    assert.equal(v1.status, 'paths');
    assert.ok(v1.paths.every((p) => p.role === NODE_ROLE));
    assert.equal(v1.paths[0].likelihood, 'HIGH', 'IMDSv1: an SSRF in any pod is enough');
    const hop2 = cluster({ identity: 'none', node: { tokens: 'required', hopLimit: 2, actions: ADMIN } });
    assert.equal(hop2.status, 'paths');
    assert.equal(hop2.paths[0].likelihood, 'MEDIUM');
    assert.ok(hop2.paths[0].alternatives.some((f) => f.breaks && /hop limit of 1 on the worker nodes of cluster prod-eks/.test(f.text.en)));
    const hop1 = cluster({ identity: 'none', node: { tokens: 'required', hopLimit: 1, actions: ADMIN } });
    assert.equal(hop1.status, 'none');
  });

  it('one analysis per cluster merges the paths of every candidate role', () => {
    const a = cluster({ podRole: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::${EKS_ARTIFACTS}/*` }], node: { hopLimit: 2, actions: ADMIN } });
    assert.equal(a.status, 'paths');
    assert.deepEqual([...new Set(a.paths.map((p) => p.role))].sort(), [NODE_ROLE, POD_ROLE].sort());
  });
});
