/**
 * ECS collector against recorded-shape responses (Amazon ECS API Reference › ListClusters,
 * ListServices (nextToken pagination), DescribeServices (at most 10 services per call; `failures`
 * with reason MISSING for services that no longer exist), DescribeTaskDefinition). Environment
 * variable values and secret references (valueFrom) must never reach the snapshot.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient, ListClustersCommand, ListServicesCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/ecs.js';
import { ECS_SERVICE_TYPE, ECS_TASK_DEFINITION_TYPE, type EcsServiceConfig, type EcsTaskDefinitionConfig } from '../../../../src/providers/aws/model/ecs.js';
import { awsError, runCollector } from './harness.js';

const ecs = mockClient(ECSClient);
const ACCOUNT = '111111111111';
const clusterArn = (name: string) => `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/${name}`;
const serviceArn = (cluster: string, name: string) => `arn:aws:ecs:us-east-1:${ACCOUNT}:service/${cluster}/${name}`;
const tdArn = (family: string, rev: number) => `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/${family}:${rev}`;

// Values that must never appear in the snapshot.
const ENV_VALUE = 'postgres://app:hunter2-not-real@db.internal:5432/app';
const SECRET_REF = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:prod/db-password-AbCdEf`;
const SSM_REF = `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/prod/api-key`;

function service(cluster: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    serviceArn: serviceArn(cluster, name),
    serviceName: name,
    clusterArn: clusterArn(cluster),
    status: 'ACTIVE',
    desiredCount: 2,
    runningCount: 2,
    pendingCount: 0,
    launchType: 'FARGATE',
    platformVersion: 'LATEST',
    schedulingStrategy: 'REPLICA',
    taskDefinition: tdArn('web', 7),
    deployments: [{ id: 'ecs-svc/1234567890123456789', status: 'PRIMARY', taskDefinition: tdArn('web', 7), desiredCount: 2, runningCount: 2 }],
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aaa', 'subnet-0bbb'], securityGroups: ['sg-0web'], assignPublicIp: 'ENABLED' } },
    loadBalancers: [{ targetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/web/6d0ecf831eec9f09`, containerName: 'app', containerPort: 8080 }],
    createdAt: new Date('2026-03-01T00:00:00Z'),
    tags: [{ key: 'team', value: 'web' }],
    ...extra,
  };
}

function taskDefinition(family: string, rev: number, extra: Record<string, unknown> = {}) {
  return {
    taskDefinitionArn: tdArn(family, rev),
    family,
    revision: rev,
    status: 'ACTIVE',
    taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/${family}-task`,
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      {
        name: 'app',
        image: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2`,
        essential: true,
        portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
        environment: [
          { name: 'DATABASE_URL', value: ENV_VALUE },
          { name: 'LOG_LEVEL', value: 'info' },
        ],
        secrets: [
          { name: 'DB_PASSWORD', valueFrom: SECRET_REF },
          { name: 'API_KEY', valueFrom: SSM_REF },
        ],
      },
    ],
    ...extra,
  };
}

describe('ecs collector', () => {
  afterEach(() => ecs.reset());

  it('paginates ListServices, describes services in batches of 10, drops MISSING failures, and emits only the task definitions services run', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `svc-${String(i).padStart(2, '0')}`);
    ecs.on(ListClustersCommand).resolves({ clusterArns: [clusterArn('prod')] });
    ecs
      .on(ListServicesCommand)
      .resolvesOnce({ serviceArns: names.slice(0, 7).map((n) => serviceArn('prod', n)), nextToken: 'page2' })
      .resolvesOnce({ serviceArns: names.slice(7).map((n) => serviceArn('prod', n)) });
    ecs.on(DescribeServicesCommand).callsFake(async (input: { services: string[] }) => {
      // svc-11 was deleted between ListServices and DescribeServices.
      const present = input.services.filter((a) => !a.endsWith('/svc-11'));
      return {
        services: present.map((a) => {
          const name = a.split('/').pop()!;
          // svc-00 is rolling out revision 8; svc-01 runs on EC2 in bridge mode with no network configuration.
          if (name === 'svc-00') return service('prod', name, { taskDefinition: tdArn('web', 8) });
          if (name === 'svc-01') return service('prod', name, { launchType: 'EC2', networkConfiguration: undefined, loadBalancers: [], taskDefinition: tdArn('worker', 3) });
          return service('prod', name);
        }),
        failures: input.services.filter((a) => a.endsWith('/svc-11')).map((arn) => ({ arn, reason: 'MISSING' })),
      };
    });
    ecs.on(DescribeTaskDefinitionCommand).callsFake(async (input: { taskDefinition: string }) => {
      const m = /task-definition\/([^:]+):(\d+)$/.exec(input.taskDefinition)!;
      const family = m[1];
      const rev = Number(m[2]);
      return {
        taskDefinition: family === 'worker' ? taskDefinition(family, rev, { networkMode: undefined, taskRoleArn: undefined, requiresCompatibilities: ['EC2'] }) : taskDefinition(family, rev),
        tags: [{ key: 'app', value: family }],
      };
    });

    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(ecs.commandCalls(ListServicesCommand).length, 2);
    const batches = ecs.commandCalls(DescribeServicesCommand).map((c) => c.args[0].input.services!.length);
    assert.deepEqual(batches, [10, 2]);

    const services = resources.filter((r) => r.type === ECS_SERVICE_TYPE);
    assert.deepEqual(services.map((s) => s.name).sort(), names.slice(0, 11));
    const web = services.find((s) => s.name === 'svc-02')!;
    const cfg = web.config as unknown as EcsServiceConfig;
    assert.equal(web.uid, serviceArn('prod', 'svc-02'));
    assert.deepEqual(web.tags, { team: 'web' });
    assert.equal(cfg.clusterArn, clusterArn('prod'));
    assert.equal(cfg.launchType, 'FARGATE');
    assert.equal(cfg.desiredCount, 2);
    assert.equal(cfg.taskDefinition, tdArn('web', 7));
    assert.deepEqual(cfg.networkConfiguration, { subnets: ['subnet-0aaa', 'subnet-0bbb'], securityGroups: ['sg-0web'], assignPublicIp: 'ENABLED' });
    assert.deepEqual(cfg.loadBalancers, [{ targetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/web/6d0ecf831eec9f09`, containerName: 'app', containerPort: 8080 }]);
    assert.equal(cfg.createdAt, '2026-03-01T00:00:00.000Z');
    const rel = (t: string) => web.relationships!.filter((r) => r.type === t).map((r) => r.target);
    assert.deepEqual(rel('in-cluster'), [clusterArn('prod')]);
    assert.deepEqual(rel('uses-task-definition'), [tdArn('web', 7)]);
    assert.deepEqual(rel('in-subnet'), ['subnet-0aaa', 'subnet-0bbb']);
    assert.deepEqual(rel('uses-security-group'), ['sg-0web']);
    assert.equal(rel('behind-target-group').length, 1);
    const bridge = services.find((s) => s.name === 'svc-01')!.config as unknown as EcsServiceConfig;
    assert.equal(bridge.networkConfiguration, null);
    assert.deepEqual(bridge.loadBalancers, []);

    // Only the task definitions the collected services run, each described once.
    const tds = resources.filter((r) => r.type === ECS_TASK_DEFINITION_TYPE);
    assert.deepEqual(tds.map((t) => t.uid).sort(), [tdArn('web', 7), tdArn('web', 8), tdArn('worker', 3)]);
    assert.equal(ecs.commandCalls(DescribeTaskDefinitionCommand).length, 3);
    const td = tds.find((t) => t.uid === tdArn('web', 7))!;
    const tdc = td.config as unknown as EcsTaskDefinitionConfig;
    assert.equal(td.name, 'web:7');
    assert.deepEqual(td.tags, { app: 'web' });
    assert.equal(tdc.taskRoleArn, `arn:aws:iam::${ACCOUNT}:role/web-task`);
    assert.equal(tdc.networkMode, 'awsvpc');
    assert.deepEqual(tdc.containers[0].portMappings, [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }]);
    assert.deepEqual(tdc.containers[0].environmentNames, ['DATABASE_URL', 'LOG_LEVEL']);
    assert.deepEqual(tdc.containers[0].secretNames, ['DB_PASSWORD', 'API_KEY']);
    assert.ok(td.relationships?.some((r) => r.type === 'uses-role' && r.target.endsWith(':role/web-task')));
    assert.ok(td.relationships?.some((r) => r.type === 'uses-execution-role' && r.target.endsWith(':role/ecsTaskExecutionRole')));
    // Unset network mode is bridge (the Linux default); no task role is null, not undefined.
    const worker = tds.find((t) => t.uid === tdArn('worker', 3))!.config as unknown as EcsTaskDefinitionConfig;
    assert.equal(worker.networkMode, 'bridge');
    assert.equal(worker.taskRoleArn, null);

    // Values never enter the snapshot: neither environment values nor secret references.
    const all = JSON.stringify(resources);
    for (const leaked of [ENV_VALUE, 'hunter2', SECRET_REF, SSM_REF, 'valueFrom', '"info"']) assert.ok(!all.includes(leaked), `snapshot contains ${leaked}`);
  });

  it('AccessDenied on DescribeServices keeps the batch visible with per-field errors and carries on with other clusters', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [clusterArn('locked'), clusterArn('open')] });
    ecs.on(ListServicesCommand, { cluster: clusterArn('locked') }).resolves({ serviceArns: [serviceArn('locked', 'api'), serviceArn('locked', 'admin')] });
    ecs.on(ListServicesCommand, { cluster: clusterArn('open') }).resolves({ serviceArns: [serviceArn('open', 'web')] });
    ecs.on(DescribeServicesCommand, { cluster: clusterArn('locked') }).rejects(awsError('AccessDeniedException', 'not authorized to perform: ecs:DescribeServices', 400));
    ecs.on(DescribeServicesCommand, { cluster: clusterArn('open') }).resolves({ services: [service('open', 'web') as never], failures: [] });
    ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: taskDefinition('web', 7) as never });

    const { resources, errors } = await runCollector(collector);
    const services = resources.filter((r) => r.type === ECS_SERVICE_TYPE);
    assert.deepEqual(services.map((s) => s.uid).sort(), [serviceArn('locked', 'admin'), serviceArn('locked', 'api'), serviceArn('open', 'web')]);
    const api = services.find((s) => s.uid === serviceArn('locked', 'api'))!;
    assert.equal(api.name, 'api');
    assert.equal((api.config as { clusterArn?: string }).clusterArn, clusterArn('locked'));
    for (const f of ['networkConfiguration', 'loadBalancers', 'taskDefinition', 'desiredCount', 'status']) assert.equal(api.errors?.[f], 'AccessDenied', f);
    assert.equal(services.find((s) => s.uid === serviceArn('open', 'web'))!.errors, undefined);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].operation, 'DescribeServices');
    assert.equal(errors[0].code, 'AccessDenied');
    // The denied services name no task definition: only the open cluster's is described.
    assert.deepEqual(resources.filter((r) => r.type === ECS_TASK_DEFINITION_TYPE).map((r) => r.uid), [tdArn('web', 7)]);
  });

  it('a cluster deleted between listing and describe (ClusterNotFoundException) is skipped without an error', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [clusterArn('gone'), clusterArn('gone-early'), clusterArn('prod')] });
    ecs.on(ListServicesCommand, { cluster: clusterArn('gone') }).resolves({ serviceArns: [serviceArn('gone', 'old')] });
    ecs.on(ListServicesCommand, { cluster: clusterArn('gone-early') }).rejects(awsError('ClusterNotFoundException', 'Cluster not found.'));
    ecs.on(ListServicesCommand, { cluster: clusterArn('prod') }).resolves({ serviceArns: [serviceArn('prod', 'web')] });
    ecs.on(DescribeServicesCommand, { cluster: clusterArn('gone') }).rejects(awsError('ClusterNotFoundException', 'Cluster not found.'));
    ecs.on(DescribeServicesCommand, { cluster: clusterArn('prod') }).resolves({ services: [service('prod', 'web') as never] });
    ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: taskDefinition('web', 7) as never });

    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.deepEqual(resources.filter((r) => r.type === ECS_SERVICE_TYPE).map((r) => r.uid), [serviceArn('prod', 'web')]);
    assert.equal(resources.filter((r) => r.type === ECS_TASK_DEFINITION_TYPE).length, 1);
  });

  it('a failed DescribeTaskDefinition keeps the task definition with per-field errors (the analysis then reports the role as unknown)', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [clusterArn('prod')] });
    ecs.on(ListServicesCommand).resolves({ serviceArns: [serviceArn('prod', 'web')] });
    ecs.on(DescribeServicesCommand).resolves({ services: [service('prod', 'web') as never] });
    ecs.on(DescribeTaskDefinitionCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    const { resources, errors } = await runCollector(collector);
    const td = resources.find((r) => r.type === ECS_TASK_DEFINITION_TYPE)!;
    assert.equal(td.uid, tdArn('web', 7));
    assert.equal(td.name, 'web:7');
    assert.equal(td.errors?.taskRoleArn, 'AccessDenied');
    assert.equal(td.errors?.containers, 'AccessDenied');
    assert.equal((td.config as { containers?: unknown }).containers, undefined);
    assert.deepEqual(errors.map((e) => [e.operation, e.code]), [['DescribeTaskDefinition', 'AccessDenied']]);
  });

  it('a failed ListClusters is recorded for both ECS types so rules report NOT_ASSESSED', async () => {
    ecs.on(ListClustersCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 0);
    assert.deepEqual(errors[0].resourceTypes, [ECS_SERVICE_TYPE, ECS_TASK_DEFINITION_TYPE]);
    assert.equal(errors[0].code, 'AccessDenied');
  });
});
