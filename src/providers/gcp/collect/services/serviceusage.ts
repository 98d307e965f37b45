/** Service Usage: the APIs enabled in a project (one resource each). Also gates the other collectors. */
import { GCP_TYPES, gcpUid, type ServiceConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';

export const SERVICES_LIST = 'serviceusage.services.list';

export const collector: GcpServiceCollector = {
  service: 'serviceusage',
  scopes: ['project'],
  resourceTypes: [GCP_TYPES.service],
  async collect(ctx) {
    const api = await ctx.api('serviceusage');
    const projectId = ctx.scope.projectId!;
    await ctx.pages(
      SERVICES_LIST,
      [GCP_TYPES.service],
      (pageToken) => api.services.list({ parent: `projects/${projectId}`, filter: 'state:ENABLED', pageSize: 200, pageToken }),
      (page) => {
        for (const s of page.services ?? []) {
          const name = s.config?.name ?? s.name?.split('/').pop();
          if (!name || (s.state && s.state !== 'ENABLED')) continue;
          ctx.emit<ServiceConfig>({ uid: gcpUid.service(projectId, name), type: GCP_TYPES.service, name, config: { name, state: 'ENABLED' } });
        }
      },
    );
  },
};
