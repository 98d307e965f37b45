/** Cloud DNS: managed zones (DNSSEC) and DNS server policies (query logging). */
import { GCP_TYPES, type DnsManagedZoneConfig, type DnsPolicyConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick } from '../util.js';

export const collector: GcpServiceCollector = {
  service: 'dns',
  apis: ['dns.googleapis.com'],
  scopes: ['project'],
  resourceTypes: [GCP_TYPES.dnsManagedZone, GCP_TYPES.dnsPolicy],
  async collect(ctx) {
    const dns = await ctx.api('dns');
    const project = ctx.scope.projectId!;
    await ctx.pages(
      'dns.managedZones.list',
      [GCP_TYPES.dnsManagedZone],
      (pageToken) => dns.managedZones.list({ project, maxResults: 1000, pageToken }),
      (page) => {
        for (const z of page.managedZones ?? []) {
          if (!z.name) continue;
          const config: DnsManagedZoneConfig = { ...pick<DnsManagedZoneConfig>(z, ['visibility']), name: z.name, dnsName: z.dnsName ?? '' };
          if (z.dnssecConfig) {
            const dnssec: NonNullable<DnsManagedZoneConfig['dnssecConfig']> = pick(z.dnssecConfig, ['state']);
            if (z.dnssecConfig.defaultKeySpecs) dnssec.defaultKeySpecs = z.dnssecConfig.defaultKeySpecs.map((k) => pick(k, ['keyType', 'algorithm', 'keyLength']));
            config.dnssecConfig = dnssec;
          }
          ctx.emit({ uid: `//dns.googleapis.com/projects/${project}/managedZones/${z.name}`, type: GCP_TYPES.dnsManagedZone, name: z.name, config, tags: z.labels });
        }
      },
    );
    await ctx.pages(
      'dns.policies.list',
      [GCP_TYPES.dnsPolicy],
      (pageToken) => dns.policies.list({ project, maxResults: 1000, pageToken }),
      (page) => {
        for (const p of page.policies ?? []) {
          if (!p.name) continue;
          const config: DnsPolicyConfig = { ...pick<DnsPolicyConfig>(p, ['enableLogging', 'enableInboundForwarding']), name: p.name };
          if (p.networks) config.networks = p.networks.map((n) => ({ networkUrl: n.networkUrl ?? '' }));
          ctx.emit({ uid: `//dns.googleapis.com/projects/${project}/policies/${p.name}`, type: GCP_TYPES.dnsPolicy, name: p.name, config });
        }
      },
    );
  },
};
