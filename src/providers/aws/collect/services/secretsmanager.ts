import { GetResourcePolicyCommand, paginateListSecrets, SecretsManagerClient, type SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { parsePolicyText } from '../policy.js';
import type { PolicyDocument } from '../../model/s3.js';
import { SECRET_TYPE, type SecretConfig } from '../../model/secretsmanager.js';
import type { Relationship } from '../../../../model/types.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : undefined);

/**
 * Secrets Manager secrets of the region: ListSecrets metadata and GetResourcePolicy. Secret values
 * are never read: the collector has no call that returns one.
 */
export const collector: ServiceCollector = {
  service: 'secretsmanager',
  global: false,
  async collect(ctx) {
    const client = ctx.client(SecretsManagerClient);
    const secrets = await ctx.list('ListSecrets', [SECRET_TYPE], async () => {
      const out: SecretListEntry[] = [];
      for await (const page of paginateListSecrets({ client, pageSize: 100 }, {})) out.push(...(page.SecretList ?? []));
      return out;
    });
    await mapPool(secrets ?? [], 4, (s) => collectSecret(ctx, client, s));
  },
};

async function collectSecret(ctx: CollectContext, client: SecretsManagerClient, s: SecretListEntry) {
  if (!s.ARN) return;
  const uid = s.ARN;
  const errors: Record<string, string> = {};
  const policy = await ctx.detail(
    errors,
    uid,
    'policy',
    'GetResourcePolicy',
    async () => (await client.send(new GetResourcePolicyCommand({ SecretId: uid }))).ResourcePolicy ?? null,
    // Deleted since the listing: no policy to report.
    ['ResourceNotFoundException'],
  );
  const r = s.RotationRules;
  const config: SecretConfig = {
    name: s.Name ?? uid.split(':').pop() ?? uid,
    description: s.Description || undefined,
    kmsKeyId: s.KmsKeyId || null,
    rotationEnabled: s.RotationEnabled === true,
    rotationLambdaArn: s.RotationLambdaARN || undefined,
    rotationRules: r
      ? {
          ...(r.AutomaticallyAfterDays !== undefined ? { automaticallyAfterDays: r.AutomaticallyAfterDays } : {}),
          ...(r.Duration ? { duration: r.Duration } : {}),
          ...(r.ScheduleExpression ? { scheduleExpression: r.ScheduleExpression } : {}),
        }
      : undefined,
    createdDate: iso(s.CreatedDate),
    lastRotatedDate: iso(s.LastRotatedDate),
    lastChangedDate: iso(s.LastChangedDate),
    lastAccessedDate: iso(s.LastAccessedDate),
    deletedDate: iso(s.DeletedDate),
    owningService: s.OwningService || undefined,
    primaryRegion: s.PrimaryRegion || undefined,
    policy: policy === undefined ? undefined : parsePolicyText<PolicyDocument>(policy ?? undefined, errors),
  };
  const relationships: Relationship[] = [];
  if (config.kmsKeyId) relationships.push({ type: 'encrypted-by', target: config.kmsKeyId });
  if (config.rotationLambdaArn) relationships.push({ type: 'rotated-by', target: config.rotationLambdaArn });
  const tags = Object.fromEntries((s.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? '']));
  ctx.emit({
    uid,
    account: ctx.account,
    region: ctx.region,
    type: SECRET_TYPE,
    name: config.name,
    tags,
    config: config as unknown as Record<string, unknown>,
    relationships: relationships.length ? relationships : undefined,
    errors: Object.keys(errors).length ? errors : undefined,
  });
}
