/**
 * Cloud Logging: sinks (on projects, folders and the organisation), and on projects the log
 * buckets of every location and the log-based metrics.
 */
import { GCP_TYPES, type LogBucketConfig, type LogMetricConfig, type LogSinkConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick } from '../util.js';

export const collector: GcpServiceCollector = {
  service: 'logging',
  apis: ['logging.googleapis.com'],
  scopes: ['organization', 'folder', 'project'],
  resourceTypes: [GCP_TYPES.logSink, GCP_TYPES.logBucket, GCP_TYPES.logMetric],
  async collect(ctx) {
    const logging = await ctx.api('logging');
    const parent = ctx.scope.name;
    await ctx.pages(
      'logging.sinks.list',
      [GCP_TYPES.logSink],
      (pageToken) => logging.sinks.list({ parent, pageSize: 200, pageToken }),
      (page) => {
        for (const s of page.sinks ?? []) {
          if (!s.name) continue;
          const config: LogSinkConfig = {
            ...pick<LogSinkConfig>(s, ['filter', 'disabled', 'includeChildren', 'writerIdentity']),
            ...(s.exclusions?.length ? { exclusions: s.exclusions.map((e) => pick<NonNullable<LogSinkConfig['exclusions']>[number]>(e, ['name', 'filter', 'disabled'])) } : {}),
            name: s.name,
            parent,
            destination: s.destination ?? '',
          };
          ctx.emit({ uid: `//logging.googleapis.com/${parent}/sinks/${s.name}`, type: GCP_TYPES.logSink, name: s.name, config });
        }
      },
    );
    if (ctx.scope.kind !== 'project') return;

    await ctx.pages(
      'logging.projects.locations.buckets.list',
      [GCP_TYPES.logBucket],
      (pageToken) => logging.projects.locations.buckets.list({ parent: `${parent}/locations/-`, pageSize: 200, pageToken }),
      (page) => {
        for (const b of page.buckets ?? []) {
          if (!b.name) continue;
          const config: LogBucketConfig = {
            ...pick<LogBucketConfig>(b, ['retentionDays', 'locked', 'lifecycleState']),
            ...(b.cmekSettings ? { cmekSettings: pick<NonNullable<LogBucketConfig['cmekSettings']>>(b.cmekSettings, ['kmsKeyName']) } : {}),
            name: b.name,
          };
          const location = /\/locations\/([^/]+)\//.exec(b.name)?.[1] ?? 'global';
          ctx.emit({ uid: `//logging.googleapis.com/${b.name}`, type: GCP_TYPES.logBucket, name: b.name.split('/').pop()!, config, region: location });
        }
      },
    );
    await ctx.pages(
      'logging.projects.metrics.list',
      [GCP_TYPES.logMetric],
      (pageToken) => logging.projects.metrics.list({ parent, pageSize: 200, pageToken }),
      (page) => {
        for (const m of page.metrics ?? []) {
          if (!m.name) continue;
          const config: LogMetricConfig = {
            ...pick<LogMetricConfig>(m, ['disabled', 'description']),
            ...(m.metricDescriptor ? { metricDescriptor: pick<NonNullable<LogMetricConfig['metricDescriptor']>>(m.metricDescriptor, ['type', 'metricKind', 'valueType']) } : {}),
            name: m.name,
            filter: m.filter ?? '',
          };
          ctx.emit({ uid: `//logging.googleapis.com/${parent}/metrics/${m.name}`, type: GCP_TYPES.logMetric, name: m.name, config });
        }
      },
    );
  },
};
