import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type PricingConfig } from '../../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../../src/model/types.js';
import { azureResource, SUBSCRIPTION } from '../../testing.js';
import { sqlServer, sqlServerUid } from '../testing.js';

const sqlPlan = (pricingTier: 'Free' | 'Standard'): Resource =>
  azureResource<PricingConfig>({ type: AZURE_TYPES.pricing, uid: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Security/pricings/SqlServers`, region: 'global', config: { name: 'SqlServers', pricingTier } });
const OFF = { securityAlertPolicy: { state: 'Disabled' as const, emailAccountAdmins: false, emailAddresses: [], disabledAlerts: [] } };

export const fixtures: RuleFixture[] = [
  { name: 'server setting Disabled, plan Free', expect: 'FAIL', target: sqlServerUid('sql-dev'), resources: [sqlServer('sql-dev', OFF), sqlPlan('Free')] },
  { name: 'server setting Disabled, no plan collected', expect: 'FAIL', target: sqlServerUid('sql-dev'), resources: [sqlServer('sql-dev', OFF)] },
  { name: 'enabled on the server', expect: 'PASS', target: sqlServerUid('sql-prod'), resources: [sqlServer('sql-prod'), sqlPlan('Free')] },
  { name: 'subscription plan Standard', expect: 'PASS', target: sqlServerUid('sql-app'), resources: [sqlServer('sql-app', OFF), sqlPlan('Standard')] },
  {
    name: 'pricings not collectable',
    expect: 'NOT_ASSESSED',
    target: sqlServerUid('sql-dev'),
    resources: [sqlServer('sql-dev', OFF)],
    errors: [{ provider: 'azure', account: SUBSCRIPTION, region: 'global', service: 'security', operation: 'pricings.list', code: 'AccessDenied', message: 'AuthorizationFailed', resourceTypes: [AZURE_TYPES.pricing] }],
  },
];
