/**
 * Config shapes of IAM resources in the snapshot (the contract between the IAM collector and
 * the IAM rules). Field names follow the AWS API where one exists.
 */

/** AWS::Account (mamori pseudo type): account-wide IAM settings, emitted by the IAM collector. */
export interface AccountConfig {
  accountId: string;
  /** GetAccountSummary SummaryMap (AccountMFAEnabled, AccountAccessKeysPresent, ...). */
  summary?: Record<string, number>;
}
