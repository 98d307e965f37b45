/**
 * Config shapes of AWS CloudFormation stacks in the snapshot. What the privilege-escalation analysis
 * reads: a stack with a service role (RoleARN) runs every later update with that role's
 * permissions, whoever asks for the update (CloudFormation API Reference › UpdateStack, RoleARN).
 *
 * - AWS::CloudFormation::Stack (regional) uid: the StackId (arn:<p>:cloudformation:<region>:<account>:stack/<name>/<guid>).
 *   Relationships: `uses-role` → the stack's service role.
 *
 * Never in the snapshot: the template body and parameter VALUES (a parameter may carry a password);
 * only the parameter keys are kept.
 */

export const STACK_TYPE = 'AWS::CloudFormation::Stack';

export interface StackConfig {
  stackName: string;
  stackId: string;
  /** CREATE_COMPLETE | UPDATE_COMPLETE | ROLLBACK_COMPLETE | … (StackStatus). */
  stackStatus: string;
  /** The service role CloudFormation uses for every operation on the stack; null: the caller's credentials. */
  roleArn: string | null;
  /** Keys of the stack's parameters (never their values). */
  parameterKeys: string[];
  /** Set for a nested stack: the stack that owns it. */
  parentId?: string;
  rootId?: string;
  enableTerminationProtection?: boolean;
  creationTime?: string;
  lastUpdatedTime?: string;
}

/**
 * Statuses from which the stack can no longer be updated, only deleted or recovered first
 * (CloudFormation User Guide › Stack status codes: a stack that failed to create and rolled back,
 * or one being deleted). Every other status is updatable now or when the running operation ends.
 */
const NOT_UPDATABLE = new Set(['CREATE_FAILED', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_FAILED', 'ROLLBACK_COMPLETE', 'DELETE_IN_PROGRESS', 'DELETE_FAILED', 'DELETE_COMPLETE', 'UPDATE_ROLLBACK_FAILED', 'IMPORT_ROLLBACK_FAILED']);

export const stackIsUpdatable = (status: string | undefined): boolean => !!status && !NOT_UPDATABLE.has(status);
