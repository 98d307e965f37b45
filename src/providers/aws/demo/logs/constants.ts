/**
 * Names, addresses and ids of the bundled demo logs (demo/logs/). Everything the attack timeline in
 * demo/logs/README.md refers to is here, so detection (issue 4) and correlation (issue 5) tests can
 * use the same values instead of copying strings.
 *
 * All public addresses are from reserved ranges: RFC 5737 documentation blocks (192.0.2.0/24,
 * 198.51.100.0/24, 203.0.113.0/24) and the RFC 2544 benchmarking block (198.18.0.0/15) for ordinary
 * web clients. AWS endpoint addresses are made up inside ranges AWS uses in ap-northeast-1.
 */
import { DEMO } from '../scenario.js';

const { prod, mgmt, names } = DEMO;

/** 00:00Z of the logged day (the day before the demo snapshot's collectedAt). */
export const LOG_DAY_START = Date.UTC(2026, 10, 19);
export const LOG_DAY_END = Date.UTC(2026, 10, 20);
export const LOG_DAY = '2026-11-19';

export const DEMO_LOGS = {
  day: LOG_DAY,
  accounts: { prod, mgmt },
  region: DEMO.mainRegion,
  web: {
    instanceId: names.webInstanceId,
    /** web-1's private address as in the demo snapshot (src/providers/aws/demo/aws/ec2.ts), seen in flow logs and DNS logs. */
    privateIp: '10.0.1.25',
    /** web-1's Elastic IP: CloudTrail shows AWS API calls made from the instance with this address (no VPC endpoints in web-prod). */
    publicIp: names.webPublicIp,
    /** The ENI the Elastic IP is associated with in the snapshot. */
    eniId: 'eni-0a1b2c3d4e5f60460',
    role: names.webRole,
    roleArn: `arn:aws:iam::${prod}:role/${names.webRole}`,
    sessionArn: `arn:aws:sts::${prod}:assumed-role/${names.webRole}/${names.webInstanceId}`,
  },
  app: { instanceId: 'i-0a1b2c3d4e5f60002', privateIp: '10.0.11.40', eniId: 'eni-0a1b2c3d4e5f60461' },
  vpcId: names.vpcId,
  /** Flow log of the web-prod VPC that these files come from (the snapshot has none; see README). */
  flowLogId: 'fl-0a1b2c3d4e5f60641',
  artifactBucket: names.pipelineArtifactBucket,
  pipeline: 'web-app-pipeline',
  codedeployApp: 'web-app',
  codedeployGroup: 'web-prod',
  trail: 'prod-app-trail',
  /** The AWS managed key aws/s3 of prod in ap-northeast-1 (artifact uploads must use SSE-KMS). */
  s3KmsKeyArn: `arn:aws:kms:${DEMO.mainRegion}:${prod}:key/8d2f4b6a-1c3e-4f5a-9b7d-2e4f6a8c0b1d`,
  attacker: {
    /** The attacker's own machine: web shell operator and user of the stolen credentials. */
    ip: '198.51.100.77',
    userAgent: 'aws-cli/2.15.0 Python/3.11.6 Linux/6.5.0-kali3-amd64 exe/x86_64.kali.2023',
    /** The aws-cli already installed on web-1, driven through the web shell (step 2). */
    onHostUserAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79-99.167.amzn2023.x86_64 source/x86_64.amzn.2023 prompt/off',
    /** Port scan before the intrusion (step 0). */
    scannerIp: '192.0.2.44',
    /** Instance-profile session key delivered through IMDSv1 at 12:51:07Z and stolen through the web shell. */
    stolenAccessKeyId: 'ASIAZDEMOWEBSRV7Q4K2',
    stolenKeyIssued: '2026-11-19T12:51:07Z',
    appspecKey: 'web-app/SourceArti/appspec.yml',
    maliciousZipKey: 'web-app/SourceArti/Wd7Qm2P.zip',
    maliciousDeploymentId: 'd-7XK2Q9M4B',
    maliciousExecutionId: 'e1a7c3f9-42d8-4b6e-9a05-3c8f1d2b7e64',
    miningPoolIp: '203.0.113.200',
    miningPoolPort: 3333,
    miningDomains: ['xmr.pool.minexmr.com', 'pool.supportxmr.com'],
    /** Algorithmically generated domains the implant tries; the first is on the intel list. */
    dgaDomains: ['qzx7kvb2nw9plt4r.top', 'hb4xw2mq9kz7vjc1.xyz', 'tr8vn3kx6qpz2wla.top', 'mw2q9zk4xv7bnl3h.xyz'],
  },
  /** Office egress addresses (inside the snapshot's OFFICE_CIDR 198.51.100.0/24). */
  officeIps: ['198.51.100.20', '198.51.100.21'],
  /** CI runner egress addresses (the ci-deployer access key). */
  ciIps: ['192.0.2.150', '192.0.2.151'],
} as const;
