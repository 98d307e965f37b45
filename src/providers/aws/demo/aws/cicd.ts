/**
 * Demo resources for AWS CodePipeline and AWS CodeDeploy (prod, ap-northeast-1): the release path
 * of the web application, the last link of the seed's attack chain. Pipeline "web-app-pipeline"
 * keeps its artifacts in the pipeline artifact bucket (s3.ts) and deploys with CodeDeploy
 * application "web-app", deployment group "web-fleet", which targets every instance tagged
 * role=web — so an appspec.yml tampered in the bucket runs as root on the web fleet. The pipeline's
 * and CodeDeploy's service roles are least privilege.
 */
import { DEPLOYMENT_GROUP_TYPE, PIPELINE_TYPE, deploymentGroupArn, pipelineArn, type DeploymentGroupConfig, type PipelineConfig } from '../../model/codepipeline.js';
import { ROLE_TYPE, type IamRoleConfig, type PolicyDocument, type PolicyStatement } from '../../model/iam.js';
import type { DemoBuilder } from '../builder.js';
import { DEMO } from '../scenario.js';

const { prod, mainRegion, names } = DEMO;
const PIPELINE = 'web-app-pipeline';
const APPLICATION = 'web-app';
const GROUP = 'web-fleet';
const bucketArn = `arn:aws:s3:::${names.pipelineArtifactBucket}`;

const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

function serviceRole(demo: DemoBuilder, name: string, service: string, policy: PolicyDocument) {
  const arn = `arn:aws:iam::${prod}:role/service-role/${name}`;
  const config: IamRoleConfig = {
    roleName: name,
    roleId: `AROA${name.toUpperCase().replace(/[^A-Z]/g, '').padEnd(17, 'X').slice(0, 17)}`,
    path: '/service-role/',
    createDate: '2024-02-20T10:00:00.000Z',
    assumeRolePolicy: doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }),
    attachedPolicies: [],
    inlinePolicies: [{ policyName: `${name}-policy`, document: policy }],
    instanceProfiles: [],
    permissionsBoundaryArn: null,
    roleLastUsed: { lastUsedDate: '2026-11-19T06:12:00.000Z', region: mainRegion },
    serviceLinked: false,
  };
  demo.add({ uid: arn, account: prod, region: 'global', type: ROLE_TYPE, name, tags: { app: 'web' }, config });
  return arn;
}

export function addCicdDemo(demo: DemoBuilder): void {
  const r = mainRegion;
  const groupUid = deploymentGroupArn('aws', r, prod, APPLICATION, GROUP);
  const pipelineRole = serviceRole(
    demo,
    'AWSCodePipelineServiceRole-web-app',
    'codepipeline.amazonaws.com',
    doc(
      { Sid: 'Artifacts', Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject'], Resource: `${bucketArn}/*` },
      { Sid: 'Deploy', Effect: 'Allow', Action: ['codedeploy:CreateDeployment', 'codedeploy:GetDeployment', 'codedeploy:GetDeploymentConfig', 'codedeploy:GetApplicationRevision', 'codedeploy:RegisterApplicationRevision'], Resource: '*' },
    ),
  );
  const deployRole = serviceRole(
    demo,
    'CodeDeployServiceRole-web-app',
    'codedeploy.amazonaws.com',
    doc({ Sid: 'Ec2Targets', Effect: 'Allow', Action: ['ec2:DescribeInstances', 'ec2:DescribeInstanceStatus', 'tag:GetResources', 'autoscaling:CompleteLifecycleAction'], Resource: '*' }),
  );

  const pipeline: PipelineConfig = {
    name: PIPELINE,
    roleArn: pipelineRole,
    pipelineType: 'V2',
    version: 7,
    artifactStores: [{ type: 'S3', location: names.pipelineArtifactBucket }],
    actions: [
      { stage: 'Source', name: 'Source', category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', configuration: { ConnectionArn: `arn:aws:codestar-connections:${r}:${prod}:connection/7d3f0a52-6c1e-4b8a-9f21-0c4d5e6f7a8b`, FullRepositoryId: 'example-corp/web-app', BranchName: 'main' } },
      { stage: 'Deploy', name: 'Deploy', category: 'Deploy', owner: 'AWS', provider: 'CodeDeploy', configuration: { ApplicationName: APPLICATION, DeploymentGroupName: GROUP } },
    ],
    created: '2024-02-20T10:05:00.000Z',
    updated: '2026-08-01T03:00:00.000Z',
  };
  demo.add({
    uid: pipelineArn('aws', r, prod, PIPELINE),
    account: prod,
    region: r,
    type: PIPELINE_TYPE,
    name: PIPELINE,
    config: pipeline,
    relationships: [
      { type: 'stores-artifacts-in', target: bucketArn },
      { type: 'uses-role', target: pipelineRole },
      { type: 'deploys-to', target: groupUid },
    ],
  });

  const group: DeploymentGroupConfig = {
    applicationName: APPLICATION,
    deploymentGroupName: GROUP,
    deploymentGroupId: '5f2c9a1e-8b7d-4c3a-9e6f-1a2b3c4d5e6f',
    computePlatform: 'Server',
    serviceRoleArn: deployRole,
    deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
    ec2TagFilters: [{ Key: 'role', Value: 'web', Type: 'KEY_AND_VALUE' }],
    ec2TagSet: [],
    autoScalingGroups: [],
    ecsServices: [],
  };
  demo.add({ uid: groupUid, account: prod, region: r, type: DEPLOYMENT_GROUP_TYPE, name: `${APPLICATION}/${GROUP}`, config: group, relationships: [{ type: 'uses-role', target: deployRole }] });
}
