/** Reading BigQuery dataset access entries (the dataset ACL) as principals. */
import type { DatasetAccessEntry } from '../../../../src/providers/gcp/model.js';

/** The principal an access entry grants to, in IAM member form where possible; undefined for view/dataset/routine grants. */
export function accessPrincipal(entry: DatasetAccessEntry): string | undefined {
  if (entry.iamMember) return entry.iamMember;
  if (entry.specialGroup) return entry.specialGroup;
  if (entry.userByEmail) return `user:${entry.userByEmail}`;
  if (entry.groupByEmail) return `group:${entry.groupByEmail}`;
  if (entry.domain) return `domain:${entry.domain}`;
  return undefined;
}

/** Entries whose principal matches, with the role and principal for reasons and evidence. */
export function grantsTo(access: DatasetAccessEntry[], match: (principal: string) => boolean): { role: string; principal: string }[] {
  const out: { role: string; principal: string }[] = [];
  for (const entry of access) {
    const principal = accessPrincipal(entry);
    if (principal && match(principal)) out.push({ role: entry.role ?? '(none)', principal });
  }
  return out;
}

export const describeGrants = (grants: { role: string; principal: string }[]) => grants.map((g) => `${g.role} → ${g.principal}`).join(', ');
