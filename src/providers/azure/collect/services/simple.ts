/** A collector that is one subscription-wide SDK listing, trimmed to the type's fields. */
import { AZURE_TYPES, azureUid, type AzureService } from '../../model/index.js';
import type { AzureCollectContext, AzureServiceCollector, Listing } from '../types.js';
import { fieldsFor, pick } from '../util.js';

export function listingCollector<I extends { id?: string; name?: string; location?: string; tags?: Record<string, string> }>(opts: {
  service: AzureService;
  type: (typeof AZURE_TYPES)[keyof typeof AZURE_TYPES];
  operation: string;
  model: string[];
  list: (ctx: AzureCollectContext) => Promise<() => Listing<I>>;
  /** Drops or reshapes what must not be copied. */
  trim?: (config: Record<string, unknown>) => void;
}): AzureServiceCollector {
  const fields = fieldsFor(opts.type, opts.model);
  return {
    service: opts.service,
    scopes: ['subscription'],
    resourceTypes: [opts.type],
    gatedBy: [opts.type],
    async collect(ctx) {
      const items = await ctx.list(opts.operation, [opts.type], await opts.list(ctx));
      for (const item of items ?? []) {
        if (!item.id || !item.name) continue;
        const config = pick<Record<string, unknown>>(item, fields);
        opts.trim?.(config);
        ctx.emit({ uid: azureUid(item.id), type: opts.type, name: item.name, region: item.location, tags: item.tags, config });
      }
    },
  };
}
