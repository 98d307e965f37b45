/** Application credentials (client secrets and certificates), by their validity dates. */
import type { ApplicationConfig } from '../../../../src/providers/azure/model/index.js';

export const DAY_MS = 86_400_000;

export interface Credential {
  kind: 'secret' | 'certificate';
  keyId?: string;
  displayName?: string | null;
  start?: Date;
  end?: Date;
}

const date = (v: string | null | undefined) => {
  if (!v) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
};

export function credentials(app: Partial<ApplicationConfig>): Credential[] {
  return [
    ...(app.passwordCredentials ?? []).map((c) => ({ kind: 'secret' as const, keyId: c.keyId, displayName: c.displayName, start: date(c.startDateTime), end: date(c.endDateTime) })),
    ...(app.keyCredentials ?? []).map((c) => ({ kind: 'certificate' as const, keyId: c.keyId, displayName: c.displayName, start: date(c.startDateTime), end: date(c.endDateTime) })),
  ];
}

/** Evidence for a credential: ids and dates, never values (Graph never returns secret values after creation anyway). */
export const describe = (c: Credential) => ({ kind: c.kind, keyId: c.keyId, displayName: c.displayName ?? null, endDateTime: c.end?.toISOString() ?? null });
