/** Where an instance role session's call came from, against the inventory: own, other or unknown. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EntityResolver } from '../../src/correlate/entities.js';
import { instanceSource, withInstanceSource, type WorkloadLookup } from '../../src/detect/instance-source.js';
import { detect } from '../../src/detect/pipeline.js';
import { testEvent } from '../../src/detect/rules/testing.js';
import { repoUrl } from '../paths.js';

const ACCOUNT = '111122223333';
const INSTANCE = 'i-0a1b2c3d4e5f67890';
const OWN_IP = '54.250.10.20';

function record(over: Record<string, unknown> = {}, identity: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventVersion: '1.10',
    userIdentity: {
      type: 'AssumedRole',
      principalId: `AROAYVQ4EXAMPLEWEBSRV:${INSTANCE}`,
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/web-server-role/${INSTANCE}`,
      accountId: ACCOUNT,
      accessKeyId: 'ASIAYVQ4758D2DE361B2',
      sessionContext: { sessionIssuer: { type: 'Role', arn: `arn:aws:iam::${ACCOUNT}:role/web-server-role`, accountId: ACCOUNT, userName: 'web-server-role' }, ec2RoleDelivery: '2.0' },
      ...identity,
    },
    eventTime: '2026-11-20T03:20:00Z',
    eventSource: 'sts.amazonaws.com',
    eventName: 'GetCallerIdentity',
    awsRegion: 'ap-northeast-1',
    sourceIPAddress: OWN_IP,
    userAgent: 'aws-cli/2.18.4',
    requestParameters: null,
    responseElements: null,
    eventID: 'f88423ba-8955-433e-ad06-509e751865fc',
    readOnly: true,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: 'Management',
    ...over,
  };
}

const inventory = (): EntityResolver =>
  EntityResolver.fromInventories([
    {
      hosts: [
        [`${ACCOUNT}:10.0.1.15`, `host:${ACCOUNT}:${INSTANCE}`],
        [`*:${OWN_IP}`, `host:${ACCOUNT}:${INSTANCE}`],
        [`${ACCOUNT}:10.0.2.40`, `host:${ACCOUNT}:i-0fedcba9876543210`],
      ],
      functions: [],
      names: [],
      uids: [],
    },
  ]);

const source = (over: Record<string, unknown>, lookup: WorkloadLookup | undefined = inventory(), identity: Record<string, unknown> = {}) =>
  instanceSource(testEvent(record(over, identity), 'cloudtrail'), lookup);

describe('instance source', () => {
  it("is own from the instance's public address, a private address or its account's VPC endpoint", () => {
    assert.equal(source({}), 'own');
    assert.equal(source({ sourceIPAddress: '10.0.1.15' }), 'own');
    assert.equal(source({ sourceIPAddress: '10.0.1.15', vpcEndpointId: 'vpce-0a1b2c3d4e5f67890', vpcEndpointAccountId: ACCOUNT }), 'own');
  });

  it('is other from a public address that is not the known instance’s', () => {
    assert.equal(source({ sourceIPAddress: '185.220.101.34' }), 'other');
  });

  it('is unknown without inventory, for an instance without public addresses, or over another address family', () => {
    assert.equal(instanceSource(testEvent(record({ sourceIPAddress: '185.220.101.34' }), 'cloudtrail'), undefined), undefined);
    assert.equal(source({ sourceIPAddress: '185.220.101.34' }, new EntityResolver()), undefined);
    // The other instance is known by its private address only (behind a NAT gateway).
    const other = 'i-0fedcba9876543210';
    assert.equal(source({ sourceIPAddress: '185.220.101.34' }, inventory(), { arn: `arn:aws:sts::${ACCOUNT}:assumed-role/web-server-role/${other}` }), undefined);
    assert.equal(source({ sourceIPAddress: '2001:db8:1234::10' }), undefined, 'no IPv6 address in the inventory');
  });

  it('is unknown for calls AWS services make, service names and other principals', () => {
    assert.equal(source({ sourceIPAddress: 'ec2.amazonaws.com' }), undefined);
    assert.equal(source({ sourceIPAddress: 'AWS Internal' }), undefined);
    assert.equal(source({ sourceIPAddress: '185.220.101.34' }, inventory(), { invokedBy: 'ec2.amazonaws.com' }), undefined);
    assert.equal(source({ sourceIPAddress: '185.220.101.34' }, inventory(), { arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ci-deploy/github-actions` }), undefined);
    assert.equal(source({ sourceIPAddress: '185.220.101.34' }, inventory(), { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/alice` }), undefined);
  });

  it("leaves another account's VPC endpoint to its own rule", () => {
    assert.equal(source({ sourceIPAddress: '10.9.0.5', vpcEndpointId: 'vpce-0ffee0ffee0ffee00', vpcEndpointAccountId: '444455556666' }), undefined);
  });

  it('merges into the enrichment without dropping what is there', () => {
    const e = testEvent(record({ sourceIPAddress: '185.220.101.34' }), 'cloudtrail');
    assert.deepEqual(withInstanceSource(e, { intel: true, aws: { x: 1 } }, inventory()), { intel: true, aws: { x: 1, instance_source: 'other' } });
    const extra = { intel: true };
    assert.equal(withInstanceSource(testEvent(record({ sourceIPAddress: 'AWS Internal' }), 'cloudtrail'), extra, inventory()), extra, 'unchanged, not copied');
    assert.equal(withInstanceSource(e, undefined, undefined), undefined);
  });

  it('reaches the rules through detect() when the workloads are given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-instance-source-'));
    const file = join(dir, 'trail.json');
    writeFileSync(file, JSON.stringify({ Records: [record({ sourceIPAddress: '185.220.101.34' })] }));
    const rules = [repoUrl('rules/detection/aws/cloudtrail/aws-ct-instance-credentials-outside-own-address.yml').pathname];
    const without = await detect({ inputs: [file], rules, noBuiltin: true });
    assert.equal(without.byRule['aws-ct-instance-credentials-outside-own-address'] ?? 0, 0, 'no inventory, no signal');
    const withInventory = await detect({ inputs: [file], rules, noBuiltin: true, workloads: inventory() });
    assert.equal(withInventory.byRule['aws-ct-instance-credentials-outside-own-address'], 1);
    writeFileSync(file, JSON.stringify({ Records: [record()] }));
    const own = await detect({ inputs: [file], rules, noBuiltin: true, workloads: inventory() });
    assert.equal(own.signals.length, 0, "the instance's own address");
  });
});
