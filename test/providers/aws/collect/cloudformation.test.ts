/**
 * CloudFormation collector against recorded-shape responses (AWS CloudFormation API Reference ›
 * DescribeStacks: every stack that is not deleted when no StackName is given, NextToken pagination).
 * Parameter values (a plain parameter may be a password) must never reach the snapshot.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { CloudFormationClient, DescribeStacksCommand, type Stack } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/cloudformation.js';
import { STACK_TYPE, stackIsUpdatable, type StackConfig } from '../../../../src/providers/aws/model/cloudformation.js';
import { awsError, runCollector } from './harness.js';

const cfn = mockClient(CloudFormationClient);
const ACCOUNT = '111111111111';
const stackId = (name: string) => `arn:aws:cloudformation:us-east-1:${ACCOUNT}:stack/${name}/4a6f3e20-9d1b-11ef-8c2a-0affd3c1e8f1`;
const DB_PASSWORD = 'Sup3r-Secret-Db-Passw0rd';

const stack = (name: string, extra: Partial<Stack> = {}): Stack => ({
  StackId: stackId(name),
  StackName: name,
  CreationTime: new Date('2026-02-01T09:00:00Z'),
  StackStatus: 'UPDATE_COMPLETE',
  DisableRollback: false,
  NotificationARNs: [],
  Capabilities: ['CAPABILITY_NAMED_IAM'],
  Tags: [{ Key: 'team', Value: 'platform' }],
  EnableTerminationProtection: true,
  DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
  ...extra,
});

describe('cloudformation collector', () => {
  beforeEach(() => cfn.reset());

  it('pages through DescribeStacks and keeps status, service role and parameter keys, never parameter values', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce({
        Stacks: [
          stack('network', {
            RoleARN: `arn:aws:iam::${ACCOUNT}:role/cfn-deployer`,
            Parameters: [
              { ParameterKey: 'VpcCidr', ParameterValue: '10.0.0.0/16' },
              { ParameterKey: 'DbPassword', ParameterValue: DB_PASSWORD },
              { ParameterKey: 'MasterKey', ParameterValue: '****' },
            ],
            LastUpdatedTime: new Date('2026-03-01T10:00:00Z'),
          }),
        ],
        NextToken: 'page-2',
      })
      .resolvesOnce({ Stacks: [stack('app', { StackStatus: 'ROLLBACK_COMPLETE', ParentId: stackId('root'), RootId: stackId('root') })] });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(cfn.commandCalls(DescribeStacksCommand)[1].args[0].input.NextToken, 'page-2');
    assert.deepEqual(resources.map((r) => [r.type, r.uid]), [[STACK_TYPE, stackId('network')], [STACK_TYPE, stackId('app')]]);
    const network = resources[0].config as unknown as StackConfig;
    assert.equal(network.roleArn, `arn:aws:iam::${ACCOUNT}:role/cfn-deployer`);
    assert.deepEqual(network.parameterKeys, ['VpcCidr', 'DbPassword', 'MasterKey']);
    assert.equal(network.lastUpdatedTime, '2026-03-01T10:00:00.000Z');
    assert.deepEqual(resources[0].tags, { team: 'platform' });
    assert.deepEqual(resources[0].relationships, [{ type: 'uses-role', target: `arn:aws:iam::${ACCOUNT}:role/cfn-deployer` }]);
    const text = JSON.stringify(resources);
    assert.ok(!text.includes(DB_PASSWORD) && !text.includes('10.0.0.0/16'), 'parameter values never reach the snapshot');
    const app = resources[1].config as unknown as StackConfig;
    assert.equal(app.roleArn, null, 'no RoleARN: CloudFormation acts with the caller\'s credentials');
    assert.equal(app.parentId, stackId('root'));
    assert.equal(resources[1].relationships, undefined);
  });

  it('records AccessDenied on DescribeStacks for the stack type and emits nothing', async () => {
    cfn.on(DescribeStacksCommand).rejects(awsError('AccessDenied', 'User is not authorized to perform: cloudformation:DescribeStacks', 403));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(resources, []);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].code, 'AccessDenied');
    assert.equal(errors[0].operation, 'DescribeStacks');
    assert.deepEqual(errors[0].resourceTypes, [STACK_TYPE]);
  });

  it('tells which statuses can still be updated (CloudFormation User Guide › Stack status codes)', () => {
    for (const s of ['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE', 'IMPORT_COMPLETE', 'UPDATE_IN_PROGRESS']) assert.equal(stackIsUpdatable(s), true, s);
    for (const s of ['ROLLBACK_COMPLETE', 'CREATE_FAILED', 'DELETE_IN_PROGRESS', 'DELETE_FAILED', 'UPDATE_ROLLBACK_FAILED', undefined]) assert.equal(stackIsUpdatable(s), false, String(s));
  });
});
