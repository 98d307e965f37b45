/**
 * A generated multi-day CloudTrail corpus for sequence accuracy: ordinary work by developers
 * (console and CLI from office addresses, now and then a script that enumerates many APIs), CI/CD
 * (a CI user publishing pipeline artifacts and enumerating before a deploy, a GitHub Actions role
 * updating Lambda code, CodePipeline deploying with CodeDeploy), analysts reading S3 heavily, and
 * an application instance using its role from inside its VPC — plus four planted attacks, each
 * with the sequence type it must yield:
 *
 *   cicd-supply-chain       web-shell on an instance: its role credentials used from outside →
 *                           S3 discovery (denied) → pipeline artifact overwritten → CodePipeline deploys it
 *   credentials             a stolen IAM user key (Kali user agent, Tor exit) → discovery burst →
 *                           AdministratorAccess attached to itself → EBS snapshot shared outside
 *   defense-evasion-impact  a stolen operator key → CloudTrail logging stopped → KMS keys scheduled for deletion
 *   s3-data                 a stolen export user key (Kali) → bucket enumeration → mass download of the bucket
 *                           (an analyst read the same bucket heavily the day before: not part of it)
 *
 * Ordinary work fires weak signals (artifact uploads, discovery bursts, Lambda updates, mass
 * reads) on routine actors at their usual addresses; none of it may become a sequence. The same
 * seed gives the same events. Records are CloudTrail as AWS delivers them (userIdentity, sessionContext,
 * requestParameters with AWS's names, resources for S3 data events, errorCode on denials).
 */
import type { SequenceType } from '../../src/correlate/templates.js';
import { rng } from '../../src/detect/read/bench-helpers.js';

export interface MultiDayOptions {
  seed?: number;
  days?: number;
  /** First day, midnight UTC (default 2026-11-16). */
  start?: string;
  developers?: number;
  analysts?: number;
}

/** One planted attack and what correlation must make of it. */
export interface PlantedAttack {
  id: string;
  type: Exclude<SequenceType, 'multi-stage'>;
  /** The attacker's principals (ARNs) and access keys: a sequence about this attack names some of them. */
  principals: string[];
  accessKeyIds: string[];
  start: string;
  end: string;
}

export interface MultiDayCorpus {
  /** CloudTrail records in time order. */
  events: Record<string, unknown>[];
  attacks: PlantedAttack[];
  account: string;
}

const ACCOUNT = '111122223333';
const OUTSIDE = '999988887777';
const REGION = 'ap-northeast-1';
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const OFFICE = ['198.18.7.20', '198.18.7.21', '198.18.7.22'];
const CI_EGRESS = '192.0.2.150';
const GITHUB = '4.208.26.197';
const CLI_UA = 'aws-cli/2.18.4 md/awscrt#0.21.5 ua/2.0 os/macos#23.6.0 md/arch#arm64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#source md/prompt#off';
const CONSOLE_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const KALI_UA = 'aws-cli/2.15.30 Python/3.11.8 Linux/6.6.9-kali1-amd64 exe/x86_64.kali.2024 prompt/off';
const BOTO_UA = 'Boto3/1.35.60 md/Botocore#1.35.60 ua/2.0 os/linux#6.1.112-124.190.amzn2023.x86_64 md/arch#x86_64 lang/python#3.9.20 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.35.60';
const GHA_UA = 'aws-sdk-js/3.687.0 ua/2.1 os/linux#6.5.0-1025-azure lang/js md/nodejs#20.18.0 api/lambda#3.687.0 GitHub-Actions';

const ARTIFACTS = 'web-app-pipeline-artifacts-111122223333';
const DATA_BUCKET = 'customer-analytics-111122223333';
const WEB_INSTANCE = 'i-0c4f7e2a9b1d35e68';
const SSO_DEV_ROLE = 'AWSReservedSSO_Developer_9a8b7c6d5e4f3a21';
const SSO_ANALYST_ROLE = 'AWSReservedSSO_Analyst_4d5e6f7a8b9c0d1e';
const PIPELINE_ROLE = 'AWSCodePipelineServiceRole-ap-northeast-1-web-app';

/** mulberry32: small, seeded, the same on every machine. */
const seeded = rng;

interface Identity {
  userIdentity: Record<string, unknown>;
  arn: string;
  accessKeyId: string;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function generateMultiDay(options: MultiDayOptions = {}): MultiDayCorpus {
  const random = seeded(options.seed ?? 12);
  const days = options.days ?? 3;
  const start = Date.parse(options.start ?? '2026-11-16T00:00:00Z');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const token = (n: number, chars = ALNUM) => Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join('');
  const uuid = () => {
    const h = token(32, '0123456789abcdef');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  const events: Record<string, unknown>[] = [];

  const iamUser = (name: string, key: string): Identity => {
    const arn = `arn:aws:iam::${ACCOUNT}:user/${name}`;
    return { arn, accessKeyId: key, userIdentity: { type: 'IAMUser', principalId: `AIDA${token(17, UPPER)}`, arn, accountId: ACCOUNT, accessKeyId: key, userName: name } };
  };
  const roleSession = (role: string, rolePath: string, session: string, key: string, extra: Record<string, unknown> = {}, type = 'AssumedRole'): Identity => {
    const roleId = `AROA${token(17, UPPER)}`;
    const arn = `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/${session}`;
    return {
      arn,
      accessKeyId: key,
      userIdentity: {
        type,
        principalId: `${roleId}:${session}`,
        arn,
        accountId: ACCOUNT,
        accessKeyId: key,
        sessionContext: {
          sessionIssuer: { type: 'Role', principalId: roleId, arn: `arn:aws:iam::${ACCOUNT}:role/${rolePath}${role}`, accountId: ACCOUNT, userName: role },
          attributes: { creationDate: new Date(start).toISOString(), mfaAuthenticated: 'false' },
          ...extra,
        },
      },
    };
  };

  interface Call {
    who: Identity;
    at: number;
    source: string;
    name: string;
    ip: string;
    ua: string;
    params?: unknown;
    response?: unknown;
    error?: [string, string];
    resources?: string[];
    readOnly?: boolean;
    data?: boolean;
    console?: boolean;
    invokedBy?: string;
  }
  const call = (c: Call) => {
    const userIdentity = c.invokedBy ? { ...c.who.userIdentity, invokedBy: c.invokedBy } : c.who.userIdentity;
    const global = c.source === 'iam' || c.source === 'sts';
    events.push({
      eventVersion: c.data ? '1.10' : '1.09',
      userIdentity,
      eventTime: new Date(c.at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      eventSource: `${c.source}.amazonaws.com`,
      eventName: c.name,
      awsRegion: c.source === 'iam' ? 'us-east-1' : REGION,
      sourceIPAddress: c.ip,
      userAgent: c.ua,
      ...(c.error ? { errorCode: c.error[0], errorMessage: c.error[1] } : {}),
      requestParameters: c.params ?? null,
      responseElements: c.error ? null : (c.response ?? null),
      requestID: c.source === 's3' ? token(16, UPPER) : uuid(),
      eventID: uuid(),
      readOnly: c.readOnly ?? /^(List|Describe|Get|Head)/.test(c.name),
      ...(c.resources ? { resources: c.resources.map((arn) => (arn.includes('/') ? { type: 'AWS::S3::Object', ARN: arn } : { accountId: ACCOUNT, type: arn.startsWith('arn:aws:s3') ? 'AWS::S3::Bucket' : 'AWS::KMS::Key', ARN: arn })) } : {}),
      eventType: 'AwsApiCall',
      managementEvent: !c.data,
      recipientAccountId: ACCOUNT,
      ...(c.console ? { sessionCredentialFromConsole: 'true' } : {}),
      eventCategory: c.data ? 'Data' : 'Management',
      tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: global ? `${c.source}.amazonaws.com` : `${c.source}.${REGION}.amazonaws.com` },
    });
  };
  const s3Object = (who: Identity, at: number, name: string, bucket: string, key: string, ip: string, ua: string, error?: [string, string]) =>
    call({ who, at, source: 's3', name, ip, ua, data: true, params: { bucketName: bucket, Host: `${bucket}.s3.${REGION}.amazonaws.com`, key }, resources: [`arn:aws:s3:::${bucket}/${key}`, `arn:aws:s3:::${bucket}`], error });

  /** APIs a person or a script reads; 24 distinct ones, more than the discovery-burst threshold. */
  const ENUMERATION: [string, string][] = [
    ['sts', 'GetCallerIdentity'], ['ec2', 'DescribeInstances'], ['ec2', 'DescribeSecurityGroups'], ['ec2', 'DescribeVpcs'], ['ec2', 'DescribeSubnets'],
    ['ec2', 'DescribeRouteTables'], ['ec2', 'DescribeVolumes'], ['ec2', 'DescribeSnapshots'], ['ec2', 'DescribeImages'], ['ec2', 'DescribeKeyPairs'],
    ['iam', 'ListUsers'], ['iam', 'ListRoles'], ['iam', 'ListPolicies'], ['iam', 'ListGroups'], ['iam', 'GetAccountSummary'], ['iam', 'ListAttachedUserPolicies'],
    ['lambda', 'ListFunctions20150331'], ['rds', 'DescribeDBInstances'], ['secretsmanager', 'ListSecrets'], ['kms', 'ListKeys'], ['kms', 'ListAliases'],
    ['logs', 'DescribeLogGroups'], ['cloudtrail', 'DescribeTrails'], ['sns', 'ListTopics'],
  ];
  const enumerate = (who: Identity, at: number, ip: string, ua: string, apis = ENUMERATION) => apis.forEach(([source, name], i) => call({ who, at: at + i * 9_000, source, name, ip, ua }));

  // The people and workloads.
  const developers = Array.from({ length: options.developers ?? 6 }, (_, i) => {
    const name = ['yui.tanaka', 'ken.sato', 'mei.ito', 'sora.kato', 'riku.abe', 'hana.mori', 'taro.ono', 'aoi.endo'][i % 8] + (i >= 8 ? String(i) : '');
    return { name, office: OFFICE[i % OFFICE.length] };
  });
  const analysts = Array.from({ length: options.analysts ?? 2 }, (_, i) => ({ name: ['nana.fujii', 'jun.ogawa', 'emi.sakai'][i % 3] }));
  const ciDeployer = iamUser('ci-deployer', 'AKIAYVQ4CIDEPLOYER01');
  const ghaRole = (run: number) => roleSession('github-actions-deploy', '', `GitHubActions-${run}`, `ASIA${token(16, UPPER)}`, {}, 'AssumedRole');
  const pipeline = (exec: number) => roleSession(PIPELINE_ROLE, 'service-role/', String(exec), `ASIA${token(16, UPPER)}`);
  const webRole = roleSession('web-server-role', '', WEB_INSTANCE, 'ASIAYVQ4WEBSERVER7Q2', { ec2RoleDelivery: '2.0' });

  for (let d = 0; d < days; d++) {
    const day = start + d * DAY;
    // Developers: console in the morning, CLI during the day; one of them runs an inventory script.
    for (const [i, dev] of developers.entries()) {
      const who = roleSession(SSO_DEV_ROLE, 'aws-reserved/sso.amazonaws.com/ap-northeast-1/', `${dev.name}@example.com`, `ASIA${token(16, UPPER)}`);
      const morning = day + 0 * HOUR + Math.floor(random() * 60) * MIN;
      for (let k = 0; k < 12; k++) call({ who, at: morning + k * 40_000, source: 'ec2', name: pick(['DescribeInstances', 'DescribeSecurityGroups', 'DescribeVpcs', 'DescribeInstanceStatus']), ip: dev.office, ua: CONSOLE_UA, console: true });
      for (let k = 0; k < 30; k++) {
        const at = day + (1 + Math.floor(random() * 8)) * HOUR + Math.floor(random() * 60) * MIN;
        const [source, name] = pick<[string, string]>([['lambda', 'GetFunction'], ['logs', 'FilterLogEvents'], ['s3', 'ListBuckets'], ['ec2', 'DescribeInstances'], ['cloudformation', 'DescribeStacks'], ['sts', 'GetCallerIdentity']]);
        call({ who, at, source, name, ip: dev.office, ua: CLI_UA });
      }
      if ((i + d) % developers.length === 0) enumerate(who, day + 5 * HOUR + i * 7 * MIN, dev.office, `${CLI_UA} md/command#ec2.describe-instances`);
    }
    // CI: the CI user enumerates what it deploys to, publishes source artifacts under CodePipeline's
    // naming, and CodePipeline deploys each one; GitHub Actions updates the Lambda functions.
    enumerate(ciDeployer, day + 1 * HOUR, CI_EGRESS, `${CLI_UA} md/command#deploy.list-applications`);
    for (let k = 0; k < 4; k++) {
      const at = day + (2 + k * 2) * HOUR + Math.floor(random() * 30) * MIN;
      const key = `web-app/SourceArti/${token(7)}.zip`;
      s3Object(ciDeployer, at, 'PutObject', ARTIFACTS, key, CI_EGRESS, `${CLI_UA} md/command#s3.cp`);
      const exec = 1795000000000 + d * 1000 + k;
      call({
        who: pipeline(exec),
        at: at + 70_000,
        source: 'codedeploy',
        name: 'CreateDeployment',
        ip: 'codepipeline.amazonaws.com',
        ua: 'codepipeline.amazonaws.com',
        invokedBy: 'codepipeline.amazonaws.com',
        params: { applicationName: 'web-app', deploymentGroupName: 'web-prod', revision: { revisionType: 'S3', s3Location: { bucket: ARTIFACTS, key, bundleType: 'zip' } } },
        response: { deploymentId: `d-${token(9, UPPER)}` },
      });
      const gha = ghaRole(11_000_000 + d * 10 + k);
      call({
        who: gha,
        at: at + 20 * MIN,
        source: 'lambda',
        name: 'UpdateFunctionCode20150331v2',
        ip: GITHUB,
        ua: GHA_UA,
        params: { functionName: 'orders-api', s3Bucket: ARTIFACTS, s3Key: `lambda/orders-api-${d}-${k}.zip`, publish: true },
        response: { functionName: 'orders-api', functionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders-api`, runtime: 'nodejs20.x' },
      });
    }
    // Analysts: one of them pulls a large extract from the analytics bucket every day.
    for (const [i, a] of analysts.entries()) {
      const who = roleSession(SSO_ANALYST_ROLE, 'aws-reserved/sso.amazonaws.com/ap-northeast-1/', `${a.name}@example.com`, `ASIA${token(16, UPPER)}`);
      const at = day + (3 + i) * HOUR;
      const heavy = (d + i) % analysts.length === 0;
      for (let k = 0; k < (heavy ? 620 : 80); k++) s3Object(who, at + k * 700, 'GetObject', DATA_BUCKET, `exports/2026/11/part-${String(k).padStart(5, '0')}.parquet`, OFFICE[1], `${CLI_UA} md/command#s3.sync`);
    }
    // The web server reads its configuration through its role, from inside its VPC.
    for (let k = 0; k < 24; k++) s3Object(webRole, day + k * HOUR + 5 * MIN, 'GetObject', 'web-app-config-111122223333', 'prod/app.json', '10.0.12.34', BOTO_UA);
  }

  const attacks: PlantedAttack[] = [];
  const span = (id: string, type: PlantedAttack['type'], who: Identity[], from: number) => {
    const mine = events.filter((e) => who.some((w) => (e.userIdentity as { arn: string }).arn === w.arn) && Date.parse(e.eventTime as string) >= from);
    const times = mine.map((e) => Date.parse(e.eventTime as string));
    attacks.push({ id, type, principals: who.map((w) => w.arn), accessKeyIds: who.map((w) => w.accessKeyId), start: new Date(Math.min(...times)).toISOString(), end: new Date(Math.max(...times)).toISOString() });
  };
  const lastDay = start + (days - 1) * DAY;
  const attackDay = days > 1 ? start + 1 * DAY : start;

  // 1. Web shell: the instance's role credentials from outside → S3 discovery → artifact overwritten → deployed.
  {
    const t = attackDay + 13 * HOUR;
    const ips = ['203.0.113.77', '198.51.100.23'];
    call({ who: webRole, at: t, source: 'sts', name: 'GetCallerIdentity', ip: ips[0], ua: KALI_UA });
    call({ who: webRole, at: t + 2 * MIN, source: 's3', name: 'ListBuckets', ip: ips[1], ua: KALI_UA });
    for (const [k, name] of ['ListUsers', 'ListRoles', 'GetAccountAuthorizationDetails'].entries()) call({ who: webRole, at: t + (3 + k) * MIN, source: 'iam', name, ip: ips[1], ua: KALI_UA, error: ['AccessDenied', `User: ${webRole.arn} is not authorized to perform: iam:${name}`] });
    call({ who: webRole, at: t + 8 * MIN, source: 's3', name: 'ListObjects', ip: ips[1], ua: KALI_UA, params: { bucketName: ARTIFACTS, Host: `${ARTIFACTS}.s3.${REGION}.amazonaws.com`, prefix: 'web-app/' }, resources: [`arn:aws:s3:::${ARTIFACTS}`] });
    const key = `web-app/SourceArti/${token(7)}.zip`;
    s3Object(webRole, t + 15 * MIN, 'PutObject', ARTIFACTS, key, ips[1], KALI_UA);
    call({
      who: pipeline(1796000000001),
      at: t + 16 * MIN,
      source: 'codedeploy',
      name: 'CreateDeployment',
      ip: 'codepipeline.amazonaws.com',
      ua: 'codepipeline.amazonaws.com',
      invokedBy: 'codepipeline.amazonaws.com',
      params: { applicationName: 'web-app', deploymentGroupName: 'web-prod', revision: { revisionType: 'S3', s3Location: { bucket: ARTIFACTS, key, bundleType: 'zip' } } },
      response: { deploymentId: `d-${token(9, UPPER)}` },
    });
    span('web-shell-supply-chain', 'cicd-supply-chain', [webRole], t);
  }
  // 2. A stolen IAM user key: discovery → admin to itself → snapshot shared with an outside account.
  {
    const thief = iamUser('svc-reporting', 'AKIAYVQ4SVCREPORT9X1');
    const t = attackDay + 19 * HOUR;
    const tor = '185.220.101.44';
    enumerate(thief, t, tor, KALI_UA, ENUMERATION.filter(([s]) => s !== 's3'));
    call({ who: thief, at: t + 12 * MIN, source: 'iam', name: 'AttachUserPolicy', ip: tor, ua: KALI_UA, params: { userName: 'svc-reporting', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }, readOnly: false });
    call({
      who: thief,
      at: t + 25 * MIN,
      source: 'ec2',
      name: 'ModifySnapshotAttribute',
      ip: tor,
      ua: KALI_UA,
      params: { snapshotId: 'snap-0f3a9c2e7b1d46a85', attributeType: 'CREATE_VOLUME_PERMISSION', createVolumePermission: { add: { items: [{ userId: OUTSIDE }] } } },
      response: { _return: true },
      readOnly: false,
    });
    span('stolen-user-key', 'credentials', [thief], t);
  }
  // 3. Defence evasion then impact: logging stopped, then the data keys scheduled for deletion.
  {
    const ops = iamUser('ops-admin', 'AKIAYVQ4OPSADMIN44Z1');
    const t = lastDay + 2 * HOUR;
    const ip = '203.0.113.200';
    call({ who: ops, at: t, source: 'cloudtrail', name: 'StopLogging', ip, ua: CLI_UA, params: { name: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail` }, readOnly: false });
    for (const [k, id] of ['1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b', '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d'].entries()) {
      const arn = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
      call({ who: ops, at: t + (6 + k) * MIN, source: 'kms', name: 'ScheduleKeyDeletion', ip, ua: CLI_UA, params: { keyId: id, pendingWindowInDays: 7 }, response: { keyId: arn, deletionDate: new Date(t + 7 * DAY).toUTCString(), keyState: 'PendingDeletion', pendingWindowInDays: 7 }, resources: [arn], readOnly: false });
    }
    span('evasion-then-impact', 'defense-evasion-impact', [ops], t);
  }
  // 4. S3 data theft: bucket enumeration and a mass download by a stolen export key.
  {
    const thief = iamUser('bi-export', 'AKIAYVQ4BIEXPORT77K1');
    const t = lastDay + 15 * HOUR;
    const ip = '203.0.113.66';
    const bucketReads: [string, string][] = ['GetBucketPolicy', 'GetBucketAcl', 'GetBucketLocation', 'GetBucketVersioning', 'GetBucketEncryption', 'GetBucketLogging', 'GetBucketTagging', 'GetBucketPublicAccessBlock', 'GetBucketOwnershipControls', 'GetBucketLifecycle', 'GetBucketReplication', 'GetBucketCors', 'GetBucketWebsite', 'GetBucketNotification', 'GetBucketRequestPayment', 'GetBucketObjectLockConfiguration', 'GetBucketAccelerateConfiguration', 'GetBucketAnalyticsConfiguration', 'GetBucketInventoryConfiguration', 'GetBucketMetricsConfiguration'].map((n) => ['s3', n]);
    call({ who: thief, at: t, source: 's3', name: 'ListBuckets', ip, ua: KALI_UA });
    bucketReads.forEach(([, name], i) => call({ who: thief, at: t + (i + 1) * 8_000, source: 's3', name, ip, ua: KALI_UA, params: { bucketName: DATA_BUCKET, Host: `${DATA_BUCKET}.s3.${REGION}.amazonaws.com` }, resources: [`arn:aws:s3:::${DATA_BUCKET}`] }));
    for (let k = 0; k < 700; k++) s3Object(thief, t + 10 * MIN + k * 500, 'GetObject', DATA_BUCKET, `exports/2026/11/part-${String(k).padStart(5, '0')}.parquet`, ip, KALI_UA);
    span('s3-data-theft', 's3-data', [thief], t);
  }

  events.sort((a, b) => (a.eventTime as string).localeCompare(b.eventTime as string));
  return { events, attacks, account: ACCOUNT };
}
