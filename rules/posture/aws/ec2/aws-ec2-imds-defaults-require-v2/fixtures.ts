import type { RuleFixture } from '../../../../../src/model/rule.js';
import { regionalSettings, settingsUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'no default set', expect: 'FAIL', target: settingsUid(), resources: [regionalSettings({ instanceMetadataDefaults: null })] },
  { name: 'default optional', expect: 'FAIL', target: settingsUid(), resources: [regionalSettings({ instanceMetadataDefaults: { HttpTokens: 'optional' } })] },
  {
    name: 'default required',
    expect: 'PASS',
    target: settingsUid(),
    resources: [regionalSettings({ instanceMetadataDefaults: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 } })],
  },
  { name: 'not readable', expect: 'NOT_ASSESSED', target: settingsUid(), resources: [regionalSettings({}, { instanceMetadataDefaults: 'AccessDenied' })] },
];
