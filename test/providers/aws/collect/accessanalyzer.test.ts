import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/accessanalyzer.js';
import type { AnalyzerConfig } from '../../../../src/providers/aws/model/organizations.js';
import { awsError, runCollector } from './harness.js';

const aa = mockClient(AccessAnalyzerClient);

describe('accessanalyzer collector', () => {
  afterEach(() => aa.reset());

  it('lists analyzers over two pages in the region', async () => {
    aa.on(ListAnalyzersCommand).resolves({
      nextToken: 'p2',
      analyzers: [
        { arn: 'arn:aws:access-analyzer:ap-northeast-1:111111111111:analyzer/external', name: 'external', type: 'ACCOUNT', status: 'ACTIVE', createdAt: new Date('2025-01-01T00:00:00Z'), tags: { owner: 'sec' } },
      ],
    });
    aa.on(ListAnalyzersCommand, { nextToken: 'p2' }).resolves({
      analyzers: [
        { arn: 'arn:aws:access-analyzer:ap-northeast-1:111111111111:analyzer/unused', name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'FAILED', statusReason: { code: 'SERVICE_LINKED_ROLE_CREATION_FAILED' }, createdAt: new Date('2025-01-01T00:00:00Z') },
      ],
    });
    const { resources, errors } = await runCollector(collector, { region: 'ap-northeast-1' });
    assert.deepEqual(errors, []);
    assert.equal(resources.length, 2);
    assert.equal(resources[0].region, 'ap-northeast-1');
    assert.deepEqual(resources[0].tags, { owner: 'sec' });
    const second = resources[1].config as unknown as AnalyzerConfig;
    assert.equal(second.type, 'ACCOUNT_UNUSED_ACCESS');
    assert.equal(second.statusReason, 'SERVICE_LINKED_ROLE_CREATION_FAILED');
  });

  it('no analyzers: nothing emitted, no error', async () => {
    aa.on(ListAnalyzersCommand).resolves({ analyzers: [] });
    const { resources, errors } = await runCollector(collector, { region: 'us-east-1' });
    assert.deepEqual(resources, []);
    assert.deepEqual(errors, []);
  });

  it('AccessDenied is recorded as a scope error for analyzers in that region', async () => {
    aa.on(ListAnalyzersCommand).rejects(awsError('AccessDeniedException', 'not authorized to perform access-analyzer:ListAnalyzers', 403));
    const { resources, errors } = await runCollector(collector, { region: 'us-east-1' });
    assert.deepEqual(resources, []);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].code, 'AccessDenied');
    assert.equal(errors[0].region, 'us-east-1');
    assert.deepEqual(errors[0].resourceTypes, ['AWS::AccessAnalyzer::Analyzer']);
  });
});
