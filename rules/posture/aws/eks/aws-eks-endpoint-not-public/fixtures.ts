import type { RuleFixture } from '../../../../../src/model/rule.js';
import { CLUSTER_UID as target, clusterFixture } from '../fixture-helpers.js';

const vpc = (endpointPublicAccess: boolean, publicAccessCidrs: string[]) => ({
  vpcId: 'vpc-0a1b2c3d4e5f60100',
  subnetIds: ['subnet-0a1b2c3d4e5f60101'],
  securityGroupIds: [],
  endpointPublicAccess,
  endpointPrivateAccess: !endpointPublicAccess,
  publicAccessCidrs,
});

export const fixtures: RuleFixture[] = [
  { name: 'public endpoint open to 0.0.0.0/0', expect: 'FAIL', target, resources: [clusterFixture({ resourcesVpcConfig: vpc(true, ['0.0.0.0/0']) })] },
  { name: 'public endpoint restricted to an office CIDR', expect: 'FAIL', target, resources: [clusterFixture({ resourcesVpcConfig: vpc(true, ['198.51.100.0/24']) })] },
  { name: 'private endpoint only', expect: 'PASS', target, resources: [clusterFixture({ resourcesVpcConfig: vpc(false, []) })] },
  { name: 'cluster not describable', expect: 'NOT_ASSESSED', target, resources: [clusterFixture({}, { resourcesVpcConfig: 'AccessDenied' })] },
];
