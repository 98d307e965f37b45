import type { RuleFixture } from '../../../../../src/model/rule.js';
import { REPO_UID as target, repoFixture } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'no lifecycle policy', expect: 'FAIL', target, resources: [repoFixture({ lifecyclePolicy: null })] },
  { name: 'lifecycle policy without rules', expect: 'FAIL', target, resources: [repoFixture({ lifecyclePolicy: { rules: [] } })] },
  { name: 'lifecycle policy expiring untagged images', expect: 'PASS', target, resources: [repoFixture()] },
  { name: 'lifecycle policy not collectable', expect: 'NOT_ASSESSED', target, resources: [repoFixture({ lifecyclePolicy: undefined }, { lifecyclePolicy: 'AccessDenied' })] },
];
