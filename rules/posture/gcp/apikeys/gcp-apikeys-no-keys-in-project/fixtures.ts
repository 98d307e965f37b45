import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GCP_TYPES, gcpUid } from '../../../../../src/providers/gcp/model.js';
import { OTHER_PROJECT, PROJECT, project } from '../../testing.js';
import { apiKey } from '../key-fixtures.js';

const target = gcpUid.project(PROJECT);

export const fixtures: RuleFixture[] = [
  { name: 'project with an API key', expect: 'FAIL', target, resources: [project(), apiKey('k1')] },
  { name: 'project without API keys (another project has one)', expect: 'PASS', target, resources: [project(), apiKey('k2', {}, OTHER_PROJECT)] },
  {
    name: 'API keys could not be listed',
    expect: 'NOT_ASSESSED',
    target,
    resources: [project()],
    errors: [
      {
        provider: 'gcp',
        account: PROJECT,
        region: 'global',
        service: 'apikeys',
        operation: 'keys.list',
        code: 'ApiNotEnabled',
        message: 'API Keys API has not been used in project',
        resourceTypes: [GCP_TYPES.apiKey],
      },
    ],
  },
];
