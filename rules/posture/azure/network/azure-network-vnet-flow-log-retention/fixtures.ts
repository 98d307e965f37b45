import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flowLog, flowLogId, nsgId, uidOf, vnetId } from '../testing.js';

const target = (name: string) => uidOf(flowLogId(name));

export const fixtures: RuleFixture[] = [
  { name: 'VNet flow log kept 7 days', expect: 'FAIL', target: target('fl-7'), resources: [flowLog('fl-7', vnetId('vnet-app'), { retentionPolicy: { enabled: true, days: 7 } })] },
  { name: 'subnet flow log disabled', expect: 'FAIL', target: target('fl-off'), resources: [flowLog('fl-off', `${vnetId('vnet-app')}/subnets/snet-web`, { enabled: false })] },
  { name: 'VNet flow log kept 365 days', expect: 'PASS', target: target('fl-365'), resources: [flowLog('fl-365', vnetId('vnet-app'), { retentionPolicy: { enabled: true, days: 365 } })] },
  { name: 'no retention policy: records kept indefinitely', expect: 'PASS', target: target('fl-none'), resources: [flowLog('fl-none', vnetId('vnet-app'), { retentionPolicy: { enabled: false, days: 0 } })] },
  { name: 'an NSG flow log', expect: 'NOT_APPLICABLE', target: target('fl-nsg'), resources: [flowLog('fl-nsg', nsgId('nsg-app'))] },
];
