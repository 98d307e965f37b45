import { SECURITYHUB_HUB_TYPE } from '../../../../../src/providers/aws/model/securityhub.js';
import { REGION_TYPE, regionUid } from '../../../../../src/model/pseudo.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, OTHER_ACCOUNT, REGION, resource } from '../../../testing.js';

const target = regionUid(ACCOUNT, REGION);
const region = resource({ type: REGION_TYPE, uid: target, region: REGION, config: { regionName: REGION } });
const hub = (account: string, r: string) =>
  resource({ type: SECURITYHUB_HUB_TYPE, uid: `arn:aws:securityhub:${r}:${account}:hub/default`, account, region: r, config: { standards: [] } });

export const fixtures: RuleFixture[] = [
  {
    name: 'hubs only in another region and another account',
    expect: 'FAIL',
    target,
    resources: [region, hub(ACCOUNT, 'ap-northeast-1'), hub(OTHER_ACCOUNT, REGION)],
  },
  { name: 'hub in the region', expect: 'PASS', target, resources: [region, hub(ACCOUNT, REGION)] },
  {
    name: 'DescribeHub denied',
    expect: 'NOT_ASSESSED',
    target,
    resources: [region],
    errors: [
      {
        provider: 'aws',
        account: ACCOUNT,
        region: REGION,
        service: 'securityhub',
        operation: 'DescribeHub',
        code: 'AccessDenied',
        message: 'not authorized',
        resourceTypes: [SECURITYHUB_HUB_TYPE],
      },
    ],
  },
];
