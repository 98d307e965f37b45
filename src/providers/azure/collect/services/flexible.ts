/** Shared shape of the PostgreSQL and MySQL flexible-server collectors: the server, its parameters as name → value, its firewall rules. */
import { mapPool } from '../../../aws/collect/pool.js';
import { azureUid } from '../../model/index.js';
import type { AzureCollectContext, Listing } from '../types.js';
import { armParts, fieldsFor, pick } from '../util.js';

interface Server {
  id?: string;
  name?: string;
  location?: string;
  tags?: Record<string, string>;
}

export async function collectFlexible<S extends Server>(
  ctx: AzureCollectContext,
  opts: {
    type: string;
    prefix: string;
    model: string[];
    servers: () => Listing<S>;
    configurations: (rg: string, name: string) => Listing<{ name?: string; value?: string | null }>;
    firewallRules: (rg: string, name: string) => Listing<{ name?: string; startIpAddress?: string; endIpAddress?: string }>;
  },
) {
  const fields = fieldsFor(opts.type, opts.model).filter((f) => f !== 'configurations' && f !== 'firewallRules');
  const servers = await ctx.list(`${opts.prefix}.servers.list`, [opts.type], opts.servers);
  await mapPool(servers ?? [], 4, async (s) => {
    if (!s.id || !s.name) return;
    const { resourceGroup, name, uid } = armParts(s.id);
    const errors: Record<string, string> = {};
    const config = pick<Record<string, unknown>>(s, fields);
    // administratorLogin is an identifier, not a secret, but the password never comes back; nothing else is copied.
    const [params, rules] = await Promise.all([
      ctx.detailList(errors, uid, 'configurations', `${opts.prefix}.configurations.listByServer`, () => opts.configurations(resourceGroup, name)),
      ctx.detailList(errors, uid, 'firewallRules', `${opts.prefix}.firewallRules.listByServer`, () => opts.firewallRules(resourceGroup, name)),
    ]);
    if (params) config.configurations = Object.fromEntries(params.filter((p) => p.name).map((p) => [p.name!, p.value ?? '']));
    if (rules) config.firewallRules = rules.filter((r) => r.name).map((r) => ({ name: r.name!, startIpAddress: r.startIpAddress ?? '', endIpAddress: r.endIpAddress ?? '' }));
    ctx.emit({ uid: azureUid(uid), type: opts.type, name: s.name, region: s.location, tags: s.tags, config, errors });
  });
}
