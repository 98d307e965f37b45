/** API Keys: the project's keys with their restrictions (the key strings are never read). */
import { GCP_TYPES, type ApiKeyConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick } from '../util.js';

export const collector: GcpServiceCollector = {
  service: 'apikeys',
  apis: ['apikeys.googleapis.com'],
  scopes: ['project'],
  resourceTypes: [GCP_TYPES.apiKey],
  async collect(ctx) {
    const api = await ctx.api('apikeys');
    await ctx.pages(
      'apikeys.projects.locations.keys.list',
      [GCP_TYPES.apiKey],
      (pageToken) => api.projects.locations.keys.list({ parent: `projects/${ctx.scope.projectId}/locations/global`, pageSize: 300, pageToken }),
      (page) => {
        for (const k of page.keys ?? []) {
          if (!k.name) continue;
          const config: ApiKeyConfig = { ...pick<ApiKeyConfig>(k, ['uid', 'displayName', 'createTime', 'updateTime', 'restrictions']), name: k.name };
          ctx.emit({ uid: `//apikeys.googleapis.com/${k.name}`, type: GCP_TYPES.apiKey, name: k.displayName || k.name.split('/').pop()!, config });
        }
      },
    );
  },
};
