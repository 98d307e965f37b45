import type { RuleFixture } from '../../../../../src/model/rule.js';
import { regionalSettings, settingsUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'default encryption off', expect: 'FAIL', target: settingsUid(), resources: [regionalSettings({ ebsEncryptionByDefault: false })] },
  { name: 'default encryption on', expect: 'PASS', target: settingsUid(), resources: [regionalSettings({ ebsEncryptionByDefault: true })] },
  {
    name: 'setting not readable',
    expect: 'NOT_ASSESSED',
    target: settingsUid(),
    resources: [regionalSettings({ snapshotBlockPublicAccess: 'unblocked' }, { ebsEncryptionByDefault: 'AccessDenied' })],
  },
];
