import type { RuleFixture } from '../../../../../src/model/rule.js';
import { gcpUid } from '../../../../../src/providers/gcp/model.js';
import { FOLDER, PROJECT, project } from '../../testing.js';

const target = gcpUid.project(PROJECT);

export const fixtures: RuleFixture[] = [
  {
    name: 'user with Service Account User on the project',
    expect: 'FAIL',
    target,
    resources: [project({ iamPolicy: { bindings: [{ role: 'roles/iam.serviceAccountUser', members: ['user:alice@example.com'] }] } })],
  },
  {
    name: 'group with Token Creator inherited from a folder',
    expect: 'FAIL',
    target,
    resources: [project({ inherited: { bindings: [{ role: 'roles/iam.serviceAccountTokenCreator', members: ['group:devs@example.com'], source: FOLDER }], auditConfigs: [] } })],
  },
  {
    name: 'no impersonation roles at project level',
    expect: 'PASS',
    target,
    resources: [project({ iamPolicy: { bindings: [{ role: 'roles/viewer', members: ['group:devs@example.com'] }] }, inherited: { bindings: [], auditConfigs: [] } })],
  },
  {
    name: 'inherited bindings not collectable',
    expect: 'NOT_ASSESSED',
    target,
    resources: [project({}, PROJECT, { inherited: 'AccessDenied' })],
  },
];
