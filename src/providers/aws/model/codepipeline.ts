/**
 * Config shapes of AWS CodePipeline pipelines and AWS CodeDeploy deployment groups in the snapshot:
 * where a pipeline keeps its artifacts and which deployment groups (and so which fleet) its deploy
 * actions release to. The attack-path analysis reads them to join "who can write the artifact
 * bucket" to "whose code runs on which instances".
 *
 * - AWS::CodePipeline::Pipeline (regional) uid: arn:<p>:codepipeline:<region>:<account>:<name>.
 *   Relationships: `stores-artifacts-in` → each artifact bucket (arn:<p>:s3:::<bucket>),
 *   `uses-role` → the pipeline's service role, `deploys-to` → each CodeDeploy deployment group
 *   named by a deploy action.
 * - AWS::CodeDeploy::DeploymentGroup (regional) uid:
 *   arn:<p>:codedeploy:<region>:<account>:deploymentgroup:<application>/<group>.
 *   Relationships: `uses-role` → the CodeDeploy service role.
 *
 * Action configurations keep only their non-secret keys (an OAuthToken or a secret-looking key is
 * dropped): the snapshot never holds a credential.
 */

export const PIPELINE_TYPE = 'AWS::CodePipeline::Pipeline';
export const DEPLOYMENT_GROUP_TYPE = 'AWS::CodeDeploy::DeploymentGroup';

export const pipelineArn = (partition: string, region: string, account: string, name: string) => `arn:${partition}:codepipeline:${region}:${account}:${name}`;

export const deploymentGroupArn = (partition: string, region: string, account: string, application: string, group: string) =>
  `arn:${partition}:codedeploy:${region}:${account}:deploymentgroup:${application}/${group}`;

/** One artifact store (GetPipeline artifactStore, or each entry of artifactStores for cross-region pipelines). */
export interface PipelineArtifactStore {
  /** S3 is the only type AWS offers. */
  type: string;
  /** The bucket name. */
  location: string;
  /** For cross-region pipelines: the region this store serves. */
  region?: string;
  /** encryptionKey.id (KMS key id, ARN or alias) when the store uses a customer managed key. */
  encryptionKeyId?: string;
}

/** One action of one stage (GetPipeline stages[].actions[]). */
export interface PipelineAction {
  stage: string;
  name: string;
  /** Source | Build | Deploy | Test | Approval | Invoke. */
  category: string;
  /** AWS | ThirdParty | Custom. */
  owner: string;
  /** CodeDeploy, S3, CodeBuild, CodeStarSourceConnection, … */
  provider: string;
  /** The action configuration without secret-looking keys (see module comment). */
  configuration: Record<string, string>;
  roleArn?: string;
  region?: string;
}

export interface PipelineConfig {
  name: string;
  roleArn: string | null;
  /** V1 | V2. */
  pipelineType?: string;
  version?: number;
  /** Absent when GetPipeline failed (errors.artifactStores). */
  artifactStores?: PipelineArtifactStore[];
  /**
   * Every action in stage order. Absent when GetPipeline failed (errors.actions, errors.artifactStores):
   * the listing alone says the pipeline exists, not what it deploys.
   */
  actions?: PipelineAction[];
  created?: string;
  updated?: string;
}

/** One EC2 or on-premises tag filter: KEY_ONLY, VALUE_ONLY or KEY_AND_VALUE. */
export interface DeploymentTagFilter {
  Key?: string;
  Value?: string;
  Type?: string;
}

export interface DeploymentGroupConfig {
  applicationName: string;
  deploymentGroupName: string;
  deploymentGroupId?: string;
  /** Server | Lambda | ECS. */
  computePlatform?: string;
  serviceRoleArn: string | null;
  deploymentConfigName?: string;
  /** ec2TagFilters: an instance matching ANY of them is in the group. */
  ec2TagFilters: DeploymentTagFilter[];
  /** ec2TagSet: an instance must match a filter of EVERY inner list. Empty when not used. */
  ec2TagSet: DeploymentTagFilter[][];
  /** Names of the Auto Scaling groups the group deploys to. */
  autoScalingGroups: string[];
  /** ECS services (cluster/service) for the ECS platform. */
  ecsServices: string[];
}
