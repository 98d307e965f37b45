/** Shared reading of Key Vault configs (see model/keyvault.ts for what ARM leaves out and what it means). */
import type { KeyVaultConfig, VaultItemMetadata } from '../../../../src/providers/azure/model/index.js';

/** RBAC permission model: `enableRbacAuthorization` true; absent or false is the access-policy model. */
export const usesRbac = (v: KeyVaultConfig) => v.properties.enableRbacAuthorization === true;

/** Items that can be used: `enabled` absent means enabled. */
export const enabledItems = <T extends { enabled?: boolean }>(items: T[]) => items.filter((i) => i.enabled !== false);

/** At most `limit` names, for evidence and messages. */
export const names = (items: { name: string }[], limit = 20) => items.slice(0, limit).map((i) => i.name);

export const DAY_MS = 86_400_000;

/** Items whose `expires` is before `now` (expired) or within `days` after it (expiring). */
export function byExpiry<T extends VaultItemMetadata | { name: string; expires?: string; enabled?: boolean }>(items: T[], now: Date, days: number) {
  const expired: T[] = [];
  const expiring: T[] = [];
  for (const item of items) {
    if (!item.expires) continue;
    const at = Date.parse(item.expires);
    if (Number.isNaN(at)) continue;
    if (at <= now.getTime()) expired.push(item);
    else if (at - now.getTime() <= days * DAY_MS) expiring.push(item);
  }
  return { expired, expiring };
}
