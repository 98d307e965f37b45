import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as databaseTdeEnabled } from './azure-sql-database-tde-enabled/rule.js';
import { rule as auditingEnabled } from './azure-sql-server-auditing-enabled/rule.js';
import { rule as defenderEnabled } from './azure-sql-server-defender-enabled/rule.js';
import { rule as entraAdminConfigured } from './azure-sql-server-entra-admin-configured/rule.js';
import { rule as entraOnlyAuth } from './azure-sql-server-entra-only-auth/rule.js';
import { rule as firewallNoInternet } from './azure-sql-server-firewall-no-internet/rule.js';
import { rule as noAllowAzureServices } from './azure-sql-server-no-allow-azure-services/rule.js';
import { rule as publicNetworkAccessDisabled } from './azure-sql-server-public-network-access-disabled/rule.js';
import { rule as tdeCustomerManagedKey } from './azure-sql-server-tde-customer-managed-key/rule.js';
import { rule as tls12 } from './azure-sql-server-tls-1-2/rule.js';
import { rule as vulnerabilityAssessment } from './azure-sql-server-vulnerability-assessment/rule.js';

export const rules: PostureRule[] = [
  auditingEnabled,
  firewallNoInternet,
  noAllowAzureServices,
  publicNetworkAccessDisabled,
  entraAdminConfigured,
  entraOnlyAuth,
  tls12,
  defenderEnabled,
  vulnerabilityAssessment,
  tdeCustomerManagedKey,
  databaseTdeEnabled,
];
