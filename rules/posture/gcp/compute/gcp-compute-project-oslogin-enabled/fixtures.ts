import type { RuleFixture } from '../../../../../src/model/rule.js';
import { gcpUid } from '../../../../../src/providers/gcp/model.js';
import { PROJECT } from '../../testing.js';
import { computeProject, gkeNode, instance, metadata } from '../testing.js';

const target = gcpUid.computeProject(PROJECT);

export const fixtures: RuleFixture[] = [
  { name: 'OS Login not set in project metadata', expect: 'FAIL', target, resources: [computeProject({}), instance('web-1')] },
  { name: 'OS Login set to FALSE in project metadata', expect: 'FAIL', target, resources: [computeProject({ 'enable-oslogin': 'FALSE' })] },
  {
    name: 'enabled project-wide but an instance turns it off',
    expect: 'FAIL',
    target,
    resources: [computeProject({ 'enable-oslogin': 'TRUE' }), instance('legacy-1', { metadata: metadata({ 'enable-oslogin': 'false' }) }), instance('web-1')],
  },
  { name: 'enabled project-wide, no override', expect: 'PASS', target, resources: [computeProject({ 'enable-oslogin': 'TRUE' }), instance('web-1')] },
  {
    name: 'a GKE node override is excluded by CIS',
    expect: 'PASS',
    target,
    resources: [computeProject({ 'enable-oslogin': 'true' }), gkeNode({ metadata: metadata({ 'enable-oslogin': 'FALSE' }) })],
  },
  {
    name: 'instances could not be listed',
    expect: 'NOT_ASSESSED',
    target,
    resources: [computeProject({ 'enable-oslogin': 'TRUE' })],
    errors: [
      {
        provider: 'gcp',
        account: PROJECT,
        region: 'global',
        service: 'compute',
        operation: 'instances.aggregatedList',
        code: 'AccessDenied',
        message: 'Required permission compute.instances.list',
        resourceTypes: ['compute.googleapis.com/Instance'],
      },
    ],
  },
];
