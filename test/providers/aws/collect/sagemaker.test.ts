/**
 * SageMaker collector against recorded-shape responses (Amazon SageMaker API Reference ›
 * ListNotebookInstances (NextToken pagination), DescribeNotebookInstance). A notebook whose
 * description failed stays visible with its unknown fields named, and the failure is a listing
 * error of the type (an unknown execution role hides what principals could reach).
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { DescribeNotebookInstanceCommand, ListNotebookInstancesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/sagemaker.js';
import { NOTEBOOK_INSTANCE_TYPE, type NotebookInstanceConfig } from '../../../../src/providers/aws/model/sagemaker.js';
import { awsError, runCollector } from './harness.js';

const sm = mockClient(SageMakerClient);
const ACCOUNT = '111111111111';
const nbArn = (name: string) => `arn:aws:sagemaker:us-east-1:${ACCOUNT}:notebook-instance/${name}`;
const summary = (name: string, status: 'InService' | 'Stopped' = 'InService') => ({
  NotebookInstanceName: name,
  NotebookInstanceArn: nbArn(name),
  NotebookInstanceStatus: status,
  Url: `${name}.notebook.us-east-1.sagemaker.aws`,
  InstanceType: 'ml.t3.medium' as const,
  CreationTime: new Date('2026-05-01T00:00:00Z'),
  LastModifiedTime: new Date('2026-05-02T00:00:00Z'),
});

describe('sagemaker collector', () => {
  beforeEach(() => sm.reset());

  it('pages through notebooks and keeps role, status, direct internet and root access', async () => {
    sm.on(ListNotebookInstancesCommand).resolvesOnce({ NotebookInstances: [summary('research')], NextToken: 't2' }).resolvesOnce({ NotebookInstances: [summary('batch-jobs', 'Stopped')] });
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'research' }).resolves({
      ...summary('research'),
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/AmazonSageMaker-ExecutionRole-20260501`,
      DirectInternetAccess: 'Enabled',
      RootAccess: 'Enabled',
      VolumeSizeInGB: 5,
      PlatformIdentifier: 'notebook-al2-v2',
    });
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'batch-jobs' }).resolves({
      ...summary('batch-jobs', 'Stopped'),
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/batch-notebook`,
      DirectInternetAccess: 'Disabled',
      RootAccess: 'Disabled',
      SubnetId: 'subnet-0abc',
      SecurityGroups: ['sg-0nb'],
      NotebookInstanceLifecycleConfigName: 'install-tools',
    });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(sm.commandCalls(ListNotebookInstancesCommand)[1].args[0].input.NextToken, 't2');
    const byName = new Map(resources.map((r) => [r.name, r]));
    assert.ok(resources.every((r) => r.type === NOTEBOOK_INSTANCE_TYPE));
    const research = byName.get('research')!.config as unknown as NotebookInstanceConfig;
    assert.equal(byName.get('research')!.uid, nbArn('research'));
    assert.equal(research.roleArn, `arn:aws:iam::${ACCOUNT}:role/service-role/AmazonSageMaker-ExecutionRole-20260501`);
    assert.equal(research.status, 'InService');
    assert.equal(research.directInternetAccess, 'Enabled');
    assert.equal(research.rootAccess, 'Enabled');
    const batch = byName.get('batch-jobs')!;
    const bc = batch.config as unknown as NotebookInstanceConfig;
    assert.deepEqual([bc.status, bc.directInternetAccess, bc.rootAccess, bc.subnetId, bc.lifecycleConfigName], ['Stopped', 'Disabled', 'Disabled', 'subnet-0abc', 'install-tools']);
    assert.deepEqual(batch.relationships, [{ type: 'uses-role', target: `arn:aws:iam::${ACCOUNT}:role/batch-notebook` }, { type: 'in-subnet', target: 'subnet-0abc' }]);
  });

  it('a denied DescribeNotebookInstance leaves that notebook\'s role unknown and is a listing error of the type; the others are collected', async () => {
    sm.on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [summary('a'), summary('b')] });
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'a' }).rejects(awsError('AccessDeniedException', 'not authorized to perform: sagemaker:DescribeNotebookInstance', 400));
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'b' }).resolves({ ...summary('b'), RoleArn: `arn:aws:iam::${ACCOUNT}:role/b`, DirectInternetAccess: 'Enabled', RootAccess: 'Enabled' });
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 2);
    const a = resources.find((r) => r.name === 'a')!;
    assert.deepEqual(a.errors, { roleArn: 'AccessDenied', directInternetAccess: 'AccessDenied', rootAccess: 'AccessDenied' });
    assert.equal('roleArn' in a.config, false, 'unknown, not "no role"');
    assert.equal(errors.length, 1);
    assert.deepEqual([errors[0].operation, errors[0].code, errors[0].resourceTypes], ['DescribeNotebookInstance', 'AccessDenied', [NOTEBOOK_INSTANCE_TYPE]]);
    assert.equal((resources.find((r) => r.name === 'b')!.config as unknown as NotebookInstanceConfig).roleArn, `arn:aws:iam::${ACCOUNT}:role/b`);
  });

  it('records a denied ListNotebookInstances', async () => {
    sm.on(ListNotebookInstancesCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(resources, []);
    assert.deepEqual(errors.map((e) => [e.operation, e.code]), [['ListNotebookInstances', 'AccessDenied']]);
  });
});
