/** Fixture builders for the bigquery rules. */
import { GCP_TYPES, type DatasetAccessEntry, type DatasetConfig, type TableConfig } from '../../../../src/providers/gcp/model.js';
import type { Resource } from '../../../../src/model/types.js';
import { gcpResource, PROJECT } from '../testing.js';

export const KMS_KEY = `projects/${PROJECT}/locations/us/keyRings/bigquery/cryptoKeys/data`;
export const datasetUid = (datasetId: string) => `//bigquery.googleapis.com/projects/${PROJECT}/datasets/${datasetId}`;
export const tableUid = (datasetId: string, tableId: string) => `${datasetUid(datasetId)}/tables/${tableId}`;

/** The access entries BigQuery creates for a new dataset. */
export const DEFAULT_ACCESS: DatasetAccessEntry[] = [
  { role: 'OWNER', specialGroup: 'projectOwners' },
  { role: 'OWNER', userByEmail: 'owner@example.com' },
  { role: 'WRITER', specialGroup: 'projectWriters' },
  { role: 'READER', specialGroup: 'projectReaders' },
];

export function dataset(datasetId: string, config: Partial<DatasetConfig> = {}, errors?: Record<string, string>): Resource {
  return gcpResource<DatasetConfig>({
    type: GCP_TYPES.dataset,
    uid: datasetUid(datasetId),
    region: 'US',
    config: { datasetReference: { projectId: PROJECT, datasetId }, location: 'US', access: DEFAULT_ACCESS, ...config },
    errors,
  });
}

export function table(datasetId: string, tableId: string, config: Partial<TableConfig> = {}): Resource {
  return gcpResource<TableConfig>({
    type: GCP_TYPES.table,
    uid: tableUid(datasetId, tableId),
    region: 'US',
    config: { tableReference: { projectId: PROJECT, datasetId, tableId }, type: 'TABLE', ...config },
  });
}
