import type { RuleFixture } from '../../../../../src/model/rule.js';
import { planFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = planFixtures('StorageAccounts', { subPlan: 'DefenderForStorageV2', extensions: [{ name: 'OnUploadMalwareScanning', isEnabled: 'True' }, { name: 'SensitiveDataDiscovery', isEnabled: 'True' }] });
