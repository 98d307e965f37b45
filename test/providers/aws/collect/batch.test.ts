/**
 * AWS Batch collector against recorded-shape responses (AWS Batch API Reference ›
 * DescribeJobDefinitions (status ACTIVE, nextToken pagination), JobDefinition: containerProperties,
 * ecsProperties, nodeProperties, eksProperties). The job roles are kept; environment values,
 * secrets, commands and parameters never reach the snapshot.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { BatchClient, DescribeJobDefinitionsCommand } from '@aws-sdk/client-batch';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/batch.js';
import { JOB_DEFINITION_TYPE, type JobDefinitionConfig } from '../../../../src/providers/aws/model/batch.js';
import { awsError, runCollector } from './harness.js';

const batch = mockClient(BatchClient);
const ACCOUNT = '111111111111';
const jdArn = (name: string, rev: number) => `arn:aws:batch:us-east-1:${ACCOUNT}:job-definition/${name}:${rev}`;
const role = (n: string) => `arn:aws:iam::${ACCOUNT}:role/${n}`;
const SECRET = 'ghp_EXAMPLEtokenDoNotStore0123456789';

const containerDef = {
  jobDefinitionName: 'nightly-etl',
  jobDefinitionArn: jdArn('nightly-etl', 4),
  revision: 4,
  status: 'ACTIVE',
  type: 'container',
  parameters: { apiToken: SECRET },
  containerProperties: {
    image: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/etl:2026.11`,
    command: ['python', 'etl.py', '--token', 'Ref::apiToken'],
    jobRoleArn: role('etl-job'),
    executionRoleArn: role('ecsTaskExecutionRole'),
    environment: [{ name: 'GITHUB_TOKEN', value: SECRET }],
    secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-AbCdEf` }],
    resourceRequirements: [{ type: 'VCPU' as const, value: '1' }, { type: 'MEMORY' as const, value: '2048' }],
    fargatePlatformConfiguration: { platformVersion: 'LATEST' },
    networkConfiguration: { assignPublicIp: 'DISABLED' as const },
  },
  platformCapabilities: ['FARGATE' as const],
  tags: { team: 'data' },
  containerOrchestrationType: 'ECS' as const,
};
const ecsDef = {
  jobDefinitionName: 'ecs-report',
  jobDefinitionArn: jdArn('ecs-report', 1),
  revision: 1,
  status: 'ACTIVE',
  type: 'container',
  ecsProperties: { taskProperties: [{ taskRoleArn: role('report-task'), executionRoleArn: role('report-exec'), containers: [{ name: 'main', image: 'public.ecr.aws/docker/library/busybox:latest', command: ['sh', '-c', `echo ${SECRET}`], environment: [{ name: 'K', value: SECRET }] }] }] },
  platformCapabilities: ['EC2' as const],
  containerOrchestrationType: 'ECS' as const,
};
const multiNodeDef = {
  jobDefinitionName: 'mpi',
  jobDefinitionArn: jdArn('mpi', 2),
  revision: 2,
  status: 'ACTIVE',
  type: 'multinode',
  nodeProperties: { numNodes: 2, mainNode: 0, nodeRangeProperties: [{ targetNodes: '0:', container: { image: 'mpi:1', jobRoleArn: role('mpi-node') } }] },
  platformCapabilities: ['EC2' as const],
};
const eksDef = {
  jobDefinitionName: 'eks-job',
  jobDefinitionArn: jdArn('eks-job', 1),
  revision: 1,
  status: 'ACTIVE',
  type: 'container',
  eksProperties: { podProperties: { serviceAccountName: 'batch-sa', containers: [{ image: 'busybox', command: ['true'] }] } },
  containerOrchestrationType: 'EKS' as const,
};

describe('batch collector', () => {
  beforeEach(() => batch.reset());

  it('pages through ACTIVE job definitions and keeps the job roles of every shape', async () => {
    batch.on(DescribeJobDefinitionsCommand).resolvesOnce({ jobDefinitions: [containerDef, ecsDef], nextToken: 'p2' }).resolvesOnce({ jobDefinitions: [multiNodeDef, eksDef] });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    const calls = batch.commandCalls(DescribeJobDefinitionsCommand);
    assert.equal(calls[0].args[0].input.status, 'ACTIVE');
    assert.equal(calls[1].args[0].input.nextToken, 'p2');
    assert.ok(resources.every((r) => r.type === JOB_DEFINITION_TYPE));
    const by = new Map(resources.map((r) => [r.uid, r]));
    const etl = by.get(jdArn('nightly-etl', 4))!;
    assert.equal(etl.name, 'nightly-etl:4');
    const ec = etl.config as unknown as JobDefinitionConfig;
    assert.deepEqual([ec.jobRoleArns, ec.executionRoleArns, ec.platformCapabilities, ec.revision], [[role('etl-job')], [role('ecsTaskExecutionRole')], ['FARGATE'], 4]);
    assert.deepEqual(etl.relationships, [{ type: 'uses-role', target: role('etl-job') }]);
    assert.deepEqual((by.get(jdArn('ecs-report', 1))!.config as unknown as JobDefinitionConfig).jobRoleArns, [role('report-task')]);
    assert.deepEqual((by.get(jdArn('mpi', 2))!.config as unknown as JobDefinitionConfig).jobRoleArns, [role('mpi-node')]);
    const eks = by.get(jdArn('eks-job', 1))!.config as unknown as JobDefinitionConfig;
    assert.deepEqual([eks.jobRoleArns, eks.eksServiceAccountName], [[], 'batch-sa']);
  });

  it('never stores environment values, secrets, commands or parameters', async () => {
    batch.on(DescribeJobDefinitionsCommand).resolves({ jobDefinitions: [containerDef, ecsDef] });
    const { resources } = await runCollector(collector);
    assert.equal(resources.length, 2);
    const text = JSON.stringify(resources);
    for (const leaked of [SECRET, 'GITHUB_TOKEN', 'DB_PASSWORD', 'etl.py', 'apiToken']) assert.ok(!text.includes(leaked), leaked);
  });

  it('skips a revision that is not ACTIVE should one be returned', async () => {
    batch.on(DescribeJobDefinitionsCommand).resolves({ jobDefinitions: [{ ...containerDef, status: 'INACTIVE' }, ecsDef] });
    const { resources } = await runCollector(collector);
    assert.deepEqual(resources.map((r) => r.uid), [jdArn('ecs-report', 1)]);
  });

  it('records a denied DescribeJobDefinitions', async () => {
    batch.on(DescribeJobDefinitionsCommand).rejects(awsError('AccessDeniedException', 'User: arn:aws:sts::111111111111:assumed-role/audit/x is not authorized to perform: batch:DescribeJobDefinitions', 403));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(resources, []);
    assert.deepEqual(errors.map((e) => [e.operation, e.code, e.resourceTypes]), [['DescribeJobDefinitions', 'AccessDenied', [JOB_DEFINITION_TYPE]]]);
  });
});
