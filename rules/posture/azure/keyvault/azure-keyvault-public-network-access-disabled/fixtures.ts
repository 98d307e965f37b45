import type { RuleFixture } from '../../../../../src/model/rule.js';
import { vault, vaultUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'default: public access from all networks (properties left out)', expect: 'FAIL', target: vaultUid('kv-dev'), resources: [vault('kv-dev', { publicNetworkAccess: undefined, networkAcls: undefined, privateEndpointConnections: undefined })] },
  { name: 'public access from selected networks', expect: 'FAIL', target: vaultUid('kv-ops'), resources: [vault('kv-ops', { publicNetworkAccess: 'Enabled', networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [{ value: '203.0.113.0/24' }], virtualNetworkRules: [] } })] },
  { name: 'public access disabled', expect: 'PASS', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod')] },
];
