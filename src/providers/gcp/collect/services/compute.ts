/**
 * Compute Engine and VPC networking: project metadata, networks, subnetworks, firewall rules,
 * routes, instances, disks, backend services, HTTPS and SSL target proxies and SSL policies.
 * Zonal and regional resources come from aggregatedList (every zone and region in one listing);
 * each listing fails on its own.
 */
import {
  GCP_TYPES,
  gcpUid,
  type BackendServiceConfig,
  type ComputeProjectConfig,
  type DiskConfig,
  type FirewallConfig,
  type InstanceConfig,
  type NetworkConfig,
  type RouteConfig,
  type SslPolicyConfig,
  type SubnetworkConfig,
  type TargetProxyConfig,
} from '../../model.js';
import type { ApiResponse, GcpCollectContext, GcpServiceCollector } from '../types.js';
import { computeUid, lastSegment, pick, safeMetadata, scopeLocation } from '../util.js';

type Page<T> = { items?: T[] | null; nextPageToken?: string | null };
type AggregatedPage = { items?: { [scope: string]: object } | null; nextPageToken?: string | null; unreachables?: string[] | null };
type Named = { name?: string | null; selfLink?: string | null; labels?: Record<string, string> | null };

interface Listing<C> {
  type: string;
  /** The uid path when the item has no selfLink: `projects/p/global/firewalls/name`. */
  path: (project: string, item: Named, location: string) => string;
  config: (item: Record<string, unknown>) => C;
}

async function list<C extends object>(
  ctx: GcpCollectContext,
  operation: string,
  listing: Listing<C>,
  fetch: (pageToken: string | undefined) => Promise<ApiResponse<Page<Named>>>,
) {
  const project = ctx.scope.projectId!;
  await ctx.pages(operation, [listing.type], fetch, (page) => {
    for (const item of page.items ?? []) {
      if (!item.name) continue;
      ctx.emit({ uid: computeUid(item.selfLink, listing.path(project, item, 'global')), type: listing.type, name: item.name, config: listing.config(item as Record<string, unknown>), tags: item.labels, region: 'global' });
    }
  });
}

/** aggregatedList: `items` keyed by `zones/…`, `regions/…` or `global`, each holding `key` (e.g. `instances`). */
async function aggregated<C extends object>(
  ctx: GcpCollectContext,
  operation: string,
  key: string,
  listing: Listing<C>,
  fetch: (pageToken: string | undefined) => Promise<ApiResponse<AggregatedPage>>,
) {
  const project = ctx.scope.projectId!;
  await ctx.pages(operation, [listing.type], fetch, (page) => {
    for (const [scopeKey, scoped] of Object.entries(page.items ?? {})) {
      const location = scopeLocation(scopeKey);
      for (const item of ((scoped as Record<string, Named[] | undefined>)[key] ?? [])) {
        if (!item.name) continue;
        ctx.emit({ uid: computeUid(item.selfLink, listing.path(project, item, scopeKey)), type: listing.type, name: item.name, config: listing.config(item as Record<string, unknown>), tags: item.labels, region: location });
      }
    }
    // returnPartialSuccess: zones or regions that did not answer are listed here, not failed.
    for (const scope of page.unreachables ?? []) {
      ctx.record({
        region: lastSegment(scope),
        operation,
        code: 'ServiceUnavailable',
        message: `${scope} was unreachable: its ${key} were not listed`,
        resourceTypes: [listing.type],
      });
    }
  });
}

const NETWORK: Listing<NetworkConfig> = {
  type: GCP_TYPES.network,
  path: (p, i) => `projects/${p}/global/networks/${i.name}`,
  config: (n) => {
    const c = pick<NetworkConfig>(n, ['name', 'selfLink', 'autoCreateSubnetworks', 'IPv4Range', 'subnetworks']);
    if (n.routingConfig) c.routingConfig = pick(n.routingConfig as object, ['routingMode']);
    return c;
  },
};

const SUBNETWORK: Listing<SubnetworkConfig> = {
  type: GCP_TYPES.subnetwork,
  path: (p, i, scope) => `projects/${p}/${scope}/subnetworks/${i.name}`,
  config: (s) => {
    const c = pick<SubnetworkConfig>(s, ['name', 'network', 'ipCidrRange', 'privateIpGoogleAccess', 'purpose']);
    c.region = lastSegment(s.region as string);
    if (s.logConfig) c.logConfig = pick(s.logConfig as object, ['enable', 'aggregationInterval', 'flowSampling', 'metadata', 'filterExpr']);
    return c;
  },
};

const FIREWALL: Listing<FirewallConfig> = {
  type: GCP_TYPES.firewall,
  path: (p, i) => `projects/${p}/global/firewalls/${i.name}`,
  config: (f) => {
    const c = pick<FirewallConfig>(f, [
      'name',
      'network',
      'direction',
      'priority',
      'sourceRanges',
      'destinationRanges',
      'sourceTags',
      'targetTags',
      'targetServiceAccounts',
      'allowed',
      'denied',
      'disabled',
    ]);
    if (f.logConfig) c.logConfig = pick(f.logConfig as object, ['enable', 'metadata']);
    return c;
  },
};

const ROUTE: Listing<RouteConfig> = {
  type: GCP_TYPES.route,
  path: (p, i) => `projects/${p}/global/routes/${i.name}`,
  config: (r) => pick<RouteConfig>(r, ['name', 'network', 'destRange', 'nextHopGateway', 'nextHopInstance', 'priority']),
};

const INSTANCE: Listing<InstanceConfig> = {
  type: GCP_TYPES.instance,
  path: (p, i, scope) => `projects/${p}/${scope}/instances/${i.name}`,
  config: (i) => {
    const c = pick<InstanceConfig>(i, ['name', 'zone', 'status', 'machineType', 'canIpForward', 'labels', 'creationTimestamp']);
    if (Array.isArray(i.serviceAccounts)) c.serviceAccounts = i.serviceAccounts.map((s) => pick(s, ['email', 'scopes']));
    if (i.metadata) c.metadata = safeMetadata(i.metadata as Parameters<typeof safeMetadata>[0]);
    if (Array.isArray(i.networkInterfaces)) {
      c.networkInterfaces = i.networkInterfaces.map((n) => {
        const out = pick<NonNullable<InstanceConfig['networkInterfaces']>[number]>(n, ['network', 'subnetwork', 'networkIP']);
        if (Array.isArray(n.accessConfigs)) out.accessConfigs = n.accessConfigs.map((a: object) => pick(a, ['name', 'type', 'natIP']));
        if (Array.isArray(n.ipv6AccessConfigs)) out.ipv6AccessConfigs = n.ipv6AccessConfigs.map((a: object) => pick(a, ['externalIpv6']));
        return out;
      });
    }
    if (Array.isArray(i.disks)) {
      c.disks = i.disks.map((d) => {
        const out = pick<NonNullable<InstanceConfig['disks']>[number]>(d, ['source', 'boot']);
        if (d.diskEncryptionKey) out.diskEncryptionKey = pick(d.diskEncryptionKey, ['kmsKeyName', 'sha256']);
        return out;
      });
    }
    if (i.shieldedInstanceConfig) c.shieldedInstanceConfig = pick(i.shieldedInstanceConfig as object, ['enableSecureBoot', 'enableVtpm', 'enableIntegrityMonitoring']);
    if (i.confidentialInstanceConfig) c.confidentialInstanceConfig = pick(i.confidentialInstanceConfig as object, ['enableConfidentialCompute', 'confidentialInstanceType']);
    return c;
  },
};

const DISK: Listing<DiskConfig> = {
  type: GCP_TYPES.disk,
  path: (p, i, scope) => `projects/${p}/${scope}/disks/${i.name}`,
  config: (d) => {
    // rawKey is a customer-supplied key: never copied (only whether one is set matters, via sha256).
    const c = pick<DiskConfig>(d, ['name', 'zone', 'region', 'sizeGb', 'users']);
    if (d.diskEncryptionKey) c.diskEncryptionKey = pick(d.diskEncryptionKey as object, ['kmsKeyName', 'sha256']);
    return c;
  },
};

const BACKEND_SERVICE: Listing<BackendServiceConfig> = {
  type: GCP_TYPES.backendService,
  path: (p, i, scope) => `projects/${p}/${scope}/backendServices/${i.name}`,
  config: (b) => {
    const c = pick<BackendServiceConfig>(b, ['name', 'loadBalancingScheme', 'protocol', 'securityPolicy']);
    if (b.logConfig) c.logConfig = pick(b.logConfig as object, ['enable', 'sampleRate']);
    return c;
  },
};

const proxy = (type: string, kind: string): Listing<TargetProxyConfig> => ({
  type,
  path: (p, i, scope) => `projects/${p}/${scope}/${kind}/${i.name}`,
  config: (t) => pick<TargetProxyConfig>(t, ['name', 'sslPolicy']),
});

const SSL_POLICY: Listing<SslPolicyConfig> = {
  type: GCP_TYPES.sslPolicy,
  path: (p, i, scope) => `projects/${p}/${scope}/sslPolicies/${i.name}`,
  config: (s) => pick<SslPolicyConfig>(s, ['name', 'selfLink', 'profile', 'minTlsVersion', 'customFeatures', 'enabledFeatures']),
};

export const collector: GcpServiceCollector = {
  service: 'compute',
  apis: ['compute.googleapis.com'],
  scopes: ['project'],
  resourceTypes: [
    GCP_TYPES.computeProject,
    GCP_TYPES.network,
    GCP_TYPES.subnetwork,
    GCP_TYPES.firewall,
    GCP_TYPES.route,
    GCP_TYPES.instance,
    GCP_TYPES.disk,
    GCP_TYPES.backendService,
    GCP_TYPES.targetHttpsProxy,
    GCP_TYPES.targetSslProxy,
    GCP_TYPES.sslPolicy,
  ],
  async collect(ctx) {
    const compute = await ctx.api('compute');
    const project = ctx.scope.projectId!;
    const common = { project, returnPartialSuccess: true };

    const p = await ctx.list('compute.projects.get', [GCP_TYPES.computeProject], () => compute.projects.get({ project }));
    if (p) {
      const config: ComputeProjectConfig = { ...pick<ComputeProjectConfig>(p, ['defaultServiceAccount', 'xpnProjectStatus']), name: p.name ?? project };
      if (p.commonInstanceMetadata) config.commonInstanceMetadata = safeMetadata(p.commonInstanceMetadata);
      ctx.emit({ uid: gcpUid.computeProject(project), type: GCP_TYPES.computeProject, name: project, config, region: 'global' });
    }

    await list(ctx, 'compute.networks.list', NETWORK, (pageToken) => compute.networks.list({ project, maxResults: 500, pageToken }));
    await aggregated(ctx, 'compute.subnetworks.aggregatedList', 'subnetworks', SUBNETWORK, (pageToken) =>
      compute.subnetworks.aggregatedList({ ...common, maxResults: 500, pageToken }),
    );
    await list(ctx, 'compute.firewalls.list', FIREWALL, (pageToken) => compute.firewalls.list({ project, maxResults: 500, pageToken }));
    await list(ctx, 'compute.routes.list', ROUTE, (pageToken) => compute.routes.list({ project, maxResults: 500, pageToken }));
    await aggregated(ctx, 'compute.instances.aggregatedList', 'instances', INSTANCE, (pageToken) =>
      compute.instances.aggregatedList({ ...common, maxResults: 500, pageToken }),
    );
    await aggregated(ctx, 'compute.disks.aggregatedList', 'disks', DISK, (pageToken) => compute.disks.aggregatedList({ ...common, maxResults: 500, pageToken }));
    await aggregated(ctx, 'compute.backendServices.aggregatedList', 'backendServices', BACKEND_SERVICE, (pageToken) =>
      compute.backendServices.aggregatedList({ ...common, maxResults: 500, pageToken }),
    );
    await aggregated(ctx, 'compute.targetHttpsProxies.aggregatedList', 'targetHttpsProxies', proxy(GCP_TYPES.targetHttpsProxy, 'targetHttpsProxies'), (pageToken) =>
      compute.targetHttpsProxies.aggregatedList({ ...common, maxResults: 500, pageToken }),
    );
    await list(ctx, 'compute.targetSslProxies.list', proxy(GCP_TYPES.targetSslProxy, 'targetSslProxies'), (pageToken) =>
      compute.targetSslProxies.list({ project, maxResults: 500, pageToken }),
    );
    await aggregated(ctx, 'compute.sslPolicies.aggregatedList', 'sslPolicies', SSL_POLICY, (pageToken) =>
      compute.sslPolicies.aggregatedList({ ...common, maxResults: 500, pageToken }),
    );
  },
};
