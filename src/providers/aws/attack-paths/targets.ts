/**
 * What an attacker holding a role wants to reach, found once per assessment, each with the request
 * that proves the reach (action on resource) and what reaching it means:
 *   code execution  - a CI/CD artifact store: s3:PutObject into the artifact bucket of a CodePipeline
 *                     pipeline (its artifactStore location; fallback: a bucket tagged
 *                     purpose=codepipeline-artifacts) — the next deployment runs the attacker's
 *                     appspec.yml / artifact on every instance of the deployment groups it feeds;
 *                   - a CodeDeploy deployment group: codedeploy:CreateDeployment deploys any revision;
 *                   - administrator: every ADMIN_PROBES action on `*` (escalation/find.ts).
 *   sensitive data  - S3 buckets tagged mamori:criticality high|critical or data-classification
 *                     confidential|restricted|pii (s3:GetObject); Secrets Manager secrets
 *                     (secretsmanager:GetSecretValue); customer managed KMS keys with the same tags
 *                     (kms:Decrypt).
 * Not done: RDS (database access is by network and database credentials, not IAM, unless IAM
 * database authentication is on) and admin through privilege escalation (escalation/find.ts is not
 * yet wired to snapshots).
 */
import type { EvaluationContext } from '../../../model/rule.js';
import type { Resource } from '../../../model/types.js';
import { DEPLOYMENT_GROUP_TYPE, PIPELINE_TYPE, type DeploymentGroupConfig, type DeploymentTagFilter, type PipelineConfig } from '../model/codepipeline.js';
import { INSTANCE_TYPE, type InstanceConfig } from '../model/ec2.js';
import { KMS_KEY_TYPE } from '../model/kms.js';
import { BUCKET_TYPE } from '../model/s3.js';
import { SECRET_TYPE } from '../model/secretsmanager.js';

export type TargetClass = 'code-execution' | 'sensitive-data';

export interface Target {
  kind: 'artifact-store' | 'deployment-group' | 'admin' | 'data-bucket' | 'secret' | 'kms-key';
  class: TargetClass;
  uid: string;
  name: string;
  account: string;
  /** The request that proves the reach. */
  action: string;
  resource: string;
  /** Artifact stores: the pipelines using the bucket. */
  pipelines?: Resource<PipelineConfig>[];
  /** Artifact stores and deployment groups: the deployment groups fed, and the instances they deploy to. */
  deploymentGroups?: Resource<DeploymentGroupConfig>[];
  fleet?: string[];
  /** Why the target matters (a tag, a pipeline). */
  basis: string;
}

const CRITICALITY_TAG = 'mamori:criticality';
const CLASSIFICATION_TAG = 'data-classification';
const SENSITIVE = new Set(['confidential', 'restricted', 'pii']);
const ARTIFACT_PURPOSE = 'codepipeline-artifacts';

function sensitiveTag(tags: Record<string, string> | undefined): string | null {
  const crit = tags?.[CRITICALITY_TAG]?.toLowerCase();
  if (crit === 'high' || crit === 'critical') return `${CRITICALITY_TAG}=${crit}`;
  const cls = tags?.[CLASSIFICATION_TAG]?.toLowerCase();
  if (cls && SENSITIVE.has(cls)) return `${CLASSIFICATION_TAG}=${cls}`;
  return null;
}

function tagMatches(tags: Record<string, string>, f: DeploymentTagFilter): boolean {
  switch (f.Type) {
    case 'KEY_ONLY': return f.Key !== undefined && f.Key in tags;
    case 'VALUE_ONLY': return Object.values(tags).includes(f.Value ?? '');
    default: return f.Key !== undefined && tags[f.Key] === f.Value;
  }
}

/** Instance ids a deployment group deploys to: ec2TagFilters (any), ec2TagSet (every list), Auto Scaling groups. */
export function fleetOf(group: Resource<DeploymentGroupConfig>, ctx: EvaluationContext): string[] {
  const c = group.config;
  const out: string[] = [];
  for (const i of ctx.resources<InstanceConfig>(INSTANCE_TYPE, { account: group.account, region: group.region })) {
    if (i.config.state === 'shutting-down') continue;
    const tags = i.tags ?? {};
    const byFilters = c.ec2TagFilters.some((f) => tagMatches(tags, f));
    const bySet = c.ec2TagSet.length > 0 && c.ec2TagSet.every((list) => list.some((f) => tagMatches(tags, f)));
    const byAsg = c.autoScalingGroups.includes(tags['aws:autoscaling:groupName'] ?? '\u0000');
    if (byFilters || bySet || byAsg) out.push(i.config.instanceId);
  }
  return out.sort();
}

/** Every target in the snapshot. */
export function findTargets(ctx: EvaluationContext): Target[] {
  const targets: Target[] = [];
  const groups = new Map<string, Resource<DeploymentGroupConfig>>();
  for (const g of ctx.resources<DeploymentGroupConfig>(DEPLOYMENT_GROUP_TYPE)) groups.set(g.uid, g);
  const fleets = new Map<string, string[]>();
  const fleet = (g: Resource<DeploymentGroupConfig>) => {
    let f = fleets.get(g.uid);
    if (!f) fleets.set(g.uid, (f = fleetOf(g, ctx)));
    return f;
  };

  // Artifact stores, from pipelines first.
  const stores = new Map<string, Target>();
  for (const p of ctx.resources<PipelineConfig>(PIPELINE_TYPE)) {
    const fed = (p.relationships ?? []).filter((r) => r.type === 'deploys-to').map((r) => groups.get(r.target)).filter((g): g is Resource<DeploymentGroupConfig> => !!g);
    for (const s of p.config.artifactStores ?? []) {
      const partition = p.uid.split(':')[1] || 'aws';
      const bucketArn = `arn:${partition}:s3:::${s.location}`;
      let t = stores.get(bucketArn);
      if (!t) {
        const bucket = ctx.byUid(bucketArn);
        // CodePipeline keeps a pipeline's artifacts under the first 20 characters of its name.
        t = { kind: 'artifact-store', class: 'code-execution', uid: bucketArn, name: s.location, account: bucket?.account ?? p.account, action: 's3:PutObject', resource: `${bucketArn}/${p.config.name.slice(0, 20)}/SourceArti/artifact.zip`, pipelines: [], deploymentGroups: [], fleet: [], basis: `artifact store of pipeline ${p.config.name}` };
        stores.set(bucketArn, t);
      }
      t.pipelines!.push(p);
      for (const g of fed) if (!t.deploymentGroups!.includes(g)) t.deploymentGroups!.push(g);
    }
  }
  for (const b of ctx.resources(BUCKET_TYPE)) {
    if (stores.has(b.uid) || b.tags?.purpose !== ARTIFACT_PURPOSE) continue;
    stores.set(b.uid, { kind: 'artifact-store', class: 'code-execution', uid: b.uid, name: b.name, account: b.account, action: 's3:PutObject', resource: `${b.uid}/pipeline/SourceArti/artifact.zip`, pipelines: [], deploymentGroups: [], fleet: [], basis: `bucket tagged purpose=${ARTIFACT_PURPOSE}` });
  }
  for (const t of stores.values()) {
    t.fleet = [...new Set(t.deploymentGroups!.flatMap(fleet))].sort();
    targets.push(t);
  }

  for (const g of groups.values()) {
    targets.push({ kind: 'deployment-group', class: 'code-execution', uid: g.uid, name: g.name, account: g.account, action: 'codedeploy:CreateDeployment', resource: g.uid, deploymentGroups: [g], fleet: fleet(g), basis: `CodeDeploy deployment group ${g.name}` });
  }

  for (const b of ctx.resources(BUCKET_TYPE)) {
    const tag = sensitiveTag(b.tags);
    if (!tag || stores.has(b.uid)) continue;
    targets.push({ kind: 'data-bucket', class: 'sensitive-data', uid: b.uid, name: b.name, account: b.account, action: 's3:GetObject', resource: `${b.uid}/*`, basis: `bucket tagged ${tag}` });
  }
  for (const s of ctx.resources(SECRET_TYPE)) {
    targets.push({ kind: 'secret', class: 'sensitive-data', uid: s.uid, name: s.name, account: s.account, action: 'secretsmanager:GetSecretValue', resource: s.uid, basis: 'Secrets Manager secret' });
  }
  for (const k of ctx.resources<{ keyManager?: string }>(KMS_KEY_TYPE)) {
    const tag = sensitiveTag(k.tags);
    if (!tag || k.config.keyManager === 'AWS') continue;
    targets.push({ kind: 'kms-key', class: 'sensitive-data', uid: k.uid, name: k.name, account: k.account, action: 'kms:Decrypt', resource: k.uid, basis: `key tagged ${tag}` });
  }
  return targets;
}
