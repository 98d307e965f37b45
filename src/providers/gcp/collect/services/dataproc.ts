/** Dataproc: clusters in every Compute Engine region (compute regions.list, one job per region). */
import { GCP_TYPES, type DataprocClusterConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick } from '../util.js';

export const collector: GcpServiceCollector = {
  service: 'dataproc',
  apis: ['dataproc.googleapis.com'],
  scopes: ['project'],
  resourceTypes: [GCP_TYPES.dataprocCluster],
  async locations(ctx) {
    const compute = await ctx.api('compute');
    const out: string[] = [];
    const ok = await ctx.pages(
      'compute.regions.list',
      [GCP_TYPES.dataprocCluster],
      (pageToken) => compute.regions.list({ project: ctx.scope.projectId!, maxResults: 500, pageToken }),
      (page) => {
        for (const r of page.items ?? []) if (r.name && r.status !== 'DOWN') out.push(r.name);
      },
    );
    return ok ? out : undefined;
  },
  async collect(ctx) {
    const dataproc = await ctx.api('dataproc');
    const projectId = ctx.scope.projectId!;
    await ctx.pages(
      'dataproc.projects.regions.clusters.list',
      [GCP_TYPES.dataprocCluster],
      (pageToken) => dataproc.projects.regions.clusters.list({ projectId, region: ctx.location, pageSize: 1000, pageToken }),
      (page) => {
        for (const c of page.clusters ?? []) {
          if (!c.clusterName) continue;
          const config: DataprocClusterConfig = { clusterName: c.clusterName };
          const cc = c.config;
          if (cc) {
            config.config = {};
            if (cc.encryptionConfig) config.config.encryptionConfig = pick(cc.encryptionConfig, ['gcePdKmsKeyName', 'kmsKey']);
            if (cc.gceClusterConfig) config.config.gceClusterConfig = pick(cc.gceClusterConfig, ['internalIpOnly']);
          }
          ctx.emit({
            uid: `//dataproc.googleapis.com/projects/${projectId}/regions/${ctx.location}/clusters/${c.clusterName}`,
            type: GCP_TYPES.dataprocCluster,
            name: c.clusterName,
            config,
            tags: c.labels,
          });
        }
      },
    );
  },
};
