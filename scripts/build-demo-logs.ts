/** npm run build:demo-logs — regenerates demo/logs/ (CloudTrail, VPC Flow Logs, DNS logs, intel list, attack.json) from src/providers/aws/demo/logs/**. */
import { join } from 'node:path';
import { generateDemoLogs } from '../src/providers/aws/demo/logs/generate.js';
import { packageRoot } from '../src/version.js';

const out = join(packageRoot(), 'demo', 'logs');
const { files, stats } = generateDemoLogs(out);
console.log(
  `wrote ${out}: ${files.length} files, ${(stats.bytes / 1024).toFixed(0)} KiB — CloudTrail ${stats.cloudtrailRecords} records in ${stats.cloudtrailFiles} files ` +
    `(${stats.attackRecords} of the attack), VPC Flow Logs ${stats.flowRecords} records in ${stats.flowFiles} files, DNS ${stats.dnsQueries} queries in ${stats.dnsFiles} files`,
);
