import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { CodePipelineClient, GetPipelineCommand, ListPipelinesCommand } from '@aws-sdk/client-codepipeline';
import { BatchGetDeploymentGroupsCommand, CodeDeployClient, ListApplicationsCommand, ListDeploymentGroupsCommand } from '@aws-sdk/client-codedeploy';
import { mockClient } from 'aws-sdk-client-mock';
import { codedeployCollector, collector } from '../../../../src/providers/aws/collect/services/codepipeline.js';
import type { DeploymentGroupConfig, PipelineConfig } from '../../../../src/providers/aws/model/codepipeline.js';
import { awsError, runCollector } from './harness.js';

const cp = mockClient(CodePipelineClient);
const cd = mockClient(CodeDeployClient);
const ACCOUNT = '111111111111';
const REGION = 'us-east-1';

// CodePipeline User Guide › Pipeline structure reference: an S3 artifact store, a source stage and a
// CodeDeploy deploy action naming ApplicationName / DeploymentGroupName.
const PIPELINE = {
  name: 'web-app',
  roleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/AWSCodePipelineServiceRole-web-app`,
  artifactStore: { type: 'S3' as const, location: 'codepipeline-us-east-1-123456789' },
  pipelineType: 'V2' as const,
  version: 3,
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          actionTypeId: { category: 'Source' as const, owner: 'ThirdParty' as const, provider: 'GitHub', version: '1' },
          configuration: { Owner: 'example', Repo: 'web', Branch: 'main', OAuthToken: '****' },
          outputArtifacts: [{ name: 'SourceArtifact' }],
        },
      ],
    },
    {
      name: 'Deploy',
      actions: [
        {
          name: 'Deploy',
          actionTypeId: { category: 'Deploy' as const, owner: 'AWS' as const, provider: 'CodeDeploy', version: '1' },
          configuration: { ApplicationName: 'web', DeploymentGroupName: 'web-fleet' },
          inputArtifacts: [{ name: 'SourceArtifact' }],
        },
      ],
    },
  ],
};

describe('codepipeline collector', () => {
  afterEach(() => {
    cp.reset();
    cd.reset();
  });

  it('paginates ListPipelines; keeps artifact stores, role and actions, drops secret configuration keys', async () => {
    cp.on(ListPipelinesCommand).resolves({ pipelines: [{ name: 'web-app', version: 3, created: new Date('2026-01-01T00:00:00Z') }], nextToken: 'p2' });
    cp.on(ListPipelinesCommand, { nextToken: 'p2' }).resolves({ pipelines: [{ name: 'cross-region' }] });
    cp.on(GetPipelineCommand, { name: 'web-app' }).resolves({ pipeline: PIPELINE });
    cp.on(GetPipelineCommand, { name: 'cross-region' }).resolves({
      pipeline: {
        name: 'cross-region',
        roleArn: `arn:aws:iam::${ACCOUNT}:role/cp`,
        artifactStores: { 'us-east-1': { type: 'S3', location: 'artifacts-use1' }, 'eu-west-1': { type: 'S3', location: 'artifacts-euw1', encryptionKey: { id: 'alias/cp', type: 'KMS' } } },
        stages: [],
      },
    });
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT, region: REGION });
    assert.deepEqual(errors, []);
    assert.equal(cp.commandCalls(ListPipelinesCommand).length, 2);
    const web = resources.find((r) => r.uid === `arn:aws:codepipeline:${REGION}:${ACCOUNT}:web-app`)!;
    const c = web.config as unknown as PipelineConfig;
    assert.deepEqual(c.artifactStores, [{ type: 'S3', location: 'codepipeline-us-east-1-123456789' }]);
    assert.equal(c.actions?.length, 2);
    assert.deepEqual(c.actions?.[0].configuration, { Owner: 'example', Repo: 'web', Branch: 'main' }, 'OAuthToken is never stored');
    assert.ok(!JSON.stringify(web).includes('OAuthToken'));
    assert.ok(web.relationships?.some((r) => r.type === 'deploys-to' && r.target === `arn:aws:codedeploy:${REGION}:${ACCOUNT}:deploymentgroup:web/web-fleet`));
    assert.ok(web.relationships?.some((r) => r.type === 'stores-artifacts-in' && r.target === 'arn:aws:s3:::codepipeline-us-east-1-123456789'));
    const cross = resources.find((r) => r.name === 'cross-region')!.config as unknown as PipelineConfig;
    assert.deepEqual(
      cross.artifactStores?.map((s) => [s.location, s.region, s.encryptionKeyId]),
      [
        ['artifacts-use1', 'us-east-1', undefined],
        ['artifacts-euw1', 'eu-west-1', 'alias/cp'],
      ],
    );
  });

  it('AccessDenied on GetPipeline leaves artifact stores and actions unknown (not empty); a deleted pipeline is skipped', async () => {
    cp.on(ListPipelinesCommand).resolves({ pipelines: [{ name: 'denied' }, { name: 'gone' }] });
    cp.on(GetPipelineCommand, { name: 'denied' }).rejects(awsError('AccessDeniedException', 'not authorized to perform: codepipeline:GetPipeline', 400));
    cp.on(GetPipelineCommand, { name: 'gone' }).rejects(awsError('PipelineNotFoundException', 'not found'));
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT, region: REGION });
    assert.deepEqual(resources.map((r) => r.name), ['denied']);
    const c = resources[0].config as unknown as PipelineConfig;
    assert.equal(c.artifactStores, undefined);
    assert.equal(c.actions, undefined);
    assert.deepEqual(Object.keys(resources[0].errors ?? {}).sort(), ['actions', 'artifactStores']);
    assert.deepEqual(errors.map((e) => e.operation), ['GetPipeline']);
  });
});

describe('codedeploy collector', () => {
  afterEach(() => cd.reset());

  it('lists applications and groups, batches BatchGetDeploymentGroups by 25, keeps tag filters, tag sets and Auto Scaling groups', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `g${i}`);
    cd.on(ListApplicationsCommand).resolves({ applications: ['web'] });
    cd.on(ListDeploymentGroupsCommand).resolves({ applicationName: 'web', deploymentGroups: names });
    cd.on(BatchGetDeploymentGroupsCommand).callsFake(async (input: { deploymentGroupNames: string[] }) => ({
      deploymentGroupsInfo: input.deploymentGroupNames.map((n) => ({
        applicationName: 'web',
        deploymentGroupName: n,
        computePlatform: 'Server',
        serviceRoleArn: `arn:aws:iam::${ACCOUNT}:role/codedeploy`,
        ec2TagFilters: n === 'g0' ? [{ Key: 'role', Value: 'web', Type: 'KEY_AND_VALUE' }] : [],
        ec2TagSet: n === 'g1' ? { ec2TagSetList: [[{ Key: 'env', Value: 'prod', Type: 'KEY_AND_VALUE' }], [{ Key: 'role', Type: 'KEY_ONLY' }]] } : undefined,
        autoScalingGroups: n === 'g2' ? [{ name: 'web-asg', hook: 'CodeDeploy-managed-automatic-launch-deployment-hook-g2' }] : [],
      })),
    }));
    const { resources, errors } = await runCollector(codedeployCollector, { account: ACCOUNT, region: REGION });
    assert.deepEqual(errors, []);
    assert.equal(resources.length, 30);
    assert.deepEqual(cd.commandCalls(BatchGetDeploymentGroupsCommand).map((c) => c.args[0].input.deploymentGroupNames?.length), [25, 5]);
    const cfg = (n: string) => resources.find((r) => r.uid === `arn:aws:codedeploy:${REGION}:${ACCOUNT}:deploymentgroup:web/${n}`)!.config as unknown as DeploymentGroupConfig;
    assert.deepEqual(cfg('g0').ec2TagFilters, [{ Key: 'role', Value: 'web', Type: 'KEY_AND_VALUE' }]);
    assert.deepEqual(cfg('g1').ec2TagSet, [[{ Key: 'env', Value: 'prod', Type: 'KEY_AND_VALUE' }], [{ Key: 'role', Type: 'KEY_ONLY' }]]);
    assert.deepEqual(cfg('g2').autoScalingGroups, ['web-asg']);
  });

  it('a failed ListDeploymentGroups is a collection error for the deployment group type', async () => {
    cd.on(ListApplicationsCommand).resolves({ applications: ['web'] });
    cd.on(ListDeploymentGroupsCommand).rejects(awsError('AccessDeniedException', 'denied'));
    const { resources, errors } = await runCollector(codedeployCollector, { account: ACCOUNT, region: REGION });
    assert.equal(resources.length, 0);
    assert.deepEqual(errors.map((e) => [e.operation, e.resourceTypes]), [['ListDeploymentGroups', ['AWS::CodeDeploy::DeploymentGroup']]]);
  });
});
