import {
  ECRClient,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
  GetRepositoryPolicyCommand,
  ListTagsForResourceCommand,
  paginateDescribeRepositories,
  type Repository,
} from '@aws-sdk/client-ecr';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  ECR_REGISTRY_SCANNING_TYPE,
  ECR_REPOSITORY_TYPE,
  ecrRegistryScanningUid,
  type EcrRegistryScanningConfig,
  type EcrRepositoryConfig,
} from '../../model/ecr.js';
import type { Relationship } from '../../../../model/types.js';
import type { CollectContext, ServiceCollector } from '../types.js';

/** ECR private repositories (scanning, tag mutability, encryption, policies) and the registry scanning configuration. */
export const collector: ServiceCollector = {
  service: 'ecr',
  global: false,
  async collect(ctx) {
    const ecr = ctx.client(ECRClient);

    const scanning = await ctx.list('GetRegistryScanningConfiguration', [ECR_REGISTRY_SCANNING_TYPE], async () => {
      const res = await ecr.send(new GetRegistryScanningConfigurationCommand({}));
      return res.scanningConfiguration;
    });
    if (scanning !== undefined) {
      const config: EcrRegistryScanningConfig = {
        scanType: scanning?.scanType ?? 'BASIC',
        rules: (scanning?.rules ?? []).map((r) => ({
          scanFrequency: r.scanFrequency ?? 'MANUAL',
          repositoryFilters: (r.repositoryFilters ?? []).map((f) => ({ filter: f.filter ?? '', filterType: f.filterType ?? 'WILDCARD' })),
        })),
      };
      ctx.emit({
        uid: ecrRegistryScanningUid(ctx.account, ctx.region, ctx.partition),
        account: ctx.account,
        region: ctx.region,
        type: ECR_REGISTRY_SCANNING_TYPE,
        name: `ECR registry scanning (${ctx.region})`,
        tags: {},
        config: config as unknown as Record<string, unknown>,
      });
    }

    const repos = await ctx.list('DescribeRepositories', [ECR_REPOSITORY_TYPE], async () => {
      const out: Repository[] = [];
      for await (const page of paginateDescribeRepositories({ client: ecr }, {})) out.push(...(page.repositories ?? []));
      return out;
    });
    if (!repos) return;

    const keyManagers = new Map<string, Promise<string | undefined>>();
    for (const repo of repos) await collectRepository(ctx, ecr, repo, keyManagers);
  },
};

async function collectRepository(
  ctx: CollectContext,
  ecr: ECRClient,
  repo: Repository,
  keyManagers: Map<string, Promise<string | undefined>>,
) {
  const name = repo.repositoryName ?? '';
  const uid = repo.repositoryArn ?? `arn:${ctx.partition}:ecr:${ctx.region}:${ctx.account}:repository/${name}`;
  const errors: Record<string, string> = {};
  const ids = { registryId: repo.registryId, repositoryName: name };

  const policyText = await ctx.detail(
    errors,
    uid,
    'policy',
    'GetRepositoryPolicy',
    async () => (await ecr.send(new GetRepositoryPolicyCommand(ids))).policyText ?? null,
    ['RepositoryPolicyNotFoundException'],
  );
  const lifecycleText = await ctx.detail(
    errors,
    uid,
    'lifecyclePolicy',
    'GetLifecyclePolicy',
    async () => (await ecr.send(new GetLifecyclePolicyCommand(ids))).lifecyclePolicyText ?? null,
    ['LifecyclePolicyNotFoundException'],
  );
  const tagList = await ctx.detail(errors, uid, 'tags', 'ListTagsForResource', async () => {
    return (await ecr.send(new ListTagsForResourceCommand({ resourceArn: uid }))).tags ?? [];
  });

  const encryptionType = repo.encryptionConfiguration?.encryptionType ?? 'AES256';
  const kmsKey = repo.encryptionConfiguration?.kmsKey;
  let kmsKeyManager: EcrRepositoryConfig['kmsKeyManager'] = null;
  if (encryptionType !== 'AES256') {
    if (!kmsKey) {
      kmsKeyManager = 'AWS'; // KMS without a key: the AWS managed key aws/ecr
    } else {
      let pending = keyManagers.get(kmsKey);
      if (!pending) {
        pending = (async () => {
          const kms = ctx.client(KMSClient);
          const res = await kms.send(new DescribeKeyCommand({ KeyId: kmsKey }));
          return res.KeyMetadata?.KeyManager;
        })();
        keyManagers.set(kmsKey, pending);
      }
      const manager = await ctx.detail(errors, uid, 'kmsKeyManager', 'kms:DescribeKey', () => pending);
      kmsKeyManager = manager === 'CUSTOMER' || manager === 'AWS' ? manager : undefined;
    }
  }

  const config: EcrRepositoryConfig = {
    repositoryName: name,
    registryId: repo.registryId,
    repositoryUri: repo.repositoryUri,
    createdAt: repo.createdAt?.toISOString(),
    imageTagMutability: repo.imageTagMutability,
    imageTagMutabilityExclusionFilters: repo.imageTagMutabilityExclusionFilters?.map((f) => ({
      filter: f.filter ?? '',
      filterType: f.filterType ?? 'WILDCARD',
    })),
    scanOnPush: repo.imageScanningConfiguration?.scanOnPush ?? false,
    encryptionConfiguration: { encryptionType, kmsKey },
    kmsKeyManager,
    policy: parseJson(policyText, errors, 'policy'),
    lifecyclePolicy: parseJson(lifecycleText, errors, 'lifecyclePolicy') as EcrRepositoryConfig['lifecyclePolicy'],
  };
  const relationships: Relationship[] = kmsKey ? [{ type: 'encrypted-with', target: kmsKey }] : [];
  ctx.emit({
    uid,
    account: ctx.account,
    region: ctx.region,
    type: ECR_REPOSITORY_TYPE,
    name,
    tags: Object.fromEntries((tagList ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
    config: config as unknown as Record<string, unknown>,
    relationships,
    errors: Object.keys(errors).length ? errors : undefined,
  });
}

/** null stays null (absent), undefined stays undefined (not collected); unparsable JSON is recorded as an error. */
function parseJson(text: string | null | undefined, errors: Record<string, string>, field: string): Record<string, unknown> | null | undefined {
  if (text === null) return null;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    errors[field] = 'Unknown';
    return undefined;
  }
}
