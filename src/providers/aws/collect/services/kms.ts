import { parsePolicyText } from '../policy.js';
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListResourceTagsCommand,
  paginateListAliases,
  paginateListKeys,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import { KMS_ALIAS_TYPE, KMS_KEY_TYPE, kmsKeyArn, type KmsKeyConfig, type KmsKeyMetadata } from '../../model/kms.js';
import type { PolicyDocument } from '../../model/s3.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

/** Rotation can only be asked of (and only applies to) these keys. */
function rotationApplies(m: KmsKeyMetadata): boolean {
  return (
    m.keyManager === 'CUSTOMER' &&
    m.keySpec === 'SYMMETRIC_DEFAULT' &&
    m.origin === 'AWS_KMS' &&
    (m.keyState === 'Enabled' || m.keyState === 'Disabled')
  );
}

export const collector: ServiceCollector = {
  service: 'kms',
  global: false,
  async collect(ctx) {
    const kms = ctx.client(KMSClient);
    const keys: { keyId: string; arn: string }[] = [];
    const listed = await ctx.list('ListKeys', [KMS_KEY_TYPE], async () => {
      for await (const page of paginateListKeys({ client: kms }, {})) {
        for (const k of page.Keys ?? []) {
          if (k.KeyId) keys.push({ keyId: k.KeyId, arn: k.KeyArn ?? kmsKeyArn(ctx.account, ctx.region, k.KeyId, ctx.partition) });
        }
      }
      return true;
    });
    if (!listed) return;

    const aliases = new Map<string, string[]>();
    await ctx.list('ListAliases', [KMS_ALIAS_TYPE], async () => {
      for await (const page of paginateListAliases({ client: kms }, {})) {
        for (const a of page.Aliases ?? []) {
          if (!a.TargetKeyId || !a.AliasName) continue;
          aliases.set(a.TargetKeyId, [...(aliases.get(a.TargetKeyId) ?? []), a.AliasName]);
        }
      }
      return true;
    });

    await mapPool(keys, 4, (k) => collectKey(ctx, kms, k, aliases.get(k.keyId) ?? []));
  },
};

async function collectKey(ctx: CollectContext, kms: KMSClient, k: { keyId: string; arn: string }, aliases: string[]) {
  const errors: Record<string, string> = {};
  const uid = k.arn;
  // A key deleted between ListKeys and DescribeKey is simply gone.
  const described = await ctx.detail(errors, uid, 'metadata', 'DescribeKey', () => kms.send(new DescribeKeyCommand({ KeyId: k.keyId })), [
    'NotFoundException',
  ]);
  if (described === null) return;
  const metadata = described?.KeyMetadata ? toMetadata(described.KeyMetadata, k) : undefined;
  const customer = metadata?.keyManager === 'CUSTOMER';

  let rotation: KmsKeyConfig['rotation'];
  let policy: KmsKeyConfig['policy'];
  const tags: Record<string, string> = {};
  if (metadata) {
    rotation = null;
    if (rotationApplies(metadata)) {
      const out = await ctx.detail(errors, uid, 'rotation', 'GetKeyRotationStatus', () =>
        kms.send(new GetKeyRotationStatusCommand({ KeyId: k.keyId })),
      );
      rotation = out ? { enabled: out.KeyRotationEnabled === true, rotationPeriodInDays: out.RotationPeriodInDays } : undefined;
    }
    policy = null;
    if (customer) {
      const out = await ctx.detail(errors, uid, 'policy', 'GetKeyPolicy', () =>
        kms.send(new GetKeyPolicyCommand({ KeyId: k.keyId, PolicyName: 'default' })),
      );
      policy = out === undefined ? undefined : parsePolicyText<PolicyDocument>(out?.Policy, errors);
      const tagged = await ctx.detail(errors, uid, 'tags', 'ListResourceTags', () =>
        kms.send(new ListResourceTagsCommand({ KeyId: k.keyId })),
      );
      for (const t of tagged?.Tags ?? []) if (t.TagKey) tags[t.TagKey] = t.TagValue ?? '';
    }
  }

  const config: KmsKeyConfig = { metadata, rotation, policy, aliases: aliases.sort() };
  ctx.emit({
    uid,
    account: ctx.account,
    region: ctx.region,
    type: KMS_KEY_TYPE,
    name: aliases[0] ?? k.keyId,
    tags,
    config: config as unknown as Record<string, unknown>,
    errors: Object.keys(errors).length ? errors : undefined,
  });
}

function toMetadata(m: KeyMetadata, k: { keyId: string; arn: string }): KmsKeyMetadata {
  return {
    keyId: m.KeyId ?? k.keyId,
    arn: m.Arn ?? k.arn,
    description: m.Description || undefined,
    keyManager: m.KeyManager ?? 'CUSTOMER',
    keySpec: m.KeySpec ?? m.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT',
    keyUsage: m.KeyUsage ?? 'ENCRYPT_DECRYPT',
    keyState: m.KeyState ?? (m.Enabled ? 'Enabled' : 'Disabled'),
    origin: m.Origin ?? 'AWS_KMS',
    enabled: m.Enabled === true,
    creationDate: m.CreationDate?.toISOString(),
    deletionDate: m.DeletionDate?.toISOString(),
    pendingDeletionWindowInDays: m.PendingDeletionWindowInDays,
    multiRegion: m.MultiRegion,
  };
}

