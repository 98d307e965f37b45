import type { RuleFixture } from '../../../../../src/model/rule.js';
import { BUCKET_TYPE } from '../../../../../src/providers/aws/model/s3.js';
import { ROLE_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import { ACCOUNT, OTHER_ACCOUNT, OUTSIDER, ORG_ID, orgResources, resource } from '../shared.js';

const bucketArn = (name: string) => `arn:aws:s3:::${name}`;
const bucket = (name: string, policy: unknown, errors?: Record<string, string>) =>
  resource({ type: BUCKET_TYPE, uid: bucketArn(name), region: 'us-east-1', config: { name, bucketRegion: 'us-east-1', ...(policy === undefined ? {} : { policy }) }, errors });
// Amazon S3 User Guide › Bucket policy examples: granting cross-account permissions.
const grantTo = (name: string, principal: string, condition?: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'CrossAccountRead', Effect: 'Allow', Principal: { AWS: principal }, Action: ['s3:GetObject', 's3:ListBucket'], Resource: [bucketArn(name), `${bucketArn(name)}/*`], ...(condition ? { Condition: condition } : {}) }],
});
const role = (name: string, trust: unknown) =>
  resource({ type: ROLE_TYPE, uid: `arn:aws:iam::${ACCOUNT}:role/${name}`, region: 'global', config: { roleName: name, assumeRolePolicy: trust, serviceLinked: false } });

export const fixtures: RuleFixture[] = [
  {
    name: 'bucket readable by an account outside the organisation',
    expect: 'FAIL',
    target: bucketArn('exchange'),
    resources: [...orgResources(), bucket('exchange', grantTo('exchange', `arn:aws:iam::${OUTSIDER}:root`))],
  },
  {
    name: 'role trusted by a role of an outside account',
    expect: 'FAIL',
    target: `arn:aws:iam::${ACCOUNT}:role/partner-deploy`,
    resources: [...orgResources(), role('partner-deploy', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OUTSIDER}:role/ci` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x-123' } } }] })],
  },
  {
    name: 'bucket shared with another account of the organisation',
    expect: 'PASS',
    target: bucketArn('shared-in-org'),
    resources: [...orgResources(), bucket('shared-in-org', grantTo('shared-in-org', `arn:aws:iam::${OTHER_ACCOUNT}:root`))],
  },
  {
    name: 'any principal, restricted to the organisation by aws:PrincipalOrgID',
    expect: 'PASS',
    target: bucketArn('org-only'),
    resources: [...orgResources(), bucket('org-only', grantTo('org-only', '*', { StringEquals: { 'aws:PrincipalOrgID': ORG_ID } }))],
  },
  {
    name: 'outside account denied by a Deny outside the organisation',
    expect: 'PASS',
    target: bucketArn('denied'),
    resources: [
      ...orgResources(),
      bucket('denied', {
        Version: '2012-10-17',
        Statement: [
          ...grantTo('denied', OUTSIDER).Statement,
          { Sid: 'DenyOutsideOrg', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [bucketArn('denied'), `${bucketArn('denied')}/*`], Condition: { StringNotEquals: { 'aws:PrincipalOrgID': ORG_ID } } },
        ],
      }),
    ],
  },
  {
    name: 'no bucket policy',
    expect: 'PASS',
    target: bucketArn('private'),
    resources: [...orgResources(), bucket('private', null)],
  },
  {
    name: 'bucket policy not collected',
    expect: 'NOT_ASSESSED',
    target: bucketArn('unknown'),
    resources: [...orgResources(), bucket('unknown', undefined, { policy: 'AccessDenied' })],
  },
];
