/**
 * Config shapes of IAM resources in the snapshot (the contract between the IAM collector and
 * the IAM rules). Field names follow the AWS API where one exists.
 */

/** Type of the root user resource; uid is the root ARN `arn:aws:iam::<account>:root`. */
export const ROOT_USER_TYPE = 'AWS::IAM::RootUser';

/** AWS::IAM::RootUser (mamori pseudo type): the account's root user, from the account summary and credential report. */
export interface RootUserConfig {
  /** GetAccountSummary SummaryMap (AccountMFAEnabled, AccountAccessKeysPresent, ...). */
  summary?: Record<string, number>;
}
