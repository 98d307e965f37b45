import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { DescribeClusterCommand, DescribePodIdentityAssociationCommand, EKSClient, ListClustersCommand, ListPodIdentityAssociationsCommand } from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/eks.js';
import { EKS_CLUSTER_TYPE, EKS_POD_IDENTITY_ASSOCIATION_TYPE, type EksClusterConfig, type EksPodIdentityAssociationConfig } from '../../../../src/providers/aws/model/eks.js';
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
    identity: { oidc: { issuer: `https://oidc.eks.us-east-1.amazonaws.com/id/${name.toUpperCase()}0123456789ABCDEF` } },
    tags: { env: 'prod' },
    ...extra,
  };
}

describe('eks collector', () => {
  afterEach(() => eks.reset());
  const noAssociations = () => eks.on(ListPodIdentityAssociationsCommand).resolves({ associations: [] });

  it('paginates ListClusters and normalises DescribeCluster', async () => {
    noAssociations();
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
    assert.equal(webCfg.oidcIssuer, 'https://oidc.eks.us-east-1.amazonaws.com/id/WEB0123456789ABCDEF');
    assert.deepEqual(webCfg.podIdentityAssociations, []);
  });

  it('records AccessDenied on one DescribeCluster and still emits the other clusters', async () => {
    noAssociations();
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

  it('a cluster without an OIDC identity has oidcIssuer null', async () => {
    noAssociations();
    eks.on(ListClustersCommand).resolves({ clusters: ['old'] });
    eks.on(DescribeClusterCommand).resolves({ cluster: cluster('old', { identity: undefined }) as never });
    const { resources } = await runCollector(collector);
    assert.equal((resources[0].config as unknown as EksClusterConfig).oidcIssuer, null);
  });

  it('lists Pod Identity associations per cluster (nextToken), describes each and emits them with uses-role', async () => {
    const assoc = (id: string) => `arn:aws:eks:us-east-1:111111111111:podidentityassociation/web/${id}`;
    eks.on(ListClustersCommand).resolves({ clusters: ['web'] });
    eks.on(DescribeClusterCommand).resolves({ cluster: cluster('web') as never });
    eks
      .on(ListPodIdentityAssociationsCommand)
      .resolvesOnce({ associations: [{ clusterName: 'web', namespace: 'shop', serviceAccount: 'frontend', associationArn: assoc('a-1'), associationId: 'a-1', ownerArn: undefined }], nextToken: 'p2' })
      .resolvesOnce({ associations: [{ clusterName: 'web', namespace: 'ops', serviceAccount: 'deployer', associationArn: assoc('a-2'), associationId: 'a-2' }] });
    eks.on(DescribePodIdentityAssociationCommand, { clusterName: 'web', associationId: 'a-1' }).resolves({
      association: { clusterName: 'web', namespace: 'shop', serviceAccount: 'frontend', roleArn: 'arn:aws:iam::111111111111:role/shop-frontend', associationArn: assoc('a-1'), associationId: 'a-1', tags: { team: 'shop' }, createdAt: new Date('2026-01-01T00:00:00Z'), modifiedAt: new Date('2026-01-01T00:00:00Z'), disableSessionTags: false },
    });
    eks.on(DescribePodIdentityAssociationCommand, { clusterName: 'web', associationId: 'a-2' }).resolves({
      association: { clusterName: 'web', namespace: 'ops', serviceAccount: 'deployer', roleArn: 'arn:aws:iam::111111111111:role/pod-identity-hop', targetRoleArn: 'arn:aws:iam::222222222222:role/deployer', externalId: 'ext-123', associationArn: assoc('a-2'), associationId: 'a-2' },
    });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(eks.commandCalls(ListPodIdentityAssociationsCommand)[1].args[0].input.nextToken, 'p2');
    assert.equal(eks.commandCalls(ListPodIdentityAssociationsCommand)[0].args[0].input.clusterName, 'web');
    const web = resources.find((r) => r.type === EKS_CLUSTER_TYPE)!;
    assert.deepEqual((web.config as unknown as EksClusterConfig).podIdentityAssociations, [assoc('a-1'), assoc('a-2')]);
    const [a1, a2] = resources.filter((r) => r.type === EKS_POD_IDENTITY_ASSOCIATION_TYPE);
    assert.equal(a1.uid, assoc('a-1'));
    assert.equal(a1.name, 'shop/frontend');
    assert.deepEqual(a1.tags, { team: 'shop' });
    const c1 = a1.config as unknown as EksPodIdentityAssociationConfig;
    assert.deepEqual([c1.namespace, c1.serviceAccount, c1.roleArn, c1.targetRoleArn], ['shop', 'frontend', 'arn:aws:iam::111111111111:role/shop-frontend', null]);
    assert.ok(a1.relationships?.some((r) => r.type === 'uses-role' && r.target === 'arn:aws:iam::111111111111:role/shop-frontend'));
    const c2 = a2.config as unknown as EksPodIdentityAssociationConfig;
    assert.equal(c2.targetRoleArn, 'arn:aws:iam::222222222222:role/deployer');
    assert.deepEqual(a2.relationships?.filter((r) => r.type === 'uses-role').map((r) => r.target), ['arn:aws:iam::111111111111:role/pod-identity-hop', 'arn:aws:iam::222222222222:role/deployer']);
  });

  it('a denied ListPodIdentityAssociations is recorded on the cluster (podIdentityAssociations absent); a denied Describe leaves the association without roleArn', async () => {
    eks.on(ListClustersCommand).resolves({ clusters: ['a', 'b'] });
    eks.on(DescribeClusterCommand, { name: 'a' }).resolves({ cluster: cluster('a') as never });
    eks.on(DescribeClusterCommand, { name: 'b' }).resolves({ cluster: cluster('b') as never });
    eks.on(ListPodIdentityAssociationsCommand, { clusterName: 'a' }).rejects(awsError('AccessDeniedException', 'not authorized to perform: eks:ListPodIdentityAssociations', 403));
    eks.on(ListPodIdentityAssociationsCommand, { clusterName: 'b' }).resolves({ associations: [{ clusterName: 'b', namespace: 'web', serviceAccount: 'app', associationArn: 'arn:aws:eks:us-east-1:111111111111:podidentityassociation/b/a-9', associationId: 'a-9' }] });
    eks.on(DescribePodIdentityAssociationCommand).rejects(awsError('AccessDeniedException', 'not authorized to perform: eks:DescribePodIdentityAssociation', 403));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors.map((e) => [e.operation, e.code]), [['ListPodIdentityAssociations', 'AccessDenied'], ['DescribePodIdentityAssociation', 'AccessDenied']]);
    const a = resources.find((r) => r.name === 'a' && r.type === EKS_CLUSTER_TYPE)!;
    assert.equal((a.config as unknown as EksClusterConfig).podIdentityAssociations, undefined);
    assert.deepEqual(a.errors, { podIdentityAssociations: 'AccessDenied' });
    const assoc = resources.find((r) => r.type === EKS_POD_IDENTITY_ASSOCIATION_TYPE)!;
    assert.equal((assoc.config as unknown as EksPodIdentityAssociationConfig).roleArn, undefined);
    assert.equal((assoc.config as unknown as EksPodIdentityAssociationConfig).namespace, 'web');
    assert.equal(assoc.errors?.roleArn, 'AccessDenied');
  });
});
