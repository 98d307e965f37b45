/**
 * The attack chain of the demo (after the talk the demo scenario is built around): a web shell on
 * the public web server, discovery with its instance-profile credentials, the credentials stolen
 * through IMDSv1 and used from the attacker's machine, a tampered appspec.yml and a malicious bundle
 * in the CodePipeline artifact bucket, the pipeline deploying it to web-1, a coin miner, and failed
 * attempts at persistence and at stopping the trail.
 *
 * What the stolen session may do follows the demo snapshot: web-server-role only has
 * s3:GetObject/PutObject on the artifact bucket's objects (and SSM core), so listing, discovery,
 * StartPipelineExecution and IAM/CloudTrail calls are denied; the artifact bucket's policy denies
 * uploads without SSE-KMS; the SCP protect-security-baseline denies cloudtrail:StopLogging.
 */
import { DEMO } from '../scenario.js';
import { DEMO_LOGS, LOG_DAY_START } from './constants.js';
import { roleSession, s3Bucket, s3Object, type Json, type Trail } from './cloudtrail.js';
import { pipelineRun } from './pipeline.js';
import { ROLES, WEB_KEYS } from './principals.js';

const { prod, mainRegion: region } = DEMO;
const A = DEMO_LOGS.attacker;

export const at = (h: number, m: number, s = 0) => LOG_DAY_START + ((h * 60 + m) * 60 + s) * 1000;

export const ATTACK_STEPS = [
  { step: 0, title: 'Reconnaissance: port scan of web-1', title_ja: '偵察: web-1 へのポートスキャン' },
  { step: 1, title: 'Initial access: web shell on the public web server', title_ja: '初期侵入: 公開 Web サーバーへの Web シェル設置' },
  { step: 2, title: 'Discovery from the instance with its role', title_ja: '環境確認: インスタンスのロールで探索' },
  { step: 3, title: 'Instance credentials stolen (IMDSv1) and used from outside AWS', title_ja: '認証情報の窃取 (IMDSv1) と AWS 外からの利用' },
  { step: 4, title: 'Artifact bucket reconnaissance', title_ja: 'アーティファクトバケットの参照' },
  { step: 5, title: 'appspec.yml overwritten', title_ja: 'appspec.yml の書き換え' },
  { step: 6, title: 'Malicious bundle uploaded', title_ja: 'マルウェア入り zip のアップロード' },
  { step: 7, title: 'Deployment triggered by the upload', title_ja: 'アップロードをトリガーにデプロイ開始' },
  { step: 8, title: 'Malware deployed and executed: coin miner on web-1', title_ja: 'マルウェアの配布・実行: web-1 でコインマイナー' },
  { step: 9, title: 'Persistence and defense evasion attempts (denied)', title_ja: '永続化・防御回避の試み (拒否)' },
] as const;

/** Times of the network side of the attack (flow and DNS logs). */
export const ATTACK_NET = {
  scan: { start: at(12, 38, 4), end: at(12, 40, 41) },
  exploit: at(13, 5, 11),
  /** Requests to the web shell: [time, bytes in, bytes out]. */
  webShell: [
    [at(13, 6, 2), 1_402, 2_311], [at(13, 7, 15), 1_388, 5_902], [at(13, 8, 40), 1_471, 48_330],
    [at(13, 9, 12), 1_455, 1_204], [at(13, 9, 45), 1_430, 1_377], [at(13, 10, 20), 1_441, 1_562],
    [at(13, 14, 2), 1_506, 1_318], [at(13, 16, 44), 1_392, 22_817], [at(13, 18, 9), 1_418, 3_120],
    [at(14, 6, 30), 1_399, 9_874], [at(14, 12, 3), 1_377, 2_045], [at(15, 35, 47), 1_409, 7_731],
    [at(16, 8, 55), 1_395, 1_120],
  ] as [number, number, number][],
  /** The miner starts from the bundle's ApplicationStart hook. */
  miningStart: at(14, 0, 52),
} as const;

export interface AttackPlan {
  /** Key of the latest ordinary bundle (the attacker downloads it as a template). */
  latestBundleKey: string;
  latestBundleBytes: number;
}

export function addAttack(trail: Trail, plan: AttackPlan): void {
  const stolen = WEB_KEYS.find((k) => k.accessKeyId === A.stolenAccessKeyId)!;
  const who = roleSession(ROLES.web, DEMO_LOGS.web.instanceId, stolen.accessKeyId, stolen.creationDate, { ec2RoleDelivery: '1.0' });
  const sessionArn = DEMO_LOGS.web.sessionArn;
  const bucket = DEMO_LOGS.artifactBucket;
  const denied = (action: string, resource?: string, how = 'no identity-based policy allows') =>
    `User: ${sessionArn} is not authorized to perform: ${action}${resource ? ` on resource: ${resource}` : ''} because ${how} the ${action} action`;
  const s3Denied = { code: 'AccessDenied', message: 'Access Denied' };
  const kali = { ip: A.ip, ua: A.userAgent };
  const onHost = (command: string) => ({ ip: DEMO_LOGS.web.publicIp, ua: `${A.onHostUserAgent} command/${command}` });
  const call = (step: number, t: number, from: { ip: string; ua: string }, s: Partial<Parameters<Trail['add']>[0]> & { src: string; name: string }) =>
    trail.add({ t, account: prod, region, who, ...from, ...s, step });

  const callerIdentity = { userId: `${(who.principalId as string)}`, account: prod, arn: sessionArn };

  // Step 2: discovery from web-1, through the web shell, with the aws-cli installed on the instance.
  call(2, at(13, 9, 14), onHost('sts.get-caller-identity'), { src: 'sts.amazonaws.com', name: 'GetCallerIdentity', resp: callerIdentity, readOnly: true });
  call(2, at(13, 9, 47), onHost('s3.ls'), { src: 's3.amazonaws.com', name: 'ListBuckets', req: { Host: `s3.${region}.amazonaws.com` }, error: s3Denied, host: `s3.${region}.amazonaws.com` });
  call(2, at(13, 10, 22), onHost('ec2.describe-instances'), {
    src: 'ec2.amazonaws.com', name: 'DescribeInstances', req: { instancesSet: {}, filterSet: {} },
    error: { code: 'Client.UnauthorizedOperation', message: `You are not authorized to perform this operation. ${denied('ec2:DescribeInstances')}` },
  });

  // Step 3: the credentials (delivered through IMDSv1 at 12:51:07Z) used from the attacker's machine.
  call(3, at(13, 21, 36), kali, { src: 'sts.amazonaws.com', name: 'GetCallerIdentity', resp: callerIdentity, readOnly: true });

  // Step 4: what is in the artifact bucket?
  call(4, at(13, 23, 5), kali, { src: 's3.amazonaws.com', name: 'ListBuckets', req: { Host: `s3.${region}.amazonaws.com` }, error: s3Denied, host: `s3.${region}.amazonaws.com` });
  const policy = s3Bucket(prod, bucket, region, { policy: '' });
  call(4, at(13, 24, 40), kali, { src: 's3.amazonaws.com', name: 'GetBucketPolicy', req: policy.req, resources: policy.resources, host: policy.host, error: s3Denied });
  const list = s3Bucket(prod, bucket, region, { 'list-type': '2', prefix: 'web-app/', 'encoding-type': 'url' });
  call(4, at(13, 26, 12), kali, { src: 's3.amazonaws.com', name: 'ListObjects', req: list.req, resources: list.resources, host: list.host, error: s3Denied, data: true, readOnly: true });
  for (const [t, key, bytes] of [
    [at(13, 31, 50), A.appspecKey, 618],
    [at(13, 33, 20), plan.latestBundleKey, plan.latestBundleBytes],
  ] as const) {
    const o = s3Object(prod, bucket, key, region);
    call(4, t, kali, { src: 's3.amazonaws.com', name: 'GetObject', req: o.req, resources: o.resources, host: o.host, data: true, readOnly: true, additional: { bytesTransferredOut: bytes } });
  }

  // Step 5: appspec.yml overwritten (first without the SSE-KMS header the bucket policy requires).
  const put = (step: number, t: number, key: string, bytes: number, sse: boolean) => {
    const o = s3Object(prod, bucket, key, region, sse ? { 'x-amz-server-side-encryption': 'aws:kms' } : {});
    const resp: Json | undefined = sse
      ? { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': DEMO_LOGS.s3KmsKeyArn }
      : undefined;
    call(step, t, kali, {
      src: 's3.amazonaws.com', name: 'PutObject', req: o.req, resp, resources: o.resources, host: o.host, data: true, readOnly: false,
      additional: { bytesTransferredIn: bytes }, ...(sse ? {} : { error: s3Denied }),
    });
  };
  put(5, at(13, 47, 3), A.appspecKey, 947, false);
  put(5, at(13, 48, 30), A.appspecKey, 947, true);

  // Step 6: the bundle with the miner.
  const uploadedAt = at(13, 57, 41);
  put(6, uploadedAt, A.maliciousZipKey, 4_918_233, true);

  // Step 7: the upload starts the pipeline (EventBridge rule); the attacker's own try is denied.
  // Step 8: CodePipeline → CodeDeploy → the agent on web-1 pulls and runs the bundle.
  pipelineRun(trail, {
    uploadedAt,
    zipKey: A.maliciousZipKey,
    zipBytes: 4_918_233,
    executionId: A.maliciousExecutionId,
    deploymentId: A.maliciousDeploymentId,
    startStep: 7,
    deployStep: 8,
  });
  const pipelineArn = `arn:aws:codepipeline:${region}:${prod}:${DEMO_LOGS.pipeline}`;
  call(7, at(13, 58, 44), kali, {
    src: 'codepipeline.amazonaws.com', name: 'StartPipelineExecution', req: { name: DEMO_LOGS.pipeline }, apiVersion: '2015-07-09', readOnly: false,
    error: { code: 'AccessDeniedException', message: denied('codepipeline:StartPipelineExecution', pipelineArn) },
  });

  // Step 9: a key for the administrator, then an attempt to stop the trail.
  call(9, at(15, 41, 27), kali, {
    region: 'us-east-1', src: 'iam.amazonaws.com', name: 'CreateAccessKey', req: { userName: DEMO.names.adminUserWithoutMfa }, host: 'iam.amazonaws.com', readOnly: false,
    error: { code: 'AccessDenied', message: denied('iam:CreateAccessKey', `user ${DEMO.names.adminUserWithoutMfa}`) },
  });
  const trailArn = `arn:aws:cloudtrail:${region}:${prod}:trail/${DEMO_LOGS.trail}`;
  call(9, at(16, 1, 31), kali, {
    src: 'cloudtrail.amazonaws.com', name: 'DescribeTrails', req: { trailNameList: [], includeShadowTrails: true }, readOnly: true,
    error: { code: 'AccessDenied', message: denied('cloudtrail:DescribeTrails', `arn:aws:cloudtrail:${region}:${prod}:trail/*`) },
  });
  call(9, at(16, 2, 13), kali, {
    src: 'cloudtrail.amazonaws.com', name: 'StopLogging', req: { name: DEMO_LOGS.trail }, readOnly: false, resources: [{ accountId: prod, type: 'AWS::CloudTrail::Trail', ARN: trailArn }],
    error: {
      code: 'AccessDenied',
      message: `User: ${sessionArn} is not authorized to perform: cloudtrail:StopLogging on resource: ${trailArn} with an explicit deny in a service control policy: arn:aws:organizations::${DEMO.mgmt}:policy/o-k7m2p9x4qz/service_control_policy/p-8x2kd7qw`,
    },
  });
}
