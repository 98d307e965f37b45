import type { RuleFixture } from '../../../../../src/model/rule.js';
import { familyPolicy } from '../../../../../src/providers/aws/guardrails/index.js';
import { ROOT, SANDBOX, WORKLOAD, accountResource, membership, organization } from '../fixture-helpers.js';
import { accountUid } from '../../../../../src/model/pseudo.js';

const ec2Baseline = familyPolicy('declarative-ec2');
const attached = organization([
  { id: 'p-ec2', name: 'Ec2Baseline', type: 'DECLARATIVE_POLICY_EC2', content: ec2Baseline, targets: [ROOT] },
  // The sandbox account re-enables the serial console for itself.
  { id: 'p-sc', name: 'SandboxSerialConsole', type: 'DECLARATIVE_POLICY_EC2', content: { ec2_attributes: { serial_console_access: { status: { '@@assign': 'enabled' } } } }, targets: [SANDBOX] },
]);

export const fixtures: RuleFixture[] = [
  { name: 'EC2 baseline declarative policy on the root', expect: 'PASS', target: accountUid(WORKLOAD), resources: [accountResource(WORKLOAD), ...attached] },
  { name: 'an account-level policy turns the serial console back on', expect: 'FAIL', target: accountUid(SANDBOX), resources: [accountResource(SANDBOX), ...attached] },
  { name: 'declarative policies not enabled', expect: 'FAIL', target: accountUid(WORKLOAD), resources: [accountResource(WORKLOAD), ...organization([], { policyTypes: ['SERVICE_CONTROL_POLICY'] })] },
  { name: 'member-account scan: organisation policies not collected', expect: 'NOT_ASSESSED', target: accountUid(WORKLOAD), resources: [accountResource(WORKLOAD), membership(WORKLOAD)] },
];
