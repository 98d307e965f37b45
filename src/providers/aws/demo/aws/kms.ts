/**
 * Demo resources for AWS KMS.
 *
 * prod: the orders database key WITHOUT rotation (CIS 3.6 / KMS.4 fail), a forgotten key of a
 * retired application that is PENDING DELETION in 7 days (KMS.3 fail), well-run keys for the
 * orders data bucket, EKS secrets and application EBS volumes, and AWS managed keys (not
 * applicable to key rules).
 * mgmt: the CloudTrail key (alias/cloudtrail, rotation on, CloudTrail's standard key policy with a
 * "Principal": "*" decrypt statement pinned by kms:CallerAccount), the security-alerts topic key,
 * the ECR key and the tools data key (audit-db, tools-aurora, tools-shared EFS, guardduty-notifier)
 * — all rotating.
 */
import type { KmsKeyConfig, KmsKeyMetadata } from '../../model/kms.js';
import { KMS_KEY_TYPE } from '../../model/kms.js';
import type { PolicyDocument } from '../../model/s3.js';
import type { DemoBuilder } from '../builder.js';
import { DEMO } from '../scenario.js';
import { LOGGING_DEMO_KEYS } from './logging.js';

const { prod, mgmt, mainRegion, names } = DEMO;
const keyArn = (account: string, region: string, id: string) => `arn:aws:kms:${region}:${account}:key/${id}`;

/** Keys other demo areas point at (RDS orders-db → ordersDb, orders data bucket → ordersData, mgmt databases → toolsData, ...). */
export const KMS_DEMO_KEYS = {
  ordersDb: keyArn(prod, mainRegion, '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d'),
  ordersData: keyArn(prod, mainRegion, '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e'),
  eksSecrets: keyArn(prod, mainRegion, '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6'),
  retiredApp: keyArn(prod, mainRegion, '8e9f0a1b-2c3d-4e4f-a5b6-c7d8e9f0a1b2'),
  appVolumes: keyArn(prod, mainRegion, '2c4e6a8b-1d3f-4a5b-9c7d-0e1f2a3b4c5d'),
  trail: LOGGING_DEMO_KEYS.trail,
  alerts: LOGGING_DEMO_KEYS.alerts,
  ecr: keyArn(mgmt, mainRegion, '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f'),
  toolsData: keyArn(mgmt, mainRegion, '8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f'),
} as const;

const rootStatement = (account: string) => ({
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow' as const,
  Principal: { AWS: `arn:aws:iam::${account}:root` },
  Action: 'kms:*',
  Resource: '*',
});

const defaultPolicy = (account: string): PolicyDocument => ({ Version: '2012-10-17', Id: 'key-default-1', Statement: [rootStatement(account)] });

/** CloudTrail's documented key policy for an organization trail, trimmed to the essentials. */
const trailKeyPolicy: PolicyDocument = {
  Version: '2012-10-17',
  Id: 'Key policy created by CloudTrail',
  Statement: [
    rootStatement(mgmt),
    {
      Sid: 'Allow CloudTrail to encrypt logs',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
      Condition: {
        StringEquals: { 'aws:SourceArn': `arn:aws:cloudtrail:${mainRegion}:${mgmt}:trail/${names.orgTrail}` },
        StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${mgmt}:trail/*` },
      },
    },
    {
      Sid: 'Allow CloudTrail to describe key',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:DescribeKey',
      Resource: '*',
    },
    {
      Sid: 'Allow principals in the account to decrypt log files',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['kms:Decrypt', 'kms:ReEncryptFrom'],
      Resource: '*',
      Condition: {
        StringEquals: { 'kms:CallerAccount': mgmt },
        StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${mgmt}:trail/*` },
      },
    },
  ],
};

interface KeySpec {
  account: string;
  region: string;
  arn: string;
  aliases: string[];
  description?: string;
  created: string;
  manager?: 'CUSTOMER' | 'AWS';
  rotation?: boolean;
  state?: string;
  deletionDate?: string;
  policy?: PolicyDocument;
  tags?: Record<string, string>;
}

function key(demo: DemoBuilder, k: KeySpec) {
  const keyId = k.arn.split('/').pop()!;
  const manager = k.manager ?? 'CUSTOMER';
  const state = k.state ?? 'Enabled';
  const metadata: KmsKeyMetadata = {
    keyId,
    arn: k.arn,
    description: k.description,
    keyManager: manager,
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyState: state,
    origin: 'AWS_KMS',
    enabled: state === 'Enabled',
    creationDate: k.created,
    deletionDate: k.deletionDate,
    pendingDeletionWindowInDays: k.deletionDate ? 7 : undefined,
    multiRegion: false,
  };
  const rotationAsked = manager === 'CUSTOMER' && (state === 'Enabled' || state === 'Disabled');
  const config: KmsKeyConfig = {
    metadata,
    rotation: rotationAsked ? { enabled: k.rotation === true, rotationPeriodInDays: k.rotation ? 365 : undefined } : null,
    policy: manager === 'CUSTOMER' ? (k.policy ?? defaultPolicy(k.account)) : null,
    aliases: k.aliases,
  };
  demo.add({ uid: k.arn, account: k.account, region: k.region, type: KMS_KEY_TYPE, name: k.aliases[0] ?? keyId, config, tags: k.tags ?? {} });
}

export function addKmsDemo(demo: DemoBuilder): void {
  // ---- prod
  key(demo, {
    account: prod,
    region: mainRegion,
    arn: KMS_DEMO_KEYS.ordersDb,
    aliases: ['alias/orders-db'],
    description: `Encryption key for the ${names.database} RDS instance`,
    created: '2024-03-04T05:12:40.000Z',
    rotation: false,
    tags: { app: 'orders', 'mamori:criticality': 'high' },
  });
  key(demo, {
    account: prod,
    region: mainRegion,
    arn: KMS_DEMO_KEYS.ordersData,
    aliases: ['alias/orders-data'],
    description: 'SSE-KMS key of the orders data bucket',
    created: '2025-02-18T01:03:11.000Z',
    rotation: true,
    tags: { app: 'orders' },
  });
  key(demo, {
    account: prod,
    region: mainRegion,
    arn: KMS_DEMO_KEYS.eksSecrets,
    aliases: ['alias/eks-secrets'],
    description: 'EKS secrets envelope encryption',
    created: '2025-05-20T09:40:02.000Z',
    rotation: true,
    tags: { app: 'platform' },
  });
  key(demo, {
    account: prod,
    region: mainRegion,
    arn: KMS_DEMO_KEYS.appVolumes,
    aliases: ['alias/app-volumes'],
    description: 'EBS encryption of the application servers',
    created: '2024-09-03T06:15:00.000Z',
    rotation: true,
    tags: { app: 'web' },
  });
  key(demo, {
    account: prod,
    region: mainRegion,
    arn: KMS_DEMO_KEYS.retiredApp,
    aliases: ['alias/legacy-billing'],
    description: 'legacy billing exports (retired?)',
    created: '2022-08-09T03:21:55.000Z',
    state: 'PendingDeletion',
    deletionDate: '2026-11-27T09:00:00.000Z',
    tags: { app: 'legacy-billing' },
  });
  key(demo, {
    account: prod,
    region: mainRegion,
    arn: keyArn(prod, mainRegion, '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0'),
    aliases: ['alias/aws/ebs'],
    description: 'Default key that protects my EBS volumes when no other key is defined',
    created: '2023-11-02T00:00:00.000Z',
    manager: 'AWS',
  });
  key(demo, {
    account: prod,
    region: 'us-east-1',
    arn: keyArn(prod, 'us-east-1', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'),
    aliases: ['alias/aws/s3'],
    description: 'Default key that protects my S3 objects when no other key is defined',
    created: '2024-01-15T00:00:00.000Z',
    manager: 'AWS',
  });

  // ---- mgmt
  key(demo, {
    account: mgmt,
    region: mainRegion,
    arn: KMS_DEMO_KEYS.trail,
    aliases: ['alias/cloudtrail'],
    description: `SSE-KMS key of the ${names.orgTrail} organization trail`,
    created: '2025-04-01T01:58:20.000Z',
    rotation: true,
    policy: trailKeyPolicy,
    tags: { owner: 'platform-security', 'mamori:criticality': 'high' },
  });
  key(demo, {
    account: mgmt,
    region: mainRegion,
    arn: KMS_DEMO_KEYS.alerts,
    aliases: ['alias/security-alerts'],
    description: 'Encryption of the security-alerts SNS topic',
    created: '2025-04-01T02:05:47.000Z',
    rotation: true,
    tags: { owner: 'platform-security' },
  });
  key(demo, {
    account: mgmt,
    region: mainRegion,
    arn: KMS_DEMO_KEYS.ecr,
    aliases: ['alias/ecr-security-tools'],
    description: 'ECR repository encryption (security-tools)',
    created: '2025-06-02T07:20:10.000Z',
    rotation: true,
    tags: { owner: 'platform-security' },
  });
  key(demo, {
    account: mgmt,
    region: mainRegion,
    arn: KMS_DEMO_KEYS.toolsData,
    aliases: ['alias/tools-data'],
    description: 'Data of the security tooling: audit-db, tools-aurora, the tools-shared file system and Lambda environments',
    created: '2025-04-01T03:10:00.000Z',
    rotation: true,
    tags: { owner: 'platform-security' },
  });
}
