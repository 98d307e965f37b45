/**
 * Glue collector against recorded-shape responses (AWS Glue API Reference › GetDevEndpoints,
 * NextToken pagination). Public keys, arguments and the public address itself must never reach
 * the snapshot: only whether there is one.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { GetDevEndpointsCommand, GlueClient } from '@aws-sdk/client-glue';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/glue.js';
import { DEV_ENDPOINT_TYPE, devEndpointArn, type DevEndpointConfig } from '../../../../src/providers/aws/model/glue.js';
import { awsError, runCollector } from './harness.js';

const glue = mockClient(GlueClient);
const ACCOUNT = '111111111111';
const PUBLIC_KEY = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDreal+looking+key dev@laptop';

describe('glue collector', () => {
  beforeEach(() => glue.reset());

  it('pages through GetDevEndpoints and keeps role, status and whether a public address exists', async () => {
    glue
      .on(GetDevEndpointsCommand)
      .resolvesOnce({
        DevEndpoints: [
          {
            EndpointName: 'etl-dev',
            RoleArn: `arn:aws:iam::${ACCOUNT}:role/glue-dev-endpoint`,
            Status: 'READY',
            PublicAddress: 'ec2-54-1-2-3.compute-1.amazonaws.com',
            PublicKey: PUBLIC_KEY,
            PublicKeys: [PUBLIC_KEY],
            GlueVersion: '1.0',
            NumberOfNodes: 5,
            Arguments: { '--enable-glue-datacatalog': '', GLUE_PYTHON_VERSION: '3' },
            CreatedTimestamp: new Date('2026-06-01T00:00:00Z'),
          },
        ],
        NextToken: 'more',
      })
      .resolvesOnce({
        DevEndpoints: [{ EndpointName: 'in-vpc', RoleArn: `arn:aws:iam::${ACCOUNT}:role/glue-vpc`, Status: 'PROVISIONING', SubnetId: 'subnet-0g', VpcId: 'vpc-0g', PrivateAddress: '10.0.1.5', SecurityGroupIds: ['sg-0g'] }],
      });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(glue.commandCalls(GetDevEndpointsCommand)[1].args[0].input.NextToken, 'more');
    assert.deepEqual(resources.map((r) => [r.type, r.uid]), [[DEV_ENDPOINT_TYPE, devEndpointArn('aws', 'us-east-1', ACCOUNT, 'etl-dev')], [DEV_ENDPOINT_TYPE, devEndpointArn('aws', 'us-east-1', ACCOUNT, 'in-vpc')]]);
    const dev = resources[0].config as unknown as DevEndpointConfig;
    assert.deepEqual([dev.roleArn, dev.status, dev.hasPublicAddress], [`arn:aws:iam::${ACCOUNT}:role/glue-dev-endpoint`, 'READY', true]);
    const vpc = resources[1].config as unknown as DevEndpointConfig;
    assert.deepEqual([vpc.hasPublicAddress, vpc.subnetId, vpc.vpcId], [false, 'subnet-0g', 'vpc-0g']);
    const text = JSON.stringify(resources);
    assert.ok(!text.includes('AAAAB3') && !text.includes('ec2-54-1-2-3') && !text.includes('GLUE_PYTHON_VERSION'), 'no key, address or argument in the snapshot');
  });

  it('records AccessDenied on GetDevEndpoints for the type', async () => {
    glue.on(GetDevEndpointsCommand).rejects(awsError('AccessDeniedException', 'not authorized to perform: glue:GetDevEndpoints', 400));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(resources, []);
    assert.deepEqual(errors.map((e) => [e.operation, e.code, e.resourceTypes]), [['GetDevEndpoints', 'AccessDenied', [DEV_ENDPOINT_TYPE]]]);
  });
});
