import type { RuleFixture } from '../../../../../src/model/rule.js';
import { DEFAULT_PARAMS, familyPolicy } from '../../../../../src/providers/aws/guardrails/index.js';
import { MGMT, ORG, ROOT, WORKLOAD, accountResource, doc, membership, organization } from '../fixture-helpers.js';
import { accountUid } from '../../../../../src/model/pseudo.js';

const perimeter = familyPolicy('rcp', { ...DEFAULT_PARAMS, organizationId: ORG });

export const fixtures: RuleFixture[] = [
  {
    name: 'data-perimeter RCP attached to the root',
    expect: 'PASS',
    target: accountUid(WORKLOAD),
    resources: [accountResource(WORKLOAD), ...organization([{ id: 'p-dp', name: 'Perimeter', type: 'RESOURCE_CONTROL_POLICY', content: perimeter, targets: [ROOT] }])],
  },
  {
    name: 'RCPs enabled, only TLS enforced',
    expect: 'FAIL',
    target: accountUid(WORKLOAD),
    resources: [
      accountResource(WORKLOAD),
      ...organization([{ id: 'p-tls', name: 'Tls', type: 'RESOURCE_CONTROL_POLICY', targets: [ROOT], content: doc({ Effect: 'Deny', Principal: '*', Action: ['s3:*', 'sqs:*'], Resource: '*', Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }) }]),
    ],
  },
  {
    name: 'RCPs not enabled',
    expect: 'FAIL',
    target: accountUid(WORKLOAD),
    resources: [accountResource(WORKLOAD), ...organization([], { policyTypes: ['SERVICE_CONTROL_POLICY'] })],
  },
  {
    name: 'member-account scan: organisation policies not collected',
    expect: 'NOT_ASSESSED',
    target: accountUid(WORKLOAD),
    resources: [accountResource(WORKLOAD), membership(WORKLOAD)],
  },
  {
    name: 'management account (outside RCPs)',
    expect: 'NOT_APPLICABLE',
    target: accountUid(MGMT),
    resources: [accountResource(MGMT), ...organization([{ id: 'p-dp', name: 'Perimeter', type: 'RESOURCE_CONTROL_POLICY', content: perimeter, targets: [ROOT] }])],
  },
];
