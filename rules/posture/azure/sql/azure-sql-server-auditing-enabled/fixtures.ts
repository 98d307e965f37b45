import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlServer, sqlServerUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'auditing disabled (the default)', expect: 'FAIL', target: sqlServerUid('sql-legacy'), resources: [sqlServer('sql-legacy', { auditing: { state: 'Disabled', retentionDays: 0 } })] },
  { name: 'storage retention 30 days', expect: 'FAIL', target: sqlServerUid('sql-short'), resources: [sqlServer('sql-short', { auditing: { state: 'Enabled', retentionDays: 30, storageEndpoint: 'https://staudit.blob.core.windows.net/' } })] },
  { name: 'storage with unlimited retention (0)', expect: 'PASS', target: sqlServerUid('sql-forever'), resources: [sqlServer('sql-forever', { auditing: { state: 'Enabled', retentionDays: 0, storageEndpoint: 'https://staudit.blob.core.windows.net/' } })] },
  { name: 'Log Analytics only', expect: 'PASS', target: sqlServerUid('sql-la'), resources: [sqlServer('sql-la', { auditing: { state: 'Enabled', retentionDays: 0, isAzureMonitorTargetEnabled: true, storageEndpoint: '' } })] },
  { name: 'storage retention 180 days', expect: 'PASS', target: sqlServerUid('sql-prod'), resources: [sqlServer('sql-prod')] },
  { name: 'auditing policy not collectable', expect: 'NOT_ASSESSED', target: sqlServerUid('sql-denied'), resources: [sqlServer('sql-denied', {}, { auditing: 'AuthorizationFailed' })] },
];
