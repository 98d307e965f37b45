/** Shared reading of storage account settings, with ARM's defaults for absent properties (see model/storage.ts). */
import type { Text } from '../../../../src/model/types.js';
import type { StorageAccountConfig } from '../../../../src/providers/azure/model/index.js';
import { DEFAULT_CRITICALITY_TAG, DEFAULT_DATA_CLASSIFICATION_TAG, DEFAULT_SENSITIVE_DATA_VALUES } from '../../../../src/config/defaults.js';

/** Account kinds with Azure Files (general-purpose v1/v2 and premium FileStorage). */
const FILE_KINDS = new Set(['storage', 'storagev2', 'filestorage']);

export const hasFileService = (c: StorageAccountConfig) => FILE_KINDS.has(String(c.kind ?? '').toLowerCase());
/** Every kind but premium FileStorage has a blob service. */
export const hasBlobService = (c: StorageAccountConfig) => String(c.kind ?? '').toLowerCase() !== 'filestorage';

/** Shared Key authorization is allowed unless explicitly false (null or absent means allowed). */
export const sharedKeyAllowed = (c: StorageAccountConfig) => c.allowSharedKeyAccess !== false;

/** `Disabled`, or `SecuredByPerimeter` (a network security perimeter decides, denying public traffic by default). */
export function publicAccessOff(c: StorageAccountConfig): boolean {
  const v = String(c.publicNetworkAccess ?? '').toLowerCase();
  return v === 'disabled' || v === 'securedbyperimeter';
}

/** The firewall's default action; an absent rule set means Allow. */
export const defaultAction = (c: StorageAccountConfig): string => c.networkRuleSet?.defaultAction ?? 'Allow';

/** Names of private endpoint connections whose state is Approved. */
export function approvedEndpoints(conns: readonly { name?: string; privateLinkServiceConnectionState?: { status?: string } }[] | null | undefined): string[] {
  return (conns ?? []).filter((p) => String(p.privateLinkServiceConnectionState?.status ?? '').toLowerCase() === 'approved').map((p) => p.name ?? '(unnamed)');
}

/** Tag lookup with Azure's case-insensitive tag names. */
function tag(tags: Record<string, string> | undefined, name: string): string | undefined {
  const key = Object.keys(tags ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : tags![key];
}

/** `mamori:criticality=high|critical` when the resource carries it, else undefined. */
export function criticalTag(tags: Record<string, string> | undefined): string | undefined {
  const v = tag(tags, DEFAULT_CRITICALITY_TAG)?.trim().toLowerCase();
  return v === 'high' || v === 'critical' ? `${DEFAULT_CRITICALITY_TAG}=${v}` : undefined;
}

/** The critical tag, or `data-classification=confidential|restricted|pii`, when the resource carries one. */
export function sensitiveTag(tags: Record<string, string> | undefined): string | undefined {
  const crit = criticalTag(tags);
  if (crit) return crit;
  const v = tag(tags, DEFAULT_DATA_CLASSIFICATION_TAG)?.trim().toLowerCase();
  return v && (DEFAULT_SENSITIVE_DATA_VALUES as readonly string[]).includes(v) ? `${DEFAULT_DATA_CLASSIFICATION_TAG}=${v}` : undefined;
}

export const notCollected = (what: string, whatJa: string, name: string): Text => ({
  en: `The ${what} of storage account ${name} was not collected.`,
  ja: `ストレージ アカウント ${name} の${whatJa}が収集されていません。`,
});
