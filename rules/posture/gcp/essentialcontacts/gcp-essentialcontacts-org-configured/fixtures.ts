import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GCP_TYPES, gcpUid, type EssentialContactConfig, type OrganizationConfig } from '../../../../../src/providers/gcp/model.js';
import { ORGANIZATION, ORG_DOMAIN, PROJECT, gcpResource } from '../../testing.js';

const orgId = ORGANIZATION.split('/')[1];
const target = gcpUid.organization(orgId);
const org = () => gcpResource<OrganizationConfig>({ type: GCP_TYPES.organization, uid: target, account: ORGANIZATION, name: ORG_DOMAIN, config: { name: ORGANIZATION, displayName: ORG_DOMAIN } });
const contact = (id: string, email: string, categories: string[], extra: Partial<EssentialContactConfig> = {}, scope = ORGANIZATION) =>
  gcpResource<EssentialContactConfig>({
    type: GCP_TYPES.essentialContact,
    uid: `//essentialcontacts.googleapis.com/${scope.includes('/') ? scope : `projects/${scope}`}/contacts/${id}`,
    account: scope,
    config: { name: `${scope}/contacts/${id}`, email, notificationCategorySubscriptions: categories, validationState: 'VALID', ...extra },
  });

export const fixtures: RuleFixture[] = [
  { name: 'no contacts', expect: 'FAIL', target, resources: [org()] },
  { name: 'security contact only', expect: 'FAIL', target, resources: [org(), contact('1', 'security@example.com', ['SECURITY', 'TECHNICAL'])] },
  {
    name: 'legal contact has an invalid address; full coverage only on a project',
    expect: 'FAIL',
    target,
    resources: [
      org(),
      contact('1', 'security@example.com', ['SECURITY', 'TECHNICAL', 'SUSPENSION']),
      contact('2', 'legal@example.com', ['LEGAL'], { validationState: 'INVALID' }),
      contact('3', 'team@example.com', ['ALL'], {}, PROJECT),
    ],
  },
  {
    name: 'all required categories covered by two contacts',
    expect: 'PASS',
    target,
    resources: [org(), contact('1', 'security@example.com', ['SECURITY', 'TECHNICAL', 'SUSPENSION']), contact('2', 'legal@example.com', ['LEGAL'])],
  },
  { name: 'one contact subscribed to ALL', expect: 'PASS', target, resources: [org(), contact('1', 'cloud-admins@example.com', ['ALL'])] },
  {
    name: 'contacts could not be listed',
    expect: 'NOT_ASSESSED',
    target,
    resources: [org()],
    errors: [
      { provider: 'gcp', account: ORGANIZATION, region: 'global', service: 'essentialcontacts', operation: 'organizations.contacts.list', code: 'AccessDenied', message: 'permission denied', resourceTypes: [GCP_TYPES.essentialContact] },
    ],
  },
];
