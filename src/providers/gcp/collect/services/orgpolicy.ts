/**
 * Organization Policy v2: the policies set on each node (organisation, folders, projects), as set
 * there (not effective: mamori computes effective policies along a project's ancestry).
 */
import { GCP_TYPES, gcpUid, type OrgPolicyConfig, type OrgPolicySpec } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick } from '../util.js';

function spec(raw: object | null | undefined): OrgPolicySpec | undefined {
  if (!raw) return undefined;
  const s = raw as { rules?: object[] | null };
  const out = pick<OrgPolicySpec>(raw, ['inheritFromParent', 'reset', 'etag', 'updateTime']);
  if (s.rules) out.rules = s.rules.map((r) => pick(r, ['values', 'allowAll', 'denyAll', 'enforce', 'condition']));
  return out;
}

export const collector: GcpServiceCollector = {
  service: 'orgpolicy',
  apis: ['orgpolicy.googleapis.com'],
  scopes: ['organization', 'folder', 'project'],
  resourceTypes: [GCP_TYPES.orgPolicy],
  async collect(ctx) {
    const api = await ctx.api('orgpolicy');
    const parent = ctx.scope.name;
    const kind = ctx.scope.kind === 'organization' ? 'organizations' : ctx.scope.kind === 'folder' ? 'folders' : 'projects';
    const list = (pageToken: string | undefined) =>
      kind === 'organizations'
        ? api.organizations.policies.list({ parent, pageSize: 100, pageToken })
        : kind === 'folders'
          ? api.folders.policies.list({ parent, pageSize: 100, pageToken })
          : api.projects.policies.list({ parent, pageSize: 100, pageToken });
    await ctx.pages(`orgpolicy.${kind}.policies.list`, [GCP_TYPES.orgPolicy], list, (page) => {
      for (const p of page.policies ?? []) {
        if (!p.name) continue;
        const constraint = p.name.slice(p.name.lastIndexOf('/policies/') + '/policies/'.length).replace(/^constraints\//, '');
        const config: OrgPolicyConfig = { name: p.name, constraint, parent };
        const s = spec(p.spec);
        if (s) config.spec = s;
        const d = spec(p.dryRunSpec);
        if (d) config.dryRunSpec = d;
        ctx.emit({ uid: gcpUid.orgPolicy(parent, constraint), type: GCP_TYPES.orgPolicy, name: constraint, config });
      }
    });
  },
};
