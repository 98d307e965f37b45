import type { RuleFixture } from '../../../../../src/model/rule.js';
import { user, userUid } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'AdministratorAccess attached to the user',
    expect: 'FAIL',
    target: userUid('ops-admin'),
    resources: [user('ops-admin', { groups: [], attachedPolicies: [{ policyName: 'AdministratorAccess', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }] })],
  },
  {
    name: 'inline policy on the user',
    expect: 'FAIL',
    target: userUid('dev'),
    resources: [user('dev', { inlinePolicies: [{ policyName: 'quick-fix', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } }] })],
  },
  { name: 'permissions from groups only', expect: 'PASS', target: userUid('alice'), resources: [user('alice')] },
  {
    name: 'authorization details denied',
    expect: 'NOT_ASSESSED',
    target: userUid('x'),
    resources: [user('x', { groups: undefined, attachedPolicies: undefined, inlinePolicies: undefined }, { policies: 'AccessDenied' })],
  },
];
