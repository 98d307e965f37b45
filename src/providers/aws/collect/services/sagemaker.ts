import { DescribeNotebookInstanceCommand, SageMakerClient, paginateListNotebookInstances, type NotebookInstanceSummary } from '@aws-sdk/client-sagemaker';
import type { Relationship } from '../../../../model/types.js';
import { NOTEBOOK_INSTANCE_TYPE, type NotebookInstanceConfig } from '../../model/sagemaker.js';
import { classifyError } from '../errors.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : undefined);

/** SageMaker notebook instances of the region, each with its execution role, internet and root access. */
export const collector: ServiceCollector = {
  service: 'sagemaker',
  global: false,
  async collect(ctx) {
    const client = ctx.client(SageMakerClient);
    const notebooks = await ctx.list('ListNotebookInstances', [NOTEBOOK_INSTANCE_TYPE], async () => {
      const out: NotebookInstanceSummary[] = [];
      for await (const page of paginateListNotebookInstances({ client }, {})) out.push(...(page.NotebookInstances ?? []));
      return out;
    });
    await mapPool(notebooks ?? [], 4, (n) => collectNotebook(ctx, client, n));
  },
};

async function collectNotebook(ctx: CollectContext, client: SageMakerClient, n: NotebookInstanceSummary) {
  if (!n.NotebookInstanceName) return;
  const uid = n.NotebookInstanceArn ?? `arn:${ctx.partition}:sagemaker:${ctx.region}:${ctx.account}:notebook-instance/${n.NotebookInstanceName.toLowerCase()}`;
  const errors: Record<string, string> = {};
  // Recorded as a listing error of the type, not only on the notebook: an unknown execution role
  // hides what the account's principals could reach, so the whole type counts as not collected.
  let failure = 'NotReturned';
  const d = await ctx.list('DescribeNotebookInstance', [NOTEBOOK_INSTANCE_TYPE], async () => {
    try {
      return await client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: n.NotebookInstanceName }));
    } catch (err) {
      failure = classifyError(err);
      throw err;
    }
  });
  if (!d) errors.roleArn = errors.directInternetAccess = errors.rootAccess = failure;
  const config: NotebookInstanceConfig = {
    notebookInstanceName: n.NotebookInstanceName,
    status: d?.NotebookInstanceStatus ?? n.NotebookInstanceStatus ?? 'Unknown',
    ...(d ? { roleArn: d.RoleArn || null, directInternetAccess: d.DirectInternetAccess ?? 'Enabled', rootAccess: d.RootAccess ?? 'Enabled' } : {}),
    ...((d?.InstanceType ?? n.InstanceType) ? { instanceType: d?.InstanceType ?? n.InstanceType } : {}),
    ...(d?.SubnetId ? { subnetId: d.SubnetId } : {}),
    ...((d?.NotebookInstanceLifecycleConfigName ?? n.NotebookInstanceLifecycleConfigName) ? { lifecycleConfigName: d?.NotebookInstanceLifecycleConfigName ?? n.NotebookInstanceLifecycleConfigName } : {}),
    ...((d?.CreationTime ?? n.CreationTime) ? { creationTime: iso(d?.CreationTime ?? n.CreationTime) } : {}),
  };
  const relationships: Relationship[] = [];
  if (config.roleArn) relationships.push({ type: 'uses-role', target: config.roleArn });
  if (config.subnetId) relationships.push({ type: 'in-subnet', target: config.subnetId });
  ctx.emit({
    uid,
    account: ctx.account,
    region: ctx.region,
    type: NOTEBOOK_INSTANCE_TYPE,
    name: n.NotebookInstanceName,
    tags: {},
    config: config as unknown as Record<string, unknown>,
    relationships: relationships.length ? relationships : undefined,
    errors: Object.keys(errors).length ? errors : undefined,
  });
}
