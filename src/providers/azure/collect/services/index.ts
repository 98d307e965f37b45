import { AZURE_SERVICES } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { collector as authorization } from './authorization.js';
import { collector as compute } from './compute.js';
import { collector as containerservice } from './containerservice.js';
import { collector as cosmosdb } from './cosmosdb.js';
import { collector as databricks } from './databricks.js';
import { collector as graph } from './graph.js';
import { collector as keyvault } from './keyvault.js';
import { collector as locks } from './locks.js';
import { collector as managementgroups } from './managementgroups.js';
import { collector as monitor } from './monitor.js';
import { collector as mysql } from './mysql.js';
import { collector as network } from './network.js';
import { collector as operationalinsights } from './operationalinsights.js';
import { collector as policy } from './policy.js';
import { collector as postgresql } from './postgresql.js';
import { collector as resources } from './resources.js';
import { collector as security } from './security.js';
import { collector as sql } from './sql.js';
import { collector as storage } from './storage.js';
import { collector as web } from './web.js';

/** Every Azure collector. Adding one here is the only registration. */
const ALL: AzureServiceCollector[] = [
  resources,
  managementgroups,
  authorization,
  policy,
  graph,
  security,
  monitor,
  operationalinsights,
  network,
  keyvault,
  storage,
  sql,
  postgresql,
  mysql,
  web,
  compute,
  containerservice,
  cosmosdb,
  databricks,
  locks,
];

/** Builds the registry; a service registered twice is a programming error. */
export function buildAzureRegistry(collectors: readonly AzureServiceCollector[]): Map<string, AzureServiceCollector> {
  const registry = new Map<string, AzureServiceCollector>();
  for (const c of collectors) {
    if (registry.has(c.service)) throw new Error(`duplicate Azure collector: ${c.service}`);
    if (!(AZURE_SERVICES as readonly string[]).includes(c.service)) throw new Error(`Azure collector ${c.service} is not an AzureService of the model`);
    registry.set(c.service, c);
  }
  return registry;
}

export const AZURE_COLLECTORS: ReadonlyMap<string, AzureServiceCollector> = buildAzureRegistry(ALL);
