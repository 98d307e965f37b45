import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';
import { GCP_TYPES, gcpUid, type ServiceConfig } from '../../../../../src/providers/gcp/model.js';
import { PROJECT, gcpResource, project } from '../../testing.js';

const target = gcpUid.project(PROJECT);
const service = (name: string, state: ServiceConfig['state'] = 'ENABLED'): Resource =>
  gcpResource<ServiceConfig>({ type: GCP_TYPES.service, uid: gcpUid.service(PROJECT, name), config: { name, state } });

export const fixtures: RuleFixture[] = [
  { name: 'Cloud Asset API not enabled', expect: 'FAIL', target, resources: [project(), service('compute.googleapis.com'), service('logging.googleapis.com')] },
  { name: 'Cloud Asset API listed as disabled', expect: 'FAIL', target, resources: [project(), service('cloudasset.googleapis.com', 'DISABLED')] },
  { name: 'Cloud Asset API enabled', expect: 'PASS', target, resources: [project(), service('compute.googleapis.com'), service('cloudasset.googleapis.com')] },
  {
    name: 'enabled services could not be listed',
    expect: 'NOT_ASSESSED',
    target,
    resources: [project()],
    errors: [
      { provider: 'gcp', account: PROJECT, region: 'global', service: 'serviceusage', operation: 'services.list', code: 'AccessDenied', message: 'denied', resourceTypes: [GCP_TYPES.service] },
    ],
  },
];
