/** AWS::Account (mamori pseudo type), emitted by the core collector for every scanned account. */
export interface AccountConfig {
  accountId: string;
  partition: string;
}
