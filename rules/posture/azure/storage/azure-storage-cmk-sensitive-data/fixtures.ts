import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'pii account on Microsoft-managed keys', expect: 'FAIL', target: accountUid('stcustomers'), resources: [storageAccount('stcustomers', {}, { tags: { 'data-classification': 'PII' } })] },
  { name: 'critical legacy account, encryption block absent', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb', { encryption: undefined }, { tags: { 'mamori:criticality': 'critical' } })] },
  {
    name: 'confidential account on a Key Vault key',
    expect: 'PASS',
    target: accountUid('stcustomers'),
    resources: [
      storageAccount(
        'stcustomers',
        { encryption: { keySource: 'Microsoft.Keyvault', requireInfrastructureEncryption: true, keyVaultProperties: { keyName: 'storage-cmk', keyVaultUri: 'https://kv-data-prod.vault.azure.net/' } } },
        { tags: { 'data-classification': 'confidential' } },
      ),
    ],
  },
  { name: 'untagged account', expect: 'NOT_APPLICABLE', target: accountUid('stscratch'), resources: [storageAccount('stscratch')] },
];
