/**
 * Findings as ASFF, AWS Security Hub's format: BatchImportFindings request bodies into the
 * account's own product (product/<account>/default). Only AWS findings have an account, partition
 * and region to put there; any other cloud's finding is refused with one clear error.
 */
import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { FRAMEWORKS } from '../frameworks/index.js';
import { MamoriError } from '../model/errors.js';
import { docText, findingReason, findingTitle, type ComplianceStatus, type Finding } from '../model/finding.js';
import { GLOBAL_REGION, type Lang } from '../model/types.js';
import { toAsffType } from './asff-types.js';
import { clip, frameworkEntries, partitionOf, type ReportWriter, type WriteOptions } from './report.js';

/** BatchImportFindings accepts at most 100 findings per request. */
export const ASFF_BATCH_SIZE = 100;

/** ASFF is AWS Security Hub's format: a finding of another cloud has no account, partition or region to put there. */
export function notAsff(provider: string, id: string): MamoriError {
  return new MamoriError('ASFF_NOT_AWS', `ASFF is the AWS Security Hub format; finding ${id} is a ${provider} finding (write OCSF or CSV instead, or only the AWS findings)`);
}

const ASFF_COMPLIANCE: Record<NonNullable<ComplianceStatus>, 'PASSED' | 'FAILED' | 'NOT_AVAILABLE'> = {
  PASS: 'PASSED',
  FAIL: 'FAILED',
  NOT_ASSESSED: 'NOT_AVAILABLE',
  NOT_APPLICABLE: 'NOT_AVAILABLE',
  MANUAL: 'NOT_AVAILABLE',
};

/** ASFF string maps (ProductFields, UserDefinedFields): at most 50 entries, keys ≤128, values ≤2048 characters. */
function asffMap(entries: [string, string][]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [k, v] of entries.slice(0, 50)) out[clip(k, 128)] = clip(v, 2048);
  return entries.length ? out : undefined;
}

export interface AsffOptions {
  lang?: Lang;
  /** Region of the Security Hub that receives account-global findings (IAM, S3 account settings). */
  globalRegion?: string;
}

/**
 * One finding as ASFF. ProductFields carry the finding id, source, kind and resource so an import
 * of the export gives back the same findings.
 */
export function toAsffFinding(f: Finding, { lang = 'en', globalRegion = 'us-east-1' }: AsffOptions = {}): AwsSecurityFinding {
  if (f.provider !== 'aws') throw notAsff(f.provider, f.id);
  const region = f.region === GLOBAL_REGION ? globalRegion : f.region;
  const partition = partitionOf(f.resourceUid);
  const frameworks = frameworkEntries(f);
  const types =
    f.kind === 'posture'
      ? ['Software and Configuration Checks/AWS Security Best Practices']
      : f.kind === 'vulnerability'
        ? [/^CVE-/.test(f.ruleId) ? 'Software and Configuration Checks/Vulnerabilities/CVE' : 'Software and Configuration Checks/Vulnerabilities']
        : ['TTPs'];
  if (f.kind === 'posture' && f.frameworks['cis-aws-3.0']?.length)
    types.push('Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark');
  const evidence = f.evidence ?? {};
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const reason = findingReason(f, lang);
  const doc = f.document;
  const risk = docText(doc?.risk, lang);
  return {
    SchemaVersion: '2018-10-08',
    Id: f.id,
    ProductArn: `arn:${partition}:securityhub:${region}:${f.account}:product/${f.account}/default`,
    ProductName: 'mamori',
    CompanyName: 'mamori',
    GeneratorId: `${f.source}/${f.ruleId}`,
    AwsAccountId: f.account,
    Region: region,
    Types: types,
    CreatedAt: f.firstSeen,
    UpdatedAt: f.updatedAt,
    FirstObservedAt: f.firstSeen,
    LastObservedAt: f.lastSeen,
    Severity: { Label: f.complianceStatus === 'PASS' ? 'INFORMATIONAL' : f.severity, Original: f.originalSeverity },
    Title: clip(findingTitle(f, lang), 256),
    Description: clip((f.kind === 'posture' ? `${reason}${risk ? ' ' + risk : ''}` : f.description || reason) || f.title, 1024),
    Remediation: doc?.remediation
      ? { Recommendation: { Text: clip(docText(doc.remediation, lang)!, 512), ...(doc.references?.[0] ? { Url: doc.references[0] } : {}) } }
      : undefined,
    ProductFields: asffMap([
      ['mamori/FindingId', f.id],
      ['mamori/Source', f.source],
      ['mamori/Kind', f.kind],
      ['mamori/RuleId', f.ruleId],
      ...(f.complianceStatus ? [['mamori/Status', f.complianceStatus] as [string, string]] : []),
      ['mamori/Region', f.region],
      ['mamori/ResourceType', f.resourceType],
      ['mamori/ResourceName', f.resourceName],
      ['mamori/Risk', f.risk.level],
      ['mamori/TimesSeen', String(f.timesSeen)],
    ]),
    UserDefinedFields: asffMap(Object.entries(f.userFields)),
    Resources: [
      {
        Type: toAsffType(f.resourceType),
        Id: f.resourceUid,
        Partition: partition as 'aws',
        Region: region,
        Tags: Object.keys(f.resourceTags).length ? asffMap(Object.entries(f.resourceTags)) : undefined,
      },
    ],
    Compliance:
      f.kind === 'posture'
        ? {
            Status: f.complianceStatus ? ASFF_COMPLIANCE[f.complianceStatus] : 'NOT_AVAILABLE',
            SecurityControlId: f.frameworks.fsbp?.[0],
            RelatedRequirements: frameworks.flatMap(([fw, ids]) => ids.map((id) => `${FRAMEWORKS[fw].name}/${id}`)).slice(0, 32),
            StatusReasons: [{ ReasonCode: f.complianceStatus ?? 'NOT_ASSESSED', Description: clip(reason, 2048) }],
          }
        : undefined,
    Vulnerabilities:
      f.kind === 'vulnerability'
        ? [
            {
              Id: f.ruleId,
              VulnerablePackages: text(evidence.package)
                ? [{ Name: text(evidence.package), Version: text(evidence.installedVersion), FixedInVersion: text(evidence.fixedVersion) }]
                : undefined,
            },
          ]
        : undefined,
    Workflow: { Status: f.workflowStatus },
    RecordState: 'ACTIVE',
  };
}

/**
 * Results Security Hub has nothing to do with (a manual recommendation, a check that does not
 * apply) stay out of ASFF; it has no status for them and they would only be noise there.
 */
const forSecurityHub = (f: Finding) => f.complianceStatus !== 'MANUAL' && f.complianceStatus !== 'NOT_APPLICABLE';

/**
 * JSON lines, one BatchImportFindings request body per line (`{"Findings": [...]}`, at most 100),
 * so each line can be sent as is: `aws securityhub batch-import-findings --cli-input-json "$line"`.
 */
export function* asffBatches(findings: Iterable<Finding>, options: AsffOptions = {}): Iterable<string> {
  let batch: AwsSecurityFinding[] = [];
  for (const f of findings) {
    if (!forSecurityHub(f)) continue;
    batch.push(toAsffFinding(f, options));
    if (batch.length === ASFF_BATCH_SIZE) {
      yield JSON.stringify({ Findings: batch }) + '\n';
      batch = [];
    }
  }
  if (batch.length) yield JSON.stringify({ Findings: batch }) + '\n';
}

export const asffWriter: ReportWriter = {
  format: 'asff',
  extension: 'asff.jsonl',
  chunks: (report, { lang }: WriteOptions) => asffBatches(report.findings, { lang }),
  write: (report, { lang }) => [...asffBatches(report.findings, { lang })].join(''),
};
