import type { RuleFixture } from '../../../../../src/model/rule.js';
import { tenant } from '../../testing.js';
import { caPolicy, IDS } from '../testing.js';

const TENANT_UID = tenant().uid;

export const fixtures: RuleFixture[] = [
  { name: 'security defaults enabled', expect: 'PASS', target: TENANT_UID, resources: [tenant({ securityDefaultsEnabled: true })] },
  { name: 'security defaults off, no Conditional Access', expect: 'FAIL', target: TENANT_UID, resources: [tenant({ securityDefaultsEnabled: false })] },
  {
    name: 'security defaults off, enabled CA policy requires MFA for all users (break-glass excluded)',
    expect: 'PASS',
    target: TENANT_UID,
    resources: [tenant({ securityDefaultsEnabled: false }), caPolicy('5e0a1f2b-0000-4000-8000-000000000001', 'CA001: Require MFA for all users')],
  },
  {
    name: 'security defaults off, MFA policy only in report-only mode',
    expect: 'FAIL',
    target: TENANT_UID,
    resources: [tenant({ securityDefaultsEnabled: false }), caPolicy('5e0a1f2b-0000-4000-8000-000000000002', 'CA001: Require MFA (pilot)', { state: 'enabledForReportingButNotEnforced' })],
  },
  {
    name: 'security defaults off, MFA policy that accepts a compliant device instead (OR)',
    expect: 'FAIL',
    target: TENANT_UID,
    resources: [
      tenant({ securityDefaultsEnabled: false }),
      caPolicy('5e0a1f2b-0000-4000-8000-000000000003', 'CA002: MFA or compliant device', { grantControls: { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'] } }),
    ],
  },
  {
    name: 'security defaults off, MFA policy excludes a large group and guests',
    expect: 'FAIL',
    target: TENANT_UID,
    resources: [
      tenant({ securityDefaultsEnabled: false }),
      caPolicy('5e0a1f2b-0000-4000-8000-000000000004', 'CA003: MFA for staff', {
        conditions: {
          clientAppTypes: ['all'],
          applications: { includeApplications: ['All'] },
          users: { includeUsers: ['All'], excludeUsers: ['GuestsOrExternalUsers', IDS.breakGlass1], excludeGroups: [IDS.adminsGroup] },
        },
      }),
    ],
  },
  { name: 'security defaults setting not collected', expect: 'NOT_ASSESSED', target: TENANT_UID, resources: [tenant({}, { securityDefaultsEnabled: 'Authorization_RequestDenied' })] },
];
