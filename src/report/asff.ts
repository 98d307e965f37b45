import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { postureRules } from '../assess/registry.js';
import { toAsffType } from '../hub/export/asff-types.js';
import { notAsff } from '../hub/export/index.js';
import { FRAMEWORKS, type FrameworkId } from '../frameworks/index.js';
import type { PostureFinding } from '../model/finding.js';
import type { ResultStatus } from '../model/rule.js';
import { GLOBAL_REGION, localize, type Lang } from '../model/types.js';
import type { AssessmentReport, ReportWriter, WriteOptions } from './report.js';

/** BatchImportFindings accepts at most 100 findings per request. */
export const ASFF_BATCH_SIZE = 100;

/** Results that mean nothing to Security Hub (manual, not applicable) are not exported. */
const COMPLIANCE_STATUS: Partial<Record<ResultStatus, 'PASSED' | 'FAILED' | 'NOT_AVAILABLE'>> = {
  PASS: 'PASSED',
  FAIL: 'FAILED',
  NOT_ASSESSED: 'NOT_AVAILABLE',
};


const clip = (s: string, max: number) => (s.length <= max ? s : s.slice(0, max - 1) + '…');

export interface AsffOptions {
  lang: Lang;
  /** Region of the Security Hub that receives account-global findings (IAM, S3 account settings). */
  globalRegion?: string;
}

export function toAsff(f: PostureFinding, { lang, globalRegion = 'us-east-1' }: AsffOptions): AwsSecurityFinding | undefined {
  if (f.provider !== 'aws') throw notAsff(f.provider, f.id);
  const status = COMPLIANCE_STATUS[f.status];
  if (!status) return undefined;
  const rule = postureRules().get(f.ruleId);
  const region = f.resource.region === GLOBAL_REGION ? globalRegion : f.resource.region;
  const partition = f.resource.uid.startsWith('arn:') ? f.resource.uid.split(':')[1] : 'aws';
  const related = (Object.entries(f.frameworks) as [FrameworkId, string[]][]).flatMap(([fw, ids]) =>
    ids.map((id) => `${FRAMEWORKS[fw].name}/${id}`),
  );
  const types = ['Software and Configuration Checks/AWS Security Best Practices'];
  if (f.frameworks['cis-aws-3.0']) types.push('Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark');
  return {
    SchemaVersion: '2018-10-08',
    Id: `${f.id}/${region}`,
    ProductArn: `arn:${partition}:securityhub:${region}:${f.resource.account}:product/${f.resource.account}/default`,
    ProductName: 'mamori',
    CompanyName: 'mamori',
    GeneratorId: `mamori/${f.ruleId}`,
    AwsAccountId: f.resource.account,
    Region: region,
    Types: types,
    CreatedAt: f.observedAt,
    UpdatedAt: f.observedAt,
    Severity: { Label: f.status === 'PASS' ? 'INFORMATIONAL' : f.severity, Original: f.severity },
    Title: clip(localize(f.title, lang), 256),
    Description: clip(`${localize(f.reason, lang)}${rule ? ' ' + rule.doc[lang].risk : ''}`, 1024),
    Remediation: rule
      ? { Recommendation: { Text: clip(rule.doc[lang].recommendation, 512), Url: rule.references[0] } }
      : undefined,
    ProductFields: { 'mamori/RuleId': f.ruleId, 'mamori/Status': f.status },
    Resources: [
      {
        Type: toAsffType(f.resource.type),
        Id: f.resource.uid,
        Partition: partition as 'aws',
        Region: f.resource.region === GLOBAL_REGION ? globalRegion : f.resource.region,
        Tags: Object.keys(f.resource.tags).length ? f.resource.tags : undefined,
      },
    ],
    Compliance: {
      Status: status,
      SecurityControlId: f.frameworks.fsbp?.[0],
      RelatedRequirements: related.slice(0, 32),
      StatusReasons: [{ ReasonCode: f.status, Description: clip(localize(f.reason, lang), 2048) }],
    },
    Workflow: { Status: f.status === 'FAIL' ? 'NEW' : 'RESOLVED' },
    RecordState: 'ACTIVE',
  };
}

/**
 * JSON lines, one BatchImportFindings request body per line (`{"Findings": [...]}`, at most 100),
 * so each line can be sent as is: `aws securityhub batch-import-findings --cli-input-json "$line"`.
 */
function* asffChunks(report: AssessmentReport, { lang }: WriteOptions): Iterable<string> {
  let batch: AwsSecurityFinding[] = [];
  for (const f of report.findings) {
    const asff = toAsff(f, { lang });
    if (!asff) continue;
    batch.push(asff);
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
  chunks: asffChunks,
  write: (report, options) => [...asffChunks(report, options)].join(''),
};
