import type { RuleFixture } from '../../../../../src/model/rule.js';
import { DEFAULT_PARAMS, familyPolicy } from '../../../../../src/providers/aws/guardrails/index.js';
import { MGMT, ORG, OU, ROOT, WORKLOAD, accountResource, doc, membership, organization } from '../fixture-helpers.js';
import { accountUid } from '../../../../../src/model/pseudo.js';

const baseline = familyPolicy('scp', { ...DEFAULT_PARAMS, organizationId: ORG });

export const fixtures: RuleFixture[] = [
  {
    name: 'baseline SCP attached to the root',
    expect: 'PASS',
    target: accountUid(WORKLOAD),
    resources: [accountResource(WORKLOAD), ...organization([{ id: 'p-base', name: 'Baseline', type: 'SERVICE_CONTROL_POLICY', content: baseline, targets: [ROOT] }])],
  },
  {
    name: 'only a deny-leave SCP at the OU',
    expect: 'FAIL',
    target: accountUid(WORKLOAD),
    resources: [accountResource(WORKLOAD), ...organization([{ id: 'p-l', name: 'DenyLeave', type: 'SERVICE_CONTROL_POLICY', content: doc({ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }), targets: [OU] }])],
  },
  {
    name: 'SCPs not enabled in the organisation',
    expect: 'FAIL',
    target: accountUid(WORKLOAD),
    resources: [accountResource(WORKLOAD), ...organization([], { policyTypes: [] })],
  },
  {
    name: 'member-account scan: organisation policies not collected',
    expect: 'NOT_ASSESSED',
    target: accountUid(WORKLOAD),
    resources: [accountResource(WORKLOAD), membership(WORKLOAD)],
  },
  {
    name: 'management account (outside SCPs)',
    expect: 'NOT_APPLICABLE',
    target: accountUid(MGMT),
    resources: [accountResource(MGMT), ...organization([{ id: 'p-base', name: 'Baseline', type: 'SERVICE_CONTROL_POLICY', content: baseline, targets: [ROOT] }])],
  },
];
