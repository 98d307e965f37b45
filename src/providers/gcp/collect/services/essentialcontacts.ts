/** Essential Contacts: who Google notifies about security, technical and legal matters (organisation and projects). */
import { GCP_TYPES, type EssentialContactConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick } from '../util.js';

export const collector: GcpServiceCollector = {
  service: 'essentialcontacts',
  apis: ['essentialcontacts.googleapis.com'],
  scopes: ['organization', 'project'],
  resourceTypes: [GCP_TYPES.essentialContact],
  async collect(ctx) {
    const api = await ctx.api('essentialcontacts');
    const parent = ctx.scope.name;
    const list = (pageToken: string | undefined) =>
      ctx.scope.kind === 'organization'
        ? api.organizations.contacts.list({ parent, pageSize: 100, pageToken })
        : api.projects.contacts.list({ parent, pageSize: 100, pageToken });
    await ctx.pages(`essentialcontacts.${ctx.scope.kind === 'organization' ? 'organizations' : 'projects'}.contacts.list`, [GCP_TYPES.essentialContact], list, (page) => {
      for (const c of page.contacts ?? []) {
        if (!c.name) continue;
        const config: EssentialContactConfig = {
          ...pick<EssentialContactConfig>(c, ['notificationCategorySubscriptions', 'languageTag', 'validationState']),
          name: c.name,
          email: c.email ?? '',
        };
        ctx.emit({ uid: `//essentialcontacts.googleapis.com/${c.name}`, type: GCP_TYPES.essentialContact, name: c.email ?? c.name, config });
      }
    });
  },
};
