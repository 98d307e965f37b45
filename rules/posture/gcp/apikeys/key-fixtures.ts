/** API key fixture builder shared by the API key rules' fixtures. */
import { GCP_TYPES, type ApiKeyConfig } from '../../../../src/providers/gcp/model.js';
import { PROJECT, PROJECT_NUMBER, gcpResource } from '../testing.js';
import { apiKeyUid } from './keys.js';

export const keyName = (id: string) => `projects/${PROJECT_NUMBER}/locations/global/keys/${id}`;
export const keyUid = (id: string) => apiKeyUid(keyName(id));

export function apiKey(id: string, config: Partial<ApiKeyConfig> = {}, projectId = PROJECT) {
  return gcpResource<ApiKeyConfig>({
    type: GCP_TYPES.apiKey,
    uid: keyUid(id),
    account: projectId,
    config: { name: keyName(id), displayName: `key ${id}`, createTime: '2026-10-01T00:00:00Z', ...config },
  });
}
