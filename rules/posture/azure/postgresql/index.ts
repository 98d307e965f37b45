import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as entraAuthOnly } from './azure-postgresql-server-entra-auth-only/rule.js';
import { rule as firewallNoInternet } from './azure-postgresql-server-firewall-no-internet/rule.js';
import { rule as secureTransport } from './azure-postgresql-server-secure-transport/rule.js';

export const rules: PostureRule[] = [secureTransport, firewallNoInternet, entraAuthOnly];
