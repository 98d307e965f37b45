import type { RuleFixture } from '../../../../../src/model/rule.js';
import { vault, vaultUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no firewall (networkAcls left out)', expect: 'FAIL', target: vaultUid('kv-dev'), resources: [vault('kv-dev', { publicNetworkAccess: undefined, networkAcls: undefined, privateEndpointConnections: undefined })] },
  { name: 'Deny with an IP rule for 0.0.0.0/0', expect: 'FAIL', target: vaultUid('kv-ops'), resources: [vault('kv-ops', { publicNetworkAccess: 'Enabled', networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [{ value: '0.0.0.0/0' }], virtualNetworkRules: [] } })] },
  { name: 'Deny with the office range only', expect: 'PASS', target: vaultUid('kv-ci'), resources: [vault('kv-ci', { publicNetworkAccess: 'Enabled', networkAcls: { bypass: 'None', defaultAction: 'Deny', ipRules: [{ value: '203.0.113.0/24' }], virtualNetworkRules: [] } })] },
  { name: 'public access disabled', expect: 'PASS', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod')] },
];
