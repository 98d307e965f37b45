/** Small helpers over Cloud SQL instances shared by the cloudsql rules. */
import type { SqlInstanceConfig } from '../../../../src/providers/gcp/model.js';

export type SqlEngine = 'MYSQL' | 'POSTGRES' | 'SQLSERVER';

export const ENGINE_NAMES: Record<SqlEngine, string> = { MYSQL: 'MySQL', POSTGRES: 'PostgreSQL', SQLSERVER: 'SQL Server' };

/** The database engine of an instance from its `databaseVersion` (`MYSQL_8_0`, `POSTGRES_15`, `SQLSERVER_2019_STANDARD`). */
export function sqlEngine(databaseVersion: string | undefined): SqlEngine | undefined {
  const v = (databaseVersion ?? '').toUpperCase();
  if (v.startsWith('MYSQL_')) return 'MYSQL';
  if (v.startsWith('POSTGRES_')) return 'POSTGRES';
  if (v.startsWith('SQLSERVER_')) return 'SQLSERVER';
  return undefined;
}

/** Read replicas take no backups of their own (the primary's backups and PITR cover them). */
export function isReadReplica(instance: SqlInstanceConfig): boolean {
  return instance.instanceType === 'READ_REPLICA_INSTANCE';
}

/** Representations of an external (on-premises) primary: Cloud SQL manages no settings for them. */
export function isOnPremisesInstance(instance: SqlInstanceConfig): boolean {
  return instance.instanceType === 'ON_PREMISES_INSTANCE';
}
