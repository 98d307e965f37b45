import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { subscription } from '../../testing.js';
import { plans, securityError, SUBSCRIPTION_UID } from '../testing.js';

const scanning = (on: string) => [{ name: 'AgentlessVmScanning', isEnabled: on }, { name: 'MdeDesignatedSubscription', isEnabled: 'False' }];

export const fixtures: RuleFixture[] = [
  { name: 'no Servers or CSPM plan', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans()] },
  { name: 'Servers P2 with scanning off', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans({ VirtualMachines: { pricingTier: 'Standard', subPlan: 'P2', extensions: scanning('False') } })] },
  { name: 'Servers P2 with scanning on', expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans({ VirtualMachines: { pricingTier: 'Standard', subPlan: 'P2', extensions: scanning('True') } })] },
  { name: 'Defender CSPM with scanning on, Servers off', expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans({ CloudPosture: { pricingTier: 'Standard', extensions: [{ name: 'AgentlessVmScanning', isEnabled: 'True' }] } })] },
  { name: 'Servers on, components not returned', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans({ VirtualMachines: { pricingTier: 'Standard', subPlan: 'P2' } })] },
  { name: 'pricings not readable', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription()], errors: [securityError('pricings.list', AZURE_TYPES.pricing)] },
];
