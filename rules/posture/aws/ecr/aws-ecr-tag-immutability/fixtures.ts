import type { RuleFixture } from '../../../../../src/model/rule.js';
import { REPO_UID as target, repoFixture } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'mutable tags', expect: 'FAIL', target, resources: [repoFixture({ imageTagMutability: 'MUTABLE' })] },
  {
    name: 'mutable with immutable exceptions',
    expect: 'FAIL',
    target,
    resources: [repoFixture({ imageTagMutability: 'MUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filter: 'release-*', filterType: 'WILDCARD' }] })],
  },
  { name: 'immutable tags', expect: 'PASS', target, resources: [repoFixture({ imageTagMutability: 'IMMUTABLE' })] },
  {
    name: 'immutable except latest',
    expect: 'PASS',
    target,
    resources: [repoFixture({ imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filter: 'latest', filterType: 'WILDCARD' }] })],
  },
];
