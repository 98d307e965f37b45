import type { RuleFixture } from '../../../../../src/model/rule.js';
import { SQS_QUEUE_TYPE } from '../../../../../src/providers/aws/model/sqs.js';
import { TOPIC_TYPE } from '../../../../../src/providers/aws/model/sns.js';
import { ACCOUNT, OTHER_ACCOUNT, ORG_ID, orgResources, resource } from '../shared.js';

const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
const queue = (name: string, policy: unknown, errors?: Record<string, string>) =>
  resource({
    type: SQS_QUEUE_TYPE,
    uid: queueArn(name),
    config: { queueName: name, queueUrl: `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/${name}`, fifoQueue: false, encryption: {}, deadLetterTargetArn: null, ...(policy === undefined ? {} : { policy }) },
    errors,
  });
const statement = (name: string, principal: unknown, condition?: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Send', Effect: 'Allow', Principal: principal, Action: 'sqs:SendMessage', Resource: queueArn(name), ...(condition ? { Condition: condition } : {}) }],
});
const topicArn = `arn:aws:sns:us-east-1:${ACCOUNT}:alerts`;

export const fixtures: RuleFixture[] = [
  { name: 'queue anyone can send to', expect: 'FAIL', target: queueArn('open'), resources: [...orgResources(), queue('open', statement('open', '*'))] },
  {
    // Amazon SQS Developer Guide › SNS to SQS: without aws:SourceArn any account's topic can deliver (confused deputy).
    name: 'queue open to SNS topics of any account',
    expect: 'FAIL',
    target: queueArn('fanout'),
    resources: [...orgResources(), queue('fanout', statement('fanout', { Service: 'sns.amazonaws.com' }))],
  },
  {
    name: 'queue for an SNS topic of this account (aws:SourceArn)',
    expect: 'PASS',
    target: queueArn('fanout-scoped'),
    resources: [...orgResources(), queue('fanout-scoped', statement('fanout-scoped', { Service: 'sns.amazonaws.com' }, { ArnEquals: { 'aws:SourceArn': topicArn } }))],
  },
  {
    name: 'queue open to "*" but restricted to the organisation',
    expect: 'PASS',
    target: queueArn('org'),
    resources: [...orgResources(), queue('org', statement('org', { AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': ORG_ID } }))],
  },
  {
    name: 'queue shared with an account of the organisation',
    expect: 'PASS',
    target: queueArn('sibling'),
    resources: [...orgResources(), queue('sibling', statement('sibling', { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }))],
  },
  {
    // Amazon SNS default topic policy: every action for "*", conditioned on AWS:SourceOwner = the owner.
    name: 'SNS default topic policy',
    expect: 'PASS',
    target: topicArn,
    resources: [
      ...orgResources(),
      resource({
        type: TOPIC_TYPE,
        uid: topicArn,
        config: {
          topicName: 'alerts',
          policy: {
            Version: '2008-10-17',
            Id: '__default_policy_ID',
            Statement: [{ Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission', 'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish'], Resource: topicArn, Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } } }],
          },
        },
      }),
    ],
  },
  { name: 'queue policy not collected', expect: 'NOT_ASSESSED', target: queueArn('unknown'), resources: [...orgResources(), queue('unknown', undefined, { policy: 'AccessDenied' })] },
];
