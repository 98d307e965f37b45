/**
 * Config shapes of AWS Glue development endpoints in the snapshot. What the privilege-escalation
 * analysis reads: whoever may add an SSH key to an endpoint (glue:UpdateDevEndpoint) logs in to it
 * and holds its role's credentials.
 *
 * - AWS::Glue::DevEndpoint (regional) uid: arn:<p>:glue:<region>:<account>:devEndpoint/<name>.
 *   Relationships: `uses-role` → the endpoint's role, `in-subnet` → the subnet id when in a VPC.
 *
 * Never in the snapshot: the endpoint's public keys and arguments.
 */

export const DEV_ENDPOINT_TYPE = 'AWS::Glue::DevEndpoint';

export const devEndpointArn = (partition: string, region: string, account: string, name: string) => `arn:${partition}:glue:${region}:${account}:devEndpoint/${name}`;

export interface DevEndpointConfig {
  endpointName: string;
  roleArn: string | null;
  /** PROVISIONING | READY | FAILED | TERMINATING … */
  status: string | null;
  /** Whether the endpoint has a public address (an endpoint outside a VPC); the address itself is not kept. */
  hasPublicAddress: boolean;
  subnetId?: string;
  vpcId?: string;
  glueVersion?: string;
  createdTimestamp?: string;
}

/** An endpoint that exists and is not failing or being torn down. */
export const devEndpointIsUsable = (status: string | null | undefined): boolean => status !== 'FAILED' && status !== 'TERMINATING' && status !== 'TERMINATED';
