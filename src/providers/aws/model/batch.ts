/**
 * Config shapes of AWS Batch job definitions in the snapshot. What the privilege-escalation
 * analysis reads: whoever may submit a job from a definition (batch:SubmitJob on the definition and
 * a job queue) overrides its command, and that command runs with the definition's job role.
 *
 * - AWS::Batch::JobDefinition (regional) uid: the jobDefinitionArn (…:job-definition/<name>:<revision>).
 *   Only ACTIVE revisions are collected: an INACTIVE one cannot be submitted.
 *   Relationships: `uses-role` → each job role.
 *
 * Never in the snapshot: environment variables, secrets, commands and parameters (their values
 * may hold credentials), images.
 */

export const JOB_DEFINITION_TYPE = 'AWS::Batch::JobDefinition';

export interface JobDefinitionConfig {
  jobDefinitionName: string;
  revision: number;
  /** ACTIVE (only those are collected). */
  status: string;
  /** container | multinode. */
  type: string;
  /**
   * The roles the job's containers run with: containerProperties.jobRoleArn, the task roles of
   * ecsProperties, and those of every node range of a multi-node definition. The container
   * overrides of SubmitJob cannot change them (AWS Batch API Reference › ContainerOverrides).
   */
  jobRoleArns: string[];
  /**
   * The execution roles (the agent pulls images and reads secrets with them; the job's code does
   * not get their credentials): kept for the record, not a way in.
   */
  executionRoleArns: string[];
  /** EC2 | FARGATE. */
  platformCapabilities: string[];
  /** ECS | EKS. */
  containerOrchestrationType?: string;
  /** EKS jobs run as a Kubernetes service account (no role on the definition). */
  eksServiceAccountName?: string;
}
