import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { armId } from '../../testing.js';
import { MONITORING_RG, workspace } from '../testing.js';

const uid = (name: string) => armId(AZURE_TYPES.logAnalyticsWorkspace, name, { resourceGroup: MONITORING_RG }).toLowerCase();

export const fixtures: RuleFixture[] = [
  { name: 'the 30-day default', expect: 'FAIL', target: uid('law-app'), resources: [workspace('law-app', { retentionInDays: 30 })] },
  { name: 'legacy Free tier (7 days)', expect: 'FAIL', target: uid('law-free'), resources: [workspace('law-free', { sku: { name: 'Free' }, retentionInDays: 7 })] },
  { name: '90 days', expect: 'PASS', target: uid('law-security'), resources: [workspace('law-security', { retentionInDays: 90 })] },
  { name: 'one year', expect: 'PASS', target: uid('law-pci'), resources: [workspace('law-pci', { retentionInDays: 365, sku: { name: 'CapacityReservation', capacityReservationLevel: 100 } })] },
  { name: 'retention not collected', expect: 'NOT_ASSESSED', target: uid('law-denied'), resources: [workspace('law-denied', { retentionInDays: undefined }, {})].map((r) => ({ ...r, errors: { retentionInDays: 'AccessDenied' } })) },
];
