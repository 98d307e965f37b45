import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flowLog, flowLogId, nsgId, uidOf, vnetId } from '../testing.js';

const target = (name: string) => uidOf(flowLogId(name));

export const fixtures: RuleFixture[] = [
  { name: '30-day retention', expect: 'FAIL', target: target('fl-30'), resources: [flowLog('fl-30', nsgId('nsg-app'), { retentionPolicy: { enabled: true, days: 30 } })] },
  { name: 'flow log disabled', expect: 'FAIL', target: target('fl-off'), resources: [flowLog('fl-off', nsgId('nsg-app'), { enabled: false })] },
  { name: '90-day retention', expect: 'PASS', target: target('fl-90'), resources: [flowLog('fl-90', nsgId('nsg-app'))] },
  { name: 'retention 0 days keeps records forever', expect: 'PASS', target: target('fl-0'), resources: [flowLog('fl-0', nsgId('nsg-app'), { retentionPolicy: { enabled: true, days: 0 } })] },
  { name: 'a virtual network flow log', expect: 'NOT_APPLICABLE', target: target('fl-vnet'), resources: [flowLog('fl-vnet', vnetId('vnet-app'), { retentionPolicy: { enabled: true, days: 7 } })] },
];
