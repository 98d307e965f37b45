/**
 * App Runner collector against recorded-shape responses (AWS App Runner API Reference ›
 * ListServices (NextToken pagination), DescribeService › Service). The instance role is kept; runtime
 * environment variables, secrets and the start command never reach the snapshot. A service whose
 * description failed stays visible with its role unknown, and the failure is a listing error of the type.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { AppRunnerClient, DescribeServiceCommand, ListServicesCommand } from '@aws-sdk/client-apprunner';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/apprunner.js';
import { APPRUNNER_SERVICE_TYPE, type AppRunnerServiceConfig } from '../../../../src/providers/aws/model/apprunner.js';
import { awsError, runCollector } from './harness.js';

const ar = mockClient(AppRunnerClient);
const ACCOUNT = '111111111111';
const svcArn = (name: string, id: string) => `arn:aws:apprunner:us-east-1:${ACCOUNT}:service/${name}/${id}`;
const summary = (name: string, id: string, Status: 'RUNNING' | 'PAUSED' | 'CREATE_FAILED' | 'DELETED' = 'RUNNING') => ({
  ServiceName: name,
  ServiceId: id,
  ServiceArn: svcArn(name, id),
  ServiceUrl: `${id.slice(0, 10)}.us-east-1.awsapprunner.com`,
  CreatedAt: new Date('2026-04-01T00:00:00Z'),
  UpdatedAt: new Date('2026-04-02T00:00:00Z'),
  Status,
});
const SECRET = 'sk_live_51Hx9EXAMPLEdoNotStore';

function described(name: string, id: string, roleName: string | null) {
  return {
    Service: {
      ...summary(name, id),
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${name}:latest`,
          ImageRepositoryType: 'ECR' as const,
          ImageConfiguration: {
            Port: '8080',
            StartCommand: `node server.js --token=${SECRET}`,
            RuntimeEnvironmentVariables: { STRIPE_KEY: SECRET, NODE_ENV: 'production' },
            RuntimeEnvironmentSecrets: { DB_PASSWORD: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-AbCdEf` },
          },
        },
        AutoDeploymentsEnabled: true,
        AuthenticationConfiguration: { AccessRoleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/AppRunnerECRAccessRole` },
      },
      InstanceConfiguration: { Cpu: '1024', Memory: '2048', ...(roleName ? { InstanceRoleArn: `arn:aws:iam::${ACCOUNT}:role/${roleName}` } : {}) },
      AutoScalingConfigurationSummary: { AutoScalingConfigurationArn: `arn:aws:apprunner:us-east-1:${ACCOUNT}:autoscalingconfiguration/DefaultConfiguration/1/00000000000000000000000000000001`, AutoScalingConfigurationName: 'DefaultConfiguration', AutoScalingConfigurationRevision: 1 },
      NetworkConfiguration: { EgressConfiguration: { EgressType: 'DEFAULT' as const }, IngressConfiguration: { IsPubliclyAccessible: true }, IpAddressType: 'IPV4' as const },
    },
  };
}

describe('apprunner collector', () => {
  beforeEach(() => ar.reset());

  it('pages through services and keeps the instance role, status and source kind', async () => {
    ar.on(ListServicesCommand).resolvesOnce({ ServiceSummaryList: [summary('api', 'a1b2c3d4e5f60718293a4b5c6d7e8f90')], NextToken: 'n2' }).resolvesOnce({ ServiceSummaryList: [summary('worker', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 'PAUSED')] });
    ar.on(DescribeServiceCommand, { ServiceArn: svcArn('api', 'a1b2c3d4e5f60718293a4b5c6d7e8f90') }).resolves(described('api', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', 'api-instance'));
    ar.on(DescribeServiceCommand, { ServiceArn: svcArn('worker', 'f0e1d2c3b4a5968778695a4b3c2d1e0f') }).resolves({ Service: { ...described('worker', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', null).Service, Status: 'PAUSED' } });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(ar.commandCalls(ListServicesCommand)[1].args[0].input.NextToken, 'n2');
    assert.ok(resources.every((r) => r.type === APPRUNNER_SERVICE_TYPE));
    const api = resources.find((r) => r.name === 'api')!;
    assert.equal(api.uid, svcArn('api', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'));
    const c = api.config as unknown as AppRunnerServiceConfig;
    assert.deepEqual([c.status, c.instanceRoleArn, c.sourceType, c.autoDeploymentsEnabled, c.publiclyAccessible, c.egressType], ['RUNNING', `arn:aws:iam::${ACCOUNT}:role/api-instance`, 'image', true, true, 'DEFAULT']);
    assert.deepEqual(api.relationships, [{ type: 'uses-role', target: `arn:aws:iam::${ACCOUNT}:role/api-instance` }]);
    const worker = resources.find((r) => r.name === 'worker')!;
    assert.deepEqual([(worker.config as unknown as AppRunnerServiceConfig).status, (worker.config as unknown as AppRunnerServiceConfig).instanceRoleArn], ['PAUSED', null]);
    assert.equal(worker.relationships, undefined);
  });

  it('never stores environment variable values, secrets or the start command', async () => {
    ar.on(ListServicesCommand).resolves({ ServiceSummaryList: [summary('api', 'a1b2c3d4e5f60718293a4b5c6d7e8f90')] });
    ar.on(DescribeServiceCommand).resolves(described('api', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', 'api-instance'));
    const { resources } = await runCollector(collector);
    const text = JSON.stringify(resources);
    assert.equal(resources.length, 1);
    for (const leaked of [SECRET, 'STRIPE_KEY', 'DB_PASSWORD', 'secret:db-', 'node server.js']) assert.ok(!text.includes(leaked), leaked);
  });

  it('a denied DescribeService leaves that service\'s role unknown and is a listing error of the type', async () => {
    ar.on(ListServicesCommand).resolves({ ServiceSummaryList: [summary('api', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'), summary('gone', '0123456789abcdef0123456789abcdef', 'DELETED')] });
    ar.on(DescribeServiceCommand).rejects(awsError('AccessDeniedException', 'User is not authorized to perform: apprunner:DescribeService', 400));
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 1, 'a DELETED service is not kept');
    assert.deepEqual(resources[0].errors, { instanceRoleArn: 'AccessDenied', sourceType: 'AccessDenied' });
    assert.equal('instanceRoleArn' in resources[0].config, false, 'unknown, not "no role"');
    assert.equal((resources[0].config as unknown as AppRunnerServiceConfig).status, 'RUNNING');
    assert.deepEqual(errors.map((e) => [e.operation, e.code, e.resourceTypes]), [['DescribeService', 'AccessDenied', [APPRUNNER_SERVICE_TYPE]]]);
  });

  it('records a denied ListServices', async () => {
    ar.on(ListServicesCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(resources, []);
    assert.deepEqual(errors.map((e) => [e.operation, e.code]), [['ListServices', 'AccessDenied']]);
  });
});
