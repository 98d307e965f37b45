/** Cloud SQL: instances with their settings (flags, IP configuration, backups) and CMEK. */
import { GCP_TYPES, type SqlInstanceConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick } from '../util.js';

export const collector: GcpServiceCollector = {
  service: 'sqladmin',
  apis: ['sqladmin.googleapis.com'],
  scopes: ['project'],
  resourceTypes: [GCP_TYPES.sqlInstance],
  async collect(ctx) {
    const sql = await ctx.api('sqladmin');
    const project = ctx.scope.projectId!;
    await ctx.pages(
      'sqladmin.instances.list',
      [GCP_TYPES.sqlInstance],
      (pageToken) => sql.instances.list({ project, maxResults: 500, pageToken }),
      (page) => {
        for (const i of page.items ?? []) {
          if (!i.name) continue;
          const s = i.settings ?? {};
          const settings: SqlInstanceConfig['settings'] = pick(s, ['tier', 'databaseFlags']);
          if (s.ipConfiguration) {
            const ip: NonNullable<SqlInstanceConfig['settings']['ipConfiguration']> = pick(s.ipConfiguration, ['ipv4Enabled', 'privateNetwork', 'requireSsl', 'sslMode']);
            if (s.ipConfiguration.authorizedNetworks) ip.authorizedNetworks = s.ipConfiguration.authorizedNetworks.map((n) => pick(n, ['value', 'name']));
            settings.ipConfiguration = ip;
          }
          if (s.backupConfiguration) settings.backupConfiguration = pick(s.backupConfiguration, ['enabled', 'pointInTimeRecoveryEnabled', 'binaryLogEnabled']);
          const config: SqlInstanceConfig = {
            ...pick<SqlInstanceConfig>(i, ['region', 'instanceType']),
            name: i.name,
            databaseVersion: i.databaseVersion ?? '',
            settings,
          };
          if (i.diskEncryptionConfiguration) config.diskEncryptionConfiguration = pick(i.diskEncryptionConfiguration, ['kmsKeyName']);
          ctx.emit({
            uid: `//cloudsql.googleapis.com/projects/${project}/instances/${i.name}`,
            type: GCP_TYPES.sqlInstance,
            name: i.name,
            config,
            tags: s.userLabels,
            region: i.region ?? 'global',
          });
        }
      },
    );
  },
};
