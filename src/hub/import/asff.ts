/** AWS Security Finding Format (Security Hub GetFindings, EventBridge, mamori's own ASFF output) → ObservedFinding. */
import { isFrameworkId } from '../../frameworks/index.js';
import { accountUid, ACCOUNT_TYPE } from '../../model/pseudo.js';
import type { FrameworkMappings } from '../../model/rule.js';
import type { Severity } from '../../model/types.js';
import { fromAsffType } from '../../report/asff-types.js';
import { WORKFLOW_STATUSES, type ComplianceStatus, type FindingSource, type HubFinding, type ObservedFinding, type WorkflowStatus } from '../model.js';
import {
  addFramework,
  arnPartition,
  at,
  compact,
  importId,
  invalidFinding,
  isControlId,
  isObject,
  isoTime,
  nameFromUid,
  refineType,
  requirementFramework,
  required,
  severityFromNormalized,
  severityLabel,
  importedDocument,
  str,
  tagMap,
  type Json,
} from './common.js';

const COMPLIANCE: Record<string, ComplianceStatus> = {
  PASSED: 'PASS',
  FAILED: 'FAIL',
  NOT_AVAILABLE: 'NOT_ASSESSED',
  WARNING: 'FAIL',
};
const MAMORI_STATUS = ['PASS', 'FAIL', 'NOT_ASSESSED', 'NOT_APPLICABLE', 'MANUAL'];
/** The older WorkflowState field, for findings without Workflow.Status. */
const WORKFLOW_STATE: Record<string, WorkflowStatus> = {
  NEW: 'NEW',
  ASSIGNED: 'NOTIFIED',
  IN_PROGRESS: 'NOTIFIED',
  RESOLVED: 'RESOLVED',
  DEFERRED: 'SUPPRESSED',
};

/** Which AWS service produced a finding, from ProductName or ProductArn (…:product/aws/guardduty). */
function awsProduct(f: Json): 'guardduty' | 'inspector' | 'macie' | undefined {
  const arn = str(f.ProductArn) ?? '';
  const name = (str(f.ProductName) ?? '').toLowerCase();
  const arnProduct = /:product\/aws\/([a-z0-9-]+)$/.exec(arn)?.[1] ?? '';
  for (const p of ['guardduty', 'inspector', 'macie'] as const) if (name === p || arnProduct.startsWith(p)) return p;
  return undefined;
}

function kindOf(f: Json, product: string | undefined): HubFinding['kind'] {
  if (product === 'guardduty' || product === 'macie') return 'threat';
  if (product === 'inspector') return 'vulnerability';
  const types = Array.isArray(f.Types) ? f.Types.map(String) : [];
  if (Array.isArray(f.Vulnerabilities) || types.some((t) => t.startsWith('Software and Configuration Checks/Vulnerabilities'))) return 'vulnerability';
  if (isObject(f.Compliance)) return 'posture';
  if (types.some((t) => /^(TTPs|Effects|Unusual Behaviors|Sensitive Data Identifications)(\/|$)/.test(t))) return 'threat';
  return 'posture';
}

function severityOf(f: Json): Severity {
  return (
    severityLabel(at(f, 'Severity', 'Label')) ??
    (typeof at(f, 'Severity', 'Normalized') === 'number' ? severityFromNormalized(at(f, 'Severity', 'Normalized') as number) : undefined) ??
    severityLabel(at(f, 'FindingProviderFields', 'Severity', 'Label')) ??
    'INFORMATIONAL'
  );
}

/** GuardDuty's ASFF type ("TTPs/Defense Evasion/Stealth:IAMUser-CloudTrailLoggingDisabled") as its native Type. */
function guardDutyType(f: Json): string | undefined {
  const types = Array.isArray(f.Types) ? f.Types.map(String) : [];
  for (const t of types) {
    const last = t.split('/').pop() ?? '';
    const m = /^([A-Za-z0-9]+:[A-Za-z0-9]+)-(.+)$/.exec(last);
    if (m) return `${m[1]}/${m[2]}`;
  }
  return undefined;
}

function frameworksOf(f: Json): FrameworkMappings {
  const frameworks: FrameworkMappings = {};
  const controlId = str(at(f, 'Compliance', 'SecurityControlId'));
  const standards = (Array.isArray(at(f, 'Compliance', 'AssociatedStandards')) ? (at(f, 'Compliance', 'AssociatedStandards') as unknown[]) : [])
    .map((s) => str(at(s, 'StandardsId')) ?? '');
  const generator = str(f.GeneratorId) ?? '';
  const fsbp = standards.some((s) => s.includes('aws-foundational-security-best-practices')) || generator.startsWith('aws-foundational-security-best-practices');
  if (controlId && fsbp && isControlId(controlId)) addFramework(frameworks, 'fsbp', controlId);
  const related = at(f, 'Compliance', 'RelatedRequirements');
  if (Array.isArray(related)) {
    for (const r of related) {
      const mapped = typeof r === 'string' ? requirementFramework(r) : undefined;
      if (mapped) addFramework(frameworks, ...mapped);
    }
  }
  return frameworks;
}

function accessKeyPrincipal(resource: Json, account: string, partition: string): { uid: string; type: string; name: string } | undefined {
  const name = str(at(resource, 'Details', 'AwsIamAccessKey', 'PrincipalName'));
  const type = str(at(resource, 'Details', 'AwsIamAccessKey', 'PrincipalType'));
  if (!name) return undefined;
  if (type === 'AssumedRole') return { uid: `arn:${partition}:iam::${account}:role/${name}`, type: 'AWS::IAM::Role', name };
  if (type === 'IAMUser') return { uid: `arn:${partition}:iam::${account}:user/${name}`, type: 'AWS::IAM::User', name };
  if (type === 'Root') return { uid: `arn:${partition}:iam::${account}:root`, type: 'AWS::IAM::RootUser', name: 'root' };
  return undefined;
}

function evidenceOf(f: Json, product: string | undefined, accessKeyId?: string): Record<string, unknown> | undefined {
  const pf = isObject(f.ProductFields) ? f.ProductFields : {};
  if (product === 'guardduty') {
    const p = (k: string) => str(Object.entries(pf).find(([key]) => key.startsWith('aws/guardduty/service/action/') && key.endsWith(k))?.[1]);
    return compact({
      action: str(pf['aws/guardduty/service/action/actionType']),
      api: p('/awsApiCallAction/api'),
      serviceName: p('/awsApiCallAction/serviceName'),
      remoteIp: p('/remoteIpDetails/ipAddressV4'),
      remoteCountry: p('/remoteIpDetails/country/countryName'),
      localPort: Number(p('/localPortDetails/port')) || undefined,
      accessKeyId,
      count: Number(pf['aws/guardduty/service/count']) || undefined,
    });
  }
  const vuln = Array.isArray(f.Vulnerabilities) ? f.Vulnerabilities[0] : undefined;
  if (isObject(vuln)) {
    const pkg = at(vuln, 'VulnerablePackages', 0);
    const cvss = at(vuln, 'Cvss', 0, 'BaseScore');
    return compact({
      vulnerabilityId: str(vuln.Id),
      package: str(at(pkg, 'Name')),
      installedVersion: str(at(pkg, 'Version')),
      fixedVersion: str(at(pkg, 'FixedInVersion')),
      cvssScore: typeof cvss === 'number' ? cvss : undefined,
      exploitAvailable: str(vuln.ExploitAvailable),
      fixAvailable: str(vuln.FixAvailable),
    });
  }
  return undefined;
}

/** A mamori-written ASFF finding carries the hub id it came from; import it under that id again. */
function mamoriOrigin(f: Json): { id: string; source: FindingSource } | undefined {
  const pf = isObject(f.ProductFields) ? f.ProductFields : {};
  if (str(f.ProductName) !== 'mamori') return undefined;
  const hubId = str(pf['mamori/FindingId']);
  if (hubId && /^(mamori|import)-[0-9a-f]{32}$/.test(hubId)) return { id: hubId, source: str(pf['mamori/Source']) ?? 'mamori' };
  // Scan reports (src/report/asff.ts) write Id = `<mamori id>/<region>`.
  const m = /^(mamori-[0-9a-f]{32})\//.exec(str(f.Id) ?? '');
  return m ? { id: m[1], source: 'mamori' } : undefined;
}

export function fromAsff(f: unknown, where: string, file: string): ObservedFinding {
  if (!isObject(f)) throw invalidFinding(file, where, 'not an ASFF finding object');
  const id = required(f, where, file, 'Id');
  const productArn = required(f, where, file, 'ProductArn');
  const account = required(f, where, file, 'AwsAccountId');
  const title = required(f, where, file, 'Title');
  const resource = Array.isArray(f.Resources) ? f.Resources[0] : undefined;
  if (!isObject(resource)) throw invalidFinding(file, where, 'missing Resources');
  const resourceId = required(resource, `${where}.Resources[0]`, file, 'Id');
  const resourceAsffType = required(resource, `${where}.Resources[0]`, file, 'Type');
  const observedAt = isoTime(f.UpdatedAt) ?? isoTime(f.LastObservedAt) ?? isoTime(f.CreatedAt);
  if (!observedAt) throw invalidFinding(file, where, 'missing UpdatedAt');

  const pf = isObject(f.ProductFields) ? f.ProductFields : {};
  const product = awsProduct(f);
  const mamori = mamoriOrigin(f);
  const source: FindingSource = mamori?.source ?? product ?? 'securityhub';
  const kindField = str(pf['mamori/Kind']);
  const kind = mamori && (kindField === 'posture' || kindField === 'threat' || kindField === 'vulnerability' || kindField === 'sequence') ? kindField : kindOf(f, product);

  // The same GuardDuty finding read from Security Hub and from GuardDuty gets one hub id.
  const gdId = product === 'guardduty' ? /:detector\/[^/]+\/finding\/([^/]+)$/.exec(id)?.[1] : undefined;
  const hubId = mamori?.id ?? (gdId ? importId('guardduty', gdId) : importId(source, `${id}\0${productArn}`));

  const ruleId =
    (mamori && str(pf['mamori/RuleId'])) ||
    str(at(f, 'Compliance', 'SecurityControlId')) ||
    (product === 'guardduty' ? guardDutyType(f) : undefined) ||
    (kind === 'vulnerability' ? str(at(f, 'Vulnerabilities', 0, 'Id')) : undefined) ||
    str(f.GeneratorId) ||
    title;

  const mamoriStatus = mamori ? str(pf['mamori/Status']) : undefined;
  const complianceRaw = str(at(f, 'Compliance', 'Status'));
  const complianceStatus: ComplianceStatus =
    mamoriStatus && MAMORI_STATUS.includes(mamoriStatus)
      ? (mamoriStatus as ComplianceStatus)
      : complianceRaw
        ? (COMPLIANCE[complianceRaw] ?? 'NOT_ASSESSED')
        : null;

  const region = (mamori && str(pf['mamori/Region'])) || str(f.Region) || str(resource.Region) || productArn.split(':')[3] || 'global';
  const account12 = /^AWS::::Account:(\d{12})$/.exec(resourceId)?.[1];
  const partition = str(resource.Partition) ?? arnPartition(productArn);
  // GuardDuty files credential findings under the access key; name the principal, as the GuardDuty importer does.
  const keyOwner = resourceAsffType === 'AwsIamAccessKey' ? accessKeyPrincipal(resource, account, partition) : undefined;
  const resourceUid = account12 ? accountUid(account12, partition) : (keyOwner?.uid ?? resourceId);
  const resourceType =
    (mamori && str(pf['mamori/ResourceType'])) || (account12 ? ACCOUNT_TYPE : (keyOwner?.type ?? refineType(resourceUid, fromAsffType(resourceAsffType))));
  const resourceName = (mamori && str(pf['mamori/ResourceName'])) || (account12 ?? keyOwner?.name ?? nameFromUid(resourceId));

  const workflow = str(at(f, 'Workflow', 'Status'));
  const sourceWorkflowStatus = (WORKFLOW_STATUSES as readonly string[]).includes(workflow ?? '')
    ? (workflow as WorkflowStatus)
    : WORKFLOW_STATE[str(f.WorkflowState) ?? ''];
  const recordState = str(f.RecordState);

  const reasons = at(f, 'Compliance', 'StatusReasons');
  const reason =
    (Array.isArray(reasons) ? str(at(reasons, 0, 'Description')) : undefined) ?? str(f.Description) ?? title;

  const frameworks = frameworksOf(f);
  for (const fw of Object.keys(frameworks)) if (!isFrameworkId(fw)) delete (frameworks as Record<string, unknown>)[fw];

  const out: ObservedFinding = {
    id: hubId,
    kind,
    source,
    ruleId,
    title,
    description: str(f.Description),
    // The source's own advice (Security Hub controls, Inspector, Macie give a recommendation and a
    // URL). mamori's own findings coming back keep their rule's full document, not this English cut.
    document: mamori ? undefined : importedDocument({
      description: str(f.Description),
      remediation: str(at(f, 'Remediation', 'Recommendation', 'Text')),
      references: [str(at(f, 'Remediation', 'Recommendation', 'Url')), str(f.SourceUrl)],
    }),
    // mamori writes the rule's severity to Original (Label is INFORMATIONAL for passes, or the hub's effective one).
    severity: (mamori && severityLabel(at(f, 'Severity', 'Original'))) || severityOf(f),
    complianceStatus,
    provider: 'aws',
    account,
    region,
    resourceUid,
    resourceType,
    resourceName,
    resourceTags: tagMap(resource.Tags),
    frameworks,
    reason,
    evidence: withPrincipalId(evidenceOf(f, product, /^AWS::IAM::AccessKey:(\w+)$/.exec(resourceId)?.[1]), str(at(resource, 'Details', 'AwsIamAccessKey', 'PrincipalId'))),
    observedAt,
    firstObservedAt: isoTime(f.FirstObservedAt) ?? isoTime(f.CreatedAt),
    sourceWorkflowStatus,
    active: recordState ? recordState === 'ACTIVE' : undefined,
  };
  return prune(out);
}

/** The access key's session principal id ("AROA…:i-0abc…"), kept for correlation. */
function withPrincipalId(evidence: Record<string, unknown> | undefined, principalId: string | undefined): Record<string, unknown> | undefined {
  return principalId ? { ...evidence, principalId } : evidence;
}

/** Drops undefined optional fields so findings compare and serialise cleanly. */
export function prune<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
