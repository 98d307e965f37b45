/**
 * Config shapes of AWS CodeBuild projects in the snapshot. What the privilege-escalation analysis
 * reads: a project's service role runs every build, and StartBuild may override the buildspec
 * (CodeBuild API Reference › StartBuild, buildspecOverride).
 *
 * - AWS::CodeBuild::Project (regional) uid: the project ARN (arn:<p>:codebuild:<region>:<account>:project/<name>).
 *   Relationships: `uses-role` → the service role.
 *
 * Never in the snapshot: the buildspec text and environment variable VALUES (PLAINTEXT values are
 * often tokens); only the variables' names and types. A source location loses any user:password@
 * part of its URL.
 */

export const CODEBUILD_PROJECT_TYPE = 'AWS::CodeBuild::Project';

export interface CodeBuildProjectConfig {
  name: string;
  arn: string;
  /** The service role ARN; null when the project has none (it cannot build then). */
  serviceRole: string | null;
  /** CODECOMMIT | CODEPIPELINE | GITHUB | GITHUB_ENTERPRISE | GITLAB | BITBUCKET | S3 | NO_SOURCE. */
  sourceType: string | null;
  /** The source's location without credentials; null for CODEPIPELINE / NO_SOURCE. */
  sourceLocation: string | null;
  /** Names and types (PLAINTEXT | PARAMETER_STORE | SECRETS_MANAGER) of the environment variables, never their values. */
  environmentVariables: { name: string; type: string }[];
  environmentType?: string;
  image?: string;
  privilegedMode?: boolean;
  /** PUBLIC_READ: build results and logs are public. */
  projectVisibility?: string;
  created?: string;
  lastModified?: string;
}

/** A URL without its user:password@ part (a git source URL may carry a token there). */
export function withoutUserInfo(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}
