import type { RuleFixture } from '../../../../../src/model/rule.js';
import { regionalSettings, settingsUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'unblocked', expect: 'FAIL', target: settingsUid(), resources: [regionalSettings({ snapshotBlockPublicAccess: 'unblocked' })] },
  { name: 'block new sharing only', expect: 'FAIL', target: settingsUid(), resources: [regionalSettings({ snapshotBlockPublicAccess: 'block-new-sharing' })] },
  { name: 'block all sharing', expect: 'PASS', target: settingsUid(), resources: [regionalSettings({ snapshotBlockPublicAccess: 'block-all-sharing' })] },
  { name: 'not readable', expect: 'NOT_ASSESSED', target: settingsUid(), resources: [regionalSettings({}, { snapshotBlockPublicAccess: 'AccessDenied' })] },
];
