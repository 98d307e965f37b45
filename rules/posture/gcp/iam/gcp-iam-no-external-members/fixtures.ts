import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GCP_TYPES, gcpUid, type OrganizationConfig } from '../../../../../src/providers/gcp/model.js';
import { ORGANIZATION, ORG_DOMAIN, PROJECT, gcpResource, project } from '../../testing.js';

const target = gcpUid.project(PROJECT);
const org = (bindings: { role: string; members: string[] }[] = []) =>
  gcpResource<OrganizationConfig>({
    type: GCP_TYPES.organization,
    uid: gcpUid.organization(ORGANIZATION.split('/')[1]),
    account: ORGANIZATION,
    config: { name: ORGANIZATION, displayName: ORG_DOMAIN, directoryCustomerId: 'C0abc123', iamPolicy: { bindings } },
  });

export const fixtures: RuleFixture[] = [
  {
    name: 'personal Gmail account is Editor',
    expect: 'FAIL',
    target,
    resources: [org(), project({ iamPolicy: { bindings: [{ role: 'roles/editor', members: ['user:alice@example.com', 'user:alice.personal@gmail.com'] }] } })],
  },
  {
    name: 'user and whole domain of another company',
    expect: 'FAIL',
    target,
    resources: [org(), project({ iamPolicy: { bindings: [{ role: 'roles/viewer', members: ['user:consultant@partner.co.jp', 'domain:partner.co.jp'] }] } })],
  },
  {
    name: 'corporate users and groups, including a subdomain and a second domain trusted at the organisation',
    expect: 'PASS',
    target,
    resources: [
      org([{ role: 'roles/browser', members: ['domain:example.co.jp'] }]),
      project({
        iamPolicy: {
          bindings: [
            { role: 'roles/editor', members: ['group:devs@example.com', 'user:taro@example.co.jp', 'user:hanako@jp.example.com'] },
            { role: 'roles/logging.viewer', members: [`serviceAccount:auditor@other-project.iam.gserviceaccount.com`] },
          ],
        },
      }),
    ],
  },
  {
    name: 'organisation not collected and no consumer accounts',
    expect: 'NOT_ASSESSED',
    target,
    resources: [project({ iamPolicy: { bindings: [{ role: 'roles/viewer', members: ['user:consultant@partner.co.jp'] }] } })],
  },
  {
    name: 'organisation not collected, but a consumer account is present',
    expect: 'FAIL',
    target,
    resources: [project({ iamPolicy: { bindings: [{ role: 'roles/viewer', members: ['user:someone@gmail.com'] }] } })],
  },
];
