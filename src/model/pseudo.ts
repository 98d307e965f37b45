/**
 * mamori pseudo resource types: account- and region-level settings that have no
 * CloudFormation resource type. Their uids are ARN-shaped under the `mamori` service name
 * so they never collide with real ARNs.
 */
export const ACCOUNT_TYPE = 'AWS::Account';
export const REGION_TYPE = 'AWS::Region';

export const accountUid = (account: string, partition = 'aws') => `arn:${partition}:mamori::${account}:account`;
export const regionUid = (account: string, region: string, partition = 'aws') =>
  `arn:${partition}:mamori:${region}:${account}:region`;
/** Stands for "everything this service would have returned here" when its listing call failed. */
export const collectionScopeUid = (account: string, region: string, service: string, partition = 'aws') =>
  `arn:${partition}:mamori:${region === 'global' ? '' : region}:${account}:collection/${service}`;
