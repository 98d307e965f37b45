/** Fixture helpers shared by the GuardDuty rules' fixtures. */
import { GUARDDUTY_DETECTOR_TYPE, type GuardDutyDetectorConfig } from '../../../../src/providers/aws/model/guardduty.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';

export const DETECTOR_UID = `arn:aws:guardduty:${REGION}:${ACCOUNT}:detector/12abc34d567e8fa901bc2d34e56789f0`;
export function detectorFixture(config: Partial<GuardDutyDetectorConfig>, errors?: Record<string, string>) {
  return resource({
    type: GUARDDUTY_DETECTOR_TYPE,
    uid: DETECTOR_UID,
    config: { detectorId: '12abc34d567e8fa901bc2d34e56789f0', Status: 'ENABLED', Features: [], ...config },
    errors,
  });
}
