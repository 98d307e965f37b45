import type { RuleFixture } from '../../../../../src/model/rule.js';
import { computeProject, instance, instanceUid, metadata } from '../testing.js';

const target = instanceUid('web-1');

export const fixtures: RuleFixture[] = [
  { name: 'enabled on the instance', expect: 'FAIL', target, resources: [computeProject({}), instance('web-1', { metadata: metadata({ 'serial-port-enable': 'TRUE' }) })] },
  { name: 'enabled with 1 on the instance', expect: 'FAIL', target, resources: [computeProject({}), instance('web-1', { metadata: metadata({ 'serial-port-enable': '1' }) })] },
  { name: 'inherited from project metadata', expect: 'FAIL', target, resources: [computeProject({ 'serial-port-enable': 'true' }), instance('web-1')] },
  {
    name: 'project enables it but the instance turns it off',
    expect: 'PASS',
    target,
    resources: [computeProject({ 'serial-port-enable': 'TRUE' }), instance('web-1', { metadata: metadata({ 'serial-port-enable': '0' }) })],
  },
  { name: 'not set anywhere', expect: 'PASS', target, resources: [computeProject({}), instance('web-1')] },
  { name: 'project metadata not collected and instance does not set it', expect: 'NOT_ASSESSED', target, resources: [instance('web-1')] },
];
