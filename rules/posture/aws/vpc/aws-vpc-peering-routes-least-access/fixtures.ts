import { ROUTE_TABLE_TYPE, VPC_PEERING_TYPE, type Route, type VpcPeeringConnectionConfig } from '../../../../../src/providers/aws/model/ec2.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, OTHER_ACCOUNT, resource } from '../../../testing.js';
import { arn } from '../../ec2/fixture-builders.js';

const table = (id: string, routes: Route[]) =>
  resource({
    type: ROUTE_TABLE_TYPE,
    uid: arn('route-table', id),
    config: { routeTableId: id, vpcId: 'vpc-0aaa', main: false, associatedSubnetIds: ['subnet-0aaa'], routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' }, ...routes] },
  });
const peering: VpcPeeringConnectionConfig = {
  vpcPeeringConnectionId: 'pcx-0aaa',
  status: 'active',
  requester: { ownerId: ACCOUNT, vpcId: 'vpc-0aaa', region: 'us-east-1', cidrBlocks: ['10.0.0.0/16'], ipv6CidrBlocks: [] },
  accepter: { ownerId: OTHER_ACCOUNT, vpcId: 'vpc-0bbb', region: 'us-east-1', cidrBlocks: ['172.16.0.0/16'], ipv6CidrBlocks: [] },
};
const pcx = resource({ type: VPC_PEERING_TYPE, uid: arn('vpc-peering-connection', 'pcx-0aaa'), config: peering });

export const fixtures: RuleFixture[] = [
  { name: 'default route through the peering', expect: 'FAIL', target: arn('route-table', 'rtb-0a'), resources: [table('rtb-0a', [{ DestinationCidrBlock: '0.0.0.0/0', VpcPeeringConnectionId: 'pcx-0aaa' }])] },
  { name: 'route to a /8', expect: 'FAIL', target: arn('route-table', 'rtb-0b'), resources: [table('rtb-0b', [{ DestinationCidrBlock: '172.0.0.0/8', VpcPeeringConnectionId: 'pcx-0aaa' }])] },
  {
    name: 'route to the whole peer VPC',
    expect: 'FAIL',
    target: arn('route-table', 'rtb-0c'),
    resources: [pcx, table('rtb-0c', [{ DestinationCidrBlock: '172.16.0.0/16', VpcPeeringConnectionId: 'pcx-0aaa' }])],
  },
  {
    name: 'route to one peer subnet',
    expect: 'PASS',
    target: arn('route-table', 'rtb-0d'),
    resources: [pcx, table('rtb-0d', [{ DestinationCidrBlock: '172.16.10.0/24', VpcPeeringConnectionId: 'pcx-0aaa' }])],
  },
  { name: 'no peering routes', expect: 'NOT_APPLICABLE', target: arn('route-table', 'rtb-0e'), resources: [table('rtb-0e', [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0aaa' }])] },
];
