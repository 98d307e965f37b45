import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, SYSTEM_UPDATE_ASSESSMENTS } from '../../../../../src/providers/azure/model/index.js';
import { subscription } from '../../testing.js';
import { securityError, SUBSCRIPTION_UID, vmAssessment } from '../testing.js';

const PERIODIC = 'Machines should be configured to periodically check for missing system updates';
const INSTALLED = 'System updates should be installed on your machines (powered by Azure Update Manager)';
const periodic = (vm: string, code: 'Healthy' | 'Unhealthy' | 'NotApplicable') => vmAssessment(vm, SYSTEM_UPDATE_ASSESSMENTS.periodicAssessment, PERIODIC, code);
const installed = (vm: string, code: 'Healthy' | 'Unhealthy' | 'NotApplicable') => vmAssessment(vm, SYSTEM_UPDATE_ASSESSMENTS.updatesInstalled, INSTALLED, code);
// An unrelated recommendation on the same VM, which the rule must ignore.
const other = (vm: string) => vmAssessment(vm, 'd57a4221-a804-52ca-3dea-768284f06bb7', 'Virtual machines should encrypt temp disks, caches, and data flows between Compute and Storage resources', 'Unhealthy');

export const fixtures: RuleFixture[] = [
  { name: 'one VM not configured for periodic assessment', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), periodic('vm-web-01', 'Healthy'), installed('vm-web-01', 'Healthy'), periodic('vm-batch-02', 'Unhealthy')] },
  { name: 'one VM with security updates outstanding', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), periodic('vm-web-01', 'Healthy'), installed('vm-web-01', 'Unhealthy')] },
  { name: 'all VMs assessed and up to date', expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), periodic('vm-web-01', 'Healthy'), installed('vm-web-01', 'Healthy'), periodic('vm-web-02', 'Healthy'), installed('vm-web-02', 'Healthy'), other('vm-web-02')] },
  { name: 'no machine the recommendations apply to', expect: 'NOT_APPLICABLE', target: SUBSCRIPTION_UID, resources: [subscription(), periodic('vm-legacy', 'NotApplicable'), other('vm-legacy')] },
  { name: 'assessments not readable', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription()], errors: [securityError('assessments.list', AZURE_TYPES.securityAssessment)] },
];
