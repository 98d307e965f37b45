import { BatchClient, paginateDescribeJobDefinitions, type ContainerProperties, type EcsProperties, type JobDefinition } from '@aws-sdk/client-batch';
import { JOB_DEFINITION_TYPE, type JobDefinitionConfig } from '../../model/batch.js';
import type { ServiceCollector } from '../types.js';

/**
 * AWS Batch job definitions of the region: the ACTIVE revisions (DescribeJobDefinitions with
 * status ACTIVE, paginated), each with the roles its containers run with. Environment variables,
 * secrets, commands and parameters never enter the snapshot.
 */
export const collector: ServiceCollector = {
  service: 'batch',
  global: false,
  async collect(ctx) {
    const client = ctx.client(BatchClient);
    const definitions = await ctx.list('DescribeJobDefinitions', [JOB_DEFINITION_TYPE], async () => {
      const out: JobDefinition[] = [];
      for await (const page of paginateDescribeJobDefinitions({ client }, { status: 'ACTIVE' })) out.push(...(page.jobDefinitions ?? []));
      return out;
    });
    for (const d of definitions ?? []) {
      if (!d.jobDefinitionArn || !d.jobDefinitionName || (d.status !== undefined && d.status !== 'ACTIVE')) continue;
      const jobRoles = new Set<string>();
      const executionRoles = new Set<string>();
      const container = (c: ContainerProperties | undefined) => {
        if (c?.jobRoleArn) jobRoles.add(c.jobRoleArn);
        if (c?.executionRoleArn) executionRoles.add(c.executionRoleArn);
      };
      const ecs = (e: EcsProperties | undefined) => {
        for (const t of e?.taskProperties ?? []) {
          if (t.taskRoleArn) jobRoles.add(t.taskRoleArn);
          if (t.executionRoleArn) executionRoles.add(t.executionRoleArn);
        }
      };
      container(d.containerProperties);
      ecs(d.ecsProperties);
      for (const n of d.nodeProperties?.nodeRangeProperties ?? []) {
        container(n.container);
        ecs(n.ecsProperties);
      }
      const serviceAccount = d.eksProperties?.podProperties?.serviceAccountName;
      const config: JobDefinitionConfig = {
        jobDefinitionName: d.jobDefinitionName,
        revision: d.revision ?? 0,
        status: d.status ?? 'ACTIVE',
        type: d.type ?? 'container',
        jobRoleArns: [...jobRoles],
        executionRoleArns: [...executionRoles],
        platformCapabilities: d.platformCapabilities ?? [],
        ...(d.containerOrchestrationType ? { containerOrchestrationType: d.containerOrchestrationType } : {}),
        ...(serviceAccount ? { eksServiceAccountName: serviceAccount } : {}),
      };
      ctx.emit({
        uid: d.jobDefinitionArn,
        account: ctx.account,
        region: ctx.region,
        type: JOB_DEFINITION_TYPE,
        name: `${d.jobDefinitionName}:${config.revision}`,
        tags: { ...(d.tags ?? {}) },
        config: config as unknown as Record<string, unknown>,
        relationships: config.jobRoleArns.length ? config.jobRoleArns.map((target) => ({ type: 'uses-role', target })) : undefined,
      });
    }
  },
};
