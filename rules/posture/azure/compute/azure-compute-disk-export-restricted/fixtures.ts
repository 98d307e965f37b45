import type { RuleFixture } from '../../../../../src/model/rule.js';
import { disk, diskUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'defaults left out (AllowAll, Enabled)', expect: 'FAIL', target: diskUid('vm-app-01-data'), resources: [disk('vm-app-01-data', { networkAccessPolicy: undefined, publicNetworkAccess: undefined })] },
  { name: 'unattached disk, AllowAll', expect: 'FAIL', target: diskUid('disk-orphan'), resources: [disk('disk-orphan', { managedBy: undefined, diskState: 'Unattached', networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Enabled' })] },
  { name: 'DenyAll, Disabled', expect: 'PASS', target: diskUid('vm-app-01-os'), resources: [disk('vm-app-01-os')] },
  { name: 'AllowPrivate through a disk access', expect: 'PASS', target: diskUid('disk-export'), resources: [disk('disk-export', { networkAccessPolicy: 'AllowPrivate', publicNetworkAccess: 'Disabled' })] },
];
