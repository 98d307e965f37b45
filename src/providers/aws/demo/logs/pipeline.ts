/**
 * One run of web-app-pipeline as CloudTrail sees it, from the upload of a bundle to the artifact
 * bucket until CodeDeploy has put it on web-1: the EventBridge rule starts the pipeline, CodePipeline
 * reads the bundle and appspec.yml and creates a CodeDeployment, CodeDeploy takes web-1 out of the
 * web-alb target group, the CodeDeploy agent on web-1 downloads the bundle with the instance-profile
 * credentials, and web-1 goes back into the target group. The same run for ordinary deployments and
 * for the malicious one (step 7–8 of the attack).
 */
import { DEMO } from '../scenario.js';
import { DEMO_LOGS } from './constants.js';
import { iso, roleSession, s3Object, type Trail } from './cloudtrail.js';
import { ROLES, UA, webKeyAt } from './principals.js';

const { prod, mainRegion: region } = DEMO;
const TARGET_GROUP = `arn:aws:elasticloadbalancing:${region}:${prod}:targetgroup/web-servers/6d0ecf831eec9f09`;
const PIPELINE_ARN = `arn:aws:codepipeline:${region}:${prod}:${DEMO_LOGS.pipeline}`;

export interface PipelineRun {
  /** When the bundle upload that triggers the run happened. */
  uploadedAt: number;
  zipKey: string;
  zipBytes: number;
  executionId: string;
  deploymentId: string;
  /** Ground-truth step for the records of this run (attack only). */
  startStep?: number;
  deployStep?: number;
}

/** Returns when the deployment finished. */
export function pipelineRun(trail: Trail, run: PipelineRun): number {
  const rng = trail.rng;
  const bucket = DEMO_LOGS.artifactBucket;
  const svc = (s: string) => `${s}.amazonaws.com`;
  let t = run.uploadedAt + rng.int(18, 35) * 1000;

  // EventBridge "Object Created" rule on web-app/SourceArti/*.zip → StartPipelineExecution.
  const eventsSession = rng.hex(32);
  const eventsKey = `ASIAZDEMO${rng.upperAlnum(11)}`;
  trail.serviceAssumeRole(t, svc('events'), ROLES.events, eventsSession, eventsKey, region, run.startStep);
  t += rng.int(200, 900);
  trail.add({
    t,
    account: prod,
    region,
    who: roleSession(ROLES.events, eventsSession, eventsKey, iso(t), { invokedBy: svc('events') }),
    src: svc('codepipeline'),
    name: 'StartPipelineExecution',
    ip: svc('events'),
    ua: svc('events'),
    req: { name: DEMO_LOGS.pipeline },
    resp: { pipelineExecutionId: run.executionId },
    readOnly: false,
    resources: [{ accountId: prod, type: 'AWS::CodePipeline::Pipeline', ARN: PIPELINE_ARN }],
    apiVersion: '2015-07-09',
    step: run.startStep,
  });

  // CodePipeline: source stage reads the bundle and the deployment spec.
  t += rng.int(3, 8) * 1000;
  const pipeSession = String(t);
  const pipeKey = `ASIAZDEMO${rng.upperAlnum(11)}`;
  const pipeCreated = iso(t);
  trail.serviceAssumeRole(t, svc('codepipeline'), ROLES.pipeline, pipeSession, pipeKey, region, run.deployStep);
  const pipe = roleSession(ROLES.pipeline, pipeSession, pipeKey, pipeCreated, { invokedBy: svc('codepipeline') });
  for (const [key, bytes] of [
    [run.zipKey, run.zipBytes],
    [DEMO_LOGS.attacker.appspecKey, 0],
  ] as const) {
    t += rng.int(400, 2500);
    const o = s3Object(prod, bucket, key, region);
    trail.add({
      t, account: prod, region, who: pipe, src: svc('s3'), name: 'GetObject', ip: svc('codepipeline'), ua: svc('codepipeline'),
      req: o.req, resources: o.resources, data: true, readOnly: true, host: null,
      additional: { bytesTransferredOut: bytes || rng.int(610, 640) }, step: run.deployStep,
    });
  }

  // Deploy stage.
  t += rng.int(20, 45) * 1000;
  trail.add({
    t, account: prod, region, who: pipe, src: svc('codedeploy'), name: 'CreateDeployment', ip: svc('codepipeline'), ua: svc('codepipeline'),
    req: {
      applicationName: DEMO_LOGS.codedeployApp,
      deploymentGroupName: DEMO_LOGS.codedeployGroup,
      revision: { revisionType: 'S3', s3Location: { bucket, key: run.zipKey, bundleType: 'zip' } },
      description: `Deployment created by CodePipeline (${DEMO_LOGS.pipeline}, execution ${run.executionId})`,
    },
    resp: { deploymentId: run.deploymentId },
    readOnly: false,
    resources: [{ accountId: prod, type: 'AWS::CodeDeploy::DeploymentGroup', ARN: `arn:aws:codedeploy:${region}:${prod}:deploymentgroup:${DEMO_LOGS.codedeployApp}/${DEMO_LOGS.codedeployGroup}` }],
    host: null,
    step: run.deployStep,
  });

  t += rng.int(1, 3) * 1000;
  const cdKey = `ASIAZDEMO${rng.upperAlnum(11)}`;
  trail.serviceAssumeRole(t, svc('codedeploy'), ROLES.codedeploy, 'CodeDeploy', cdKey, region, run.deployStep);
  const cd = roleSession(ROLES.codedeploy, 'CodeDeploy', cdKey, iso(t), { invokedBy: svc('codedeploy') });
  const cdCall = (dt: number, src: string, name: string, req: unknown, readOnly: boolean) => {
    t += dt;
    trail.add({ t, account: prod, region, who: cd, src: svc(src), name, ip: svc('codedeploy'), ua: svc('codedeploy'), req, readOnly, host: null, step: run.deployStep });
  };
  cdCall(rng.int(500, 2000), 'ec2', 'DescribeInstances', {
    instancesSet: {},
    filterSet: { items: [{ name: 'tag:role', valueSet: { items: [{ value: 'web' }] } }, { name: 'instance-state-name', valueSet: { items: [{ value: 'running' }] } }] },
  }, true);
  cdCall(rng.int(800, 2000), 'elasticloadbalancing', 'DescribeTargetHealth', { targetGroupArn: TARGET_GROUP, targets: [{ id: DEMO_LOGS.web.instanceId, port: 80 }] }, true);
  cdCall(rng.int(800, 2000), 'elasticloadbalancing', 'DeregisterTargets', { targetGroupArn: TARGET_GROUP, targets: [{ id: DEMO_LOGS.web.instanceId, port: 80 }] }, false);

  // The CodeDeploy agent on web-1 downloads the revision with the instance-profile credentials.
  t += rng.int(30, 60) * 1000;
  const k = webKeyAt(t);
  const o = s3Object(prod, bucket, run.zipKey, region);
  trail.add({
    t, account: prod, region,
    who: roleSession(ROLES.web, DEMO_LOGS.web.instanceId, k.accessKeyId, k.creationDate, { ec2RoleDelivery: '1.0' }),
    src: svc('s3'), name: 'GetObject', ip: DEMO_LOGS.web.publicIp, ua: UA.codedeployAgent,
    req: o.req, resources: o.resources, data: true, readOnly: true, host: o.host,
    additional: { bytesTransferredOut: run.zipBytes }, step: run.deployStep,
  });

  // CodePipeline polls the deployment while the lifecycle hooks run.
  const polls = rng.int(3, 5);
  for (let i = 0; i < polls; i++) {
    t += rng.int(25, 40) * 1000;
    trail.add({
      t, account: prod, region, who: pipe, src: svc('codedeploy'), name: 'GetDeployment', ip: svc('codepipeline'), ua: svc('codepipeline'),
      req: { deploymentId: run.deploymentId }, readOnly: true, host: null, step: run.deployStep,
    });
  }
  cdCall(rng.int(2, 6) * 1000, 'elasticloadbalancing', 'RegisterTargets', { targetGroupArn: TARGET_GROUP, targets: [{ id: DEMO_LOGS.web.instanceId, port: 80 }] }, false);
  cdCall(rng.int(10, 20) * 1000, 'elasticloadbalancing', 'DescribeTargetHealth', { targetGroupArn: TARGET_GROUP, targets: [{ id: DEMO_LOGS.web.instanceId, port: 80 }] }, true);
  return t;
}
