import type { RuleFixture } from '../../../../../src/model/rule.js';
import { regionalSettings, settingsUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'unblocked', expect: 'FAIL', target: settingsUid(), resources: [regionalSettings({ imageBlockPublicAccess: 'unblocked' })] },
  { name: 'blocked', expect: 'PASS', target: settingsUid(), resources: [regionalSettings({ imageBlockPublicAccess: 'block-new-sharing' })] },
  { name: 'not readable', expect: 'NOT_ASSESSED', target: settingsUid(), resources: [regionalSettings({}, { imageBlockPublicAccess: 'AccessDenied' })] },
];
