/** The principals of the demo logs: the snapshot's IAM users and roles, plus the pipeline's service roles. */
import { DEMO } from '../scenario.js';
import { DEMO_LOGS, LOG_DAY_START } from './constants.js';
import { iso, type RoleRef } from './cloudtrail.js';
import { Rng } from './rng.js';

const { prod, mgmt } = DEMO;

export const ROLES = {
  web: { account: prod, name: DEMO.names.webRole },
  configProd: { account: prod, name: 'AWSServiceRoleForConfig', path: '/aws-service-role/config.amazonaws.com/' },
  configMgmt: { account: mgmt, name: 'AWSServiceRoleForConfig', path: '/aws-service-role/config.amazonaws.com/' },
  orderProcessor: { account: prod, name: 'order-processor-role' },
  paymentWebhook: { account: prod, name: 'payment-webhook-role' },
  costReport: { account: prod, name: 'cost-report-role' },
  webEks: { account: prod, name: 'web-eks-cluster-role' },
  batchEks: { account: prod, name: 'batch-eks-cluster-role' },
  /** Not in the demo snapshot: the roles CodePipeline, CodeDeploy and the EventBridge rule use. */
  pipeline: { account: prod, name: `AWSCodePipelineServiceRole-${DEMO.mainRegion}-web-app-pipeline`, path: '/service-role/' },
  codedeploy: { account: prod, name: 'CodeDeployServiceRole' },
  events: { account: prod, name: `cwe-role-${DEMO.mainRegion}-web-app-pipeline`, path: '/service-role/' },
  trailLogs: { account: mgmt, name: 'CloudTrailToCloudWatchLogs' },
  rdsMonitoring: { account: mgmt, name: 'rds-monitoring-role' },
} satisfies Record<string, RoleRef>;

export const UA = {
  ssmAgent: 'aws-sdk-go/1.55.5 (go1.22.9; linux; amd64) amazon-ssm-agent/3.3.1142.0',
  codedeployAgent: 'aws-sdk-ruby3/3.201.5 ua/2.1 api/s3#1.167.0 os/linux md/x86_64 lang/ruby#3.2.6 md/3.2.6 m/A,D CodeDeployAgent/1.7.1',
  ci: (command: string) =>
    `aws-cli/2.22.4 md/awscrt#0.22.0 ua/2.0 os/linux#6.5.0-1025-azure md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.22 md/prompt#off md/command#${command}`,
  lambdaPython: 'Boto3/1.34.145 md/Botocore#1.34.145 ua/2.0 os/linux#5.10.227-239.884.amzn2.x86_64 md/arch#x86_64 lang/python#3.12.7 md/pyimpl#CPython exec-env/AWS_Lambda_python3.12 cfg/retry-mode#legacy Botocore/1.34.145',
  lambdaNode: 'aws-sdk-nodejs/3.679.0 ua/2.1 os/linux#5.10.227-239.884.amzn2.x86_64 lang/js md/nodejs#20.18.0 api/cost-explorer#3.679.0 exec-env/AWS_Lambda_nodejs20.x m/E,b',
  chromeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edgeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  firefoxLinux: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
} as const;

/** Addresses Lambda functions call AWS APIs from (AWS-owned, ap-northeast-1). */
export const LAMBDA_IPS = ['13.231.52.18', '18.182.41.97', '54.250.130.6', '3.114.206.73'];

export interface WebKey {
  issued: number;
  accessKeyId: string;
  creationDate: string;
}

/** Instance-profile credentials of web-1 over the day: EC2 refreshes them about every 6 hours. */
export const WEB_KEYS: WebKey[] = (() => {
  const rng = new Rng('web-keys');
  const at = (h: number, m: number, s: number) => LOG_DAY_START + ((h * 60 + m) * 60 + s) * 1000;
  const issued = [at(-5, 2, 45), at(0, 58, 12), at(6, 55, 40), Date.parse(DEMO_LOGS.attacker.stolenKeyIssued), at(18, 49, 30)];
  return issued.map((t) => ({
    issued: t,
    accessKeyId: t === Date.parse(DEMO_LOGS.attacker.stolenKeyIssued) ? DEMO_LOGS.attacker.stolenAccessKeyId : `ASIAZDEMO${rng.upperAlnum(11)}`,
    creationDate: iso(t),
  }));
})();

/** The web-1 credentials in use at a time. */
export function webKeyAt(t: number): WebKey {
  let k = WEB_KEYS[0];
  for (const w of WEB_KEYS) if (w.issued <= t) k = w;
  return k;
}
