import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, OTHER_ACCOUNT } from '../../../testing.js';
import { fnUid, lambdaFunction } from '../shared.js';

const arn = fnUid('order-processor');
const stmt = (extra: Record<string, unknown>) => ({ Version: '2012-10-17', Id: 'default', Statement: [{ Sid: 's1', Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: arn, ...extra }] });

export const fixtures: RuleFixture[] = [
  { name: 'Principal * without condition', expect: 'FAIL', target: arn, resources: [lambdaFunction('order-processor', { policy: stmt({ Principal: '*' }) })] },
  { name: 'Principal {AWS: *}', expect: 'FAIL', target: arn, resources: [lambdaFunction('order-processor', { policy: stmt({ Principal: { AWS: '*' } }) })] },
  { name: 'S3 service principal without source condition', expect: 'FAIL', target: arn, resources: [lambdaFunction('order-processor', { policy: stmt({ Principal: { Service: 's3.amazonaws.com' } }) })] },
  {
    name: 'wildcard in SourceAccount does not restrict',
    expect: 'FAIL',
    target: arn,
    resources: [lambdaFunction('order-processor', { policy: stmt({ Principal: '*', Condition: { StringLike: { 'AWS:SourceAccount': '*' } } }) })],
  },
  {
    name: 'S3 with SourceAccount and SourceArn',
    expect: 'PASS',
    target: arn,
    resources: [
      lambdaFunction('order-processor', {
        policy: stmt({ Principal: { Service: 's3.amazonaws.com' }, Condition: { StringEquals: { 'AWS:SourceAccount': ACCOUNT }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::orders-upload' } } }),
      }),
    ],
  },
  { name: 'specific cross-account principal', expect: 'PASS', target: arn, resources: [lambdaFunction('order-processor', { policy: stmt({ Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` } }) })] },
  { name: 'no resource policy', expect: 'PASS', target: arn, resources: [lambdaFunction('order-processor')] },
  { name: 'policy not collectable', expect: 'NOT_ASSESSED', target: arn, resources: [lambdaFunction('order-processor', { policy: undefined }, { policy: 'AccessDenied' })] },
];
