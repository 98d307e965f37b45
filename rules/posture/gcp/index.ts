import type { PostureRule } from '../../../src/model/rule.js';
import { rules as iam } from './iam/index.js';
import { rules as kms } from './kms/index.js';
import { rules as apikeys } from './apikeys/index.js';
import { rules as resourcemanager } from './resourcemanager/index.js';
import { rules as essentialcontacts } from './essentialcontacts/index.js';
import { rules as logging } from './logging/index.js';
import { rules as monitoring } from './monitoring/index.js';
import { rules as serviceusage } from './serviceusage/index.js';
import { rules as accessapproval } from './accessapproval/index.js';
import { rules as vpc } from './vpc/index.js';
import { rules as dns } from './dns/index.js';
import { rules as loadbalancing } from './loadbalancing/index.js';
import { rules as compute } from './compute/index.js';
import { rules as storage } from './storage/index.js';
import { rules as cloudsql } from './cloudsql/index.js';
import { rules as bigquery } from './bigquery/index.js';
import { rules as dataproc } from './dataproc/index.js';
import { rules as orgpolicy } from './orgpolicy/index.js';

/** Every Google Cloud posture rule, service by service (each service folder has its own index.ts). */
export const GCP_POSTURE_RULES: PostureRule[] = [iam, kms, apikeys, resourcemanager, essentialcontacts, logging, monitoring, serviceusage, accessapproval, vpc, dns, loadbalancing, compute, storage, cloudsql, bigquery, dataproc, orgpolicy].flat();
