import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { DescribeHubCommand, GetEnabledStandardsCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/securityhub.js';
import { SECURITYHUB_HUB_TYPE, type SecurityHubHubConfig } from '../../../../src/providers/aws/model/securityhub.js';
import { awsError, runCollector } from './harness.js';

const sh = mockClient(SecurityHubClient);
const HUB = 'arn:aws:securityhub:us-east-1:111111111111:hub/default';
const hubResponse = { HubArn: HUB, SubscribedAt: '2024-03-01T00:00:00.000Z', AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL' as const };

describe('securityhub collector', () => {
  afterEach(() => sh.reset());

  it('emits the hub with standards gathered over two pages', async () => {
    sh.on(DescribeHubCommand).resolves(hubResponse);
    sh.on(GetEnabledStandardsCommand)
      .resolvesOnce({
        StandardsSubscriptions: [
          {
            StandardsSubscriptionArn: 'arn:aws:securityhub:us-east-1:111111111111:subscription/aws-foundational-security-best-practices/v/1.0.0',
            StandardsArn: 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0',
            StandardsInput: {},
            StandardsStatus: 'READY',
          },
        ],
        NextToken: 'p2',
      })
      .resolvesOnce({
        StandardsSubscriptions: [
          {
            StandardsSubscriptionArn: 'arn:aws:securityhub:us-east-1:111111111111:subscription/cis-aws-foundations-benchmark/v/3.0.0',
            StandardsArn: 'arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0',
            StandardsInput: {},
            StandardsStatus: 'READY',
          },
          {
            StandardsSubscriptionArn: 'arn:aws:securityhub:us-east-1:111111111111:subscription/cis-aws-foundations-benchmark/v/1.2.0',
            StandardsArn: 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0',
            StandardsInput: {},
            StandardsStatus: 'DELETING',
          },
        ],
      });

    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(sh.commandCalls(GetEnabledStandardsCommand).length, 2);
    assert.equal(resources.length, 1);
    const hub = resources[0];
    assert.equal(hub.type, SECURITYHUB_HUB_TYPE);
    assert.equal(hub.uid, HUB);
    const cfg = hub.config as unknown as SecurityHubHubConfig;
    assert.deepEqual(
      cfg.standards?.map((s) => [s.key, s.version, s.StandardsStatus]),
      [
        ['fsbp', '1.0.0', 'READY'],
        ['cis', '3.0.0', 'READY'],
        ['cis', '1.2.0', 'DELETING'],
      ],
    );
  });

  it('treats "not subscribed" as Security Hub not enabled: no hub, no error', async () => {
    sh.on(DescribeHubCommand).rejects(
      awsError('InvalidAccessException', 'Account 111111111111 is not subscribed to AWS Security Hub', 401),
    );
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(resources, []);
    assert.deepEqual(errors, []);
    assert.equal(sh.commandCalls(GetEnabledStandardsCommand).length, 0);
  });

  it('records AccessDenied on DescribeHub as a collection error for the hub type', async () => {
    sh.on(DescribeHubCommand).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(resources, []);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].code, 'AccessDenied');
    assert.deepEqual(errors[0].resourceTypes, [SECURITYHUB_HUB_TYPE]);
  });

  it('keeps the hub when GetEnabledStandards is denied, with errors.standards', async () => {
    sh.on(DescribeHubCommand).resolves(hubResponse);
    sh.on(GetEnabledStandardsCommand).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 1);
    assert.deepEqual(resources[0].errors, { standards: 'AccessDenied' });
    assert.equal((resources[0].config as unknown as SecurityHubHubConfig).standards, undefined);
    assert.equal(errors[0].resourceUid, HUB);
  });
});
