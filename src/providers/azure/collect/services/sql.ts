/**
 * Azure SQL (SDK `@azure/arm-sql`): logical servers with firewall rules, auditing, TDE protector,
 * Microsoft Entra admin, Defender for SQL alert policy and vulnerability assessment settings; their
 * databases (but `master`) with TDE state and auditing. Connection strings and passwords are never read.
 */
import { mapPool } from '../../../aws/collect/pool.js';
import { AZURE_TYPES, azureUid, type SqlDatabaseConfig, type SqlServerConfig } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { armParts, fieldsFor, notFound, pick } from '../util.js';

const SERVER_FIELDS = fieldsFor(AZURE_TYPES.sqlServer, ['id', 'name', 'version', 'minimalTlsVersion', 'publicNetworkAccess', 'administrators', 'privateEndpointConnections']).filter(
  (f) => !['firewallRules', 'auditing', 'encryptionProtector', 'entraAdministrator', 'securityAlertPolicy', 'vulnerabilityAssessment', 'sqlVulnerabilityAssessment'].includes(f),
);
const DATABASE_FIELDS = fieldsFor(AZURE_TYPES.sqlDatabase, ['id', 'name', 'sku', 'status']).filter((f) => !['transparentDataEncryption', 'auditing'].includes(f));

export const collector: AzureServiceCollector = {
  service: 'sql',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.sqlServer, AZURE_TYPES.sqlDatabase],
  gatedBy: [AZURE_TYPES.sqlServer],
  async collect(ctx) {
    const { SqlManagementClient } = await import('@azure/arm-sql');
    const client = ctx.clients.arm(SqlManagementClient, ctx.scope.subscriptionId!);
    const servers = await ctx.list('sql.servers.list', [AZURE_TYPES.sqlServer, AZURE_TYPES.sqlDatabase], () => client.servers.list());
    await mapPool(servers ?? [], 3, async (s) => {
      if (!s.id || !s.name) return;
      const { resourceGroup: rg, name, uid } = armParts(s.id);
      const errors: Record<string, string> = {};
      const config = pick<SqlServerConfig & Record<string, unknown>>(s, SERVER_FIELDS);
      const [rules, auditing, protector, admins, alerts, va, sqlVa] = await Promise.all([
        ctx.detailList(errors, uid, 'firewallRules', 'sql.firewallRules.listByServer', () => client.firewallRules.listByServer(rg, name)),
        ctx.detail(errors, uid, 'auditing', 'sql.serverBlobAuditingPolicies.get', () => client.serverBlobAuditingPolicies.get(rg, name)),
        ctx.detail(errors, uid, 'encryptionProtector', 'sql.encryptionProtectors.get', () => client.encryptionProtectors.get(rg, name, 'current')),
        ctx.detailList(errors, uid, 'entraAdministrator', 'sql.serverAzureADAdministrators.listByServer', () => client.serverAzureADAdministrators.listByServer(rg, name)),
        ctx.detail(errors, uid, 'securityAlertPolicy', 'sql.serverSecurityAlertPolicies.get', () => client.serverSecurityAlertPolicies.get(rg, name, 'Default')),
        ctx.detail(errors, uid, 'vulnerabilityAssessment', 'sql.serverVulnerabilityAssessments.get', () => client.serverVulnerabilityAssessments.get(rg, name, 'default'), notFound),
        ctx.detail(errors, uid, 'sqlVulnerabilityAssessment', 'sql.sqlVulnerabilityAssessmentsSettings.get', () => client.sqlVulnerabilityAssessmentsSettings.get(rg, name, 'default'), notFound),
      ]);
      if (rules) config.firewallRules = rules.map((r) => pick(r, ['name', 'startIpAddress', 'endIpAddress']));
      if (auditing) config.auditing = pick(auditing, ['state', 'retentionDays', 'isAzureMonitorTargetEnabled', 'storageEndpoint', 'auditActionsAndGroups']);
      if (protector) config.encryptionProtector = pick(protector, ['serverKeyType', 'serverKeyName', 'uri', 'autoRotationEnabled']);
      if (admins?.[0]) config.entraAdministrator = pick(admins[0], ['administratorType', 'login', 'sid', 'azureADOnlyAuthentication']);
      if (alerts) config.securityAlertPolicy = pick(alerts, ['state', 'emailAccountAdmins', 'emailAddresses', 'disabledAlerts', 'retentionDays']);
      // Not configured answers 404 (or an empty setting): written as {}.
      if (va !== undefined) config.vulnerabilityAssessment = va ? pick(va, ['storageContainerPath', 'recurringScans']) : {};
      if (sqlVa !== undefined) config.sqlVulnerabilityAssessment = sqlVa ? pick(sqlVa, ['state']) : {};
      ctx.emit({ uid: azureUid(uid), type: AZURE_TYPES.sqlServer, name: s.name, region: s.location, tags: s.tags, config, errors });

      const databases = await ctx.list('sql.databases.listByServer', [AZURE_TYPES.sqlDatabase], () => client.databases.listByServer(rg, name));
      await mapPool((databases ?? []).filter((d) => d.id && d.name && d.name.toLowerCase() !== 'master'), 3, async (d) => {
        const dbUid = azureUid(d.id!);
        const dbErrors: Record<string, string> = {};
        const db = pick<SqlDatabaseConfig & Record<string, unknown>>(d, DATABASE_FIELDS);
        const [tde, dbAuditing] = await Promise.all([
          ctx.detail(dbErrors, dbUid, 'transparentDataEncryption', 'sql.transparentDataEncryptions.get', () => client.transparentDataEncryptions.get(rg, name, d.name!, 'current')),
          ctx.detail(dbErrors, dbUid, 'auditing', 'sql.databaseBlobAuditingPolicies.get', () => client.databaseBlobAuditingPolicies.get(rg, name, d.name!)),
        ]);
        if (tde) db.transparentDataEncryption = pick(tde, ['state']);
        if (dbAuditing) db.auditing = pick(dbAuditing, ['state', 'retentionDays']);
        ctx.emit({ uid: dbUid, type: AZURE_TYPES.sqlDatabase, name: `${s.name}/${d.name}`, region: d.location, tags: d.tags, config: db, errors: dbErrors });
      });
    });
  },
};
