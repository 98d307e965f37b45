/**
 * Resource Manager: the organisation, folders and projects in scope, each with its IAM policy.
 * The hierarchy walk (hierarchy.ts) already read the nodes and the ancestors' policies; this
 * collector reads each project's own policy and emits the three resource types, with a project's
 * inherited bindings and audit configs taken from its ancestors' policies.
 */
import { GCP_TYPES, gcpUid, type AuditConfig, type FolderConfig, type IamBinding, type Inherited, type OrganizationConfig, type ProjectConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { requestedPolicyVersion3, toIamPolicy } from '../util.js';

export const collector: GcpServiceCollector = {
  service: 'cloudresourcemanager',
  scopes: ['organization', 'folder', 'project'],
  resourceTypes: [GCP_TYPES.organization, GCP_TYPES.folder, GCP_TYPES.project],
  async collect(ctx) {
    const { scope, hierarchy } = ctx;
    if (scope.kind !== 'project') {
      const node = hierarchy.nodes.get(scope.name);
      if (!node?.config) return; // not readable: the walk recorded why
      const id = scope.name.slice(scope.name.indexOf('/') + 1);
      const errors = { ...node.errors };
      delete errors.config;
      const config = { ...node.config, ...(node.iamPolicy ? { iamPolicy: node.iamPolicy } : {}) } as OrganizationConfig | FolderConfig;
      ctx.emit({
        uid: node.kind === 'organization' ? gcpUid.organization(id) : gcpUid.folder(id),
        type: node.kind === 'organization' ? GCP_TYPES.organization : GCP_TYPES.folder,
        name: config.displayName || scope.name,
        config,
        errors,
      });
      return;
    }

    const entry = hierarchy.projects.find((p) => p.projectId === scope.projectId);
    if (!entry?.config) return; // projects.get failed: recorded by the walk
    const uid = gcpUid.project(entry.projectId);
    const errors: Record<string, string> = {};
    const crm = await ctx.api('cloudresourcemanager');
    const policy = await ctx.detail(errors, uid, 'iamPolicy', 'cloudresourcemanager.projects.getIamPolicy', () =>
      crm.projects.getIamPolicy({ resource: `projects/${entry.projectId}`, requestBody: requestedPolicyVersion3 }),
    );

    const bindings: Inherited<IamBinding>[] = [];
    const auditConfigs: Inherited<AuditConfig>[] = [];
    let inheritedError: string | undefined = entry.ancestryError;
    for (const name of entry.ancestors) {
      const node = hierarchy.nodes.get(name);
      if (!node?.iamPolicy) {
        inheritedError ??= node?.errors.iamPolicy ?? node?.errors.config ?? 'Unknown';
        continue;
      }
      for (const b of node.iamPolicy.bindings ?? []) bindings.push({ ...b, source: name });
      for (const a of node.iamPolicy.auditConfigs ?? []) auditConfigs.push({ ...a, source: name });
    }
    if (entry.ancestryError) errors.ancestors = entry.ancestryError;
    if (inheritedError) errors.inherited = inheritedError;

    const config: ProjectConfig = { ...entry.config, inherited: { bindings, auditConfigs } };
    if (policy) config.iamPolicy = toIamPolicy(policy);
    ctx.emit({ uid, type: GCP_TYPES.project, name: entry.projectId, config, tags: entry.labels, errors });
  },
};
