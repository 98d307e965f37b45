import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlServer, sqlServerUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'publicNetworkAccess left out (Enabled)', expect: 'FAIL', target: sqlServerUid('sql-legacy'), resources: [sqlServer('sql-legacy', { publicNetworkAccess: undefined, privateEndpointConnections: undefined })] },
  { name: 'Enabled with a private endpoint', expect: 'FAIL', target: sqlServerUid('sql-both'), resources: [sqlServer('sql-both', { publicNetworkAccess: 'Enabled', privateEndpointConnections: [{ id: '/subscriptions/x/pe1' }] })] },
  { name: 'Disabled', expect: 'PASS', target: sqlServerUid('sql-prod'), resources: [sqlServer('sql-prod')] },
];
