import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as auditLogEnabled } from './azure-mysql-server-audit-log-enabled/rule.js';
import { rule as firewallNoInternet } from './azure-mysql-server-firewall-no-internet/rule.js';
import { rule as secureTransport } from './azure-mysql-server-secure-transport/rule.js';

export const rules: PostureRule[] = [secureTransport, auditLogEnabled, firewallNoInternet];
