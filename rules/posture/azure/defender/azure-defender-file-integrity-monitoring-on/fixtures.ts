import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { subscription } from '../../testing.js';
import { plans, securityError, SUBSCRIPTION_UID } from '../testing.js';

const fim = (on: string) => [{ name: 'AgentlessVmScanning', isEnabled: 'True' }, { name: 'MdeDesignatedSubscription', isEnabled: 'False' }, { name: 'FileIntegrityMonitoring', isEnabled: on }];

export const fixtures: RuleFixture[] = [
  { name: 'Defender for Servers off', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans()] },
  { name: 'Plan 1 (no FIM)', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans({ VirtualMachines: { pricingTier: 'Standard', subPlan: 'P1', extensions: [{ name: 'MdeDesignatedSubscription', isEnabled: 'False' }] } })] },
  { name: 'Plan 2 with FIM off', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans({ VirtualMachines: { pricingTier: 'Standard', subPlan: 'P2', extensions: fim('False') } })] },
  { name: 'Plan 2 with FIM on', expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans({ VirtualMachines: { pricingTier: 'Standard', subPlan: 'P2', extensions: fim('True') } })] },
  { name: 'pricings not readable', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription()], errors: [securityError('pricings.list', AZURE_TYPES.pricing)] },
];
