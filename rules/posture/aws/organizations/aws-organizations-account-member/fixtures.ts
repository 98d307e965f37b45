import { MEMBERSHIP_TYPE } from '../../../../../src/providers/aws/model/organizations.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:mamori::${ACCOUNT}:organizations-membership`;
const m = (config: object, errors?: Record<string, string>) => resource({ type: MEMBERSHIP_TYPE, uid, region: 'global', config, errors });

export const fixtures: RuleFixture[] = [
  { name: 'standalone account', expect: 'FAIL', target: uid, resources: [m({ inOrganization: false, organizationId: null, organizationArn: null, managementAccountId: null, featureSet: null, isManagementAccount: false })] },
  { name: 'member account', expect: 'PASS', target: uid, resources: [m({ inOrganization: true, organizationId: 'o-abc123def4', managementAccountId: '222222222222', featureSet: 'ALL', isManagementAccount: false })] },
  { name: 'DescribeOrganization denied', expect: 'NOT_ASSESSED', target: uid, resources: [m({}, { inOrganization: 'AccessDenied' })] },
];
