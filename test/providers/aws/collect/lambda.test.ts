import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { GetPolicyCommand, LambdaClient, ListFunctionsCommand, ListFunctionUrlConfigsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/lambda.js';
import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig } from '../../../../src/providers/aws/model/lambda.js';
import { awsError, runCollector } from './harness.js';

const lambda = mockClient(LambdaClient);
const ACCOUNT = '111111111111';
const fnArn = (name: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
const fn = (name: string, extra: Record<string, unknown> = {}) => ({
  FunctionName: name,
  FunctionArn: fnArn(name),
  Runtime: 'nodejs22.x' as const,
  Role: `arn:aws:iam::${ACCOUNT}:role/${name}-role`,
  Handler: 'index.handler',
  CodeSize: 1024,
  Timeout: 30,
  MemorySize: 256,
  LastModified: '2026-01-01T00:00:00.000+0000',
  TracingConfig: { Mode: 'PassThrough' as const },
  PackageType: 'Zip' as const,
  Architectures: ['arm64' as const],
  ...extra,
});

describe('lambda collector', () => {
  beforeEach(() => {
    lambda.reset();
    lambda.on(ListFunctionUrlConfigsCommand).resolves({ FunctionUrlConfigs: [] });
  });

  it('paginates ListFunctions (NextMarker), keeps env var NAMES only and parses the resource policy', async () => {
    const policy = {
      Version: '2012-10-17',
      Id: 'default',
      Statement: [{ Sid: 'public', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: fnArn('order-processor') }],
    };
    lambda
      .on(ListFunctionsCommand)
      .resolvesOnce({
        Functions: [
          fn('order-processor', {
            Runtime: 'nodejs16.x',
            Environment: { Variables: { LOG_LEVEL: 'info', DB_PASSWORD: 'hunter2-super-secret' } },
            VpcConfig: { VpcId: '', SubnetIds: [], SecurityGroupIds: [] },
          }),
        ],
        NextMarker: 'next',
      })
      .resolvesOnce({
        Functions: [fn('in-vpc', { VpcConfig: { VpcId: 'vpc-1', SubnetIds: ['subnet-a'], SecurityGroupIds: ['sg-1'] } })],
      });
    lambda.on(GetPolicyCommand, { FunctionName: 'order-processor' }).resolves({ Policy: JSON.stringify(policy), RevisionId: 'r1' });
    lambda.on(GetPolicyCommand, { FunctionName: 'in-vpc' }).rejects(awsError('ResourceNotFoundException', 'The resource you requested does not exist.', 404));
    lambda.on(ListFunctionUrlConfigsCommand, { FunctionName: 'order-processor' }).resolves({
      FunctionUrlConfigs: [{ FunctionUrl: 'https://abc.lambda-url.us-east-1.on.aws/', FunctionArn: fnArn('order-processor'), AuthType: 'NONE', CreationTime: 'x', LastModifiedTime: 'y' }],
    });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(lambda.commandCalls(ListFunctionsCommand)[1].args[0].input.Marker, 'next');
    const fns = resources.filter((r) => r.type === LAMBDA_FUNCTION_TYPE);
    assert.equal(fns.length, 2);
    const order = fns[0].config as unknown as LambdaFunctionConfig;
    assert.deepEqual(order.environmentVariableNames, ['DB_PASSWORD', 'LOG_LEVEL']);
    assert.ok(!JSON.stringify(resources).includes('hunter2'), 'environment variable values never reach the snapshot');
    assert.equal(order.VpcConfig, null, 'an empty VpcId means no VPC');
    assert.deepEqual(order.policy, policy);
    assert.equal(order.functionUrls?.[0].AuthType, 'NONE');
    const inVpc = fns[1].config as unknown as LambdaFunctionConfig;
    assert.equal(inVpc.policy, null, 'ResourceNotFoundException = no resource policy');
    assert.equal(inVpc.VpcConfig?.VpcId, 'vpc-1');
    assert.ok(fns[1].relationships?.some((r) => r.type === 'uses-role'));
  });

  it('records AccessDenied from GetPolicy on one function and still emits the others', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('a'), fn('b')] });
    lambda.on(GetPolicyCommand, { FunctionName: 'a' }).rejects(awsError('AccessDeniedException', 'denied', 403));
    lambda.on(GetPolicyCommand, { FunctionName: 'b' }).rejects(awsError('ResourceNotFoundException', 'none', 404));
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 2);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].code, 'AccessDenied');
    assert.equal(errors[0].resourceUid, fnArn('a'));
    assert.deepEqual(resources[0].errors, { policy: 'AccessDenied' });
    assert.equal('policy' in resources[0].config, false);
    assert.equal(resources[1].errors, undefined);
  });

  it('records a failed ListFunctions with its resource type', async () => {
    lambda.on(ListFunctionsCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 0);
    assert.deepEqual(errors[0].resourceTypes, [LAMBDA_FUNCTION_TYPE]);
  });
});
