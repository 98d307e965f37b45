import { MANAGED_POLICY_TYPE, type PolicyDocument } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const arn = (name: string) => `arn:aws:iam::${ACCOUNT}:policy/${name}`;
const policy = (name: string, document: PolicyDocument | undefined, errors?: Record<string, string>) =>
  resource({
    type: MANAGED_POLICY_TYPE,
    uid: arn(name),
    region: 'global',
    config: { arn: arn(name), policyName: name, path: '/', awsManaged: false, defaultVersionId: 'v1', attachmentCount: 1, permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null, document },
    errors,
  });

export const fixtures: RuleFixture[] = [
  { name: 's3:* allowed', expect: 'FAIL', target: arn('deploy'), resources: [policy('deploy', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*', 'logs:PutLogEvents'], Resource: '*' }] })] },
  { name: 'NotAction iam:*', expect: 'FAIL', target: arn('power'), resources: [policy('power', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }] })] },
  {
    name: 'prefix wildcard and Deny iam:*',
    expect: 'PASS',
    target: arn('reader'),
    resources: [policy('reader', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }] })],
  },
  { name: 'document not readable', expect: 'NOT_ASSESSED', target: arn('x'), resources: [policy('x', undefined, { document: 'AccessDenied' })] },
];
