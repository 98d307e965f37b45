/** Fixture helpers shared by the EKS rules' fixtures. */
import { EKS_CLUSTER_TYPE, type EksClusterConfig } from '../../../../src/providers/aws/model/eks.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';

export const CLUSTER_UID = `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/web-eks`;

/** A cluster configured well unless overridden. */
export function clusterFixture(overrides: Partial<EksClusterConfig> = {}, errors?: Record<string, string>) {
  const config: EksClusterConfig = {
    name: 'web-eks',
    version: '1.34',
    platformVersion: 'eks.5',
    status: 'ACTIVE',
    resourcesVpcConfig: {
      vpcId: 'vpc-0a1b2c3d4e5f60100',
      subnetIds: ['subnet-0a1b2c3d4e5f60101'],
      securityGroupIds: [],
      endpointPublicAccess: false,
      endpointPrivateAccess: true,
      publicAccessCidrs: [],
    },
    enabledLogTypes: ['api', 'audit', 'authenticator'],
    encryptionConfig: [{ resources: ['secrets'], keyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab` }],
    ...overrides,
  };
  return resource({ type: EKS_CLUSTER_TYPE, uid: CLUSTER_UID, name: 'web-eks', config, errors });
}
