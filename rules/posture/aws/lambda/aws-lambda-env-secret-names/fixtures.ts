import type { RuleFixture } from '../../../../../src/model/rule.js';
import { fnUid, lambdaFunction } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'DB_PASSWORD next to LOG_LEVEL', expect: 'FAIL', target: fnUid('order-processor'), resources: [lambdaFunction('order-processor', { environmentVariableNames: ['DB_PASSWORD', 'LOG_LEVEL'] })] },
  { name: 'AWS_SECRET_ACCESS_KEY and STRIPE_API_KEY', expect: 'FAIL', target: fnUid('billing'), resources: [lambdaFunction('billing', { environmentVariableNames: ['AWS_SECRET_ACCESS_KEY', 'STRIPE_API_KEY'] })] },
  { name: 'GITHUB_TOKEN', expect: 'FAIL', target: fnUid('ci-hook'), resources: [lambdaFunction('ci-hook', { environmentVariableNames: ['GITHUB_TOKEN'] })] },
  { name: 'references to secrets only', expect: 'PASS', target: fnUid('order-api'), resources: [lambdaFunction('order-api', { environmentVariableNames: ['DB_SECRET_ARN', 'API_KEY_PARAMETER_NAME', 'TOKEN_URL', 'LOG_LEVEL'] })] },
  { name: 'plain settings', expect: 'PASS', target: fnUid('order-api'), resources: [lambdaFunction('order-api')] },
  { name: 'no environment variables', expect: 'NOT_APPLICABLE', target: fnUid('empty'), resources: [lambdaFunction('empty', { environmentVariableNames: [] })] },
];
