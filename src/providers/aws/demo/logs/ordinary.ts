/**
 * Ordinary activity of both demo accounts over the logged day: the SSM agent and CodeDeploy agent on
 * web-1, AWS Config, the Lambda functions, the EKS control planes, the CI user and the deployments it
 * starts, three people in the console, and CloudTrail / RDS monitoring in the management account.
 * Principals and ids are those of the demo snapshot (src/providers/aws/demo/aws/iam.ts).
 */
import { DEMO } from '../scenario.js';
import { DEMO_LOGS, LOG_DAY_END, LOG_DAY_START } from './constants.js';
import { awsService, iamUser, iso, roleSession, s3Bucket, s3Object, type Json, type RoleRef, type Trail } from './cloudtrail.js';
import { pipelineRun } from './pipeline.js';
import { LAMBDA_IPS, ROLES, UA, WEB_KEYS, webKeyAt } from './principals.js';
import type { AttackPlan } from './attack.js';

const { prod, mgmt, mainRegion, names } = DEMO;
const at = (h: number, m: number, s = 0) => LOG_DAY_START + ((h * 60 + m) * 60 + s) * 1000;
const MIN = 60_000;
const svc = (s: string) => `${s}.amazonaws.com`;
const newKey = (trail: Trail) => `ASIAZDEMO${trail.rng.upperAlnum(11)}`;

// ---------------------------------------------------------------- web-1 (SSM agent, instance credentials)

export function webInstance(trail: Trail): void {
  const rng = trail.rng;
  for (const k of WEB_KEYS) {
    if (k.issued >= LOG_DAY_START) trail.serviceAssumeRole(k.issued, svc('ec2'), ROLES.web, DEMO_LOGS.web.instanceId, k.accessKeyId);
  }
  let i = 0;
  for (let t = at(0, 2, 17); t < LOG_DAY_END; t += 300_000 + rng.int(-4000, 4000), i++) {
    const k = webKeyAt(t);
    const who = roleSession(ROLES.web, DEMO_LOGS.web.instanceId, k.accessKeyId, k.creationDate, { ec2RoleDelivery: '1.0' });
    const base = { account: prod, region: mainRegion, who, src: svc('ssm'), ip: DEMO_LOGS.web.publicIp, ua: UA.ssmAgent };
    trail.add({
      ...base,
      t,
      name: 'UpdateInstanceInformation',
      req: {
        instanceId: DEMO_LOGS.web.instanceId,
        agentVersion: '3.3.1142.0',
        agentStatus: 'Active',
        platformType: 'Linux',
        platformName: 'Amazon Linux',
        platformVersion: '2023',
        iPAddress: DEMO_LOGS.web.privateIp,
        computerName: `ip-${DEMO_LOGS.web.privateIp.replace(/\./g, '-')}.${mainRegion}.compute.internal`,
        agentName: 'amazon-ssm-agent',
        availabilityZone: `${mainRegion}a`,
        availabilityZoneId: 'apne1-az4',
        sSMConnectionChannel: 'ssmmessages',
      },
      readOnly: false,
    });
    if (i % 2 === 1) {
      trail.add({ ...base, t: t + rng.int(2000, 9000), name: 'ListInstanceAssociations', req: { instanceId: DEMO_LOGS.web.instanceId, maxResults: 20 }, readOnly: true });
    }
  }
}

// ---------------------------------------------------------------- AWS Config

const PROD_BUCKETS = [names.publicAssetsBucket, names.pipelineArtifactBucket, 'mamori-demo-orders-data', 'mamori-demo-access-logs-prod'];
const MGMT_BUCKETS = [names.trailBucket, 'mamori-demo-alb-access-logs'];

function configCalls(account: string, region: string): [string, string, Json, Json[]?][] {
  const ec2 = svc('ec2');
  const instances = account === prod ? [names.webInstanceId, 'i-0a1b2c3d4e5f60002', 'i-0a1b2c3d4e5f60003'] : ['i-0a1b2c3d4e5f60701'];
  const groups = account === prod ? [names.webSecurityGroupId, 'sg-0a1b2c3d4e5f60012', 'sg-0a1b2c3d4e5f60040', 'sg-0a1b2c3d4e5f60050'] : ['sg-0a1b2c3d4e5f60612', 'sg-0a1b2c3d4e5f60614'];
  const vpc = account === prod ? (region === mainRegion ? names.vpcId : 'vpc-0a1b2c3d4e5f60500') : 'vpc-0a1b2c3d4e5f60600';
  const calls: [string, string, Json, Json[]?][] = [];
  for (const id of instances) calls.push([ec2, 'DescribeInstances', { instancesSet: { items: [{ instanceId: id }] }, filterSet: {} }]);
  for (const id of groups) calls.push([ec2, 'DescribeSecurityGroups', { securityGroupSet: {}, securityGroupIdSet: { items: [{ groupId: id }] }, filterSet: {} }]);
  calls.push([ec2, 'DescribeVpcs', { vpcSet: { items: [{ vpcId: vpc }] }, filterSet: {} }]);
  calls.push([ec2, 'DescribeSubnets', { subnetSet: {}, filterSet: { items: [{ name: 'vpc-id', valueSet: { items: [{ value: vpc }] } }] } }]);
  calls.push([ec2, 'DescribeNetworkInterfaces', { networkInterfaceIdSet: {}, filterSet: {} }]);
  calls.push([ec2, 'DescribeVolumes', { volumeSet: {}, filterSet: {} }]);
  calls.push([ec2, 'DescribeRouteTables', { routeTableIdSet: {}, filterSet: {} }]);
  calls.push([ec2, 'DescribeNetworkAcls', { networkAclIdSet: {}, filterSet: {} }]);
  if (region === mainRegion) {
    for (const b of account === prod ? PROD_BUCKETS : MGMT_BUCKETS) {
      for (const [name, sub] of [['GetBucketAcl', 'acl'], ['GetBucketPolicy', 'policy'], ['GetBucketEncryption', 'encryption'], ['GetBucketVersioning', 'versioning'], ['GetBucketLogging', 'logging']] as const) {
        const x = s3Bucket(account, b, region, { [sub]: '' });
        calls.push([svc('s3'), name, x.req, x.resources]);
      }
    }
    calls.push([svc('rds'), 'DescribeDBInstances', { dBInstanceIdentifier: account === prod ? names.database : 'tools-aurora-1' }]);
    calls.push([svc('lambda'), 'ListFunctions20150331', { functionVersion: 'ALL' }]);
  }
  return calls;
}

function iamConfigCalls(account: string): [string, string, Json][] {
  const iam = svc('iam');
  const users = account === prod ? ['ops-admin', 'alice', 'ci-deployer', 'former-contractor'] : ['security-auditor'];
  const roles = account === prod ? [names.webRole, 'partner-readonly', 'order-processor-role', 'payment-webhook-role'] : ['CloudTrailToCloudWatchLogs', 'rds-monitoring-role'];
  const calls: [string, string, Json][] = [];
  for (const u of users) calls.push([iam, 'GetUser', { userName: u }], [iam, 'ListAttachedUserPolicies', { userName: u }], [iam, 'ListUserPolicies', { userName: u }]);
  for (const r of roles) calls.push([iam, 'GetRole', { roleName: r }], [iam, 'ListAttachedRolePolicies', { roleName: r }], [iam, 'ListRolePolicies', { roleName: r }]);
  return calls;
}

export function awsConfig(trail: Trail, account: string, role: RoleRef, regions: readonly string[]): void {
  const rng = trail.rng;
  const session = 'AWSConfig-Describe';
  for (const region of regions) {
    let key = newKey(trail);
    let created = LOG_DAY_START - 20 * MIN;
    let nextRefresh = at(0, 40) + rng.int(0, 600) * 1000;
    const calls = configCalls(account, region);
    for (let t = at(0, 3) + rng.int(0, 600) * 1000; t < LOG_DAY_END; t += rng.int(12, 25) * MIN + rng.int(0, 59_000)) {
      if (t >= nextRefresh) {
        key = newKey(trail);
        created = nextRefresh;
        trail.serviceAssumeRole(nextRefresh, svc('config'), role, session, key, region);
        nextRefresh += 60 * MIN + rng.int(-120, 120) * 1000;
      }
      const who = roleSession(role, session, key, iso(created), { invokedBy: svc('config') });
      let u = t;
      for (let n = rng.int(3, 8); n > 0; n--) {
        const [src, name, req, resources] = rng.pick(calls);
        u += rng.int(150, 4000);
        trail.add({ t: u, account, region, who, src, name, ip: svc('config'), ua: svc('config'), req, resources, host: null });
      }
    }
  }
  // Global resource types (IAM) are recorded from the main region; IAM logs them in us-east-1.
  const iamCalls = iamConfigCalls(account);
  for (let h = 1; h < 24; h += 3) {
    const key = newKey(trail);
    const created = at(h, 10) + rng.int(0, 300) * 1000;
    const who = roleSession(role, session, key, iso(created), { invokedBy: svc('config') });
    let u = created + 2000;
    for (const [src, name, req] of iamCalls) {
      u += rng.int(100, 1500);
      trail.add({ t: u, account, region: 'us-east-1', who, src, name, ip: svc('config'), ua: svc('config'), req, host: null });
    }
  }
}

// ---------------------------------------------------------------- Lambda

export function lambdas(trail: Trail): void {
  const rng = trail.rng;
  const fnSession = (role: RoleRef, fn: string, t: number) => {
    const key = newKey(trail);
    trail.serviceAssumeRole(t, svc('lambda'), role, fn, key);
    return roleSession(role, fn, key, iso(t));
  };
  // payment-webhook: cold starts during the (JST) day read the signing secret.
  for (let t = at(0, 4) + rng.int(0, 900) * 1000; t < at(14, 30); t += rng.int(35, 80) * MIN) {
    const who = fnSession(ROLES.paymentWebhook, 'payment-webhook', t);
    trail.add({
      t: t + rng.int(400, 1500), account: prod, region: mainRegion, who, src: svc('secretsmanager'), name: 'GetSecretValue',
      ip: rng.pick(LAMBDA_IPS), ua: UA.lambdaPython,
      req: { secretId: `arn:aws:secretsmanager:${mainRegion}:${prod}:secret:payment-webhook-signing-Xq3v9K` }, readOnly: true,
    });
  }
  // order-processor: its S3 and KMS use is not in this trail (no data events for that bucket); only its sessions are.
  for (let t = at(0, 1) + rng.int(0, 1800) * 1000; t < LOG_DAY_END; t += rng.int(50, 75) * MIN) fnSession(ROLES.orderProcessor, 'order-processor', t);
  // cost-report: daily at 00:00Z (09:00 JST).
  const t = at(0, 0, 3);
  const who = fnSession(ROLES.costReport, 'cost-report', t);
  trail.add({
    t: t + 1200, account: prod, region: 'us-east-1', who, src: svc('ce'), name: 'GetCostAndUsage', ip: LAMBDA_IPS[1], ua: UA.lambdaNode,
    req: { timePeriod: { start: '2026-11-01', end: DEMO_LOGS.day }, granularity: 'DAILY', metrics: ['UnblendedCost'], groupBy: [{ type: 'DIMENSION', key: 'SERVICE' }] },
    readOnly: true, host: 'ce.us-east-1.amazonaws.com',
  });
}

// ---------------------------------------------------------------- EKS control planes

export function eks(trail: Trail): void {
  const rng = trail.rng;
  for (const role of [ROLES.webEks, ROLES.batchEks]) {
    let key = newKey(trail);
    let created = LOG_DAY_START - 30 * MIN;
    let nextRefresh = at(0, 25) + rng.int(0, 900) * 1000;
    for (let t = at(0, 1) + rng.int(0, 300) * 1000; t < LOG_DAY_END; t += rng.int(6, 12) * MIN + rng.int(0, 59_000)) {
      if (t >= nextRefresh) {
        key = newKey(trail);
        created = nextRefresh;
        trail.serviceAssumeRole(nextRefresh, svc('eks'), role, 'AmazonEKS', key);
        nextRefresh += 60 * MIN;
      }
      const who = roleSession(role, 'AmazonEKS', key, iso(created), { invokedBy: svc('eks') });
      let u = t;
      for (let n = rng.int(1, 3); n > 0; n--) {
        u += rng.int(100, 900);
        const name = rng.pick(['DescribeNetworkInterfaces', 'DescribeNetworkInterfaces', 'DescribeInstances', 'DescribeSecurityGroups', 'DescribeSubnets']);
        const req =
          name === 'DescribeNetworkInterfaces'
            ? { networkInterfaceIdSet: {}, filterSet: { items: [{ name: 'tag:aws:eks:cluster-name', valueSet: { items: [{ value: role.name.replace('-cluster-role', '') }] } }] } }
            : name === 'DescribeInstances'
              ? { instancesSet: {}, filterSet: { items: [{ name: 'tag:aws:eks:cluster-name', valueSet: { items: [{ value: role.name.replace('-cluster-role', '') }] } }] } }
              : name === 'DescribeSecurityGroups'
                ? { securityGroupSet: {}, securityGroupIdSet: {}, filterSet: { items: [{ name: 'vpc-id', valueSet: { items: [{ value: names.vpcId }] } }] } }
                : { subnetSet: {}, filterSet: { items: [{ name: 'vpc-id', valueSet: { items: [{ value: names.vpcId }] } }] } };
        trail.add({ t: u, account: prod, region: mainRegion, who, src: svc('ec2'), name, ip: svc('eks'), ua: svc('eks'), req, host: null });
      }
    }
  }
}

// ---------------------------------------------------------------- CI and the deployments it starts

const DEPLOYS = [at(1, 12, 30), at(2, 48, 10), at(4, 31, 55), at(6, 5, 20), at(8, 19, 45)];

export function ciAndDeployments(trail: Trail): AttackPlan {
  const rng = trail.rng;
  const who = iamUser(prod, 'ci-deployer', 'AKIAZDEMOCIDEPLOY001');
  const bucket = DEMO_LOGS.artifactBucket;
  let latest = { latestBundleKey: '', latestBundleBytes: 0 };
  DEPLOYS.forEach((start, i) => {
    const ip = rng.pick(DEMO_LOGS.ciIps);
    let t = start;
    trail.add({ t, account: prod, region: mainRegion, who, src: svc('sts'), name: 'GetCallerIdentity', ip, ua: UA.ci('sts.get-caller-identity'), resp: { userId: 'AIDACIDEPLOYERXXXXXXX', account: prod, arn: `arn:aws:iam::${prod}:user/ci-deployer` }, readOnly: true });
    const put = (key: string, bytes: number) => {
      t += rng.int(3, 12) * 1000;
      const o = s3Object(prod, bucket, key, mainRegion, { 'x-amz-server-side-encryption': 'aws:kms' });
      trail.add({
        t, account: prod, region: mainRegion, who, src: svc('s3'), name: 'PutObject', ip, ua: UA.ci('s3.cp'), req: o.req,
        resp: { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': DEMO_LOGS.s3KmsKeyArn },
        resources: o.resources, host: o.host, data: true, readOnly: false, additional: { bytesTransferredIn: bytes },
      });
    };
    if (i === 0) put(DEMO_LOGS.attacker.appspecKey, 618);
    const zipKey = `web-app/SourceArti/${rng.alnum(7)}.zip`;
    const zipBytes = rng.int(2_300_000, 2_650_000);
    put(zipKey, zipBytes);
    const uploadedAt = t;
    const end = pipelineRun(trail, { uploadedAt, zipKey, zipBytes, executionId: rng.uuid(), deploymentId: `d-${rng.upperAlnum(9)}` });
    for (let u = uploadedAt + 20_000; u < end + 40_000; u += rng.int(28, 35) * 1000) {
      trail.add({
        t: u, account: prod, region: mainRegion, who, src: svc('codepipeline'), name: 'GetPipelineState', ip, ua: UA.ci('codepipeline.get-pipeline-state'),
        req: { name: DEMO_LOGS.pipeline }, readOnly: true, apiVersion: '2015-07-09',
      });
    }
    latest = { latestBundleKey: zipKey, latestBundleBytes: zipBytes };
  });
  return latest;
}

// ---------------------------------------------------------------- people in the console

interface ConsoleCall {
  src: string;
  name: string;
  req?: Json;
  region?: string;
  resources?: Json[];
  error?: { code: string; message: string };
  host?: string;
}

function consoleSession(
  trail: Trail,
  o: { account: string; user: string; ip: string; ua: string; login: number; end: number; mfa?: string; calls: ConsoleCall[]; denied?: [number, ConsoleCall][]; gap: [number, number] },
): void {
  const rng = trail.rng;
  const additional: Json = { LoginTo: 'https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true&state=hashArgsFromTB_ap-northeast-1', MobileVersion: 'No' };
  if (o.mfa) additional.MFAIdentifier = o.mfa;
  additional.MFAUsed = o.mfa ? 'Yes' : 'No';
  trail.add({
    t: o.login, account: o.account, region: 'us-east-1', who: iamUser(o.account, o.user), src: 'signin.amazonaws.com', name: 'ConsoleLogin', ip: o.ip, ua: o.ua,
    resp: { ConsoleLogin: 'Success' }, additional, eventType: 'AwsConsoleSignIn', readOnly: false, host: 'signin.aws.amazon.com',
  });
  const who = iamUser(o.account, o.user, `ASIAZDEMO${rng.upperAlnum(11)}`, { creationDate: iso(o.login), mfa: !!o.mfa });
  const emit = (t: number, c: ConsoleCall) => {
    const region = c.region ?? mainRegion;
    trail.add({
      t, account: o.account, region, who, src: c.src, name: c.name, ip: o.ip, ua: o.ua, req: c.req, resources: c.resources, error: c.error, console: true,
      host: c.host ?? (c.src === 'iam.amazonaws.com' || c.src === 'organizations.amazonaws.com' ? `${c.src.replace('.amazonaws.com', '')}.amazonaws.com` : undefined),
    });
  };
  for (let t = o.login + rng.int(10, 40) * 1000; t < o.end; t += rng.int(o.gap[0], o.gap[1]) * 1000) {
    let u = t;
    for (let n = rng.int(2, 7); n > 0; n--) {
      u += rng.int(200, 6000);
      emit(u, rng.pick(o.calls));
    }
  }
  for (const [t, c] of o.denied ?? []) emit(t, c);
}

export function people(trail: Trail): void {
  const ec2 = (name: string, req: Json = {}): ConsoleCall => ({ src: svc('ec2'), name, req });
  const prodReads: ConsoleCall[] = [
    ec2('DescribeInstances', { instancesSet: {}, filterSet: {} }),
    ec2('DescribeInstanceStatus', { instancesSet: {}, filterSet: {}, includeAllInstances: false }),
    ec2('DescribeSecurityGroups', { securityGroupSet: {}, securityGroupIdSet: {}, filterSet: {} }),
    ec2('DescribeVolumes', { volumeSet: {}, filterSet: {} }),
    ec2('DescribeAddresses', { publicIpsSet: {}, allocationIdsSet: {}, filterSet: {} }),
    { src: svc('lambda'), name: 'ListFunctions20150331', req: {} },
    { src: svc('lambda'), name: 'GetFunction20150331v2', req: { functionName: 'order-processor' } },
    { src: svc('lambda'), name: 'GetFunction20150331v2', req: { functionName: 'payment-webhook' } },
    { src: svc('logs'), name: 'DescribeLogGroups', req: { limit: 50 } },
    { src: svc('logs'), name: 'FilterLogEvents', req: { logGroupName: '/aws/lambda/order-processor', startTime: LOG_DAY_START, interleaved: true } },
    { src: svc('monitoring'), name: 'DescribeAlarms', req: { maxRecords: 100 } },
    { src: svc('rds'), name: 'DescribeDBInstances', req: {} },
    { src: svc('codepipeline'), name: 'GetPipelineState', req: { name: DEMO_LOGS.pipeline } },
    { src: svc('codepipeline'), name: 'ListPipelineExecutions', req: { pipelineName: DEMO_LOGS.pipeline, maxResults: 25 } },
    { src: svc('codedeploy'), name: 'ListDeployments', req: { applicationName: DEMO_LOGS.codedeployApp, deploymentGroupName: DEMO_LOGS.codedeployGroup } },
    { src: svc('s3'), name: 'ListBuckets', req: { Host: `s3.${mainRegion}.amazonaws.com` }, host: `s3.${mainRegion}.amazonaws.com` },
    { ...(() => { const b = s3Bucket(prod, 'mamori-demo-orders-data', mainRegion, { location: '' }); return { req: b.req, resources: b.resources, host: b.host }; })(), src: svc('s3'), name: 'GetBucketLocation' },
    { src: svc('iam'), name: 'ListRoles', req: {}, region: 'us-east-1' },
  ];
  const alice = `arn:aws:iam::${prod}:user/alice`;
  consoleSession(trail, {
    account: prod, user: 'alice', ip: DEMO_LOGS.officeIps[0], ua: UA.chromeMac, login: at(0, 35, 12), end: at(8, 40), gap: [240, 900],
    mfa: `arn:aws:iam::${prod}:u2f/user/alice/alice-yubikey-OFUSXZZLQZ4RPMBGCWH4IRV5JQ`,
    calls: prodReads,
    denied: [
      [at(2, 14, 8), {
        src: svc('lambda'), name: 'UpdateFunctionConfiguration20150331v2', req: { functionName: 'order-processor', timeout: 60 },
        error: { code: 'AccessDeniedException', message: `User: ${alice} is not authorized to perform: lambda:UpdateFunctionConfiguration on resource: arn:aws:lambda:${mainRegion}:${prod}:function:order-processor because no identity-based policy allows the lambda:UpdateFunctionConfiguration action` },
      }],
      [at(5, 22, 41), {
        src: svc('ssm'), name: 'StartSession', req: { target: 'i-0a1b2c3d4e5f60002' },
        error: { code: 'AccessDeniedException', message: `User: ${alice} is not authorized to perform: ssm:StartSession on resource: arn:aws:ec2:${mainRegion}:${prod}:instance/i-0a1b2c3d4e5f60002 because no identity-based policy allows the ssm:StartSession action` },
      }],
      [at(6, 40, 19), {
        src: svc('ec2'), name: 'ModifyInstanceAttribute', req: { instanceId: 'i-0a1b2c3d4e5f60002', instanceType: { value: 'm6i.xlarge' } },
        error: { code: 'Client.UnauthorizedOperation', message: `You are not authorized to perform this operation. User: ${alice} is not authorized to perform: ec2:ModifyInstanceAttribute on resource: arn:aws:ec2:${mainRegion}:${prod}:instance/i-0a1b2c3d4e5f60002 because no identity-based policy allows the ec2:ModifyInstanceAttribute action.` },
      }],
    ],
  });
  // ops-admin has no MFA device (a posture finding of the demo snapshot): a password-only sign-in, as the snapshot's credential report says.
  consoleSession(trail, {
    account: prod, user: names.adminUserWithoutMfa, ip: DEMO_LOGS.officeIps[1], ua: UA.edgeWin, login: at(9, 0, 0), end: at(9, 38), gap: [60, 240],
    calls: prodReads,
  });
  const auditorReads: ConsoleCall[] = [
    { src: svc('securityhub'), name: 'GetFindings', req: { maxResults: 100, filters: { RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }] } } },
    { src: svc('securityhub'), name: 'DescribeHub', req: {} },
    { src: svc('guardduty'), name: 'ListDetectors', req: {} },
    { src: svc('guardduty'), name: 'ListFindings', req: { detectorId: '3ec5a1b2c3d4e5f60718293a4b5c6d7e', maxResults: 50 } },
    { src: svc('guardduty'), name: 'GetFindings', req: { detectorId: '3ec5a1b2c3d4e5f60718293a4b5c6d7e' } },
    { src: svc('cloudtrail'), name: 'LookupEvents', req: { maxResults: 50 } },
    { src: svc('cloudtrail'), name: 'DescribeTrails', req: { trailNameList: [], includeShadowTrails: true } },
    { src: svc('cloudtrail'), name: 'GetTrailStatus', req: { name: `arn:aws:cloudtrail:${mainRegion}:${mgmt}:trail/${names.orgTrail}` } },
    { src: svc('access-analyzer'), name: 'ListFindingsV2', req: { analyzerArn: `arn:aws:access-analyzer:${mainRegion}:${mgmt}:analyzer/external-access`, maxResults: 50 } },
    { src: svc('config'), name: 'DescribeComplianceByConfigRule', req: {} },
    { src: svc('organizations'), name: 'ListAccounts', req: {}, region: 'us-east-1' },
  ];
  consoleSession(trail, {
    account: mgmt, user: 'security-auditor', ip: DEMO_LOGS.officeIps[0], ua: UA.firefoxLinux, login: at(1, 10, 40), end: at(2, 35), gap: [90, 420],
    mfa: `arn:aws:iam::${mgmt}:u2f/user/security-auditor/auditor-key-3YDPQV6GQWEPZ4E2LXPRMZ7TBA`,
    calls: auditorReads,
  });
}

// ---------------------------------------------------------------- management account services

export function mgmtServices(trail: Trail): void {
  const rng = trail.rng;
  // CloudTrail checks the central trail bucket's ACL before delivering.
  for (let t = at(0, 6) + rng.int(0, 600) * 1000; t < LOG_DAY_END; t += rng.int(20, 45) * MIN) {
    const b = s3Bucket(mgmt, names.trailBucket, mainRegion, { acl: '' });
    trail.add({ t, account: mgmt, region: mainRegion, who: awsService(svc('cloudtrail')), src: svc('s3'), name: 'GetBucketAcl', ip: svc('cloudtrail'), ua: svc('cloudtrail'), req: b.req, resources: b.resources, host: null });
  }
  // CloudTrail → CloudWatch Logs and RDS Enhanced Monitoring sessions.
  for (let h = 0; h < 24; h++) {
    trail.serviceAssumeRole(at(h, 3) + rng.int(0, 120) * 1000, svc('cloudtrail'), ROLES.trailLogs, `CloudTrailSession-${rng.int(1000, 9999)}`, newKey(trail));
    for (const db of ['tools-aurora-1', 'tools-aurora-2']) trail.serviceAssumeRole(at(h, 17) + rng.int(0, 600) * 1000, svc('monitoring.rds'), ROLES.rdsMonitoring, db, newKey(trail));
  }
  // Yearly rotation of the trail's KMS key fell on this day: an AWS service event.
  const keyArn = `arn:aws:kms:${mainRegion}:${mgmt}:key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9`;
  trail.add({
    t: at(3, 12, 44), account: mgmt, region: mainRegion, who: { accountId: mgmt, invokedBy: svc('kms') }, src: svc('kms'), name: 'RotateKey', ip: svc('kms'), ua: svc('kms'),
    additional: { keyId: keyArn }, eventType: 'AwsServiceEvent', readOnly: false, resources: [{ accountId: mgmt, type: 'AWS::KMS::Key', ARN: keyArn }], host: null,
  });
}
