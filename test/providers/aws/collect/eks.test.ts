import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/eks.js';
import { EKS_CLUSTER_TYPE, type EksClusterConfig } from '../../../../src/providers/aws/model/eks.js';
import { awsError, runCollector } from './harness.js';

const eks = mockClient(EKSClient);
const arn = (name: string) => `arn:aws:eks:us-east-1:111111111111:cluster/${name}`;

function cluster(name: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    arn: arn(name),
    createdAt: new Date('2024-05-01T00:00:00Z'),
    version: '1.29',
    platformVersion: 'eks.12',
    status: 'ACTIVE',
    roleArn: 'arn:aws:iam::111111111111:role/eks-cluster-role',
    resourcesVpcConfig: {
      subnetIds: ['subnet-0aaa', 'subnet-0bbb'],
      securityGroupIds: ['sg-0ccc'],
      clusterSecurityGroupId: 'sg-0ddd',
      vpcId: 'vpc-0eee',
      endpointPublicAccess: true,
      endpointPrivateAccess: false,
      publicAccessCidrs: ['0.0.0.0/0'],
    },
    logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false }] },
    tags: { env: 'prod' },
    ...extra,
  };
}

describe('eks collector', () => {
  afterEach(() => eks.reset());

  it('paginates ListClusters and normalises DescribeCluster', async () => {
    eks.on(ListClustersCommand).resolvesOnce({ clusters: ['web'], nextToken: 'page2' }).resolvesOnce({ clusters: ['batch'] });
    eks.on(DescribeClusterCommand, { name: 'web' }).resolves({ cluster: cluster('web') as never });
    eks.on(DescribeClusterCommand, { name: 'batch' }).resolves({
      cluster: cluster('batch', {
        version: '1.33',
        resourcesVpcConfig: { vpcId: 'vpc-0eee', subnetIds: ['subnet-0aaa'], securityGroupIds: [], endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] },
        logging: {
          clusterLogging: [
            { types: ['api', 'audit'], enabled: true },
            { types: ['scheduler'], enabled: false },
          ],
        },
        encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }],
        upgradePolicy: { supportType: 'STANDARD' },
      }) as never,
    });

    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(eks.commandCalls(ListClustersCommand).length, 2);
    assert.deepEqual(resources.map((r) => r.name).sort(), ['batch', 'web']);

    const web = resources.find((r) => r.name === 'web')!;
    const webCfg = web.config as unknown as EksClusterConfig;
    assert.equal(web.type, EKS_CLUSTER_TYPE);
    assert.equal(web.uid, arn('web'));
    assert.deepEqual(web.tags, { env: 'prod' });
    assert.equal(webCfg.resourcesVpcConfig.endpointPublicAccess, true);
    assert.deepEqual(webCfg.resourcesVpcConfig.publicAccessCidrs, ['0.0.0.0/0']);
    assert.deepEqual(webCfg.enabledLogTypes, []);
    assert.deepEqual(webCfg.encryptionConfig, []);
    assert.ok(web.relationships?.some((r) => r.type === 'in-vpc' && r.target === 'arn:aws:ec2:us-east-1:111111111111:vpc/vpc-0eee'));
    assert.ok(web.relationships?.some((r) => r.type === 'uses-security-group' && r.target.endsWith('security-group/sg-0ddd')));
    assert.ok(web.relationships?.some((r) => r.type === 'uses-role'));

    const batch = resources.find((r) => r.name === 'batch')!.config as unknown as EksClusterConfig;
    assert.deepEqual(batch.enabledLogTypes, ['api', 'audit']);
    assert.deepEqual(batch.encryptionConfig[0].resources, ['secrets']);
    assert.equal(batch.supportType, 'STANDARD');
  });

  it('records AccessDenied on one DescribeCluster and still emits the other clusters', async () => {
    eks.on(ListClustersCommand).resolves({ clusters: ['denied', 'ok'] });
    eks.on(DescribeClusterCommand, { name: 'denied' }).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    eks.on(DescribeClusterCommand, { name: 'ok' }).resolves({ cluster: cluster('ok') as never });

    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 2);
    const denied = resources.find((r) => r.name === 'denied')!;
    assert.equal(denied.errors?.resourcesVpcConfig, 'AccessDenied');
    assert.equal(denied.errors?.enabledLogTypes, 'AccessDenied');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].operation, 'DescribeCluster');
    assert.equal(errors[0].resourceUid, arn('denied'));
    assert.equal(resources.find((r) => r.name === 'ok')!.errors, undefined);
  });

  it('skips a cluster deleted between listing and describe (ResourceNotFoundException is not an error)', async () => {
    eks.on(ListClustersCommand).resolves({ clusters: ['gone'] });
    eks.on(DescribeClusterCommand).rejects(awsError('ResourceNotFoundException', 'No cluster found', 404));
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 0);
    assert.deepEqual(errors, []);
  });

  it('records a failed ListClusters with the cluster type so rules report NOT_ASSESSED', async () => {
    eks.on(ListClustersCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 0);
    assert.deepEqual(errors[0].resourceTypes, [EKS_CLUSTER_TYPE]);
    assert.equal(errors[0].code, 'AccessDenied');
  });
});
