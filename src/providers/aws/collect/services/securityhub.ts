import { DescribeHubCommand, paginateGetEnabledStandards, SecurityHubClient, type StandardsSubscription } from '@aws-sdk/client-securityhub';
import { classifyStandard, SECURITYHUB_HUB_TYPE, type SecurityHubHubConfig, type SecurityHubStandard } from '../../model/securityhub.js';
import { errorName } from '../errors.js';
import type { ServiceCollector } from '../types.js';

/** Errors DescribeHub returns when Security Hub is simply not enabled in the region (not a collection failure). */
const NOT_ENABLED = new Set(['InvalidAccessException', 'ResourceNotFoundException']);

/** The Security Hub hub of each region and its enabled standards. No hub resource = Security Hub not enabled. */
export const collector: ServiceCollector = {
  service: 'securityhub',
  global: false,
  async collect(ctx) {
    const sh = ctx.client(SecurityHubClient);
    const hub = await ctx.list('DescribeHub', [SECURITYHUB_HUB_TYPE], async () => {
      try {
        return await sh.send(new DescribeHubCommand({}));
      } catch (err) {
        if (NOT_ENABLED.has(errorName(err))) return null;
        throw err;
      }
    });
    if (!hub) return; // not enabled (null) or not collectable (undefined, recorded)

    const uid = hub.HubArn ?? `arn:${ctx.partition}:securityhub:${ctx.region}:${ctx.account}:hub/default`;
    const errors: Record<string, string> = {};
    const subs = await ctx.detail(errors, uid, 'standards', 'GetEnabledStandards', async () => {
      const out: StandardsSubscription[] = [];
      for await (const page of paginateGetEnabledStandards({ client: sh }, {})) out.push(...(page.StandardsSubscriptions ?? []));
      return out;
    });
    const config: SecurityHubHubConfig = {
      SubscribedAt: hub.SubscribedAt,
      AutoEnableControls: hub.AutoEnableControls,
      ControlFindingGenerator: hub.ControlFindingGenerator,
      standards: subs?.map((s): SecurityHubStandard => {
        const arn = s.StandardsArn ?? '';
        return { StandardsArn: arn, StandardsStatus: s.StandardsStatus ?? 'UNKNOWN', ...classifyStandard(arn) };
      }),
    };
    ctx.emit({
      uid,
      account: ctx.account,
      region: ctx.region,
      type: SECURITYHUB_HUB_TYPE,
      name: `Security Hub (${ctx.region})`,
      tags: {},
      config: config as unknown as Record<string, unknown>,
      errors: Object.keys(errors).length ? errors : undefined,
    });
  },
};
