import type { RuleFixture } from '../../../../../src/model/rule.js';
import { fnUid, lambdaFunction } from '../shared.js';

const arn = fnUid('order-processor');
const url = (AuthType: string, qualifier = '') => ({ FunctionUrl: `https://abcdefghij${qualifier}.lambda-url.us-east-1.on.aws/`, FunctionArn: qualifier ? `${arn}:${qualifier}` : arn, AuthType });

export const fixtures: RuleFixture[] = [
  { name: 'URL with AuthType NONE', expect: 'FAIL', target: arn, resources: [lambdaFunction('order-processor', { functionUrls: [url('NONE')] })] },
  { name: 'IAM URL on $LATEST, open URL on alias', expect: 'FAIL', target: arn, resources: [lambdaFunction('order-processor', { functionUrls: [url('AWS_IAM'), url('NONE', 'live')] })] },
  { name: 'URL with AWS_IAM', expect: 'PASS', target: arn, resources: [lambdaFunction('order-processor', { functionUrls: [url('AWS_IAM')] })] },
  { name: 'no function URL', expect: 'PASS', target: arn, resources: [lambdaFunction('order-processor')] },
  { name: 'URLs not collectable', expect: 'NOT_ASSESSED', target: arn, resources: [lambdaFunction('order-processor', { functionUrls: undefined }, { functionUrls: 'AccessDenied' })] },
];
