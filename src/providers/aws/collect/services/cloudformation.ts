import { CloudFormationClient, paginateDescribeStacks, type Stack } from '@aws-sdk/client-cloudformation';
import { STACK_TYPE, type StackConfig } from '../../model/cloudformation.js';
import type { ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : undefined);

/**
 * CloudFormation stacks of the region (DescribeStacks without a name pages through every stack
 * that is not deleted): status, service role and parameter keys. Template bodies are never read,
 * and parameter values never kept (a NoEcho parameter is masked by AWS, but a plain one may still
 * hold a password).
 */
export const collector: ServiceCollector = {
  service: 'cloudformation',
  global: false,
  async collect(ctx) {
    const client = ctx.client(CloudFormationClient);
    const stacks = await ctx.list('DescribeStacks', [STACK_TYPE], async () => {
      const out: Stack[] = [];
      for await (const page of paginateDescribeStacks({ client }, {})) out.push(...(page.Stacks ?? []));
      return out;
    });
    for (const s of stacks ?? []) {
      if (!s.StackId || !s.StackName || s.StackStatus === 'DELETE_COMPLETE') continue;
      const config: StackConfig = {
        stackName: s.StackName,
        stackId: s.StackId,
        stackStatus: s.StackStatus ?? 'UNKNOWN',
        roleArn: s.RoleARN || null,
        parameterKeys: (s.Parameters ?? []).map((p) => p.ParameterKey).filter((k): k is string => !!k),
        ...(s.ParentId ? { parentId: s.ParentId } : {}),
        ...(s.RootId ? { rootId: s.RootId } : {}),
        ...(s.EnableTerminationProtection !== undefined ? { enableTerminationProtection: s.EnableTerminationProtection } : {}),
        ...(s.CreationTime ? { creationTime: iso(s.CreationTime) } : {}),
        ...(s.LastUpdatedTime ? { lastUpdatedTime: iso(s.LastUpdatedTime) } : {}),
      };
      ctx.emit({
        uid: s.StackId,
        account: ctx.account,
        region: ctx.region,
        type: STACK_TYPE,
        name: s.StackName,
        tags: Object.fromEntries((s.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? ''])),
        config: config as unknown as Record<string, unknown>,
        relationships: config.roleArn ? [{ type: 'uses-role', target: config.roleArn }] : undefined,
      });
    }
  },
};
