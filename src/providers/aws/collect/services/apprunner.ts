import { AppRunnerClient, DescribeServiceCommand, paginateListServices, type ServiceSummary } from '@aws-sdk/client-apprunner';
import { APPRUNNER_SERVICE_TYPE, type AppRunnerServiceConfig } from '../../model/apprunner.js';
import { classifyError } from '../errors.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : undefined);

/**
 * App Runner services of the region (ListServices pages through them; DescribeService gives each
 * one's instance role and source kind). Runtime environment variables, secrets and commands,
 * which DescribeService returns, are never copied.
 */
export const collector: ServiceCollector = {
  service: 'apprunner',
  global: false,
  async collect(ctx) {
    const client = ctx.client(AppRunnerClient);
    const services = await ctx.list('ListServices', [APPRUNNER_SERVICE_TYPE], async () => {
      const out: ServiceSummary[] = [];
      for await (const page of paginateListServices({ client }, {})) out.push(...(page.ServiceSummaryList ?? []));
      return out;
    });
    await mapPool(services ?? [], 4, (s) => collectService(ctx, client, s));
  },
};

async function collectService(ctx: CollectContext, client: AppRunnerClient, s: ServiceSummary) {
  if (!s.ServiceArn || !s.ServiceName || s.Status === 'DELETED') return;
  const errors: Record<string, string> = {};
  // A listing error of the type, as for SageMaker notebooks: an unknown instance role hides what
  // the account's principals could reach.
  let failure = 'NotReturned';
  const described = await ctx.list('DescribeService', [APPRUNNER_SERVICE_TYPE], async () => {
    try {
      return (await client.send(new DescribeServiceCommand({ ServiceArn: s.ServiceArn }))).Service;
    } catch (err) {
      failure = classifyError(err);
      throw err;
    }
  });
  if (!described) errors.instanceRoleArn = errors.sourceType = failure;
  const d = described;
  const source = d?.SourceConfiguration;
  const ingress = d?.NetworkConfiguration?.IngressConfiguration?.IsPubliclyAccessible;
  const egress = d?.NetworkConfiguration?.EgressConfiguration?.EgressType;
  const config: AppRunnerServiceConfig = {
    serviceName: s.ServiceName,
    serviceId: d?.ServiceId ?? s.ServiceId ?? null,
    status: d?.Status ?? s.Status ?? 'UNKNOWN',
    ...(d
      ? {
          instanceRoleArn: d.InstanceConfiguration?.InstanceRoleArn || null,
          sourceType: source?.ImageRepository ? ('image' as const) : source?.CodeRepository ? ('code' as const) : null,
          ...(source?.AutoDeploymentsEnabled !== undefined ? { autoDeploymentsEnabled: source.AutoDeploymentsEnabled } : {}),
          ...(ingress !== undefined ? { publiclyAccessible: ingress } : {}),
          ...(egress ? { egressType: egress } : {}),
        }
      : {}),
    ...((d?.CreatedAt ?? s.CreatedAt) ? { createdAt: iso(d?.CreatedAt ?? s.CreatedAt) } : {}),
  };
  ctx.emit({
    uid: s.ServiceArn,
    account: ctx.account,
    region: ctx.region,
    type: APPRUNNER_SERVICE_TYPE,
    name: s.ServiceName,
    tags: {},
    config: config as unknown as Record<string, unknown>,
    relationships: config.instanceRoleArn ? [{ type: 'uses-role', target: config.instanceRoleArn }] : undefined,
    errors: Object.keys(errors).length ? errors : undefined,
  });
}
