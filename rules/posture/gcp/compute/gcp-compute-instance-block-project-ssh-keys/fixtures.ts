import type { RuleFixture } from '../../../../../src/model/rule.js';
import { instance, instanceUid, metadata } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'key not set', expect: 'FAIL', target: instanceUid('web-1'), resources: [instance('web-1', { metadata: metadata({ 'startup-script-url': 'gs://b/s.sh' }) })] },
  { name: 'key set to false', expect: 'FAIL', target: instanceUid('web-1'), resources: [instance('web-1', { metadata: metadata({ 'block-project-ssh-keys': 'false' }) })] },
  { name: 'key set to TRUE', expect: 'PASS', target: instanceUid('web-1'), resources: [instance('web-1', { metadata: metadata({ 'block-project-ssh-keys': 'TRUE' }) })] },
  { name: 'key set to lowercase true', expect: 'PASS', target: instanceUid('web-1'), resources: [instance('web-1', { metadata: metadata({ 'block-project-ssh-keys': 'true' }) })] },
];
