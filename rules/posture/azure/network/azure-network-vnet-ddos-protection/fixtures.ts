import type { RuleFixture } from '../../../../../src/model/rule.js';
import { armId } from '../../testing.js';
import { uidOf, vnet, vnetId } from '../testing.js';

const target = (name: string) => uidOf(vnetId(name));
const plan = { id: armId('Microsoft.Network/ddosProtectionPlans', 'ddos-plan', { resourceGroup: 'rg-connectivity' }) };

export const fixtures: RuleFixture[] = [
  { name: 'DDoS protection off', expect: 'FAIL', target: target('vnet-app'), resources: [vnet('vnet-app')] },
  { name: 'plan associated but protection disabled', expect: 'FAIL', target: target('vnet-paused'), resources: [vnet('vnet-paused', [], { enableDdosProtection: false, ddosProtectionPlan: plan })] },
  { name: 'protected by a plan', expect: 'PASS', target: target('vnet-web'), resources: [vnet('vnet-web', [], { enableDdosProtection: true, ddosProtectionPlan: plan })] },
];
