/** Fixture builders for KMS rules. */
import { KMS_KEY_TYPE, type KmsKeyConfig, type KmsKeyMetadata } from '../../../../src/providers/aws/model/kms.js';
import type { Resource } from '../../../../src/model/types.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';

export const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;

export const defaultKeyPolicy = {
  Version: '2012-10-17',
  Id: 'key-default-1',
  Statement: [
    { Sid: 'Enable IAM User Permissions', Effect: 'Allow' as const, Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
  ],
};

/** A customer managed, enabled, rotating symmetric key; override what the fixture tests. */
export function key(
  id: string,
  overrides: { metadata?: Partial<KmsKeyMetadata>; config?: Partial<KmsKeyConfig> } = {},
  extra: Partial<Resource> = {},
): Resource {
  const metadata: KmsKeyMetadata = {
    keyId: id,
    arn: keyArn(id),
    keyManager: 'CUSTOMER',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyState: 'Enabled',
    origin: 'AWS_KMS',
    enabled: true,
    creationDate: '2025-01-10T00:00:00.000Z',
    multiRegion: false,
    ...overrides.metadata,
  };
  const config: KmsKeyConfig = {
    metadata,
    rotation: { enabled: true, rotationPeriodInDays: 365 },
    policy: defaultKeyPolicy,
    aliases: [],
    ...overrides.config,
  };
  return resource({ type: KMS_KEY_TYPE, uid: keyArn(id), name: config.aliases[0] ?? id, config, ...extra });
}
