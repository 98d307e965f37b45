import type { RuleFixture } from '../../../../../src/model/rule.js';
import { plans, planFixtures, SUBSCRIPTION_UID } from '../testing.js';
import { subscription } from '../../testing.js';

const components = (sensor: string) => [
  { name: 'ContainerRegistriesVulnerabilityAssessments', isEnabled: 'True' },
  { name: 'AgentlessDiscoveryForKubernetes', isEnabled: 'True' },
  { name: 'AgentlessVmScanning', isEnabled: 'True' },
  { name: 'ContainerSensor', isEnabled: sensor },
];

export const fixtures: RuleFixture[] = [
  ...planFixtures('Containers', { extensions: components('True') }),
  {
    name: 'plan on, but the Defender sensor is off (partial coverage)',
    expect: 'FAIL',
    target: SUBSCRIPTION_UID,
    resources: [subscription(), ...plans({ Containers: { pricingTier: 'Standard', extensions: components('False') } })],
  },
  {
    name: 'plan on, components not returned (old API version)',
    expect: 'NOT_ASSESSED',
    target: SUBSCRIPTION_UID,
    resources: [subscription(), ...plans({ Containers: { pricingTier: 'Standard' } })],
  },
];
