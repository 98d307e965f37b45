import {
  DescribeClusterCommand,
  DescribePodIdentityAssociationCommand,
  EKSClient,
  paginateListClusters,
  paginateListPodIdentityAssociations,
  type Cluster,
  type PodIdentityAssociationSummary,
} from '@aws-sdk/client-eks';
import { EKS_CLUSTER_TYPE, EKS_POD_IDENTITY_ASSOCIATION_TYPE, type EksClusterConfig, type EksPodIdentityAssociationConfig } from '../../model/eks.js';
import type { Relationship } from '../../../../model/types.js';
import type { CollectContext, ServiceCollector } from '../types.js';

/**
 * EKS clusters: endpoint exposure, control plane logging, secrets encryption, version and OIDC
 * issuer; and their EKS Pod Identity associations (which role the pods of a service account get).
 */
export const collector: ServiceCollector = {
  service: 'eks',
  global: false,
  async collect(ctx) {
    const eks = ctx.client(EKSClient);
    const names = await ctx.list('ListClusters', [EKS_CLUSTER_TYPE], async () => {
      const out: string[] = [];
      for await (const page of paginateListClusters({ client: eks }, {})) out.push(...(page.clusters ?? []));
      return out;
    });
    if (!names) return;

    for (const name of names) {
      const errors: Record<string, string> = {};
      const fallbackUid = `arn:${ctx.partition}:eks:${ctx.region}:${ctx.account}:cluster/${name}`;
      const cluster = await ctx.detail(errors, fallbackUid, 'cluster', 'DescribeCluster', async () => {
        const res = await eks.send(new DescribeClusterCommand({ name }));
        return res.cluster;
      }, ['ResourceNotFoundException']);
      if (cluster === null) continue; // deleted between listing and describe
      const uid = cluster?.arn ?? fallbackUid;
      const associations = await podIdentityAssociations(ctx, eks, name, uid, errors);
      if (!cluster) {
        // Keep the cluster visible; every rule requiring its config reports NOT_ASSESSED.
        ctx.emit({
          uid,
          account: ctx.account,
          region: ctx.region,
          type: EKS_CLUSTER_TYPE,
          name,
          tags: {},
          config: { name } as Record<string, unknown>,
          errors: {
            cluster: errors.cluster,
            resourcesVpcConfig: errors.cluster,
            enabledLogTypes: errors.cluster,
            encryptionConfig: errors.cluster,
            version: errors.cluster,
            oidcIssuer: errors.cluster,
            ...(errors.podIdentityAssociations ? { podIdentityAssociations: errors.podIdentityAssociations } : {}),
          },
        });
        continue;
      }
      const config = toConfig(cluster, name);
      if (associations) config.podIdentityAssociations = associations;
      ctx.emit({
        uid,
        account: ctx.account,
        region: ctx.region,
        type: EKS_CLUSTER_TYPE,
        name,
        tags: cluster.tags ?? {},
        config: config as unknown as Record<string, unknown>,
        relationships: relationships(config, ctx.partition, ctx.region, ctx.account),
        errors: Object.keys(errors).length ? errors : undefined,
      });
    }
  },
};

/**
 * ListPodIdentityAssociations of one cluster (paginated), then DescribePodIdentityAssociation of
 * each (the summary has no targetRoleArn). Emits one resource per association; returns their ARNs,
 * or undefined when the listing failed (recorded in the cluster's errors.podIdentityAssociations).
 */
async function podIdentityAssociations(ctx: CollectContext, eks: EKSClient, clusterName: string, clusterUid: string, errors: Record<string, string>): Promise<string[] | undefined> {
  const listed = await ctx.detail(errors, clusterUid, 'podIdentityAssociations', 'ListPodIdentityAssociations', async () => {
    const out: PodIdentityAssociationSummary[] = [];
    for await (const page of paginateListPodIdentityAssociations({ client: eks }, { clusterName })) out.push(...(page.associations ?? []));
    return out;
  });
  if (!listed) return undefined;
  const arns: string[] = [];
  for (const a of listed) {
    if (!a.associationId) continue;
    const uid = a.associationArn ?? `arn:${ctx.partition}:eks:${ctx.region}:${ctx.account}:podidentityassociation/${clusterName}/${a.associationId}`;
    const aerrors: Record<string, string> = {};
    const described = await ctx.detail(aerrors, uid, 'roleArn', 'DescribePodIdentityAssociation', async () => (await eks.send(new DescribePodIdentityAssociationCommand({ clusterName, associationId: a.associationId }))).association, ['ResourceNotFoundException']);
    if (described === null) continue; // deleted between listing and describe
    if (aerrors.roleArn) aerrors.targetRoleArn = aerrors.roleArn;
    const config: EksPodIdentityAssociationConfig = {
      associationId: a.associationId,
      associationArn: uid,
      clusterName: described?.clusterName ?? a.clusterName ?? clusterName,
      namespace: described?.namespace ?? a.namespace ?? '',
      serviceAccount: described?.serviceAccount ?? a.serviceAccount ?? '',
      ...(described ? { roleArn: described.roleArn, targetRoleArn: described.targetRoleArn ?? null } : {}),
    };
    const relationships: Relationship[] = [{ type: 'in-cluster', target: clusterUid }];
    if (config.roleArn) relationships.push({ type: 'uses-role', target: config.roleArn });
    if (config.targetRoleArn) relationships.push({ type: 'uses-role', target: config.targetRoleArn });
    ctx.emit({
      uid,
      account: ctx.account,
      region: ctx.region,
      type: EKS_POD_IDENTITY_ASSOCIATION_TYPE,
      name: `${config.namespace}/${config.serviceAccount}`,
      tags: described?.tags ?? {},
      config: config as unknown as Record<string, unknown>,
      relationships,
      errors: Object.keys(aerrors).length ? aerrors : undefined,
    });
    arns.push(uid);
  }
  return arns;
}

function toConfig(c: Cluster, name: string): EksClusterConfig {
  const vpc = c.resourcesVpcConfig ?? {};
  return {
    name: c.name ?? name,
    version: c.version,
    platformVersion: c.platformVersion,
    status: c.status,
    roleArn: c.roleArn,
    createdAt: c.createdAt?.toISOString(),
    resourcesVpcConfig: {
      vpcId: vpc.vpcId,
      subnetIds: vpc.subnetIds ?? [],
      securityGroupIds: vpc.securityGroupIds ?? [],
      clusterSecurityGroupId: vpc.clusterSecurityGroupId,
      // The API defaults: public endpoint on, private endpoint off.
      endpointPublicAccess: vpc.endpointPublicAccess ?? true,
      endpointPrivateAccess: vpc.endpointPrivateAccess ?? false,
      publicAccessCidrs: vpc.publicAccessCidrs ?? [],
    },
    enabledLogTypes: (c.logging?.clusterLogging ?? []).filter((l) => l.enabled).flatMap((l) => l.types ?? []),
    encryptionConfig: (c.encryptionConfig ?? []).map((e) => ({ resources: e.resources ?? [], keyArn: e.provider?.keyArn })),
    supportType: c.upgradePolicy?.supportType,
    authenticationMode: c.accessConfig?.authenticationMode,
    oidcIssuer: c.identity?.oidc?.issuer ?? null,
  };
}

function relationships(c: EksClusterConfig, partition: string, region: string, account: string): Relationship[] {
  const ec2 = (what: string) => `arn:${partition}:ec2:${region}:${account}:${what}`;
  const rels: Relationship[] = [];
  if (c.roleArn) rels.push({ type: 'uses-role', target: c.roleArn });
  if (c.resourcesVpcConfig.vpcId) rels.push({ type: 'in-vpc', target: ec2(`vpc/${c.resourcesVpcConfig.vpcId}`) });
  for (const s of c.resourcesVpcConfig.subnetIds) rels.push({ type: 'in-subnet', target: ec2(`subnet/${s}`) });
  const sgs = new Set([...c.resourcesVpcConfig.securityGroupIds, ...(c.resourcesVpcConfig.clusterSecurityGroupId ? [c.resourcesVpcConfig.clusterSecurityGroupId] : [])]);
  for (const sg of sgs) rels.push({ type: 'uses-security-group', target: ec2(`security-group/${sg}`) });
  for (const e of c.encryptionConfig) if (e.keyArn) rels.push({ type: 'encrypted-with', target: e.keyArn });
  return rels;
}
