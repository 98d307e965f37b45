/**
 * Config shapes of AWS Lambda resources in the snapshot. Field names follow the Lambda API.
 * Environment variable VALUES are never collected: only their names.
 */

/** uid: FunctionArn (unqualified). */
export const LAMBDA_FUNCTION_TYPE = 'AWS::Lambda::Function';

export interface LambdaFunctionConfig {
  FunctionName: string;
  /** Absent for container image functions. */
  Runtime?: string;
  /** Zip | Image */
  PackageType: string;
  Handler?: string;
  Role?: string;
  Architectures: string[];
  LastModified?: string;
  /** VpcConfig with a VpcId; null when the function is not attached to a VPC. */
  VpcConfig: { VpcId: string; SubnetIds: string[]; SecurityGroupIds: string[] } | null;
  /** Names of the environment variables (never the values). */
  environmentVariableNames: string[];
  KMSKeyArn?: string;
  /** TracingConfig.Mode: Active | PassThrough */
  TracingMode?: string;
  /** GetPolicy, parsed. null: no resource-based policy. Absent: not collected (errors.policy). */
  policy?: PolicyDocument | null;
  /** ListFunctionUrlConfigs (function and aliases). Absent: not collected (errors.functionUrls). */
  functionUrls?: { FunctionUrl: string; FunctionArn: string; AuthType: string }[];
}

export interface PolicyStatement {
  Sid?: string;
  Effect: string;
  Principal?: string | Record<string, string | string[]>;
  Action?: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: PolicyStatement[];
}
