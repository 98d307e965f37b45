import { ECR_REGISTRY_SCANNING_TYPE } from '../../../../../src/providers/aws/model/ecr.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, REGION } from '../../../testing.js';
import { REPO_UID as target, registryFixture, repoFixture } from '../fixture-helpers.js';

const rule = (scanFrequency: string, filter: string) => ({ scanFrequency, repositoryFilters: [{ filter, filterType: 'WILDCARD' }] });

export const fixtures: RuleFixture[] = [
  { name: 'basic scanning, scan on push off', expect: 'FAIL', target, resources: [repoFixture({ scanOnPush: false }), registryFixture({ scanType: 'BASIC', rules: [] })] },
  { name: 'basic scanning, scan on push on', expect: 'PASS', target, resources: [repoFixture({ scanOnPush: true }), registryFixture({ scanType: 'BASIC', rules: [] })] },
  {
    name: 'basic scanning with a matching registry scan-on-push filter',
    expect: 'PASS',
    target,
    resources: [repoFixture({ scanOnPush: false }), registryFixture({ scanType: 'BASIC', rules: [rule('SCAN_ON_PUSH', 'web-*')] })],
  },
  {
    name: 'enhanced scanning whose filter does not match (repo-level flag ignored)',
    expect: 'FAIL',
    target,
    resources: [repoFixture({ scanOnPush: true }), registryFixture({ scanType: 'ENHANCED', rules: [rule('CONTINUOUS_SCAN', 'prod-*')] })],
  },
  {
    name: 'enhanced continuous scanning for all repositories',
    expect: 'PASS',
    target,
    resources: [repoFixture({ scanOnPush: false }), registryFixture({ scanType: 'ENHANCED', rules: [rule('CONTINUOUS_SCAN', '*')] })],
  },
  {
    name: 'registry scanning configuration not collectable',
    expect: 'NOT_ASSESSED',
    target,
    resources: [repoFixture({ scanOnPush: false })],
    errors: [
      {
        provider: 'aws',
        account: ACCOUNT,
        region: REGION,
        service: 'ecr',
        operation: 'GetRegistryScanningConfiguration',
        code: 'AccessDenied',
        message: 'not authorized',
        resourceTypes: [ECR_REGISTRY_SCANNING_TYPE],
      },
    ],
  },
];
