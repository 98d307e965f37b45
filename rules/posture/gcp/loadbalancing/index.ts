import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as backendCloudArmor } from './gcp-loadbalancing-backend-cloud-armor/rule.js';
import { rule as backendLoggingEnabled } from './gcp-loadbalancing-backend-logging-enabled/rule.js';
import { rule as sslPolicyStrong } from './gcp-loadbalancing-ssl-policy-strong/rule.js';

/** Cloud Load Balancing: backend logging (CIS GCP 5.0 2.17), SSL policies (3.11) and Cloud Armor. */
export const rules: PostureRule[] = [backendLoggingEnabled, sslPolicyStrong, backendCloudArmor];
