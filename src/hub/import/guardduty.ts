/** Amazon GuardDuty native findings (GetFindings, console export, EventBridge detail) → ObservedFinding. */
import { accountUid, ACCOUNT_TYPE } from '../../model/pseudo.js';
import type { ObservedFinding } from '../model.js';
import { prune } from './asff.js';
import { at, compact, field, importId, invalidFinding, isObject, isoTime, required, severityFromGuardDuty, str, tagMap } from './common.js';

interface GdResource {
  uid: string;
  type: string;
  name: string;
  tags: Record<string, string>;
  accessKeyId?: string;
}

/** The resource a GuardDuty finding is about, as the uid mamori's collectors would give it. */
function resourceOf(f: unknown, account: string, region: string, partition: string): GdResource {
  const r = field(f, 'Resource');
  const type = str(at(r, 'ResourceType'));
  const instance = at(r, 'InstanceDetails');
  if ((type === 'Instance' || !type) && str(at(instance, 'InstanceId'))) {
    const id = str(at(instance, 'InstanceId'))!;
    const tags = tagMap(at(instance, 'Tags'));
    return { uid: `arn:${partition}:ec2:${region}:${account}:instance/${id}`, type: 'AWS::EC2::Instance', name: tags.Name || id, tags };
  }
  const key = at(r, 'AccessKeyDetails');
  if (type === 'AccessKey' && isObject(key)) {
    const accessKeyId = str(at(key, 'AccessKeyId'));
    const userName = str(at(key, 'UserName'));
    const userType = str(at(key, 'UserType'));
    if (userType === 'Root') return { uid: `arn:${partition}:iam::${account}:root`, type: 'AWS::IAM::RootUser', name: 'root', tags: {}, accessKeyId };
    if (userName && userType === 'IAMUser')
      return { uid: `arn:${partition}:iam::${account}:user/${userName}`, type: 'AWS::IAM::User', name: userName, tags: {}, accessKeyId };
    if (userName && userType === 'AssumedRole')
      return { uid: `arn:${partition}:iam::${account}:role/${userName}`, type: 'AWS::IAM::Role', name: userName, tags: {}, accessKeyId };
    if (accessKeyId) return { uid: `AWS::IAM::AccessKey:${accessKeyId}`, type: 'AWS::IAM::AccessKey', name: userName ?? accessKeyId, tags: {}, accessKeyId };
  }
  const bucket = at(r, 'S3BucketDetails', 0);
  if (isObject(bucket) && (str(at(bucket, 'Arn')) || str(at(bucket, 'Name')))) {
    const name = str(at(bucket, 'Name')) ?? str(at(bucket, 'Arn'))!.split(':').pop()!;
    return { uid: str(at(bucket, 'Arn')) ?? `arn:${partition}:s3:::${name}`, type: 'AWS::S3::Bucket', name, tags: tagMap(at(bucket, 'Tags')) };
  }
  const arnResource = (path: string[], arnField: string, nameField: string, cfnType: string): GdResource | undefined => {
    const d = at(r, ...path);
    const arn = str(at(d, arnField));
    return arn ? { uid: arn, type: cfnType, name: str(at(d, nameField)) ?? arn.split(/[/:]/).pop()!, tags: tagMap(at(d, 'Tags')) } : undefined;
  };
  const other =
    arnResource(['EksClusterDetails'], 'Arn', 'Name', 'AWS::EKS::Cluster') ??
    arnResource(['LambdaDetails'], 'FunctionArn', 'FunctionName', 'AWS::Lambda::Function') ??
    arnResource(['RdsDbInstanceDetails'], 'DbInstanceArn', 'DbInstanceIdentifier', 'AWS::RDS::DBInstance') ??
    arnResource(['EcsClusterDetails'], 'Arn', 'Name', 'AWS::ECS::Cluster');
  if (other) return other;
  // Nothing more specific: the finding is about the account.
  return { uid: accountUid(account, partition), type: ACCOUNT_TYPE, name: account, tags: {} };
}

function evidenceOf(f: unknown, accessKeyId: string | undefined): Record<string, unknown> | undefined {
  // "AROA…:i-0abc…": the role session's name, which for instance credentials names the instance (correlation uses it).
  const principalId = str(at(f, 'Resource', 'AccessKeyDetails', 'PrincipalId'));
  const action = at(f, 'Service', 'Action');
  const api = at(action, 'AwsApiCallAction');
  const net = at(action, 'NetworkConnectionAction');
  const probe = at(action, 'PortProbeAction', 'PortProbeDetails', 0);
  const dns = at(action, 'DnsRequestAction');
  const count = at(f, 'Service', 'Count');
  return compact({
    action: str(at(action, 'ActionType')),
    api: str(at(api, 'Api')),
    serviceName: str(at(api, 'ServiceName')),
    remoteIp: str(at(api, 'RemoteIpDetails', 'IpAddressV4')) ?? str(at(net, 'RemoteIpDetails', 'IpAddressV4')) ?? str(at(probe, 'RemoteIpDetails', 'IpAddressV4')),
    remoteCountry:
      str(at(api, 'RemoteIpDetails', 'Country', 'CountryName')) ??
      str(at(net, 'RemoteIpDetails', 'Country', 'CountryName')) ??
      str(at(probe, 'RemoteIpDetails', 'Country', 'CountryName')),
    localPort: (at(net, 'LocalPortDetails', 'Port') ?? at(probe, 'LocalPortDetails', 'Port')) as number | undefined,
    domain: str(at(dns, 'Domain')),
    accessKeyId,
    principalId,
    count: typeof count === 'number' ? count : undefined,
  });
}

export function fromGuardDuty(f: unknown, where: string, file: string): ObservedFinding {
  if (!isObject(f)) throw invalidFinding(file, where, 'not a GuardDuty finding object');
  const id = required(f, where, file, 'Id');
  const account = required(f, where, file, 'AccountId');
  const region = required(f, where, file, 'Region');
  const type = required(f, where, file, 'Type');
  const severityValue = Number(field(f, 'Severity'));
  if (field(f, 'Severity') === undefined || !Number.isFinite(severityValue)) throw invalidFinding(file, where, 'missing Severity');
  const observedAt = isoTime(field(f, 'UpdatedAt')) ?? isoTime(field(f, 'CreatedAt'));
  if (!observedAt) throw invalidFinding(file, where, 'missing UpdatedAt');
  const partition = str(field(f, 'Partition')) ?? 'aws';
  const resource = resourceOf(f, account, region, partition);
  const title = str(field(f, 'Title')) || type;
  const description = str(field(f, 'Description'));
  const archived = at(f, 'Service', 'Archived');
  return prune({
    id: importId('guardduty', id),
    kind: 'threat',
    source: 'guardduty',
    ruleId: type,
    title,
    description,
    severity: severityFromGuardDuty(severityValue),
    complianceStatus: null,
    provider: 'aws',
    account,
    region,
    resourceUid: resource.uid,
    resourceType: resource.type,
    resourceName: resource.name,
    resourceTags: resource.tags,
    frameworks: {},
    reason: description ?? title,
    evidence: evidenceOf(f, resource.accessKeyId),
    observedAt,
    firstObservedAt: isoTime(field(f, 'CreatedAt')),
    active: typeof archived === 'boolean' ? !archived : str(archived) ? str(archived) !== 'true' : undefined,
  } satisfies ObservedFinding);
}
