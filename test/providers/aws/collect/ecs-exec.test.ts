/**
 * ECS collector: the running tasks of services with ECS Exec, which the privilege-escalation
 * analysis needs (Amazon ECS API Reference › DescribeServices enableExecuteCommand, ListTasks with
 * serviceName and desiredStatus RUNNING, DescribeTasks (at most 100 tasks per call; overrides)).
 * Container overrides (environment values) must never reach the snapshot; a denied call is a
 * listing error of the task type and never aborts the scan.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, DescribeTasksCommand, ECSClient, ListClustersCommand, ListServicesCommand, ListTasksCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/ecs.js';
import { ECS_SERVICE_TYPE, ECS_TASK_DEFINITION_TYPE, ECS_TASK_TYPE, type EcsServiceConfig, type EcsTaskConfig } from '../../../../src/providers/aws/model/ecs.js';
import { awsError, runCollector } from './harness.js';

const ecs = mockClient(ECSClient);
const ACCOUNT = '111111111111';
const CLUSTER = `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/prod`;
const tdArn = (family: string, rev: number) => `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/${family}:${rev}`;
const taskArn = (id: string) => `arn:aws:ecs:us-east-1:${ACCOUNT}:task/prod/${id}`;
const OVERRIDE_SECRET = 'override-value-hunter2-not-real';

const service = (name: string, exec: boolean | undefined, family: string) => ({
  serviceArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:service/prod/${name}`,
  serviceName: name,
  clusterArn: CLUSTER,
  status: 'ACTIVE',
  desiredCount: 2,
  runningCount: 2,
  launchType: 'FARGATE' as const,
  taskDefinition: tdArn(family, 1),
  ...(exec !== undefined ? { enableExecuteCommand: exec } : {}),
});
const task = (id: string, family: string, extra: Record<string, unknown> = {}) => ({
  taskArn: taskArn(id),
  clusterArn: CLUSTER,
  taskDefinitionArn: tdArn(family, 1),
  group: `service:${family}`,
  lastStatus: 'RUNNING',
  desiredStatus: 'RUNNING',
  launchType: 'FARGATE' as const,
  enableExecuteCommand: true,
  startedAt: new Date('2026-10-01T00:00:00Z'),
  overrides: { containerOverrides: [{ name: 'app', environment: [{ name: 'TOKEN', value: OVERRIDE_SECRET }] }] },
  containers: [{ name: 'app', lastStatus: 'RUNNING', managedAgents: [{ name: 'ExecuteCommandAgent' as const, lastStatus: 'RUNNING' }] }],
  tags: [{ key: 'team', value: 'api' }],
  ...extra,
});
const taskDefinition = (family: string) => ({ taskDefinition: { taskDefinitionArn: tdArn(family, 1), family, revision: 1, taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/${family}-task`, networkMode: 'awsvpc' as const, containerDefinitions: [] } });

describe('ecs collector: tasks of services with ECS Exec', () => {
  beforeEach(() => {
    ecs.reset();
    ecs.on(ListClustersCommand).resolves({ clusterArns: [CLUSTER] });
    ecs.on(ListServicesCommand).resolves({ serviceArns: [service('api', true, 'api').serviceArn, service('web', false, 'web').serviceArn] });
    ecs.on(DescribeServicesCommand).resolves({ services: [service('api', true, 'api'), service('web', false, 'web')], failures: [] });
    ecs.on(DescribeTaskDefinitionCommand).callsFake(async (input: { taskDefinition: string }) => taskDefinition(/task-definition\/([^:]+)/.exec(input.taskDefinition)![1]));
  });

  it('lists and describes the running tasks of exec-enabled services only, with a task role override, never container overrides', async () => {
    ecs.on(ListTasksCommand).resolvesOnce({ taskArns: [taskArn('aaa')], nextToken: 'n' }).resolvesOnce({ taskArns: [taskArn('bbb')] });
    ecs.on(DescribeTasksCommand).resolves({
      tasks: [task('aaa', 'api'), task('bbb', 'api', { overrides: { taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/debug-override`, containerOverrides: [{ name: 'app', command: ['sh', '-c', OVERRIDE_SECRET] }] } })],
      failures: [],
    });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    const listed = ecs.commandCalls(ListTasksCommand).map((c) => c.args[0].input);
    assert.deepEqual(listed.map((i) => [i.cluster, i.serviceName, i.desiredStatus]), [[CLUSTER, 'api', 'RUNNING'], [CLUSTER, 'api', 'RUNNING']], 'only the service with ECS Exec; paginated');
    assert.equal(listed[1].nextToken, 'n');
    const svc = resources.filter((r) => r.type === ECS_SERVICE_TYPE).map((r) => [r.name, (r.config as unknown as EcsServiceConfig).enableExecuteCommand]);
    assert.deepEqual(svc, [['api', true], ['web', false]]);
    const tasks = resources.filter((r) => r.type === ECS_TASK_TYPE);
    assert.deepEqual(tasks.map((t) => t.uid), [taskArn('aaa'), taskArn('bbb')]);
    const [a, b] = tasks.map((t) => t.config as unknown as EcsTaskConfig);
    assert.deepEqual([a.enableExecuteCommand, a.lastStatus, a.taskDefinitionArn, a.taskRoleOverride, a.group], [true, 'RUNNING', tdArn('api', 1), null, 'service:api']);
    assert.equal(b.taskRoleOverride, `arn:aws:iam::${ACCOUNT}:role/debug-override`);
    assert.ok(tasks[1].relationships?.some((r) => r.type === 'uses-role' && r.target === b.taskRoleOverride));
    assert.ok(!JSON.stringify(resources).includes(OVERRIDE_SECRET), 'container overrides never reach the snapshot');
    assert.deepEqual(resources.filter((r) => r.type === ECS_TASK_DEFINITION_TYPE).map((r) => r.name).sort(), ['api:1', 'web:1']);
  });

  it('a denied DescribeTasks is a listing error of the task type; services and task definitions are still collected', async () => {
    ecs.on(ListTasksCommand).resolves({ taskArns: [taskArn('aaa')] });
    ecs.on(DescribeTasksCommand).rejects(awsError('AccessDeniedException', 'not authorized to perform: ecs:DescribeTasks', 400));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors.map((e) => [e.operation, e.code, e.resourceTypes]), [['DescribeTasks', 'AccessDenied', [ECS_TASK_TYPE]]]);
    assert.equal(resources.filter((r) => r.type === ECS_TASK_TYPE).length, 0);
    assert.equal(resources.filter((r) => r.type === ECS_SERVICE_TYPE).length, 2);
  });

  it('a denied ListTasks is recorded the same way', async () => {
    ecs.on(ListTasksCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    const { errors } = await runCollector(collector);
    assert.deepEqual(errors.map((e) => [e.operation, e.resourceTypes]), [['ListTasks', [ECS_TASK_TYPE]]]);
    assert.equal(ecs.commandCalls(DescribeTasksCommand).length, 0);
  });
});
