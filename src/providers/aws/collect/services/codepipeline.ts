import { CodePipelineClient, GetPipelineCommand, paginateListPipelines, type ActionDeclaration, type PipelineDeclaration, type PipelineSummary } from '@aws-sdk/client-codepipeline';
import {
  BatchGetDeploymentGroupsCommand,
  CodeDeployClient,
  paginateListApplications,
  paginateListDeploymentGroups,
  type DeploymentGroupInfo,
  type EC2TagFilter,
} from '@aws-sdk/client-codedeploy';
import {
  DEPLOYMENT_GROUP_TYPE,
  PIPELINE_TYPE,
  deploymentGroupArn,
  pipelineArn,
  type DeploymentGroupConfig,
  type DeploymentTagFilter,
  type PipelineAction,
  type PipelineArtifactStore,
  type PipelineConfig,
} from '../../model/codepipeline.js';
import type { Relationship } from '../../../../model/types.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : undefined);

/** Action configuration keys that can hold a credential (GitHub v1 OAuthToken, webhook secrets…). */
const SECRET_KEY = /token|secret|password|credential/i;

/** CodePipeline pipelines of the region: artifact stores, service role and every action (what it deploys where). */
export const collector: ServiceCollector = {
  service: 'codepipeline',
  global: false,
  async collect(ctx) {
    const client = ctx.client(CodePipelineClient);
    const pipelines = await ctx.list('ListPipelines', [PIPELINE_TYPE], async () => {
      const out: PipelineSummary[] = [];
      for await (const page of paginateListPipelines({ client, pageSize: 100 }, {})) out.push(...(page.pipelines ?? []));
      return out;
    });
    await mapPool(pipelines ?? [], 4, (p) => collectPipeline(ctx, client, p));
  },
};

async function collectPipeline(ctx: CollectContext, client: CodePipelineClient, summary: PipelineSummary) {
  if (!summary.name) return;
  const uid = pipelineArn(ctx.partition, ctx.region, ctx.account, summary.name);
  const errors: Record<string, string> = {};
  const got = await ctx.detail(errors, uid, 'actions', 'GetPipeline', async () => (await client.send(new GetPipelineCommand({ name: summary.name }))).pipeline ?? null, ['PipelineNotFoundException']);
  if (got === null) return;
  if (got === undefined) errors.artifactStores = errors.actions;
  const config: PipelineConfig = {
    name: summary.name,
    roleArn: got?.roleArn ?? null,
    pipelineType: got?.pipelineType ?? summary.pipelineType,
    version: got?.version ?? summary.version,
    artifactStores: got ? artifactStores(got) : undefined,
    actions: got ? actions(got) : undefined,
    created: iso(summary.created),
    updated: iso(summary.updated),
  };
  const relationships: Relationship[] = [];
  for (const s of config.artifactStores ?? []) relationships.push({ type: 'stores-artifacts-in', target: `arn:${ctx.partition}:s3:::${s.location}` });
  if (config.roleArn) relationships.push({ type: 'uses-role', target: config.roleArn });
  for (const a of config.actions ?? []) {
    const app = a.configuration.ApplicationName;
    const group = a.configuration.DeploymentGroupName;
    if (a.category === 'Deploy' && a.provider === 'CodeDeploy' && app && group) {
      relationships.push({ type: 'deploys-to', target: deploymentGroupArn(ctx.partition, a.region ?? ctx.region, ctx.account, app, group) });
    }
  }
  ctx.emit({
    uid,
    account: ctx.account,
    region: ctx.region,
    type: PIPELINE_TYPE,
    name: summary.name,
    tags: {},
    config: config as unknown as Record<string, unknown>,
    relationships: relationships.length ? relationships : undefined,
    errors: Object.keys(errors).length ? errors : undefined,
  });
}

function artifactStores(p: PipelineDeclaration): PipelineArtifactStore[] {
  const out: PipelineArtifactStore[] = [];
  const add = (s: { type?: string; location?: string; encryptionKey?: { id?: string } } | undefined, region?: string) => {
    if (!s?.location) return;
    out.push({ type: s.type ?? 'S3', location: s.location, ...(region ? { region } : {}), ...(s.encryptionKey?.id ? { encryptionKeyId: s.encryptionKey.id } : {}) });
  };
  add(p.artifactStore);
  for (const [region, s] of Object.entries(p.artifactStores ?? {})) add(s, region);
  return out;
}

function actions(p: PipelineDeclaration): PipelineAction[] {
  const out: PipelineAction[] = [];
  for (const stage of p.stages ?? []) {
    for (const a of stage.actions ?? ([] as ActionDeclaration[])) {
      const configuration: Record<string, string> = {};
      for (const [k, v] of Object.entries(a.configuration ?? {})) if (!SECRET_KEY.test(k) && typeof v === 'string') configuration[k] = v;
      out.push({
        stage: stage.name ?? '',
        name: a.name ?? '',
        category: a.actionTypeId?.category ?? '',
        owner: a.actionTypeId?.owner ?? '',
        provider: a.actionTypeId?.provider ?? '',
        configuration,
        ...(a.roleArn ? { roleArn: a.roleArn } : {}),
        ...(a.region ? { region: a.region } : {}),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- CodeDeploy

/** BatchGetDeploymentGroups takes at most 25 names per call. */
const BATCH = 25;

/** CodeDeploy deployment groups of the region: which instances (tags, Auto Scaling groups) each one deploys to. */
export const codedeployCollector: ServiceCollector = {
  service: 'codedeploy',
  global: false,
  async collect(ctx) {
    const client = ctx.client(CodeDeployClient);
    const applications = await ctx.list('ListApplications', [DEPLOYMENT_GROUP_TYPE], async () => {
      const out: string[] = [];
      for await (const page of paginateListApplications({ client }, {})) out.push(...(page.applications ?? []));
      return out;
    });
    await mapPool(applications ?? [], 2, (app) => collectApplication(ctx, client, app));
  },
};

async function collectApplication(ctx: CollectContext, client: CodeDeployClient, applicationName: string) {
  const groups = await ctx.list('ListDeploymentGroups', [DEPLOYMENT_GROUP_TYPE], async () => {
    const out: string[] = [];
    for await (const page of paginateListDeploymentGroups({ client }, { applicationName })) out.push(...(page.deploymentGroups ?? []));
    return out;
  });
  for (let i = 0; i < (groups ?? []).length; i += BATCH) {
    const names = groups!.slice(i, i + BATCH);
    const infos = await ctx.list('BatchGetDeploymentGroups', [DEPLOYMENT_GROUP_TYPE], async () => {
      const out = await client.send(new BatchGetDeploymentGroupsCommand({ applicationName, deploymentGroupNames: names }));
      return out.deploymentGroupsInfo ?? [];
    });
    for (const info of infos ?? []) emitDeploymentGroup(ctx, applicationName, info);
  }
}

const tagFilter = (f: EC2TagFilter): DeploymentTagFilter => ({ ...(f.Key ? { Key: f.Key } : {}), ...(f.Value ? { Value: f.Value } : {}), ...(f.Type ? { Type: f.Type } : {}) });

function emitDeploymentGroup(ctx: CollectContext, applicationName: string, g: DeploymentGroupInfo) {
  if (!g.deploymentGroupName) return;
  const config: DeploymentGroupConfig = {
    applicationName: g.applicationName ?? applicationName,
    deploymentGroupName: g.deploymentGroupName,
    deploymentGroupId: g.deploymentGroupId,
    computePlatform: g.computePlatform,
    serviceRoleArn: g.serviceRoleArn ?? null,
    deploymentConfigName: g.deploymentConfigName,
    ec2TagFilters: (g.ec2TagFilters ?? []).map(tagFilter),
    ec2TagSet: (g.ec2TagSet?.ec2TagSetList ?? []).map((list) => list.map(tagFilter)),
    autoScalingGroups: (g.autoScalingGroups ?? []).map((a) => a.name ?? '').filter(Boolean),
    ecsServices: (g.ecsServices ?? []).map((s) => `${s.clusterName ?? ''}/${s.serviceName ?? ''}`),
  };
  const relationships: Relationship[] = config.serviceRoleArn ? [{ type: 'uses-role', target: config.serviceRoleArn }] : [];
  ctx.emit({
    uid: deploymentGroupArn(ctx.partition, ctx.region, ctx.account, config.applicationName, config.deploymentGroupName),
    account: ctx.account,
    region: ctx.region,
    type: DEPLOYMENT_GROUP_TYPE,
    name: `${config.applicationName}/${config.deploymentGroupName}`,
    tags: {},
    config: config as unknown as Record<string, unknown>,
    relationships: relationships.length ? relationships : undefined,
  });
}
