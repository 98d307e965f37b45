/**
 * The demo organisation: two AWS accounts of a fictional company, deliberately misconfigured
 * along the attack chain mamori was conceived from (public web server → web shell → IMDSv1
 * credential theft → write to the CodePipeline artifact bucket → tampered appspec.yml), next to
 * resources that are configured well. Every demo area file uses these names so that
 * relationships between services line up.
 */
export const DEMO = {
  /** Production workload account (the web application). */
  prod: '123456789012',
  /** Management / security tooling account (organization management, central trail). */
  mgmt: '210987654321',
  regions: ['ap-northeast-1', 'us-east-1'] as const,
  /** Region where the workload runs. */
  mainRegion: 'ap-northeast-1',
  collectedAt: '2026-11-20T09:00:00.000Z',
  names: {
    webInstanceId: 'i-0a1b2c3d4e5f60001',
    webPublicIp: '203.0.113.10',
    webSecurityGroupId: 'sg-0a1b2c3d4e5f60010',
    webRole: 'web-server-role',
    webInstanceProfile: 'web-server-profile',
    vpcId: 'vpc-0a1b2c3d4e5f60100',
    pipelineArtifactBucket: 'mamori-demo-pipeline-artifacts',
    publicAssetsBucket: 'mamori-demo-public-assets',
    trailBucket: 'mamori-demo-cloudtrail-logs',
    adminUserWithoutMfa: 'ops-admin',
    unencryptedVolumeId: 'vol-0a1b2c3d4e5f60200',
    publicSnapshotId: 'snap-0a1b2c3d4e5f60300',
    orgTrail: 'org-trail',
    database: 'orders-db',
  },
} as const;
