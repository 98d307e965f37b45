/**
 * Management groups are read while the scope is resolved (hierarchy.ts: `entities` and
 * `listDescendants`), before any job runs, because every subscription's ancestry depends on them.
 * This entry makes `managementgroups` a collected service (rules naming it run) and owns no job.
 */
import { AZURE_TYPES } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';

export const collector: AzureServiceCollector = {
  service: 'managementgroups',
  scopes: [],
  resourceTypes: [AZURE_TYPES.managementGroup],
  async collect() {},
};
