import type { RuleFixture } from '../../../../../src/model/rule.js';
import { subnet, subnetUid } from '../fixture-builders.js';

const full = { enable: true, aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 1, metadata: 'INCLUDE_ALL_METADATA' };

export const fixtures: RuleFixture[] = [
  { name: 'flow logs never configured', expect: 'FAIL', target: subnetUid('app'), resources: [subnet('app')] },
  { name: 'flow logs disabled', expect: 'FAIL', target: subnetUid('app'), resources: [subnet('app', { logConfig: { ...full, enable: false } })] },
  { name: 'half sampling (the API default when unset)', expect: 'FAIL', target: subnetUid('app'), resources: [subnet('app', { logConfig: { enable: true, aggregationInterval: 'INTERVAL_5_SEC', metadata: 'INCLUDE_ALL_METADATA' } })] },
  { name: '10-minute aggregation', expect: 'FAIL', target: subnetUid('app'), resources: [subnet('app', { logConfig: { ...full, aggregationInterval: 'INTERVAL_10_MIN' } })] },
  { name: 'metadata excluded', expect: 'FAIL', target: subnetUid('app'), resources: [subnet('app', { logConfig: { ...full, metadata: 'EXCLUDE_ALL_METADATA' } })] },
  { name: 'filtered flows', expect: 'FAIL', target: subnetUid('app'), resources: [subnet('app', { logConfig: { ...full, filterExpr: "connection.dest_port == 443" } })] },
  { name: 'full flow logs', expect: 'PASS', target: subnetUid('app'), resources: [subnet('app', { logConfig: full })] },
  { name: 'full flow logs with the always-true filter', expect: 'PASS', target: subnetUid('app'), resources: [subnet('app', { logConfig: { ...full, filterExpr: 'true' } })] },
  { name: 'proxy-only subnet', expect: 'NOT_APPLICABLE', target: subnetUid('proxy-only'), resources: [subnet('proxy-only', { purpose: 'REGIONAL_MANAGED_PROXY', ipCidrRange: '10.129.0.0/23' })] },
];
