import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as basicAuthDisabled } from './azure-appservice-app-basic-auth-disabled/rule.js';
import { rule as ftpDisabled } from './azure-appservice-app-ftp-disabled/rule.js';
import { rule as httpsOnly } from './azure-appservice-app-https-only/rule.js';
import { rule as managedIdentity } from './azure-appservice-app-managed-identity/rule.js';
import { rule as remoteDebuggingOff } from './azure-appservice-app-remote-debugging-off/rule.js';
import { rule as tls12 } from './azure-appservice-app-tls-1-2/rule.js';

export const rules: PostureRule[] = [httpsOnly, tls12, ftpDisabled, basicAuthDisabled, managedIdentity, remoteDebuggingOff];
