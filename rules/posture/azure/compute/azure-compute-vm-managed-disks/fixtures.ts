import type { RuleFixture } from '../../../../../src/model/rule.js';
import { MANAGED_STORAGE, vm, vmUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'unmanaged OS disk (VHD blob)',
    expect: 'FAIL',
    target: vmUid('vm-legacy'),
    resources: [vm('vm-legacy', { storageProfile: { osDisk: { osType: 'Windows', name: 'vm-legacy-os', createOption: 'FromImage', vhd: { uri: 'https://stvhds.blob.core.windows.net/vhds/vm-legacy-os.vhd' } }, dataDisks: [] } })],
  },
  { name: 'managed OS and data disks', expect: 'PASS', target: vmUid('vm-app-01'), resources: [vm('vm-app-01', { storageProfile: MANAGED_STORAGE })] },
];
