/**
 * Resolves the scope of a run through Resource Manager v3: the organisation, folders (recursively)
 * and projects to scan, plus every ancestor of them, with each organisation's and folder's IAM
 * policy (for the bindings and audit configs a project inherits).
 */
import { mapPool } from '../../aws/collect/pool.js';
import { MamoriError } from '../../../model/errors.js';
import { GLOBAL_REGION, type CollectionError } from '../../../model/types.js';
import { GCP_TYPES, type FolderConfig, type OrganizationConfig } from '../model.js';
import type { GcpClients } from './clients.js';
import { apiErrorInfo, classifyGcpError, gcpErrorMessage } from './errors.js';
import { withRetry, type RetryPolicy } from './retry.js';
import type { Hierarchy, HierarchyNode, ProjectEntry } from './types.js';
import { pick, requestedPolicyVersion3, toIamPolicy } from './util.js';

export interface ScopeRequest {
  projects?: string[];
  folders?: string[];
  organization?: string;
}

/** `123`, `folders/123` → `folders/123`; same for organisations. */
export function normaliseNode(kind: 'folders' | 'organizations', value: string): string {
  const v = value.trim();
  const bare = v.startsWith(`${kind}/`) ? v.slice(kind.length + 1) : v;
  if (!/^\d+$/.test(bare)) {
    throw new MamoriError('GCP_SCOPE', `--${kind === 'folders' ? 'folder' : 'organization'}: "${value}" is not a ${kind === 'folders' ? 'folder' : 'organization'} id (expected digits, e.g. ${kind}/123456789012)`);
  }
  return `${kind}/${bare}`;
}

const PROJECT_ID = /^(?:projects\/)?([a-z][a-z0-9-]{4,28}[a-z0-9]|\d+|[a-z][a-z0-9.:-]*:[a-z][a-z0-9-]*)$/;

export function normaliseProject(value: string): string {
  const m = PROJECT_ID.exec(value.trim());
  if (!m) throw new MamoriError('GCP_SCOPE', `--project: "${value}" is not a project id (6 to 30 lowercase letters, digits and hyphens)`);
  return m[1];
}

const OP = {
  orgGet: 'cloudresourcemanager.organizations.get',
  folderGet: 'cloudresourcemanager.folders.get',
  folderList: 'cloudresourcemanager.folders.list',
  projectGet: 'cloudresourcemanager.projects.get',
  projectList: 'cloudresourcemanager.projects.list',
};

export async function resolveHierarchy(
  request: ScopeRequest,
  clients: GcpClients,
  retry: RetryPolicy,
  concurrency: number,
): Promise<{ hierarchy: Hierarchy; errors: CollectionError[] }> {
  const crm = await clients.get('cloudresourcemanager');
  const call = async <T>(fn: () => Promise<{ data: T }>) => (await withRetry(retry, fn)).data;
  const errors: CollectionError[] = [];
  const record = (account: string, operation: string, err: unknown, resourceTypes?: string[]) =>
    errors.push({
      provider: 'gcp',
      account,
      region: GLOBAL_REGION,
      service: 'cloudresourcemanager',
      operation,
      code: classifyGcpError(err),
      message: gcpErrorMessage(err),
      ...(resourceTypes ? { resourceTypes } : {}),
    });
  const nodes = new Map<string, HierarchyNode>();
  const projects = new Map<string, ProjectEntry>();

  // One read per node even when parallel walks meet it: callers share the pending promise.
  const pending = new Map<string, Promise<HierarchyNode>>();
  const once = (name: string, load: () => Promise<HierarchyNode>) => {
    let p = pending.get(name);
    if (!p) {
      p = load();
      pending.set(name, p);
    }
    return p;
  };

  const organizationNode = (name: string) => once(name, async () => {
    const node: HierarchyNode = { name, kind: 'organization', errors: {} };
    nodes.set(name, node);
    try {
      const org = await call(() => crm.organizations.get({ name }));
      node.config = { ...pick<OrganizationConfig>(org, ['displayName', 'directoryCustomerId', 'state']), name };
    } catch (err) {
      node.errors.config = classifyGcpError(err);
      record(name, OP.orgGet, err, [GCP_TYPES.organization]);
    }
    return node;
  });

  /** folders.get of `name` (once); its parent chain is read by `ancestorsOf`. */
  const folderNode = (name: string, known?: { parent?: string | null; displayName?: string | null; state?: string | null }) => once(name, async () => {
    const node: HierarchyNode = { name, kind: 'folder', errors: {} };
    nodes.set(name, node);
    try {
      const folder = known ?? (await call(() => crm.folders.get({ name })));
      node.parent = folder.parent ?? undefined;
      node.config = { ...pick<FolderConfig>(folder, ['displayName', 'state']), name, parent: folder.parent ?? '' };
    } catch (err) {
      node.errors.config = classifyGcpError(err);
      record(name, OP.folderGet, err, [GCP_TYPES.folder]);
    }
    return node;
  });

  /** The ancestors of a node whose parent is `parent`, nearest first; `error` when the chain is broken. */
  const ancestorsOf = async (parent: string | undefined): Promise<{ ancestors: string[]; error?: ProjectEntry['ancestryError'] }> => {
    const ancestors: string[] = [];
    let current = parent;
    while (current) {
      if (ancestors.includes(current)) break;
      ancestors.push(current);
      if (current.startsWith('organizations/')) {
        await organizationNode(current);
        return { ancestors };
      }
      if (!current.startsWith('folders/')) return { ancestors };
      const node = await folderNode(current);
      if (node.errors.config) return { ancestors, error: node.errors.config as ProjectEntry['ancestryError'] };
      current = node.parent;
    }
    return { ancestors };
  };

  type RawProject = { projectId?: string | null; name?: string | null; parent?: string | null; displayName?: string | null; state?: string | null; labels?: Record<string, string> | null };
  const addProject = async (raw: RawProject, known?: { ancestors: string[]; error?: ProjectEntry['ancestryError'] }) => {
    if (!raw.projectId || projects.has(raw.projectId)) return;
    const projectNumber = raw.name?.startsWith('projects/') ? raw.name.slice('projects/'.length) : '';
    const chain = known ?? (await ancestorsOf(raw.parent ?? undefined));
    const entry: ProjectEntry = {
      projectId: raw.projectId,
      projectNumber,
      ancestors: chain.ancestors,
      labels: { ...(raw.labels ?? {}) },
      config: {
        projectId: raw.projectId,
        projectNumber,
        ...pick<{ displayName?: string; state?: string }>(raw, ['displayName', 'state']),
        ...(raw.parent ? { parent: raw.parent } : {}),
        ancestors: chain.ancestors,
        ...(raw.labels && Object.keys(raw.labels).length ? { labels: { ...raw.labels } } : {}),
      },
    };
    if (chain.error) entry.ancestryError = chain.error;
    projects.set(raw.projectId, entry);
  };

  /** Every ACTIVE project and folder below `parent`, recursively (breadth first, folders in parallel). */
  const walkDown = async (root: string) => {
    let level = [root];
    while (level.length) {
      const next: string[] = [];
      await mapPool(level, concurrency, async (parent) => {
        const chain = await ancestorsOf(parent);
        let pageToken: string | undefined;
        try {
          do {
            const page = await call(() => crm.projects.list({ parent, pageToken, pageSize: 1000 }));
            for (const p of page.projects ?? []) if (!p.state || p.state === 'ACTIVE') await addProject(p, chain);
            pageToken = page.nextPageToken ?? undefined;
          } while (pageToken);
        } catch (err) {
          record(parent, OP.projectList, err, [GCP_TYPES.project]);
        }
        pageToken = undefined;
        try {
          do {
            const page = await call(() => crm.folders.list({ parent, pageToken, pageSize: 1000 }));
            for (const f of page.folders ?? []) {
              if (!f.name || (f.state && f.state !== 'ACTIVE')) continue;
              await folderNode(f.name, f);
              next.push(f.name);
            }
            pageToken = page.nextPageToken ?? undefined;
          } while (pageToken);
        } catch (err) {
          record(parent, OP.folderList, err, [GCP_TYPES.folder, GCP_TYPES.project]);
        }
      });
      level = next;
    }
  };

  if (request.organization) {
    const org = normaliseNode('organizations', request.organization);
    await organizationNode(org);
    await walkDown(org);
  }
  for (const f of request.folders ?? []) {
    const folder = normaliseNode('folders', f);
    const node = await folderNode(folder);
    if (node.parent) await ancestorsOf(node.parent);
    await walkDown(folder);
  }
  // Each requested project is read first. Google answers projects.get with 403 PERMISSION_DENIED
  // for a project that does not exist as well as for one the caller may not see (it will not tell
  // which), 404 for a deleted one and 400 for a malformed id: none of them can be scanned, and
  // scanning anyway only fills the snapshot with one AccessDenied per API.
  const unknown: { id: string; err: unknown }[] = [];
  await mapPool(request.projects ?? [], concurrency, async (p) => {
    const id = normaliseProject(p);
    try {
      const raw = await call(() => crm.projects.get({ name: `projects/${id}` }));
      await addProject({ ...raw, projectId: raw.projectId ?? id });
    } catch (err) {
      if (isUnknownProject(err)) {
        unknown.push({ id, err });
        return;
      }
      // Throttling, an outage, the API disabled in the quota project: the project may well exist,
      // so it is scanned and every failure is recorded.
      record(id, OP.projectGet, err, [GCP_TYPES.project]);
      if (!projects.has(id)) projects.set(id, { projectId: id, ancestors: [], ancestryError: classifyGcpError(err), labels: {} });
    }
  });
  if (unknown.length) {
    // Only unknown projects, nothing else asked for: one clear line instead of an empty scan.
    if (projects.size === 0 && !request.organization && !request.folders?.length) throw unknownProjectError(unknown);
    // Others can be scanned: never abort, record each unknown project as a collection error.
    for (const { id, err } of unknown) {
      errors.push({
        provider: 'gcp',
        account: id,
        region: GLOBAL_REGION,
        service: 'cloudresourcemanager',
        operation: OP.projectGet,
        code: classifyGcpError(err),
        message: `project ${id} does not exist or the credentials cannot see it (${gcpErrorMessage(err)}): not scanned`.slice(0, 300),
        resourceTypes: [GCP_TYPES.project],
      });
    }
  }

  // Policies of the organisations and folders: inherited by every project below them.
  await mapPool([...nodes.values()], concurrency, async (node) => {
    const resource = node.name;
    try {
      const raw =
        node.kind === 'organization'
          ? await call(() => crm.organizations.getIamPolicy({ resource, requestBody: requestedPolicyVersion3 }))
          : await call(() => crm.folders.getIamPolicy({ resource, requestBody: requestedPolicyVersion3 }));
      node.iamPolicy = toIamPolicy(raw);
    } catch (err) {
      node.errors.iamPolicy = classifyGcpError(err);
      errors.push({
        provider: 'gcp',
        account: node.name,
        region: GLOBAL_REGION,
        service: 'cloudresourcemanager',
        operation: `cloudresourcemanager.${node.kind === 'organization' ? 'organizations' : 'folders'}.getIamPolicy`,
        code: classifyGcpError(err),
        message: gcpErrorMessage(err),
        resourceUid: `//cloudresourcemanager.googleapis.com/${node.name}`,
      });
    }
  });

  return { hierarchy: { nodes, projects: [...projects.values()] }, errors };
}

/** Whether a projects.get failure means the project does not exist or is not visible to the caller. */
export function isUnknownProject(err: unknown): boolean {
  const info = apiErrorInfo(err);
  if (info.status === 404 || info.status === 400 || info.apiStatus === 'NOT_FOUND' || info.apiStatus === 'INVALID_ARGUMENT') return true;
  // A 403 that is a rate limit or a disabled API says nothing about the project.
  return classifyGcpError(err) === 'AccessDenied';
}

function unknownProjectError(unknown: { id: string; err: unknown }[]): MamoriError {
  const ids = unknown.map((u) => `"${u.id}"`).join(', ');
  const what = unknown.length > 1 ? `projects ${ids} do not exist or the credentials cannot see them` : `project ${ids} does not exist or the credentials cannot see it`;
  return new MamoriError(
    'GCP_UNKNOWN_PROJECT',
    `${what} (${gcpErrorMessage(unknown[0].err)}); check the id with "gcloud projects list" and that the caller has resourcemanager.projects.get on it (roles/browser or roles/viewer)`,
  );
}
