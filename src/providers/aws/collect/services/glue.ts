import { GlueClient, paginateGetDevEndpoints, type DevEndpoint } from '@aws-sdk/client-glue';
import type { Relationship } from '../../../../model/types.js';
import { DEV_ENDPOINT_TYPE, devEndpointArn, type DevEndpointConfig } from '../../model/glue.js';
import type { ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : undefined);

/**
 * AWS Glue development endpoints of the region (GetDevEndpoints pages through all of them): role,
 * status, whether the endpoint has a public address. Public keys, arguments and the address itself
 * are not kept.
 */
export const collector: ServiceCollector = {
  service: 'glue',
  global: false,
  async collect(ctx) {
    const client = ctx.client(GlueClient);
    const endpoints = await ctx.list('GetDevEndpoints', [DEV_ENDPOINT_TYPE], async () => {
      const out: DevEndpoint[] = [];
      for await (const page of paginateGetDevEndpoints({ client }, {})) out.push(...(page.DevEndpoints ?? []));
      return out;
    });
    for (const e of endpoints ?? []) {
      if (!e.EndpointName) continue;
      const config: DevEndpointConfig = {
        endpointName: e.EndpointName,
        roleArn: e.RoleArn || null,
        status: e.Status ?? null,
        hasPublicAddress: !!e.PublicAddress,
        ...(e.SubnetId ? { subnetId: e.SubnetId } : {}),
        ...(e.VpcId ? { vpcId: e.VpcId } : {}),
        ...(e.GlueVersion ? { glueVersion: e.GlueVersion } : {}),
        ...(e.CreatedTimestamp ? { createdTimestamp: iso(e.CreatedTimestamp) } : {}),
      };
      const relationships: Relationship[] = [];
      if (config.roleArn) relationships.push({ type: 'uses-role', target: config.roleArn });
      if (config.subnetId) relationships.push({ type: 'in-subnet', target: config.subnetId });
      ctx.emit({
        uid: devEndpointArn(ctx.partition, ctx.region, ctx.account, e.EndpointName),
        account: ctx.account,
        region: ctx.region,
        type: DEV_ENDPOINT_TYPE,
        name: e.EndpointName,
        tags: {},
        config: config as unknown as Record<string, unknown>,
        relationships: relationships.length ? relationships : undefined,
      });
    }
  },
};
