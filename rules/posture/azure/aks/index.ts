import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as apiServerRestricted } from './azure-aks-cluster-api-server-restricted/rule.js';
import { rule as defenderEnabled } from './azure-aks-cluster-defender-enabled/rule.js';
import { rule as entraIntegration } from './azure-aks-cluster-entra-integration/rule.js';
import { rule as localAccountsDisabled } from './azure-aks-cluster-local-accounts-disabled/rule.js';
import { rule as networkPolicy } from './azure-aks-cluster-network-policy/rule.js';
import { rule as rbacEnabled } from './azure-aks-cluster-rbac-enabled/rule.js';

export const rules: PostureRule[] = [rbacEnabled, entraIntegration, localAccountsDisabled, apiServerRestricted, networkPolicy, defenderEnabled];
