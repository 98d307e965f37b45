import { MANAGED_POLICY_TYPE, type ManagedPolicyConfig, type PolicyDocument } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const arn = (name: string) => `arn:aws:iam::${ACCOUNT}:policy/${name}`;
const policy = (name: string, document: PolicyDocument | undefined, extra: Partial<ManagedPolicyConfig> = {}, errors?: Record<string, string>) =>
  resource({
    type: MANAGED_POLICY_TYPE,
    uid: arn(name),
    region: 'global',
    config: { arn: arn(name), policyName: name, path: '/', awsManaged: false, defaultVersionId: 'v1', attachmentCount: 1, permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null, document, ...extra },
    errors,
  });

export const fixtures: RuleFixture[] = [
  {
    name: 'allow * on *',
    expect: 'FAIL',
    target: arn('break-glass'),
    resources: [policy('break-glass', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })],
  },
  {
    name: 'allow s3:* only on one bucket, and * only as Deny',
    expect: 'PASS',
    target: arn('app'),
    resources: [
      policy('app', {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::app-bucket/*' },
          { Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        ],
      }),
    ],
  },
  { name: 'document not readable', expect: 'NOT_ASSESSED', target: arn('x'), resources: [policy('x', undefined, {}, { document: 'AccessDenied' })] },
];
