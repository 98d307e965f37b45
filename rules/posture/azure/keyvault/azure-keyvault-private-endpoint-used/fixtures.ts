import type { RuleFixture } from '../../../../../src/model/rule.js';
import { armId } from '../../testing.js';
import { vault, vaultUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no private endpoint (property left out)', expect: 'FAIL', target: vaultUid('kv-dev'), resources: [vault('kv-dev', { privateEndpointConnections: undefined, publicNetworkAccess: 'Enabled' })] },
  {
    name: 'connection still pending approval',
    expect: 'FAIL',
    target: vaultUid('kv-ops'),
    resources: [
      vault('kv-ops', {
        privateEndpointConnections: [
          { id: 'pec-1', privateEndpoint: { id: armId('Microsoft.Network/privateEndpoints', 'pe-kv-ops', { resourceGroup: 'rg-network' }) }, privateLinkServiceConnectionState: { status: 'Pending', description: 'Please approve', actionsRequired: 'None' } },
        ],
      }),
    ],
  },
  { name: 'approved private endpoint', expect: 'PASS', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod')] },
];
