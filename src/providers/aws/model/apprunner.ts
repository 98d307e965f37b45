/**
 * Config shapes of AWS App Runner services in the snapshot. What the privilege-escalation analysis
 * reads: whoever may update a service (apprunner:UpdateService) changes its image or start command,
 * and the new code runs with the service's instance role.
 *
 * - AWS::AppRunner::Service (regional) uid: the ServiceArn.
 *   Relationships: `uses-role` → the instance role.
 *
 * Never in the snapshot: runtime environment variables and secrets, the start and build commands,
 * the image or repository location.
 */

export const APPRUNNER_SERVICE_TYPE = 'AWS::AppRunner::Service';

export interface AppRunnerServiceConfig {
  serviceName: string;
  serviceId: string | null;
  /** CREATE_FAILED | RUNNING | DELETED | DELETE_FAILED | PAUSED | OPERATION_IN_PROGRESS. */
  status: string;
  /**
   * The instance role the service's code runs with; null when it has none. Absent when
   * DescribeService failed (errors.instanceRoleArn).
   */
  instanceRoleArn?: string | null;
  /** image (ImageRepository) | code (CodeRepository); absent when DescribeService failed. */
  sourceType?: 'image' | 'code' | null;
  autoDeploymentsEnabled?: boolean;
  /** Whether the service is reachable from the internet (IngressConfiguration.IsPubliclyAccessible). */
  publiclyAccessible?: boolean;
  /** DEFAULT | VPC. */
  egressType?: string;
  createdAt?: string;
}

/**
 * A service whose code can still be changed: not failed at creation, deleted or failed to delete
 * (App Runner API Reference › Service, Status). A PAUSED service counts: it can be updated and
 * resumed.
 */
export const appRunnerServiceIsUsable = (status: string | undefined): boolean => status !== undefined && status !== 'CREATE_FAILED' && status !== 'DELETED' && status !== 'DELETE_FAILED';
