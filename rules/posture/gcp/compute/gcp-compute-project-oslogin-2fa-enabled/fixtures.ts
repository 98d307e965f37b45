import type { RuleFixture } from '../../../../../src/model/rule.js';
import { gcpUid } from '../../../../../src/providers/gcp/model.js';
import { PROJECT } from '../../testing.js';
import { computeProject, instance, metadata } from '../testing.js';

const target = gcpUid.computeProject(PROJECT);

export const fixtures: RuleFixture[] = [
  { name: 'OS Login on, 2FA not set', expect: 'FAIL', target, resources: [computeProject({ 'enable-oslogin': 'TRUE' })] },
  { name: '2FA set but OS Login off', expect: 'FAIL', target, resources: [computeProject({ 'enable-oslogin-2fa': 'TRUE' })] },
  {
    name: 'instance turns 2FA off',
    expect: 'FAIL',
    target,
    resources: [computeProject({ 'enable-oslogin': 'TRUE', 'enable-oslogin-2fa': 'TRUE' }), instance('jump-1', { metadata: metadata({ 'enable-oslogin-2fa': 'FALSE' }) })],
  },
  { name: 'OS Login with 2FA', expect: 'PASS', target, resources: [computeProject({ 'enable-oslogin': 'TRUE', 'enable-oslogin-2fa': 'TRUE' }), instance('web-1')] },
];
