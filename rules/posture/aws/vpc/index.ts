import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as flowLogsEnabled } from './aws-vpc-flow-logs-enabled/rule.js';
import { rule as naclNoPublicAdminPorts } from './aws-vpc-nacl-no-public-admin-ports/rule.js';
import { rule as naclUnused } from './aws-vpc-nacl-unused/rule.js';
import { rule as peeringRoutesLeastAccess } from './aws-vpc-peering-routes-least-access/rule.js';
import { rule as subnetNoAutoPublicIp } from './aws-vpc-subnet-no-auto-public-ip/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [flowLogsEnabled, naclNoPublicAdminPorts, naclUnused, subnetNoAutoPublicIp, peeringRoutesLeastAccess];
