import type { PostureRule } from '../../../src/model/rule.js';
import { rules as entra } from './entra/index.js';
import { rules as authorization } from './authorization/index.js';
import { rules as defender } from './defender/index.js';
import { rules as keyvault } from './keyvault/index.js';
import { rules as monitor } from './monitor/index.js';
import { rules as network } from './network/index.js';
import { rules as storage } from './storage/index.js';
import { rules as databricks } from './databricks/index.js';
import { rules as sql } from './sql/index.js';
import { rules as postgresql } from './postgresql/index.js';
import { rules as mysql } from './mysql/index.js';
import { rules as cosmosdb } from './cosmosdb/index.js';
import { rules as appservice } from './appservice/index.js';
import { rules as compute } from './compute/index.js';
import { rules as aks } from './aks/index.js';
import { rules as policy } from './policy/index.js';

/** Every Azure posture rule, service by service (each service folder has its own index.ts). */
export const AZURE_POSTURE_RULES: PostureRule[] = [entra, authorization, defender, keyvault, monitor, network, storage, databricks, sql, postgresql, mysql, cosmosdb, appservice, compute, aks, policy].flat();
