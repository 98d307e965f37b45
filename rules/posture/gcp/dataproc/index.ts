import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as clusterCmek } from './gcp-dataproc-cluster-cmek-encrypted/rule.js';
import { rule as internalIpOnly } from './gcp-dataproc-cluster-internal-ip-only/rule.js';

export const rules: PostureRule[] = [clusterCmek, internalIpOnly];
