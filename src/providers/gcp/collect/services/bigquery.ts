/**
 * BigQuery: datasets (datasets.get for the access list and default CMEK) and tables (tables.get for
 * each table's CMEK). Table details are read for at most `limits.maxTablesPerDataset` tables per
 * dataset (default DEFAULT_MAX_TABLES_PER_DATASET): the others are emitted from tables.list with
 * `errors.encryptionConfiguration` set, and the cap is recorded as an error on the dataset, so rules
 * needing a table's encryption report NOT_ASSESSED for them instead of guessing.
 */
import { mapPool } from '../../../aws/collect/pool.js';
import { GCP_TYPES, type DatasetConfig, type TableConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick } from '../util.js';

export const DEFAULT_MAX_TABLES_PER_DATASET = 200;
/** What `errors.encryptionConfiguration` says for a table past the cap. */
export const TABLE_CAP_ERROR = 'NotCollected';

const datasetUid = (p: string, d: string) => `//bigquery.googleapis.com/projects/${p}/datasets/${d}`;

export const collector: GcpServiceCollector = {
  service: 'bigquery',
  apis: ['bigquery.googleapis.com'],
  scopes: ['project'],
  resourceTypes: [GCP_TYPES.dataset, GCP_TYPES.table],
  async collect(ctx) {
    const bq = await ctx.api('bigquery');
    const projectId = ctx.scope.projectId!;
    const ids: { datasetId: string; location?: string }[] = [];
    const listed = await ctx.pages(
      'bigquery.datasets.list',
      [GCP_TYPES.dataset, GCP_TYPES.table],
      (pageToken) => bq.datasets.list({ projectId, all: true, maxResults: 1000, pageToken }),
      (page) => {
        for (const d of page.datasets ?? []) if (d.datasetReference?.datasetId) ids.push({ datasetId: d.datasetReference.datasetId, location: d.location ?? undefined });
      },
    );
    if (!listed) return;
    for (const { datasetId, location: listedLocation } of ids) {
      const uid = datasetUid(projectId, datasetId);
      const errors: Record<string, string> = {};
      const d = await ctx.detail(errors, uid, 'access', 'bigquery.datasets.get', () => bq.datasets.get({ projectId, datasetId }));
      if (errors.access) errors.defaultEncryptionConfiguration = errors.access;
      const location = d?.location ?? listedLocation ?? 'global';
      const config: DatasetConfig = { datasetReference: { projectId, datasetId }, location };
      if (d?.access) config.access = d.access.map((a) => pick(a, ['role', 'userByEmail', 'groupByEmail', 'domain', 'specialGroup', 'iamMember', 'view', 'dataset', 'routine']));
      if (d?.defaultEncryptionConfiguration) config.defaultEncryptionConfiguration = pick(d.defaultEncryptionConfiguration, ['kmsKeyName']);
      ctx.emit({ uid, type: GCP_TYPES.dataset, name: datasetId, config, tags: d?.labels, errors, region: location });

      const tables: { tableId: string; type?: string; labels?: Record<string, string> | null }[] = [];
      const tablesListed = await ctx.pages(
        'bigquery.tables.list',
        [GCP_TYPES.table],
        (pageToken) => bq.tables.list({ projectId, datasetId, maxResults: 1000, pageToken }),
        (page) => {
          for (const t of page.tables ?? []) if (t.tableReference?.tableId) tables.push({ tableId: t.tableReference.tableId, type: t.type ?? undefined, labels: t.labels });
        },
        location,
      );
      if (!tablesListed) continue;
      const cap = ctx.limits.maxTablesPerDataset;
      // Views hold no data of their own: no encryption to read.
      let detailed = 0;
      const skipped: string[] = [];
      await mapPool(tables, 4, async (t) => {
        const tableUid = `${uid}/tables/${t.tableId}`;
        const config: TableConfig = { tableReference: { projectId, datasetId, tableId: t.tableId }, ...(t.type ? { type: t.type } : {}) };
        const tableErrors: Record<string, string> = {};
        if (t.type !== 'VIEW') {
          if (detailed < cap) {
            detailed++;
            const full = await ctx.detail(tableErrors, tableUid, 'encryptionConfiguration', 'bigquery.tables.get', () =>
              bq.tables.get({ projectId, datasetId, tableId: t.tableId }),
            );
            if (full?.encryptionConfiguration) config.encryptionConfiguration = pick(full.encryptionConfiguration, ['kmsKeyName']);
          } else {
            tableErrors.encryptionConfiguration = TABLE_CAP_ERROR;
            skipped.push(t.tableId);
          }
        }
        ctx.emit({ uid: tableUid, type: GCP_TYPES.table, name: t.tableId, config, tags: t.labels, errors: tableErrors, region: location, relationships: [{ type: 'in-dataset', target: uid }] });
      });
      if (skipped.length) {
        ctx.record({
          region: location,
          operation: 'bigquery.tables.get',
          code: 'Unknown',
          message: `table details capped at ${cap} per dataset: encryption of ${skipped.length} of ${tables.length} tables in ${datasetId} not read (raise maxTablesPerDataset / MAMORI_GCP_MAX_TABLES_PER_DATASET)`,
          resourceUid: uid,
        });
      }
    }
  },
};
