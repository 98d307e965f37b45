import { GetDetectorCommand, GuardDutyClient, paginateListDetectors, type GetDetectorResponse } from '@aws-sdk/client-guardduty';
import { GUARDDUTY_DETECTOR_TYPE, type GuardDutyDetectorConfig } from '../../model/guardduty.js';
import type { ServiceCollector } from '../types.js';

/**
 * GuardDuty detectors and their protection plans. No detector in a region means GuardDuty is off
 * there: nothing is emitted and the region-level rule reports it.
 */
export const collector: ServiceCollector = {
  service: 'guardduty',
  global: false,
  async collect(ctx) {
    const gd = ctx.client(GuardDutyClient);
    const ids = await ctx.list('ListDetectors', [GUARDDUTY_DETECTOR_TYPE], async () => {
      const out: string[] = [];
      for await (const page of paginateListDetectors({ client: gd }, {})) out.push(...(page.DetectorIds ?? []));
      return out;
    });
    if (!ids) return;

    for (const detectorId of ids) {
      const uid = `arn:${ctx.partition}:guardduty:${ctx.region}:${ctx.account}:detector/${detectorId}`;
      const errors: Record<string, string> = {};
      const res = await ctx.detail(errors, uid, 'Status', 'GetDetector', () => gd.send(new GetDetectorCommand({ DetectorId: detectorId })), [
        'BadRequestException', // detector deleted between listing and GetDetector
      ]);
      if (res === null) continue;
      if (res === undefined) {
        // Keep the detector: GuardDuty exists here, but its settings could not be read.
        errors.Features = errors.Status;
      }
      ctx.emit({
        uid,
        account: ctx.account,
        region: ctx.region,
        type: GUARDDUTY_DETECTOR_TYPE,
        name: detectorId,
        tags: res?.Tags ?? {},
        config: toConfig(detectorId, res) as unknown as Record<string, unknown>,
        errors: Object.keys(errors).length ? errors : undefined,
      });
    }
  },
};

function toConfig(detectorId: string, res: GetDetectorResponse | undefined): GuardDutyDetectorConfig {
  const ds = res?.DataSources;
  return {
    detectorId,
    Status: res?.Status ?? 'UNKNOWN',
    FindingPublishingFrequency: res?.FindingPublishingFrequency,
    Features: (res?.Features ?? []).map((f) => ({
      Name: f.Name ?? '',
      Status: f.Status ?? 'DISABLED',
      AdditionalConfiguration: f.AdditionalConfiguration?.map((a) => ({ Name: a.Name ?? '', Status: a.Status ?? 'DISABLED' })),
    })),
    DataSources: ds
      ? {
          S3Logs: ds.S3Logs?.Status,
          KubernetesAuditLogs: ds.Kubernetes?.AuditLogs?.Status,
          MalwareProtectionEbs: ds.MalwareProtection?.ScanEc2InstanceWithFindings?.EbsVolumes?.Status,
        }
      : undefined,
  };
}
