import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { subscription } from '../../testing.js';
import { plans, securityError, settings, SUBSCRIPTION_UID } from '../testing.js';

const serversOn = plans({ VirtualMachines: { pricingTier: 'Standard', subPlan: 'P2' } });

export const fixtures: RuleFixture[] = [
  { name: 'WDATP off', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), ...settings(false), ...serversOn] },
  { name: 'WDATP on but Defender for Servers Free', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), ...settings(true), ...plans()] },
  { name: 'WDATP on with Defender for Servers P2', expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), ...settings(true), ...serversOn] },
  { name: 'settings not readable', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription(), ...serversOn], errors: [securityError('settings.list', AZURE_TYPES.securitySetting)] },
  { name: 'WDATP not returned', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription(), ...serversOn] },
];
