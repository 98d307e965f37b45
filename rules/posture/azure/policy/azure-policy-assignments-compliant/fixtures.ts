import type { RuleFixture } from '../../../../../src/model/rule.js';
import { azureIds } from '../../../../../src/providers/azure/model/index.js';
import { MANAGEMENT_GROUP, SUBSCRIPTION, TENANT } from '../../testing.js';
import { policyListingFailed, policyStates } from '../testing.js';

const TARGET = azureIds.policyStates(SUBSCRIPTION);
const mgAssignment = (mg: string, name: string) => `/providers/microsoft.management/managementgroups/${mg}/providers/microsoft.authorization/policyassignments/${name}`;
const subAssignment = (name: string) => `/subscriptions/${SUBSCRIPTION}/providers/microsoft.authorization/policyassignments/${name}`;

export const fixtures: RuleFixture[] = [
  {
    name: 'the security baseline and a tag policy report non-compliant resources',
    expect: 'FAIL',
    target: TARGET,
    resources: [
      policyStates([
        { policyAssignmentId: mgAssignment(TENANT, 'securitycenterbuiltin'), nonCompliantResources: 37, nonCompliantPolicies: 12 },
        { policyAssignmentId: mgAssignment(MANAGEMENT_GROUP, 'require-owner-tag'), nonCompliantResources: 4, nonCompliantPolicies: 1 },
        { policyAssignmentId: mgAssignment(MANAGEMENT_GROUP, 'allowed-locations'), nonCompliantResources: 0, nonCompliantPolicies: 0 },
      ]),
    ],
  },
  {
    name: 'a DeployIfNotExists assignment whose remediation never ran',
    expect: 'FAIL',
    target: TARGET,
    resources: [policyStates([{ policyAssignmentId: subAssignment('activity-log-to-law'), nonCompliantResources: 1, nonCompliantPolicies: 1 }])],
  },
  {
    name: 'every applicable assignment is compliant',
    expect: 'PASS',
    target: TARGET,
    resources: [
      policyStates([
        { policyAssignmentId: mgAssignment(TENANT, 'securitycenterbuiltin'), nonCompliantResources: 0, nonCompliantPolicies: 0 },
        { policyAssignmentId: mgAssignment(MANAGEMENT_GROUP, 'allowed-locations'), nonCompliantResources: 0, nonCompliantPolicies: 0 },
      ]),
    ],
  },
  { name: 'no assignment applies to the subscription', expect: 'NOT_APPLICABLE', target: TARGET, resources: [policyStates([])] },
  {
    name: 'the compliance summary could not be read',
    expect: 'NOT_ASSESSED',
    target: TARGET,
    resources: [policyStates([])],
    errors: [{ ...policyListingFailed(SUBSCRIPTION, 'policyinsights.policyStates.summarizeForSubscription'), resourceTypes: undefined }],
  },
];
