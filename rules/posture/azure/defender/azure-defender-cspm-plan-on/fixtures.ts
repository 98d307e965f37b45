import type { RuleFixture } from '../../../../../src/model/rule.js';
import { planFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = planFixtures('CloudPosture', { extensions: [{ name: 'AgentlessVmScanning', isEnabled: 'True' }, { name: 'SensitiveDataDiscovery', isEnabled: 'True' }] });
