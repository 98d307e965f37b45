/**
 * CloudFormation type ↔ ASFF resource type, shared by the scan report's ASFF writer
 * (src/report/asff.ts) and the hub export, so a resource has the same ASFF type either way and
 * imports map back to it.
 */
export const ASFF_RESOURCE_TYPES: Readonly<Record<string, string>> = {
  'AWS::Account': 'AwsAccount',
  'AWS::IAM::RootUser': 'AwsAccount',
  'AWS::IAM::ManagedPolicy': 'AwsIamPolicy',
  'AWS::RDS::DBInstance': 'AwsRdsDbInstance',
  'AWS::RDS::DBCluster': 'AwsRdsDbCluster',
  'AWS::RDS::DBSnapshot': 'AwsRdsDbSnapshot',
  'AWS::RDS::DBClusterSnapshot': 'AwsRdsDbClusterSnapshot',
  'AWS::ElasticLoadBalancingV2::LoadBalancer': 'AwsElbv2LoadBalancer',
  'AWS::EC2::VPC': 'AwsEc2Vpc',
  'AWS::EKS::Cluster': 'AwsEksCluster',
  'AWS::ECR::Repository': 'AwsEcrRepository',
  'AWS::Lambda::Function': 'AwsLambdaFunction',
  'AWS::CloudTrail::Trail': 'AwsCloudTrailTrail',
  'AWS::KMS::Key': 'AwsKmsKey',
  'AWS::S3::Bucket': 'AwsS3Bucket',
  'AWS::SNS::Topic': 'AwsSnsTopic',
  'AWS::EC2::Instance': 'AwsEc2Instance',
  'AWS::EC2::SecurityGroup': 'AwsEc2SecurityGroup',
  'AWS::EC2::NetworkAcl': 'AwsEc2NetworkAcl',
  'AWS::EC2::Volume': 'AwsEc2Volume',
  'AWS::EC2::Subnet': 'AwsEc2Subnet',
  'AWS::EC2::RouteTable': 'AwsEc2RouteTable',
  'AWS::IAM::User': 'AwsIamUser',
  'AWS::IAM::Role': 'AwsIamRole',
  'AWS::IAM::Group': 'AwsIamGroup',
  'AWS::IAM::AccessKey': 'AwsIamAccessKey',
  'AWS::GuardDuty::Detector': 'AwsGuardDutyDetector',
};

const FROM_ASFF = new Map<string, string>();
for (const [cfn, asff] of Object.entries(ASFF_RESOURCE_TYPES)) if (!FROM_ASFF.has(asff)) FROM_ASFF.set(asff, cfn);

/** ASFF type of a hub resource type. Types imported as ASFF names (AwsEcrContainerImage, Container) pass through. */
export function toAsffType(type: string): string {
  const known = ASFF_RESOURCE_TYPES[type];
  if (known) return known;
  return /^(Aws[A-Za-z0-9]+|Container|Other)$/.test(type) ? type : 'Other';
}

/** Hub resource type of an ASFF type: the CloudFormation type when mamori knows it, else the ASFF name. */
export function fromAsffType(type: string): string {
  return FROM_ASFF.get(type) ?? type;
}
