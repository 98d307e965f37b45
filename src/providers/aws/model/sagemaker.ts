/**
 * Config shapes of Amazon SageMaker notebook instances in the snapshot. What the
 * privilege-escalation analysis reads: code run in the notebook's Jupyter environment (through a
 * presigned URL, or a lifecycle configuration) runs with the notebook's execution role.
 *
 * - AWS::SageMaker::NotebookInstance (regional) uid: the NotebookInstanceArn.
 *   Relationships: `uses-role` → the execution role, `in-subnet` → the subnet id when in a VPC.
 */

export const NOTEBOOK_INSTANCE_TYPE = 'AWS::SageMaker::NotebookInstance';

export interface NotebookInstanceConfig {
  notebookInstanceName: string;
  /** Pending | InService | Stopping | Stopped | Failed | Deleting | Updating. */
  status: string;
  /** The execution role; absent when DescribeNotebookInstance failed (errors.roleArn). */
  roleArn?: string | null;
  /** Enabled | Disabled. Absent when DescribeNotebookInstance failed. */
  directInternetAccess?: string;
  /** Enabled | Disabled (root access for notebook users). Absent when DescribeNotebookInstance failed. */
  rootAccess?: string;
  instanceType?: string;
  subnetId?: string;
  lifecycleConfigName?: string;
  creationTime?: string;
}

/** Statuses in which the notebook still exists and can be (re)started or opened. */
export const notebookIsUsable = (status: string | undefined): boolean => status !== undefined && status !== 'Failed' && status !== 'Deleting';
