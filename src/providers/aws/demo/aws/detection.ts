/**
 * Demo resources for Amazon EKS, Amazon ECR, Amazon GuardDuty and AWS Security Hub.
 *
 * prod: GuardDuty only in the main region and without runtime monitoring / malware protection;
 * Security Hub missing in us-east-1 and running only FSBP in ap-northeast-1; the "web-eks" cluster
 * with a world-open API endpoint, no audit logs, no secrets encryption and Kubernetes 1.26; the
 * "web-app" repository with mutable tags, no scanning and a policy letting anyone pull.
 * mgmt: the well-run security account (GuardDuty and Security Hub everywhere, a hardened repository).
 */
import { EKS_CLUSTER_TYPE, type EksClusterConfig } from '../../model/eks.js';
import {
  ECR_REGISTRY_SCANNING_TYPE,
  ECR_REPOSITORY_TYPE,
  ecrRegistryScanningUid,
  type EcrRegistryScanningConfig,
  type EcrRepositoryConfig,
} from '../../model/ecr.js';
import { GUARDDUTY_DETECTOR_TYPE, type GuardDutyDetectorConfig, type GuardDutyFeature } from '../../model/guardduty.js';
import { classifyStandard, SECURITYHUB_HUB_TYPE, type SecurityHubHubConfig } from '../../model/securityhub.js';
import type { DemoBuilder } from '../builder.js';
import { DEMO } from '../scenario.js';

const { prod, mgmt, mainRegion, regions, names } = DEMO;

export function addDetectionDemo(demo: DemoBuilder): void {
  addGuardDuty(demo);
  addSecurityHub(demo);
  addEks(demo);
  addEcr(demo);
}

// ---------------------------------------------------------------- GuardDuty

function detector(demo: DemoBuilder, account: string, region: string, detectorId: string, features: GuardDutyFeature[]) {
  const on = (name: string) => features.find((f) => f.Name === name)?.Status ?? 'DISABLED';
  const config: GuardDutyDetectorConfig = {
    detectorId,
    Status: 'ENABLED',
    FindingPublishingFrequency: 'FIFTEEN_MINUTES',
    Features: features,
    DataSources: { S3Logs: on('S3_DATA_EVENTS'), KubernetesAuditLogs: on('EKS_AUDIT_LOGS'), MalwareProtectionEbs: on('EBS_MALWARE_PROTECTION') },
  };
  demo.add({
    uid: `arn:aws:guardduty:${region}:${account}:detector/${detectorId}`,
    account,
    region,
    type: GUARDDUTY_DETECTOR_TYPE,
    name: detectorId,
    tags: { owner: 'security' },
    config,
  });
}

const f = (Name: string, Status: 'ENABLED' | 'DISABLED', AdditionalConfiguration?: { Name: string; Status: string }[]): GuardDutyFeature => ({
  Name,
  Status,
  ...(AdditionalConfiguration ? { AdditionalConfiguration } : {}),
});

function addGuardDuty(demo: DemoBuilder) {
  // prod: enabled only where the workload runs, and the agent-based / malware plans were never turned on.
  detector(demo, prod, mainRegion, '3ec4a1b2c3d4e5f60718293a4b5c6d70', [
    f('CLOUD_TRAIL', 'ENABLED'),
    f('DNS_LOGS', 'ENABLED'),
    f('FLOW_LOGS', 'ENABLED'),
    f('S3_DATA_EVENTS', 'ENABLED'),
    f('EKS_AUDIT_LOGS', 'ENABLED'),
    f('EBS_MALWARE_PROTECTION', 'DISABLED'),
    f('RDS_LOGIN_EVENTS', 'ENABLED'),
    f('LAMBDA_NETWORK_LOGS', 'ENABLED'),
    f('RUNTIME_MONITORING', 'DISABLED', [
      { Name: 'EKS_ADDON_MANAGEMENT', Status: 'DISABLED' },
      { Name: 'ECS_FARGATE_AGENT_MANAGEMENT', Status: 'DISABLED' },
      { Name: 'EC2_AGENT_MANAGEMENT', Status: 'DISABLED' },
    ]),
  ]);
  // mgmt: every region, every protection plan.
  const full = [
    f('CLOUD_TRAIL', 'ENABLED'),
    f('DNS_LOGS', 'ENABLED'),
    f('FLOW_LOGS', 'ENABLED'),
    f('S3_DATA_EVENTS', 'ENABLED'),
    f('EKS_AUDIT_LOGS', 'ENABLED'),
    f('EBS_MALWARE_PROTECTION', 'ENABLED'),
    f('RDS_LOGIN_EVENTS', 'ENABLED'),
    f('LAMBDA_NETWORK_LOGS', 'ENABLED'),
    f('RUNTIME_MONITORING', 'ENABLED', [
      { Name: 'EKS_ADDON_MANAGEMENT', Status: 'ENABLED' },
      { Name: 'ECS_FARGATE_AGENT_MANAGEMENT', Status: 'ENABLED' },
      { Name: 'EC2_AGENT_MANAGEMENT', Status: 'ENABLED' },
    ]),
  ];
  const ids: Record<string, string> = { 'ap-northeast-1': '8ac4d2e1f0a9b8c7d6e5f4a3b2c1d0e9', 'us-east-1': '5bd6e7f8a9b0c1d2e3f4a5b6c7d8e9f0' };
  for (const region of regions) detector(demo, mgmt, region, ids[region] ?? '9f8e7d6c5b4a39281706f5e4d3c2b1a0', full);
}

// ---------------------------------------------------------------- Security Hub

function hub(demo: DemoBuilder, account: string, region: string, standardPaths: string[]) {
  const config: SecurityHubHubConfig = {
    SubscribedAt: '2025-04-01T02:00:00.000Z',
    AutoEnableControls: true,
    ControlFindingGenerator: 'SECURITY_CONTROL',
    standards: standardPaths.map((p) => {
      const StandardsArn = `arn:aws:securityhub:${region}::standards/${p}`;
      return { StandardsArn, StandardsStatus: 'READY', ...classifyStandard(StandardsArn) };
    }),
  };
  demo.add({
    uid: `arn:aws:securityhub:${region}:${account}:hub/default`,
    account,
    region,
    type: SECURITYHUB_HUB_TYPE,
    name: `Security Hub (${region})`,
    config,
  });
}

const FSBP = 'aws-foundational-security-best-practices/v/1.0.0';
const CIS3 = 'cis-aws-foundations-benchmark/v/3.0.0';

function addSecurityHub(demo: DemoBuilder) {
  // prod: nothing in us-east-1; in the main region only FSBP.
  hub(demo, prod, mainRegion, [FSBP]);
  for (const region of regions) hub(demo, mgmt, region, [FSBP, CIS3]);
}

// ---------------------------------------------------------------- EKS

function addEks(demo: DemoBuilder) {
  const ec2 = (what: string) => `arn:aws:ec2:${mainRegion}:${prod}:${what}`;
  const cluster = (config: EksClusterConfig, tags: Record<string, string>) => {
    const rels = [
      { type: 'uses-role', target: config.roleArn! },
      { type: 'in-vpc', target: ec2(`vpc/${config.resourcesVpcConfig.vpcId}`) },
      ...config.resourcesVpcConfig.subnetIds.map((s) => ({ type: 'in-subnet', target: ec2(`subnet/${s}`) })),
      ...[...config.resourcesVpcConfig.securityGroupIds, config.resourcesVpcConfig.clusterSecurityGroupId!].map((sg) => ({
        type: 'uses-security-group',
        target: ec2(`security-group/${sg}`),
      })),
      ...config.encryptionConfig.filter((e) => e.keyArn).map((e) => ({ type: 'encrypted-with', target: e.keyArn! })),
    ];
    demo.add({
      uid: `arn:aws:eks:${mainRegion}:${prod}:cluster/${config.name}`,
      account: prod,
      region: mainRegion,
      type: EKS_CLUSTER_TYPE,
      name: config.name,
      tags,
      config,
      relationships: rels,
    });
  };

  // The web cluster: created years ago and never revisited.
  cluster(
    {
      name: 'web-eks',
      version: '1.26',
      platformVersion: 'eks.14',
      status: 'ACTIVE',
      roleArn: `arn:aws:iam::${prod}:role/web-eks-cluster-role`,
      createdAt: '2023-05-18T03:12:44.000Z',
      resourcesVpcConfig: {
        vpcId: names.vpcId,
        subnetIds: ['subnet-0a1b2c3d4e5f60101', 'subnet-0a1b2c3d4e5f60102'],
        securityGroupIds: [],
        clusterSecurityGroupId: 'sg-0a1b2c3d4e5f60020',
        endpointPublicAccess: true,
        endpointPrivateAccess: false,
        publicAccessCidrs: ['0.0.0.0/0'],
      },
      enabledLogTypes: [],
      encryptionConfig: [],
      supportType: 'EXTENDED',
      authenticationMode: 'CONFIG_MAP',
    },
    { Name: 'web-eks', env: 'prod' },
  );
  // The batch cluster built later with the platform team's baseline.
  cluster(
    {
      name: 'batch-eks',
      version: '1.35',
      platformVersion: 'eks.3',
      status: 'ACTIVE',
      roleArn: `arn:aws:iam::${prod}:role/batch-eks-cluster-role`,
      createdAt: '2026-02-10T01:05:09.000Z',
      resourcesVpcConfig: {
        vpcId: names.vpcId,
        subnetIds: ['subnet-0a1b2c3d4e5f60111', 'subnet-0a1b2c3d4e5f60112'],
        securityGroupIds: ['sg-0a1b2c3d4e5f60031'],
        clusterSecurityGroupId: 'sg-0a1b2c3d4e5f60030',
        endpointPublicAccess: false,
        endpointPrivateAccess: true,
        publicAccessCidrs: [],
      },
      enabledLogTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
      encryptionConfig: [{ resources: ['secrets'], keyArn: `arn:aws:kms:${mainRegion}:${prod}:key/7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6` }],
      supportType: 'STANDARD',
      authenticationMode: 'API',
    },
    { Name: 'batch-eks', env: 'prod' },
  );
}

// ---------------------------------------------------------------- ECR

function registry(demo: DemoBuilder, account: string, region: string, config: EcrRegistryScanningConfig) {
  demo.add({
    uid: ecrRegistryScanningUid(account, region),
    account,
    region,
    type: ECR_REGISTRY_SCANNING_TYPE,
    name: `ECR registry scanning (${region})`,
    config,
  });
}

function repository(demo: DemoBuilder, account: string, config: EcrRepositoryConfig, tags: Record<string, string>) {
  const kmsKey = config.encryptionConfiguration.kmsKey;
  demo.add({
    uid: `arn:aws:ecr:${mainRegion}:${account}:repository/${config.repositoryName}`,
    account,
    region: mainRegion,
    type: ECR_REPOSITORY_TYPE,
    name: config.repositoryName,
    tags,
    config,
    relationships: kmsKey ? [{ type: 'encrypted-with', target: kmsKey }] : [],
  });
}

function addEcr(demo: DemoBuilder) {
  for (const region of regions) {
    registry(demo, prod, region, { scanType: 'BASIC', rules: [] });
    registry(demo, mgmt, region, {
      scanType: 'ENHANCED',
      rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }],
    });
  }

  // prod: the image the web cluster runs. Anyone can pull it, tags are overwritten on every build.
  repository(
    demo,
    prod,
    {
      repositoryName: 'web-app',
      registryId: prod,
      repositoryUri: `${prod}.dkr.ecr.${mainRegion}.amazonaws.com/web-app`,
      createdAt: '2023-05-18T02:40:10.000Z',
      imageTagMutability: 'MUTABLE',
      scanOnPush: false,
      encryptionConfiguration: { encryptionType: 'AES256' },
      kmsKeyManager: null,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AllowPull',
            Effect: 'Allow',
            Principal: '*',
            Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
          },
        ],
      },
      lifecyclePolicy: null,
    },
    { team: 'web' },
  );

  // mgmt: the security tooling images, hardened, shared read-only with the prod account.
  repository(
    demo,
    mgmt,
    {
      repositoryName: 'security-tools',
      registryId: mgmt,
      repositoryUri: `${mgmt}.dkr.ecr.${mainRegion}.amazonaws.com/security-tools`,
      createdAt: '2025-06-02T07:21:33.000Z',
      imageTagMutability: 'IMMUTABLE',
      scanOnPush: true,
      encryptionConfiguration: { encryptionType: 'KMS', kmsKey: `arn:aws:kms:${mainRegion}:${mgmt}:key/2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f` },
      kmsKeyManager: 'CUSTOMER',
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ProdPull',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${prod}:root` },
            Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
          },
        ],
      },
      lifecyclePolicy: {
        rules: [
          {
            rulePriority: 1,
            description: 'expire untagged images after 14 days',
            selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 },
            action: { type: 'expire' },
          },
          {
            rulePriority: 2,
            description: 'keep the last 30 images',
            selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 30 },
            action: { type: 'expire' },
          },
        ],
      },
    },
    { team: 'security' },
  );
}
