import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as albHttpRedirectsToHttps } from './aws-elbv2-alb-http-redirects-to-https/rule.js';
import { rule as albDropInvalidHeaders } from './aws-elbv2-alb-drop-invalid-headers/rule.js';
import { rule as accessLogsEnabled } from './aws-elbv2-access-logs-enabled/rule.js';
import { rule as deletionProtection } from './aws-elbv2-deletion-protection/rule.js';
import { rule as albDesyncMitigation } from './aws-elbv2-alb-desync-mitigation/rule.js';
import { rule as multiAz } from './aws-elbv2-multi-az/rule.js';
import { rule as listenerTlsPolicy } from './aws-elbv2-listener-tls-policy/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [
  albHttpRedirectsToHttps,
  albDropInvalidHeaders,
  accessLogsEnabled,
  deletionProtection,
  albDesyncMitigation,
  multiAz,
  listenerTlsPolicy,
];
