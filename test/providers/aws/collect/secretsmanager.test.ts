import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { GetResourcePolicyCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/secretsmanager.js';
import type { SecretConfig } from '../../../../src/providers/aws/model/secretsmanager.js';
import { awsError, runCollector } from './harness.js';

const sm = mockClient(SecretsManagerClient);
const ACCOUNT = '111111111111';
const DB = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:prod/db-AbCdEf`;
const API = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:prod/api-key-GhIjKl`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

// AWS Secrets Manager User Guide › Resource-based policies: a secret policy granting another account's role.
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:role/partner' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }],
});

describe('secretsmanager collector', () => {
  afterEach(() => sm.reset());

  it('paginates ListSecrets; keeps metadata and the resource policy, never asks for a value', async () => {
    sm.on(ListSecretsCommand).resolves({
      NextToken: 's2',
      SecretList: [
        {
          ARN: DB,
          Name: 'prod/db',
          Description: 'RDS master credentials',
          KmsKeyId: KEY,
          RotationEnabled: true,
          RotationLambdaARN: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:rotate-db`,
          RotationRules: { AutomaticallyAfterDays: 30 },
          LastRotatedDate: new Date('2026-10-01T00:00:00Z'),
          LastChangedDate: new Date('2026-10-01T00:00:00Z'),
          LastAccessedDate: new Date('2026-10-30T00:00:00Z'),
          CreatedDate: new Date('2025-01-01T00:00:00Z'),
          Tags: [{ Key: 'env', Value: 'prod' }],
          SecretVersionsToStages: { 'a1b2c3': ['AWSCURRENT'] },
        },
      ],
    });
    sm.on(ListSecretsCommand, { NextToken: 's2' }).resolves({ SecretList: [{ ARN: API, Name: 'prod/api-key', CreatedDate: new Date('2024-01-01T00:00:00Z') }] });
    sm.on(GetResourcePolicyCommand, { SecretId: DB }).resolves({ ARN: DB, Name: 'prod/db', ResourcePolicy: POLICY });
    sm.on(GetResourcePolicyCommand, { SecretId: API }).resolves({ ARN: API, Name: 'prod/api-key' });

    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    const called = sm.calls().map((c) => (c.args[0] as { constructor: { name: string } }).constructor.name);
    assert.deepEqual([...new Set(called)].sort(), ['GetResourcePolicyCommand', 'ListSecretsCommand'], 'no call that returns a secret value');
    const db = resources.find((r) => r.uid === DB)!;
    const c = db.config as unknown as SecretConfig;
    assert.deepEqual(c.policy, JSON.parse(POLICY));
    assert.equal(c.kmsKeyId, KEY);
    assert.equal(c.rotationEnabled, true);
    assert.deepEqual(c.rotationRules, { automaticallyAfterDays: 30 });
    assert.equal(c.lastRotatedDate, '2026-10-01T00:00:00.000Z');
    assert.deepEqual(db.tags, { env: 'prod' });
    assert.ok(db.relationships?.some((r) => r.type === 'encrypted-by' && r.target === KEY));
    const api = resources.find((r) => r.uid === API)!.config as unknown as SecretConfig;
    assert.equal(api.policy, null, 'no ResourcePolicy: no secret policy');
    assert.equal(api.kmsKeyId, null, 'no KmsKeyId: the aws/secretsmanager key');
    assert.equal(api.rotationEnabled, false);
  });

  it('AccessDenied on one secret\'s GetResourcePolicy marks errors.policy of that secret only', async () => {
    sm.on(ListSecretsCommand).resolves({ SecretList: [{ ARN: DB, Name: 'prod/db' }, { ARN: API, Name: 'prod/api-key' }] });
    sm.on(GetResourcePolicyCommand, { SecretId: DB }).rejects(
      awsError('AccessDeniedException', `User: arn:aws:iam::${ACCOUNT}:user/auditor is not authorized to perform: secretsmanager:GetResourcePolicy`, 400),
    );
    sm.on(GetResourcePolicyCommand, { SecretId: API }).resolves({ ARN: API, Name: 'prod/api-key', ResourcePolicy: POLICY });
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    const db = resources.find((r) => r.uid === DB)!;
    assert.deepEqual(db.errors, { policy: 'AccessDenied' });
    assert.equal((db.config as unknown as SecretConfig).policy, undefined);
    assert.deepEqual((resources.find((r) => r.uid === API)!.config as unknown as SecretConfig).policy, JSON.parse(POLICY));
    assert.deepEqual(errors.map((e) => [e.operation, e.resourceUid]), [['GetResourcePolicy', DB]]);
  });
});
