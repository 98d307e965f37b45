import type { RuleFixture } from '../../../../../src/model/rule.js';
import { gcpUid } from '../../../../../src/providers/gcp/model.js';
import { ORGANIZATION, PROJECT, project } from '../../testing.js';

const target = gcpUid.project(PROJECT);

export const fixtures: RuleFixture[] = [
  {
    name: 'user holds both roles on the project',
    expect: 'FAIL',
    target,
    resources: [
      project({
        iamPolicy: {
          bindings: [
            { role: 'roles/iam.serviceAccountAdmin', members: ['user:alice@example.com'] },
            { role: 'roles/iam.serviceAccountUser', members: ['user:alice@example.com', 'user:bob@example.com'] },
          ],
        },
      }),
    ],
  },
  {
    name: 'admin on the project, user inherited from the organisation',
    expect: 'FAIL',
    target,
    resources: [
      project({
        iamPolicy: { bindings: [{ role: 'roles/iam.serviceAccountAdmin', members: ['group:ops@example.com'] }] },
        inherited: { bindings: [{ role: 'roles/iam.serviceAccountUser', members: ['group:ops@example.com'], source: ORGANIZATION }], auditConfigs: [] },
      }),
    ],
  },
  {
    name: 'the two roles are held by different members',
    expect: 'PASS',
    target,
    resources: [
      project({
        iamPolicy: {
          bindings: [
            { role: 'roles/iam.serviceAccountAdmin', members: ['group:sa-admins@example.com'] },
            { role: 'roles/iam.serviceAccountUser', members: ['group:deployers@example.com'] },
          ],
        },
      }),
    ],
  },
  {
    name: 'project IAM policy not collectable',
    expect: 'NOT_ASSESSED',
    target,
    resources: [project({ iamPolicy: undefined }, PROJECT, { iamPolicy: 'AccessDenied' })],
  },
];
