import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/guardduty.js';
import { GUARDDUTY_DETECTOR_TYPE, type GuardDutyDetectorConfig } from '../../../../src/providers/aws/model/guardduty.js';
import { awsError, runCollector } from './harness.js';

const gd = mockClient(GuardDutyClient);

const fullDetector = {
  CreatedAt: '2024-01-01T00:00:00.000Z',
  FindingPublishingFrequency: 'FIFTEEN_MINUTES' as const,
  ServiceRole: 'arn:aws:iam::111111111111:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty',
  Status: 'ENABLED' as const,
  UpdatedAt: '2025-06-01T00:00:00.000Z',
  DataSources: {
    CloudTrail: { Status: 'ENABLED' as const },
    DNSLogs: { Status: 'ENABLED' as const },
    FlowLogs: { Status: 'ENABLED' as const },
    S3Logs: { Status: 'ENABLED' as const },
    Kubernetes: { AuditLogs: { Status: 'ENABLED' as const } },
    MalwareProtection: { ScanEc2InstanceWithFindings: { EbsVolumes: { Status: 'ENABLED' as const } }, ServiceRole: 'x' },
  },
  Tags: { owner: 'security' },
  Features: [
    { Name: 'S3_DATA_EVENTS' as const, Status: 'ENABLED' as const },
    { Name: 'EKS_AUDIT_LOGS' as const, Status: 'ENABLED' as const },
    { Name: 'EBS_MALWARE_PROTECTION' as const, Status: 'ENABLED' as const },
    { Name: 'RDS_LOGIN_EVENTS' as const, Status: 'ENABLED' as const },
    { Name: 'LAMBDA_NETWORK_LOGS' as const, Status: 'ENABLED' as const },
    {
      Name: 'RUNTIME_MONITORING' as const,
      Status: 'ENABLED' as const,
      AdditionalConfiguration: [
        { Name: 'EKS_ADDON_MANAGEMENT' as const, Status: 'ENABLED' as const },
        { Name: 'ECS_FARGATE_AGENT_MANAGEMENT' as const, Status: 'DISABLED' as const },
      ],
    },
  ],
};

describe('guardduty collector', () => {
  afterEach(() => gd.reset());

  it('paginates ListDetectors and normalises features and legacy data sources', async () => {
    gd.on(ListDetectorsCommand).resolvesOnce({ DetectorIds: ['d1'], NextToken: 't2' }).resolvesOnce({ DetectorIds: ['d2'] });
    gd.on(GetDetectorCommand, { DetectorId: 'd1' }).resolves(fullDetector);
    gd.on(GetDetectorCommand, { DetectorId: 'd2' }).resolves({ ServiceRole: 'r', Status: 'DISABLED' });

    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(gd.commandCalls(ListDetectorsCommand).length, 2);
    assert.equal(resources.length, 2);
    const d1 = resources.find((r) => r.name === 'd1')!;
    assert.equal(d1.type, GUARDDUTY_DETECTOR_TYPE);
    assert.equal(d1.uid, 'arn:aws:guardduty:us-east-1:111111111111:detector/d1');
    assert.deepEqual(d1.tags, { owner: 'security' });
    const c1 = d1.config as unknown as GuardDutyDetectorConfig;
    assert.equal(c1.Status, 'ENABLED');
    assert.equal(c1.Features.length, 6);
    assert.deepEqual(c1.Features.find((f) => f.Name === 'RUNTIME_MONITORING')?.AdditionalConfiguration?.[0], {
      Name: 'EKS_ADDON_MANAGEMENT',
      Status: 'ENABLED',
    });
    assert.equal(c1.DataSources?.KubernetesAuditLogs, 'ENABLED');
    const c2 = resources.find((r) => r.name === 'd2')!.config as unknown as GuardDutyDetectorConfig;
    assert.equal(c2.Status, 'DISABLED');
    assert.deepEqual(c2.Features, []);
  });

  it('emits nothing when the region has no detector (GuardDuty off is not an error)', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(resources, []);
    assert.deepEqual(errors, []);
  });

  it('keeps a detector whose GetDetector is denied, marked NOT_ASSESSED, and goes on', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['denied', 'ok'] });
    gd.on(GetDetectorCommand, { DetectorId: 'denied' }).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    gd.on(GetDetectorCommand, { DetectorId: 'ok' }).resolves(fullDetector);
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 2);
    const denied = resources.find((r) => r.name === 'denied')!;
    assert.deepEqual(denied.errors, { Status: 'AccessDenied', Features: 'AccessDenied' });
    assert.equal(errors.length, 1);
    assert.equal(errors[0].operation, 'GetDetector');
    assert.equal(resources.find((r) => r.name === 'ok')!.errors, undefined);
  });

  it('drops a detector deleted between listing and GetDetector (BadRequestException gives null)', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['gone'] });
    gd.on(GetDetectorCommand).rejects(awsError('BadRequestException', 'The request is rejected because the input detectorId is not owned by the current account.'));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(resources, []);
    assert.deepEqual(errors, []);
  });

  it('records a failed ListDetectors with the detector type', async () => {
    gd.on(ListDetectorsCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    const { errors } = await runCollector(collector);
    assert.deepEqual(errors[0].resourceTypes, [GUARDDUTY_DETECTOR_TYPE]);
  });
});
