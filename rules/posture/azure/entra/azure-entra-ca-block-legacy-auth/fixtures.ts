import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { ConditionalAccessPolicyConfig } from '../../../../../src/providers/azure/model/index.js';
import { tenant } from '../../testing.js';
import { caPolicy, IDS } from '../testing.js';

const TENANT_UID = tenant().uid;
const block = (id: string, name: string, clientAppTypes: string[], extra: Partial<ConditionalAccessPolicyConfig['conditions']> = {}) =>
  caPolicy(id, name, {
    conditions: {
      clientAppTypes: clientAppTypes as never,
      applications: { includeApplications: ['All'] },
      users: { includeUsers: ['All'], excludeUsers: [IDS.breakGlass1] },
      ...extra,
    },
    grantControls: { operator: 'OR', builtInControls: ['block'] },
  });

export const fixtures: RuleFixture[] = [
  { name: 'security defaults enabled', expect: 'PASS', target: TENANT_UID, resources: [tenant({ securityDefaultsEnabled: true })] },
  { name: 'one policy blocks both legacy client types', expect: 'PASS', target: TENANT_UID, resources: [tenant({ securityDefaultsEnabled: false }), block('7a2c3d4e-0000-4000-8000-000000000001', 'CA004: Block legacy authentication', ['exchangeActiveSync', 'other'])] },
  {
    name: 'two policies together block both',
    expect: 'PASS',
    target: TENANT_UID,
    resources: [
      tenant({ securityDefaultsEnabled: false }),
      block('7a2c3d4e-0000-4000-8000-000000000002', 'Block EAS', ['exchangeActiveSync']),
      block('7a2c3d4e-0000-4000-8000-000000000003', 'Block other clients', ['other']),
    ],
  },
  { name: 'only Exchange ActiveSync blocked', expect: 'FAIL', target: TENANT_UID, resources: [tenant({ securityDefaultsEnabled: false }), block('7a2c3d4e-0000-4000-8000-000000000004', 'Block EAS', ['exchangeActiveSync'])] },
  {
    name: 'block applies only outside trusted locations',
    expect: 'FAIL',
    target: TENANT_UID,
    resources: [
      tenant({ securityDefaultsEnabled: false }),
      block('7a2c3d4e-0000-4000-8000-000000000005', 'Block legacy off-site', ['exchangeActiveSync', 'other'], { locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } }),
    ],
  },
  { name: 'security defaults not collected', expect: 'NOT_ASSESSED', target: TENANT_UID, resources: [tenant({}, { securityDefaultsEnabled: 'Authorization_RequestDenied' })] },
];
