import type { RuleFixture } from '../../../../../src/model/rule.js';
import { gcpUid } from '../../../../../src/providers/gcp/model.js';
import { ORGANIZATION, PROJECT, PROJECT_NUMBER, project } from '../../testing.js';

const target = gcpUid.project(PROJECT);
const appSa = `serviceAccount:app@${PROJECT}.iam.gserviceaccount.com`;

export const fixtures: RuleFixture[] = [
  {
    name: 'default compute service account with Editor',
    expect: 'FAIL',
    target,
    resources: [project({ iamPolicy: { bindings: [{ role: 'roles/editor', members: [`serviceAccount:${PROJECT_NUMBER}-compute@developer.gserviceaccount.com`] }] } })],
  },
  {
    name: 'service account with a predefined admin role',
    expect: 'FAIL',
    target,
    resources: [project({ iamPolicy: { bindings: [{ role: 'roles/storage.admin', members: [appSa] }] } })],
  },
  {
    name: 'service account with Owner inherited from the organisation',
    expect: 'FAIL',
    target,
    resources: [project({ inherited: { bindings: [{ role: 'roles/owner', members: [appSa], source: ORGANIZATION }], auditConfigs: [] } })],
  },
  {
    name: 'service account with a custom admin role under a condition',
    expect: 'FAIL',
    target,
    resources: [
      project({
        iamPolicy: {
          bindings: [{ role: `projects/${PROJECT}/roles/deployAdmin`, members: [appSa], condition: { title: 'business hours', expression: 'request.time.getHours("Asia/Tokyo") < 18' } }],
        },
      }),
    ],
  },
  {
    name: 'service accounts with narrow roles; admin roles only for users and Google service agents',
    expect: 'PASS',
    target,
    resources: [
      project({
        iamPolicy: {
          bindings: [
            { role: 'roles/storage.objectViewer', members: [appSa] },
            { role: 'roles/owner', members: ['group:platform-admins@example.com'] },
            { role: 'roles/editor', members: [`serviceAccount:${PROJECT_NUMBER}@cloudservices.gserviceaccount.com`] },
            { role: 'roles/container.serviceAgent', members: [`serviceAccount:service-${PROJECT_NUMBER}@container-engine-robot.iam.gserviceaccount.com`] },
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
