import type { RuleFixture } from '../../../../../src/model/rule.js';
import { WELL_KNOWN_APPS } from '../../../../../src/providers/azure/model/index.js';
import { tenant } from '../../testing.js';
import { caPolicy, IDS } from '../testing.js';

const TENANT_UID = tenant().uid;
const users = { includeUsers: ['All'], excludeUsers: [IDS.breakGlass1, IDS.breakGlass2] };

export const fixtures: RuleFixture[] = [
  { name: 'security defaults enabled', expect: 'PASS', target: TENANT_UID, resources: [tenant({ securityDefaultsEnabled: true })] },
  {
    name: 'policy targets the Azure management app with an authentication strength',
    expect: 'PASS',
    target: TENANT_UID,
    resources: [
      tenant({ securityDefaultsEnabled: false }),
      caPolicy('6f1b2c3d-0000-4000-8000-000000000001', 'CA010: Azure management MFA', {
        conditions: { clientAppTypes: ['all'], applications: { includeApplications: [WELL_KNOWN_APPS.azureManagement] }, users },
        grantControls: { operator: 'OR', builtInControls: [], authenticationStrength: { id: '00000000-0000-0000-0000-000000000004', displayName: 'Phishing-resistant MFA' } },
      }),
    ],
  },
  {
    name: 'all-apps MFA policy excludes the Azure management app',
    expect: 'FAIL',
    target: TENANT_UID,
    resources: [
      tenant({ securityDefaultsEnabled: false }),
      caPolicy('6f1b2c3d-0000-4000-8000-000000000002', 'CA001: MFA all apps', {
        conditions: { clientAppTypes: ['all'], applications: { includeApplications: ['All'], excludeApplications: [WELL_KNOWN_APPS.azureManagement] }, users },
      }),
    ],
  },
  {
    name: 'policy for Azure management applies only to admins (directory roles)',
    expect: 'FAIL',
    target: TENANT_UID,
    resources: [
      tenant({ securityDefaultsEnabled: false }),
      caPolicy('6f1b2c3d-0000-4000-8000-000000000003', 'CA011: admins MFA', {
        conditions: { clientAppTypes: ['all'], applications: { includeApplications: [WELL_KNOWN_APPS.azureManagement] }, users: { includeRoles: ['62e90394-69f5-4237-9190-012177145e10'] } },
      }),
    ],
  },
  { name: 'no policies, security defaults off', expect: 'FAIL', target: TENANT_UID, resources: [tenant({ securityDefaultsEnabled: false })] },
  { name: 'security defaults not collected', expect: 'NOT_ASSESSED', target: TENANT_UID, resources: [tenant({}, { securityDefaultsEnabled: 'Authorization_RequestDenied' })] },
];
