/** The finding filter flags, the same on every command that reads the hub (findings list / insights / export, report). */
import type { Command } from 'commander';
import { KINDS } from '../app/filter.js';
import { WORKFLOW_STATUSES } from '../hub/model.js';

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--db <path-or-url>', 'findings hub (default: MAMORI_DB, the config file, or ~/.mamori/mamori.db)')
    .option('--config <file>', 'mamori config file')
    .option('--status <list>', `workflow status (${WORKFLOW_STATUSES.join(', ')})`)
    .option('--severity <list>', 'one severity = at least that severity; several = exactly those')
    .option('--risk <list>', 'one risk level = at least that level; several = exactly those')
    .option('--provider <names>', 'clouds (aws, gcp, azure)')
    .option('--scope <ids>', 'scopes: AWS account ids, Google Cloud project ids, Azure subscription ids, or a node above them (folders/ID, organizations/ID, organizations/o-ID): everything under it')
    .option('--account <ids>', 'same as --scope')
    .option('--region <names>', 'regions')
    .option('--rule <ids>', 'rule ids')
    .option('--source <names>', 'sources (mamori, securityhub, guardduty, prowler, trivy, …)')
    .option('--kind <list>', `kinds (${KINDS.join(', ')})`)
    .option('--since <when>', 'last seen since (ISO date or 7d / 24h)')
    .option('--resource-type <types>', 'resource types (AWS::S3::Bucket, …)')
    .option('--tag <key=value,…>', "resource tags (every one must match)")
    .option('--resource <uids>', 'resource uids (ARNs, …)')
    .option('--control <framework:id,…>', 'framework controls (cis-aws-3.0:2.1.1, fsbp:S3.5): findings mapped to any of them');
}
