/** Shared by the API key rules: naming a key in results, and the key fixture builder's uid scheme. */
import type { ApiKeyConfig } from '../../../../src/providers/gcp/model.js';

/** `displayName (id)` or the id alone: what the console shows in the API keys list. */
export function keyLabel(key: ApiKeyConfig): string {
  const id = key.name.slice(key.name.lastIndexOf('/') + 1);
  return key.displayName ? `"${key.displayName}" (${id})` : id;
}

/** Cloud Asset Inventory name of an API key. */
export const apiKeyUid = (name: string) => `//apikeys.googleapis.com/${name}`;
