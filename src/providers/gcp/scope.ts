import type { Resource } from '../../model/types.js';
import { GCP_TYPES, gcpUid, type ProjectConfig } from './model.js';

/** A project's scope-wide results (MANUAL recommendations, project settings) live on its Project resource. */
export const gcpScopeResource = (projectId: string) => ({ uid: gcpUid.project(projectId), type: GCP_TYPES.project });

/** The resource types `gcpScopePaths` reads. */
export const GCP_SCOPE_PATH_TYPES = [GCP_TYPES.project];

/** Where each project sits, root first: `organizations/1/folders/2/projects/p` (`projects/p` without an organisation). */
export function gcpScopePaths(resources: Iterable<Resource>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of resources) {
    if (r.type !== GCP_TYPES.project) continue;
    const project = r.config as Partial<ProjectConfig>;
    const id = project.projectId ?? r.account;
    out.set(id, [...(project.ancestors ?? [])].reverse().concat(`projects/${id}`).join('/'));
  }
  return out;
}
