import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as localAuthDisabled } from './azure-cosmosdb-account-local-auth-disabled/rule.js';
import { rule as networkRestricted } from './azure-cosmosdb-account-network-restricted/rule.js';

export const rules: PostureRule[] = [networkRestricted, localAuthDisabled];
