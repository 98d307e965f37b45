/**
 * Config shapes of Amazon EKS resources in the snapshot (contract between the eks collector and
 * the eks rules). Field names follow the EKS DescribeCluster API (camelCase).
 */

/** uid: cluster ARN. Relationships: `uses-role` → cluster IAM role, `in-vpc` → VPC, `in-subnet` → subnets,
 * `uses-security-group` → security groups, `encrypted-with` → KMS key of secrets encryption. */
export const EKS_CLUSTER_TYPE = 'AWS::EKS::Cluster';

/**
 * An EKS Pod Identity association: the IAM role whose credentials the EKS Pod Identity Agent hands
 * to pods running as one service account of one namespace. uid: associationArn. Relationships:
 * `uses-role` → roleArn (and → targetRoleArn when set).
 */
export const EKS_POD_IDENTITY_ASSOCIATION_TYPE = 'AWS::EKS::PodIdentityAssociation';

export interface EksPodIdentityAssociationConfig {
  associationId: string;
  associationArn: string;
  clusterName: string;
  namespace: string;
  serviceAccount: string;
  /** The role EKS Pod Identity assumes; absent when DescribePodIdentityAssociation failed (errors.roleArn). */
  roleArn?: string;
  /**
   * Cross-account association: the role assumed with roleArn's credentials, whose credentials the
   * pods then get. null: none; absent when DescribePodIdentityAssociation failed.
   */
  targetRoleArn?: string | null;
}

export interface EksClusterConfig {
  name: string;
  /** Kubernetes minor version, e.g. "1.30". */
  version?: string;
  /** EKS platform version, e.g. "eks.12". */
  platformVersion?: string;
  status?: string;
  roleArn?: string;
  createdAt?: string;
  resourcesVpcConfig: {
    vpcId?: string;
    subnetIds: string[];
    securityGroupIds: string[];
    clusterSecurityGroupId?: string;
    endpointPublicAccess: boolean;
    endpointPrivateAccess: boolean;
    /** CIDRs allowed to reach the public endpoint; AWS returns ["0.0.0.0/0"] when unrestricted. */
    publicAccessCidrs: string[];
  };
  /** Control plane log types (api, audit, authenticator, controllerManager, scheduler) that are enabled. */
  enabledLogTypes: string[];
  /** Envelope encryption config: resources encrypted (["secrets"]) and the KMS key. Empty: no envelope encryption. */
  encryptionConfig: { resources: string[]; keyArn?: string }[];
  /** upgradePolicy.supportType: STANDARD or EXTENDED (extended support allowed at extra cost). */
  supportType?: string;
  /** accessConfig.authenticationMode: API, API_AND_CONFIG_MAP or CONFIG_MAP. */
  authenticationMode?: string;
  /**
   * identity.oidc.issuer: the cluster's OIDC issuer URL ("https://oidc.eks.<region>.amazonaws.com/id/<ID>"),
   * which IAM roles for service accounts (IRSA) trust through an IAM OIDC provider; null when the
   * cluster has none. Absent in snapshots of collectors older than this field (unknown).
   */
  oidcIssuer?: string | null;
  /**
   * ListPodIdentityAssociations: the association ARNs of the cluster (resources of
   * EKS_POD_IDENTITY_ASSOCIATION_TYPE). Absent when the listing failed (errors.podIdentityAssociations)
   * and in snapshots of older collectors (unknown).
   */
  podIdentityAssociations?: string[];
}

/**
 * Amazon EKS Kubernetes release calendar (end of standard and of extended support, UTC dates), from
 * https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html. Versions older than the
 * first entry are long out of support; versions newer than the last entry are treated as supported.
 */
export const EKS_VERSION_CALENDAR: Record<string, { endOfStandardSupport: string; endOfExtendedSupport: string }> = {
  '1.23': { endOfStandardSupport: '2023-10-11', endOfExtendedSupport: '2024-10-11' },
  '1.24': { endOfStandardSupport: '2024-01-31', endOfExtendedSupport: '2025-01-31' },
  '1.25': { endOfStandardSupport: '2024-05-01', endOfExtendedSupport: '2025-05-01' },
  '1.26': { endOfStandardSupport: '2024-06-11', endOfExtendedSupport: '2025-06-11' },
  '1.27': { endOfStandardSupport: '2024-07-24', endOfExtendedSupport: '2025-07-24' },
  '1.28': { endOfStandardSupport: '2024-11-26', endOfExtendedSupport: '2025-11-26' },
  '1.29': { endOfStandardSupport: '2025-03-23', endOfExtendedSupport: '2026-03-23' },
  '1.30': { endOfStandardSupport: '2025-07-23', endOfExtendedSupport: '2026-07-23' },
  '1.31': { endOfStandardSupport: '2025-11-26', endOfExtendedSupport: '2026-11-26' },
  '1.32': { endOfStandardSupport: '2026-03-23', endOfExtendedSupport: '2027-03-23' },
  '1.33': { endOfStandardSupport: '2026-07-29', endOfExtendedSupport: '2027-07-29' },
  '1.34': { endOfStandardSupport: '2026-12-02', endOfExtendedSupport: '2027-12-02' },
  '1.35': { endOfStandardSupport: '2027-03-27', endOfExtendedSupport: '2028-03-27' },
};
