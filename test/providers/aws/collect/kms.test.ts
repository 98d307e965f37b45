import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/kms.js';
import { KMS_ALIAS_TYPE, KMS_KEY_TYPE, type KmsKeyConfig } from '../../../../src/providers/aws/model/kms.js';
import type { Resource } from '../../../../src/model/types.js';
import { awsError, runCollector } from './harness.js';

const kms = mockClient(KMSClient);
const ACCOUNT = '111111111111';
const REGION = 'ap-northeast-1';
const ids = {
  customer: '1234abcd-12ab-34cd-56ef-1234567890ab',
  awsManaged: '0987dcba-09fe-87dc-65ba-ab0987654321',
  pending: '11112222-3333-4444-5555-666677778888',
  rsa: 'aaaabbbb-cccc-dddd-eeee-ffff00001111',
};
const arn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
const created = new Date('2025-01-10T00:00:00Z');

const metadata = (id: string, extra: Record<string, unknown> = {}): KeyMetadata => ({
  AWSAccountId: ACCOUNT,
  KeyId: id,
  Arn: arn(id),
  CreationDate: created,
  Enabled: true,
  Description: '',
  KeyUsage: 'ENCRYPT_DECRYPT',
  KeyState: 'Enabled',
  Origin: 'AWS_KMS',
  KeyManager: 'CUSTOMER',
  CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
  KeySpec: 'SYMMETRIC_DEFAULT',
  EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
  MultiRegion: false,
  ...extra,
}) as KeyMetadata;

const keyPolicy = JSON.stringify({
  Version: '2012-10-17',
  Id: 'key-default-1',
  Statement: [
    { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
  ],
});

const key = (res: Resource[], id: string) => {
  const r = res.find((x) => x.uid === arn(id));
  assert.ok(r, `key ${id} emitted`);
  return r as unknown as Resource<KmsKeyConfig>;
};

describe('kms collector', () => {
  beforeEach(() => {
    kms.reset();
    kms.on(ListAliasesCommand).resolves({ Aliases: [] });
    kms.on(GetKeyPolicyCommand).resolves({ Policy: keyPolicy, PolicyName: 'default' });
    kms.on(ListResourceTagsCommand).resolves({ Tags: [], Truncated: false });
  });

  it('paginates ListKeys and ListAliases (Marker) and calls rotation/policy only where they apply', async () => {
    kms
      .on(ListKeysCommand)
      .resolvesOnce({ Keys: [{ KeyId: ids.customer, KeyArn: arn(ids.customer) }, { KeyId: ids.awsManaged, KeyArn: arn(ids.awsManaged) }], Truncated: true, NextMarker: 'm2' })
      .resolvesOnce({ Keys: [{ KeyId: ids.pending, KeyArn: arn(ids.pending) }, { KeyId: ids.rsa, KeyArn: arn(ids.rsa) }], Truncated: false });
    kms
      .on(ListAliasesCommand)
      .resolvesOnce({
        Aliases: [
          { AliasName: 'alias/orders-db', AliasArn: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/orders-db`, TargetKeyId: ids.customer },
          { AliasName: 'alias/aws/rds', AliasArn: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/rds`, TargetKeyId: ids.awsManaged },
        ],
        Truncated: true,
        NextMarker: 'a2',
      })
      .resolvesOnce({ Aliases: [{ AliasName: 'alias/aws/ebs' }], Truncated: false });
    kms.on(DescribeKeyCommand, { KeyId: ids.customer }).resolves({ KeyMetadata: metadata(ids.customer, { Description: 'orders database' }) });
    kms.on(DescribeKeyCommand, { KeyId: ids.awsManaged }).resolves({ KeyMetadata: metadata(ids.awsManaged, { KeyManager: 'AWS' }) });
    kms.on(DescribeKeyCommand, { KeyId: ids.pending }).resolves({
      KeyMetadata: metadata(ids.pending, {
        Enabled: false,
        KeyState: 'PendingDeletion',
        DeletionDate: new Date('2026-11-20T00:00:00Z'),
        PendingDeletionWindowInDays: 30,
      }),
    });
    kms.on(DescribeKeyCommand, { KeyId: ids.rsa }).resolves({
      KeyMetadata: metadata(ids.rsa, { KeySpec: 'RSA_2048', CustomerMasterKeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }),
    });
    kms.on(GetKeyRotationStatusCommand, { KeyId: ids.customer }).resolves({ KeyRotationEnabled: false, KeyId: arn(ids.customer) });
    kms.on(ListResourceTagsCommand, { KeyId: ids.customer }).resolves({ Tags: [{ TagKey: 'app', TagValue: 'orders' }], Truncated: false });

    const { resources, errors } = await runCollector(collector, { region: REGION });
    assert.deepEqual(errors, []);
    assert.equal(resources.filter((r) => r.type === KMS_KEY_TYPE).length, 4);
    assert.equal(kms.commandCalls(ListKeysCommand)[1].args[0].input.Marker, 'm2');
    assert.equal(kms.commandCalls(ListAliasesCommand)[1].args[0].input.Marker, 'a2');

    const customer = key(resources, ids.customer);
    assert.equal(customer.region, REGION);
    assert.equal(customer.name, 'alias/orders-db');
    assert.deepEqual(customer.config.aliases, ['alias/orders-db']);
    assert.deepEqual(customer.config.rotation, { enabled: false, rotationPeriodInDays: undefined });
    assert.equal(customer.config.metadata?.keyManager, 'CUSTOMER');
    assert.equal(customer.config.metadata?.description, 'orders database');
    assert.equal(customer.config.metadata?.creationDate, '2025-01-10T00:00:00.000Z');
    assert.deepEqual(customer.config.policy, JSON.parse(keyPolicy));
    assert.deepEqual(customer.tags, { app: 'orders' });

    // AWS managed key: no rotation/policy/tag calls.
    const awsManaged = key(resources, ids.awsManaged);
    assert.equal(awsManaged.config.rotation, null);
    assert.equal(awsManaged.config.policy, null);
    // Pending deletion: no rotation call, deletion date kept.
    const pending = key(resources, ids.pending);
    assert.equal(pending.config.rotation, null);
    assert.equal(pending.config.metadata?.keyState, 'PendingDeletion');
    assert.equal(pending.config.metadata?.deletionDate, '2026-11-20T00:00:00.000Z');
    // Asymmetric key: rotation does not apply.
    assert.equal(key(resources, ids.rsa).config.rotation, null);

    const rotationCalls = kms.commandCalls(GetKeyRotationStatusCommand).map((c) => c.args[0].input.KeyId);
    assert.deepEqual(rotationCalls, [ids.customer]);
    const policyCalls = kms.commandCalls(GetKeyPolicyCommand).map((c) => c.args[0].input.KeyId).sort();
    assert.deepEqual(policyCalls, [ids.customer, ids.pending, ids.rsa].sort());
  });

  it('records AccessDenied on a key policy as a field error and keeps the other keys', async () => {
    const other = '99998888-7777-6666-5555-444433332222';
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: ids.customer, KeyArn: arn(ids.customer) }, { KeyId: other, KeyArn: arn(other) }] });
    kms.on(DescribeKeyCommand, { KeyId: ids.customer }).resolves({ KeyMetadata: metadata(ids.customer) });
    kms.on(DescribeKeyCommand, { KeyId: other }).resolves({ KeyMetadata: metadata(other) });
    kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
    kms.on(GetKeyPolicyCommand, { KeyId: ids.customer }).rejects(awsError('AccessDeniedException', 'not authorized to perform kms:GetKeyPolicy', 400));

    const { resources, errors } = await runCollector(collector, { region: REGION });
    const denied = key(resources, ids.customer);
    assert.deepEqual(denied.errors, { policy: 'AccessDenied' });
    assert.equal(denied.config.policy, undefined);
    assert.deepEqual(denied.config.rotation, { enabled: true, rotationPeriodInDays: 365 });
    assert.equal(key(resources, other).errors, undefined);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].operation, 'GetKeyPolicy');
    assert.equal(errors[0].resourceUid, arn(ids.customer));
  });

  it('DescribeKey failure leaves metadata undefined (NOT_ASSESSED later); ListKeys failure is a scope error', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: ids.customer, KeyArn: arn(ids.customer) }] });
    kms.on(DescribeKeyCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    let { resources, errors } = await runCollector(collector, { region: REGION });
    const k = key(resources, ids.customer);
    assert.deepEqual(k.errors, { metadata: 'AccessDenied' });
    assert.equal(k.config.metadata, undefined);
    assert.equal(kms.commandCalls(GetKeyRotationStatusCommand).length, 0);
    assert.equal(errors.length, 1);

    kms.reset();
    kms.on(ListKeysCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    ({ resources, errors } = await runCollector(collector, { region: REGION }));
    assert.equal(resources.length, 0);
    assert.deepEqual(errors[0].resourceTypes, [KMS_KEY_TYPE]);
    assert.equal(errors[0].region, REGION);
  });

  it('a key deleted between ListKeys and DescribeKey (NotFoundException) is skipped without an error', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: ids.customer, KeyArn: arn(ids.customer) }, { KeyId: ids.pending, KeyArn: arn(ids.pending) }] });
    kms.on(DescribeKeyCommand, { KeyId: ids.customer }).resolves({ KeyMetadata: metadata(ids.customer) });
    kms.on(DescribeKeyCommand, { KeyId: ids.pending }).rejects(awsError('NotFoundException', `Key '${arn(ids.pending)}' does not exist`));
    kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true });
    const { resources, errors } = await runCollector(collector, { region: REGION });
    assert.deepEqual(errors, []);
    assert.deepEqual(resources.map((r) => r.uid), [arn(ids.customer)]);
  });

  it('a failed ListAliases only loses alias names', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: ids.customer, KeyArn: arn(ids.customer) }] });
    kms.on(ListAliasesCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    kms.on(DescribeKeyCommand).resolves({ KeyMetadata: metadata(ids.customer) });
    kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true });
    const { resources, errors } = await runCollector(collector, { region: REGION });
    const k = key(resources, ids.customer);
    assert.deepEqual(k.config.aliases, []);
    assert.equal(k.name, ids.customer);
    assert.deepEqual(errors.map((e) => [e.operation, e.resourceTypes]), [['ListAliases', [KMS_ALIAS_TYPE]]]);
  });
});
