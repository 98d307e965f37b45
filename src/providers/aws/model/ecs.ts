/**
 * Config shapes of Amazon ECS resources in the snapshot (contract between the ecs collector and the
 * attack-path analysis). Field names follow the ECS API (camelCase).
 *
 * - AWS::ECS::Service (regional) uid: the service ARN. Relationships: `in-cluster` → cluster ARN,
 *   `uses-task-definition` → task definition ARN, `in-subnet` → subnet ids, `uses-security-group`
 *   → security group ids, `behind-target-group` → target group ARNs.
 * - AWS::ECS::TaskDefinition (regional) uid: the task definition ARN (family:revision). Only the
 *   task definitions the collected services run are collected. Relationships: `uses-role` → task
 *   role, `uses-execution-role` → execution role.
 * - AWS::ECS::Task (regional) uid: the task ARN. Only the running tasks of services with ECS Exec
 *   enabled are collected (what the privilege-escalation analysis needs: who may open a shell in a
 *   container holding the task role). Relationships: `in-cluster`, `uses-task-definition`,
 *   `uses-role` → a task role set by the task's overrides.
 *
 * Never in the snapshot: environment variable values and secret values or references. A container
 * keeps the NAMES of its environment variables and of its `secrets` only.
 */

export const ECS_SERVICE_TYPE = 'AWS::ECS::Service';
export const ECS_TASK_DEFINITION_TYPE = 'AWS::ECS::TaskDefinition';
export const ECS_TASK_TYPE = 'AWS::ECS::Task';

/** networkConfiguration.awsvpcConfiguration of a service (awsvpc network mode only). */
export interface EcsAwsVpcConfiguration {
  subnets: string[];
  /** Empty: the VPC's default security group applies. */
  securityGroups: string[];
  /** ENABLED | DISABLED (the API's default when unset: DISABLED). */
  assignPublicIp: string;
}

/** One entry of a service's loadBalancers. */
export interface EcsServiceLoadBalancer {
  /** ALB / NLB target group; absent for a Classic Load Balancer (loadBalancerName). */
  targetGroupArn?: string;
  loadBalancerName?: string;
  containerName?: string;
  containerPort?: number;
}

export interface EcsServiceConfig {
  serviceName: string;
  clusterArn: string;
  /** ACTIVE | DRAINING | INACTIVE */
  status?: string;
  /** EC2 | FARGATE | EXTERNAL; null when the service uses a capacity provider strategy. */
  launchType: string | null;
  /** Capacity providers of the strategy (FARGATE, FARGATE_SPOT or an Auto Scaling group provider). */
  capacityProviders: string[];
  desiredCount: number;
  runningCount?: number;
  /** REPLICA | DAEMON */
  schedulingStrategy?: string;
  /** The task definition ARN the service runs (its primary deployment's). */
  taskDefinition: string | null;
  /** null: the service does not use the awsvpc network mode (bridge / host / none). */
  networkConfiguration: EcsAwsVpcConfiguration | null;
  loadBalancers: EcsServiceLoadBalancer[];
  createdAt?: string;
  /** ECS Exec is turned on for the service's new tasks (absent in snapshots taken before it was collected). */
  enableExecuteCommand?: boolean;
}

/** A running task of a service with ECS Exec (DescribeTasks); container overrides (environment values) are never kept. */
export interface EcsTaskConfig {
  clusterArn: string;
  taskDefinitionArn: string | null;
  /** The task's group, "service:<name>" for a service's task. */
  group?: string;
  /** PROVISIONING | PENDING | ACTIVATING | RUNNING | DEACTIVATING | STOPPING | DEPROVISIONING | STOPPED. */
  lastStatus: string;
  desiredStatus?: string;
  launchType?: string;
  /** Whether ECS Exec is on for this task (fixed when the task starts). */
  enableExecuteCommand: boolean;
  /** A task role set by the task's overrides (it replaces the task definition's); null: none. */
  taskRoleOverride: string | null;
  startedAt?: string;
}

export interface EcsPortMapping {
  containerPort?: number;
  hostPort?: number;
  /** tcp | udp */
  protocol?: string;
}

export interface EcsContainer {
  name: string;
  image?: string;
  essential?: boolean;
  privileged?: boolean;
  portMappings: EcsPortMapping[];
  /** Names of the environment variables (never their values). */
  environmentNames: string[];
  /** Names of the `secrets` entries (never their values or the ARNs they reference). */
  secretNames: string[];
}

export interface EcsTaskDefinitionConfig {
  family: string;
  revision: number;
  /** ACTIVE | INACTIVE | DELETE_IN_PROGRESS */
  status?: string;
  /** The role the containers' code gets credentials for (container credentials endpoint); null: none. */
  taskRoleArn: string | null;
  /** The role the ECS agent uses to pull images and read secrets; null: none. */
  executionRoleArn: string | null;
  /** awsvpc | bridge | host | none; AWS's default when unset is bridge (Linux EC2). */
  networkMode: string;
  requiresCompatibilities: string[];
  containers: EcsContainer[];
}
