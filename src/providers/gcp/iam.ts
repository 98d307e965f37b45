/** Small pure helpers over Google Cloud IAM data, shared by rules, guardrails and detections. */
import type { IamBinding, IamPolicy, Inherited, ProjectConfig } from './model.js';

export const PUBLIC_MEMBERS = ['allUsers', 'allAuthenticatedUsers'] as const;

/** `allUsers` / `allAuthenticatedUsers`: anyone on the internet, or anyone with a Google account. */
export function isPublicMember(member: string): boolean {
  return member === 'allUsers' || member === 'allAuthenticatedUsers';
}

export type MemberKind = 'user' | 'serviceAccount' | 'group' | 'domain' | 'public' | 'principal' | 'deleted' | 'special' | 'unknown';

/** The kind of an IAM member string (`user:a@x`, `serviceAccount:…`, `deleted:user:…`, `projectOwner:p`). */
export function memberKind(member: string): MemberKind {
  if (isPublicMember(member)) return 'public';
  const prefix = member.slice(0, member.indexOf(':'));
  switch (prefix) {
    case 'user':
      return 'user';
    case 'serviceAccount':
      return 'serviceAccount';
    case 'group':
      return 'group';
    case 'domain':
      return 'domain';
    case 'principal':
    case 'principalSet':
      return 'principal';
    case 'deleted':
      return 'deleted';
    case 'projectOwner':
    case 'projectEditor':
    case 'projectViewer':
      return 'special';
    default:
      return 'unknown';
  }
}

/** The email (or domain) part of a member: `user:a@example.com` → `a@example.com`. */
export function memberId(member: string): string {
  const i = member.lastIndexOf(':');
  return i < 0 ? member : member.slice(i + 1).split('?')[0];
}

/** Service accounts Google creates and manages (service agents), not user-created ones. */
export function isGoogleManagedServiceAccount(email: string): boolean {
  return /@(.+\.)?(gserviceaccount\.com)$/.test(email) && !/\.iam\.gserviceaccount\.com$/.test(email) && !/-compute@developer\.gserviceaccount\.com$/.test(email) && !/@appspot\.gserviceaccount\.com$/.test(email);
}

/** The Compute Engine default service account (`<number>-compute@developer.gserviceaccount.com`). */
export function isComputeDefaultServiceAccount(email: string): boolean {
  return /^\d+-compute@developer\.gserviceaccount\.com$/.test(email);
}

/** Bindings that apply to a project: its own and those inherited from its folders and organisation. */
export function effectiveBindings(project: ProjectConfig): Inherited<IamBinding>[] {
  const own = (project.iamPolicy?.bindings ?? []).map((b) => ({ ...b, source: `projects/${project.projectId}` }));
  return [...own, ...(project.inherited?.bindings ?? [])];
}

/** Members holding a role in a policy (unconditional bindings only when `unconditionalOnly`). */
export function membersWithRole(policy: IamPolicy | undefined, role: string | ((role: string) => boolean), unconditionalOnly = false): string[] {
  const match = typeof role === 'string' ? (r: string) => r === role : role;
  const out = new Set<string>();
  for (const b of policy?.bindings ?? []) {
    if (!match(b.role) || (unconditionalOnly && b.condition)) continue;
    for (const m of b.members) out.add(m);
  }
  return [...out];
}

/** A protobuf Duration string (`7776000s`, `86400.5s`) in seconds; undefined when absent or malformed. */
export function durationSeconds(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return m ? Number(m[1]) : undefined;
}
