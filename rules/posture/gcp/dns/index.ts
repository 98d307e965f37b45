import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as networkLoggingEnabled } from './gcp-dns-network-logging-enabled/rule.js';
import { rule as zoneDnssecEnabled } from './gcp-dns-zone-dnssec-enabled/rule.js';
import { rule as zoneKskNotRsasha1 } from './gcp-dns-zone-ksk-not-rsasha1/rule.js';
import { rule as zoneZskNotRsasha1 } from './gcp-dns-zone-zsk-not-rsasha1/rule.js';

/** Cloud DNS: query logging for VPC networks (CIS GCP 5.0 2.13) and DNSSEC (3.3–3.5). */
export const rules: PostureRule[] = [networkLoggingEnabled, zoneDnssecEnabled, zoneKskNotRsasha1, zoneZskNotRsasha1];
