import { ACCOUNT_TYPE, accountUid } from '../../model/pseudo.js';

/** An AWS account's scope-wide results live on its AWS::Account pseudo resource. */
export const awsScopeResource = (account: string) => ({ uid: accountUid(account), type: ACCOUNT_TYPE });
