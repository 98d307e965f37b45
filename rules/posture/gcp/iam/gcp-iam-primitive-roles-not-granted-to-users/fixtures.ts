import type { RuleFixture } from '../../../../../src/model/rule.js';
import { gcpUid } from '../../../../../src/providers/gcp/model.js';
import { FOLDER, PROJECT, project } from '../../testing.js';

const target = gcpUid.project(PROJECT);

export const fixtures: RuleFixture[] = [
  { name: 'user is Owner of the project', expect: 'FAIL', target, resources: [project({ iamPolicy: { bindings: [{ role: 'roles/owner', members: ['user:alice@example.com'] }] } })] },
  {
    name: 'user is Editor through a folder',
    expect: 'FAIL',
    target,
    resources: [project({ inherited: { bindings: [{ role: 'roles/editor', members: ['user:bob@example.com'], source: FOLDER }], auditConfigs: [] } })],
  },
  {
    name: 'basic roles held by groups; users hold predefined roles',
    expect: 'PASS',
    target,
    resources: [
      project({
        iamPolicy: {
          bindings: [
            { role: 'roles/owner', members: ['group:break-glass@example.com'] },
            { role: 'roles/compute.instanceAdmin.v1', members: ['user:alice@example.com'] },
          ],
        },
      }),
    ],
  },
  { name: 'project IAM policy not collectable', expect: 'NOT_ASSESSED', target, resources: [project({ iamPolicy: undefined }, PROJECT, { iamPolicy: 'AccessDenied' })] },
];
