import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  DescribeRepositoriesCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
  GetRepositoryPolicyCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-ecr';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/ecr.js';
import { ECR_REGISTRY_SCANNING_TYPE, ECR_REPOSITORY_TYPE, type EcrRegistryScanningConfig, type EcrRepositoryConfig } from '../../../../src/providers/aws/model/ecr.js';
import { awsError, runCollector } from './harness.js';

const ecr = mockClient(ECRClient);
const kms = mockClient(KMSClient);
const ACCOUNT = '111111111111';
const arn = (name: string) => `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/${name}`;
const CMK = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

function repo(name: string, extra: Record<string, unknown> = {}) {
  return {
    repositoryArn: arn(name),
    registryId: ACCOUNT,
    repositoryName: name,
    repositoryUri: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${name}`,
    createdAt: new Date('2025-01-10T00:00:00Z'),
    imageTagMutability: 'MUTABLE' as const,
    imageScanningConfiguration: { scanOnPush: false },
    encryptionConfiguration: { encryptionType: 'AES256' as const },
    ...extra,
  };
}

const publicPull = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: ['ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'] }],
});

describe('ecr collector', () => {
  afterEach(() => {
    ecr.reset();
    kms.reset();
  });

  function defaults() {
    ecr.on(GetRegistryScanningConfigurationCommand).resolves({
      registryId: ACCOUNT,
      scanningConfiguration: { scanType: 'ENHANCED', rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'prod-*', filterType: 'WILDCARD' }] }] },
    });
    ecr.on(ListTagsForResourceCommand).resolves({ tags: [{ Key: 'team', Value: 'web' }] });
    ecr.on(GetRepositoryPolicyCommand).rejects(awsError('RepositoryPolicyNotFoundException', 'Repository policy does not exist'));
    ecr.on(GetLifecyclePolicyCommand).rejects(awsError('LifecyclePolicyNotFoundException', 'Lifecycle policy does not exist'));
  }

  it('paginates DescribeRepositories and collects policies, lifecycle, tags, key manager and registry scanning', async () => {
    defaults();
    ecr
      .on(DescribeRepositoriesCommand)
      .resolvesOnce({ repositories: [repo('web-app')], nextToken: 'page2' })
      .resolvesOnce({
        repositories: [
          repo('prod-api', {
            imageTagMutability: 'IMMUTABLE',
            imageScanningConfiguration: { scanOnPush: true },
            encryptionConfiguration: { encryptionType: 'KMS', kmsKey: CMK },
          }),
        ],
      });
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'web-app' }).resolves({ registryId: ACCOUNT, repositoryName: 'web-app', policyText: publicPull });
    ecr.on(GetLifecyclePolicyCommand, { repositoryName: 'prod-api' }).resolves({
      registryId: ACCOUNT,
      repositoryName: 'prod-api',
      lifecyclePolicyText: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] }),
    });
    kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Arn: CMK, KeyManager: 'CUSTOMER' } });

    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(ecr.commandCalls(DescribeRepositoriesCommand).length, 2);

    const registry = resources.find((r) => r.type === ECR_REGISTRY_SCANNING_TYPE)!;
    const regCfg = registry.config as unknown as EcrRegistryScanningConfig;
    assert.equal(regCfg.scanType, 'ENHANCED');
    assert.deepEqual(regCfg.rules[0].repositoryFilters, [{ filter: 'prod-*', filterType: 'WILDCARD' }]);

    const web = resources.find((r) => r.uid === arn('web-app'))!;
    const webCfg = web.config as unknown as EcrRepositoryConfig;
    assert.equal(web.type, ECR_REPOSITORY_TYPE);
    assert.deepEqual(web.tags, { team: 'web' });
    assert.equal(webCfg.scanOnPush, false);
    assert.equal(webCfg.imageTagMutability, 'MUTABLE');
    assert.equal(webCfg.kmsKeyManager, null);
    assert.equal((webCfg.policy as { Statement: unknown[] }).Statement.length, 1);
    assert.equal(webCfg.lifecyclePolicy, null, 'LifecyclePolicyNotFoundException means no lifecycle policy');

    const api = resources.find((r) => r.uid === arn('prod-api'))!;
    const apiCfg = api.config as unknown as EcrRepositoryConfig;
    assert.equal(apiCfg.policy, null, 'RepositoryPolicyNotFoundException means no policy');
    assert.equal(apiCfg.kmsKeyManager, 'CUSTOMER');
    assert.equal(apiCfg.lifecyclePolicy?.rules?.length, 1);
    assert.deepEqual(api.relationships, [{ type: 'encrypted-with', target: CMK }]);
  });

  it('treats KMS encryption without a key as the AWS managed key', async () => {
    defaults();
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repo('kms-default', { encryptionConfiguration: { encryptionType: 'KMS' } })] });
    const { resources } = await runCollector(collector);
    const cfg = resources.find((r) => r.type === ECR_REPOSITORY_TYPE)!.config as unknown as EcrRepositoryConfig;
    assert.equal(cfg.kmsKeyManager, 'AWS');
    assert.equal(kms.commandCalls(DescribeKeyCommand).length, 0);
  });

  it('records AccessDenied on one repository policy without dropping the other repositories', async () => {
    defaults();
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repo('locked'), repo('open')] });
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'locked' }).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    const { resources, errors } = await runCollector(collector);
    const repos = resources.filter((r) => r.type === ECR_REPOSITORY_TYPE);
    assert.equal(repos.length, 2);
    const locked = repos.find((r) => r.name === 'locked')!;
    assert.equal(locked.errors?.policy, 'AccessDenied');
    assert.equal((locked.config as unknown as EcrRepositoryConfig).policy, undefined);
    assert.equal(repos.find((r) => r.name === 'open')!.errors, undefined);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].operation, 'GetRepositoryPolicy');
    assert.equal(errors[0].resourceUid, arn('locked'));
  });

  it('records a failed DescribeKey as kmsKeyManager error', async () => {
    defaults();
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repo('cmk', { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: CMK } })] });
    kms.on(DescribeKeyCommand).rejects(awsError('AccessDeniedException', 'kms denied', 403));
    const { resources } = await runCollector(collector);
    const cmk = resources.find((r) => r.type === ECR_REPOSITORY_TYPE)!;
    assert.equal(cmk.errors?.kmsKeyManager, 'AccessDenied');
    assert.equal((cmk.config as unknown as EcrRepositoryConfig).kmsKeyManager, undefined);
  });

  it('records listing failures with their resource types', async () => {
    ecr.on(GetRegistryScanningConfigurationCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    ecr.on(DescribeRepositoriesCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 0);
    assert.deepEqual(
      errors.map((e) => e.resourceTypes),
      [[ECR_REGISTRY_SCANNING_TYPE], [ECR_REPOSITORY_TYPE]],
    );
  });
});
