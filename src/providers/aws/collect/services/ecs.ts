import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  paginateListClusters,
  paginateListServices,
  paginateListTasks,
  type ContainerDefinition,
  type Service,
  type Task,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import type { Relationship } from '../../../../model/types.js';
import {
  ECS_SERVICE_TYPE,
  ECS_TASK_DEFINITION_TYPE,
  ECS_TASK_TYPE,
  type EcsContainer,
  type EcsServiceConfig,
  type EcsTaskConfig,
  type EcsTaskDefinitionConfig,
} from '../../model/ecs.js';
import { errorName } from '../errors.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

/** DescribeServices takes at most 10 services per call (ECS API Reference › DescribeServices). */
const BATCH = 10;
/** DescribeTasks takes at most 100 tasks per call (ECS API Reference › DescribeTasks). */
const TASK_BATCH = 100;
/** The cluster was deleted between ListClusters and DescribeServices (ClientException is not "gone": ECS also uses it for permission errors). */
const GONE = ['ClusterNotFoundException'];
/** Service fields one DescribeServices call answers: a failure leaves each unknown. */
const SERVICE_FIELDS = ['status', 'launchType', 'capacityProviders', 'desiredCount', 'taskDefinition', 'networkConfiguration', 'loadBalancers'] as const;
const TASK_DEFINITION_FIELDS = ['taskRoleArn', 'executionRoleArn', 'networkMode', 'requiresCompatibilities', 'containers'] as const;

/**
 * ECS services of every cluster of the region (network configuration, load balancers, the task
 * definition they run) and the task definitions those services run (roles, network mode, container
 * ports). Environment variable values and secrets are never kept: only their names.
 */
export const collector: ServiceCollector = {
  service: 'ecs',
  global: false,
  async collect(ctx) {
    const client = ctx.client(ECSClient);
    const clusters = await ctx.list('ListClusters', [ECS_SERVICE_TYPE, ECS_TASK_DEFINITION_TYPE], async () => {
      const out: string[] = [];
      for await (const page of paginateListClusters({ client }, {})) out.push(...(page.clusterArns ?? []));
      return out;
    });
    const taskDefinitions = new Set<string>();
    await mapPool(clusters ?? [], 2, async (cluster) => {
      for (const td of await collectCluster(ctx, client, cluster)) taskDefinitions.add(td);
    });
    await mapPool([...taskDefinitions], 4, (arn) => collectTaskDefinition(ctx, client, arn));
  },
};

/** Emits the cluster's services; returns the task definition ARNs they run. */
async function collectCluster(ctx: CollectContext, client: ECSClient, cluster: string): Promise<string[]> {
  const arns = await ctx.list('ListServices', [ECS_SERVICE_TYPE], async () => {
    const out: string[] = [];
    try {
      for await (const page of paginateListServices({ client }, { cluster })) out.push(...(page.serviceArns ?? []));
    } catch (err) {
      // Deleted since ListClusters: it has no services, and no error to report.
      if (GONE.includes(errorName(err))) return [];
      throw err;
    }
    return out;
  });
  const used: string[] = [];
  const withExec: string[] = [];
  for (let i = 0; i < (arns ?? []).length; i += BATCH) {
    const batch = arns!.slice(i, i + BATCH);
    const errors: Record<string, string> = {};
    const res = await ctx.detail(errors, cluster, 'services', 'DescribeServices', () => client.send(new DescribeServicesCommand({ cluster, services: batch, include: ['TAGS'] })), GONE);
    if (res === null) continue; // the cluster was deleted meanwhile
    if (res === undefined) {
      // Keep each service visible: whatever reads its configuration reports it as not collected.
      for (const arn of batch) {
        const failed: Record<string, string> = {};
        for (const f of SERVICE_FIELDS) failed[f] = errors.services;
        ctx.emit({ uid: arn, account: ctx.account, region: ctx.region, type: ECS_SERVICE_TYPE, name: arn.split('/').pop() ?? arn, tags: {}, config: { serviceName: arn.split('/').pop() ?? arn, clusterArn: cluster }, errors: failed });
      }
      continue;
    }
    // `failures` name services deleted between the two calls (reason MISSING): they are gone.
    for (const s of res.services ?? []) {
      if (!s.serviceArn) continue;
      const config = toServiceConfig(s, cluster);
      if (config.taskDefinition) used.push(config.taskDefinition);
      if (config.enableExecuteCommand && (config.runningCount ?? 1) > 0) withExec.push(config.serviceName);
      ctx.emit({
        uid: s.serviceArn,
        account: ctx.account,
        region: ctx.region,
        type: ECS_SERVICE_TYPE,
        name: config.serviceName,
        tags: Object.fromEntries((s.tags ?? []).filter((t) => t.key).map((t) => [t.key!, t.value ?? ''])),
        config: config as unknown as Record<string, unknown>,
        relationships: serviceRelationships(config),
      });
    }
  }
  for (const name of withExec) used.push(...(await collectExecTasks(ctx, client, cluster, name)));
  return used;
}

/**
 * The running tasks of a service with ECS Exec enabled; returns the task definitions they run. A
 * failure is recorded as a listing error of the type: an unseen task could hold any role.
 */
async function collectExecTasks(ctx: CollectContext, client: ECSClient, cluster: string, serviceName: string): Promise<string[]> {
  const arns = await ctx.list('ListTasks', [ECS_TASK_TYPE], async () => {
    const out: string[] = [];
    try {
      for await (const page of paginateListTasks({ client }, { cluster, serviceName, desiredStatus: 'RUNNING' })) out.push(...(page.taskArns ?? []));
    } catch (err) {
      if (GONE.includes(errorName(err)) || errorName(err) === 'ServiceNotFoundException') return [];
      throw err;
    }
    return out;
  });
  const used: string[] = [];
  for (let i = 0; i < (arns ?? []).length; i += TASK_BATCH) {
    const tasks = await ctx.list('DescribeTasks', [ECS_TASK_TYPE], async () => (await client.send(new DescribeTasksCommand({ cluster, tasks: arns!.slice(i, i + TASK_BATCH), include: ['TAGS'] }))).tasks ?? []);
    // `failures` name tasks stopped and expired between the two calls: they are gone.
    for (const t of tasks ?? []) {
      if (!t.taskArn) continue;
      const config = toTaskConfig(t, cluster);
      if (config.taskDefinitionArn) used.push(config.taskDefinitionArn);
      const relationships: Relationship[] = [{ type: 'in-cluster', target: config.clusterArn }];
      if (config.taskDefinitionArn) relationships.push({ type: 'uses-task-definition', target: config.taskDefinitionArn });
      if (config.taskRoleOverride) relationships.push({ type: 'uses-role', target: config.taskRoleOverride });
      ctx.emit({
        uid: t.taskArn,
        account: ctx.account,
        region: ctx.region,
        type: ECS_TASK_TYPE,
        name: t.taskArn.split('/').pop() ?? t.taskArn,
        tags: Object.fromEntries((t.tags ?? []).filter((x) => x.key).map((x) => [x.key!, x.value ?? ''])),
        config: config as unknown as Record<string, unknown>,
        relationships,
      });
    }
  }
  return used;
}

/** Overrides other than the task role (container environment values, commands) are never kept. */
function toTaskConfig(t: Task, cluster: string): EcsTaskConfig {
  return {
    clusterArn: t.clusterArn ?? cluster,
    taskDefinitionArn: t.taskDefinitionArn ?? null,
    ...(t.group ? { group: t.group } : {}),
    lastStatus: t.lastStatus ?? 'UNKNOWN',
    ...(t.desiredStatus ? { desiredStatus: t.desiredStatus } : {}),
    ...(t.launchType ? { launchType: t.launchType } : {}),
    enableExecuteCommand: t.enableExecuteCommand === true,
    taskRoleOverride: t.overrides?.taskRoleArn || null,
    ...(t.startedAt ? { startedAt: new Date(t.startedAt).toISOString() } : {}),
  };
}

function toServiceConfig(s: Service, cluster: string): EcsServiceConfig {
  const vpc = s.networkConfiguration?.awsvpcConfiguration;
  // The primary deployment runs the service's current task definition; during a rolling update the
  // old one still runs too, but the service's own field names the one being rolled out.
  const primary = s.deployments?.find((d) => d.status === 'PRIMARY');
  return {
    serviceName: s.serviceName ?? s.serviceArn!.split('/').pop()!,
    clusterArn: s.clusterArn ?? cluster,
    status: s.status,
    launchType: s.launchType ?? null,
    capacityProviders: (s.capacityProviderStrategy ?? []).map((c) => c.capacityProvider).filter((c): c is string => !!c),
    desiredCount: s.desiredCount ?? 0,
    runningCount: s.runningCount,
    schedulingStrategy: s.schedulingStrategy,
    taskDefinition: s.taskDefinition ?? primary?.taskDefinition ?? null,
    networkConfiguration: vpc ? { subnets: vpc.subnets ?? [], securityGroups: vpc.securityGroups ?? [], assignPublicIp: vpc.assignPublicIp ?? 'DISABLED' } : null,
    loadBalancers: (s.loadBalancers ?? []).map((l) => ({
      ...(l.targetGroupArn ? { targetGroupArn: l.targetGroupArn } : {}),
      ...(l.loadBalancerName ? { loadBalancerName: l.loadBalancerName } : {}),
      ...(l.containerName ? { containerName: l.containerName } : {}),
      ...(l.containerPort !== undefined ? { containerPort: l.containerPort } : {}),
    })),
    createdAt: s.createdAt?.toISOString(),
    ...(s.enableExecuteCommand !== undefined ? { enableExecuteCommand: s.enableExecuteCommand } : {}),
  };
}

function serviceRelationships(c: EcsServiceConfig): Relationship[] {
  const out: Relationship[] = [{ type: 'in-cluster', target: c.clusterArn }];
  if (c.taskDefinition) out.push({ type: 'uses-task-definition', target: c.taskDefinition });
  for (const s of c.networkConfiguration?.subnets ?? []) out.push({ type: 'in-subnet', target: s });
  for (const g of c.networkConfiguration?.securityGroups ?? []) out.push({ type: 'uses-security-group', target: g });
  for (const l of c.loadBalancers) if (l.targetGroupArn) out.push({ type: 'behind-target-group', target: l.targetGroupArn });
  return out;
}

async function collectTaskDefinition(ctx: CollectContext, client: ECSClient, arn: string) {
  const errors: Record<string, string> = {};
  const res = await ctx.detail(errors, arn, 'taskDefinition', 'DescribeTaskDefinition', () => client.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] })));
  if (res === null) return; // deregistered and deleted: gone
  const m = /task-definition\/([^:]+):(\d+)$/.exec(arn);
  const name = m ? `${m[1]}:${m[2]}` : arn;
  const td = res?.taskDefinition;
  if (!td) {
    const failed: Record<string, string> = {};
    for (const f of TASK_DEFINITION_FIELDS) failed[f] = errors.taskDefinition ?? 'NotReturned';
    ctx.emit({ uid: arn, account: ctx.account, region: ctx.region, type: ECS_TASK_DEFINITION_TYPE, name, tags: {}, config: { family: m?.[1] ?? arn, revision: Number(m?.[2] ?? 0) }, errors: failed });
    return;
  }
  const config = toTaskDefinitionConfig(td);
  const relationships: Relationship[] = [];
  if (config.taskRoleArn) relationships.push({ type: 'uses-role', target: config.taskRoleArn });
  if (config.executionRoleArn) relationships.push({ type: 'uses-execution-role', target: config.executionRoleArn });
  ctx.emit({
    uid: td.taskDefinitionArn ?? arn,
    account: ctx.account,
    region: ctx.region,
    type: ECS_TASK_DEFINITION_TYPE,
    name: `${config.family}:${config.revision}`,
    tags: Object.fromEntries((res?.tags ?? []).filter((t) => t.key).map((t) => [t.key!, t.value ?? ''])),
    config: config as unknown as Record<string, unknown>,
    relationships: relationships.length ? relationships : undefined,
  });
}

function toTaskDefinitionConfig(td: TaskDefinition): EcsTaskDefinitionConfig {
  return {
    family: td.family ?? '',
    revision: td.revision ?? 0,
    status: td.status,
    taskRoleArn: td.taskRoleArn || null,
    executionRoleArn: td.executionRoleArn || null,
    // Unset means the default, bridge (Linux containers on EC2); Fargate requires awsvpc.
    networkMode: td.networkMode ?? 'bridge',
    requiresCompatibilities: td.requiresCompatibilities ?? [],
    containers: (td.containerDefinitions ?? []).map(toContainer),
  };
}

/** Only names and ports: values of `environment` and `secrets` never enter the snapshot. */
function toContainer(c: ContainerDefinition): EcsContainer {
  return {
    name: c.name ?? '',
    image: c.image,
    essential: c.essential,
    privileged: c.privileged,
    portMappings: (c.portMappings ?? []).map((p) => ({
      ...(p.containerPort !== undefined ? { containerPort: p.containerPort } : {}),
      ...(p.hostPort !== undefined ? { hostPort: p.hostPort } : {}),
      ...(p.protocol ? { protocol: p.protocol } : {}),
    })),
    environmentNames: (c.environment ?? []).map((e) => e.name).filter((n): n is string => !!n),
    secretNames: (c.secrets ?? []).map((s) => s.name).filter((n): n is string => !!n),
  };
}
