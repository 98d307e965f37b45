import { postureRules } from '../assess/registry.js';
import { FRAMEWORKS, type FrameworkId } from '../frameworks/index.js';
import type { PostureFinding } from '../model/finding.js';
import type { ResultStatus } from '../model/rule.js';
import { localize, type Lang, type Severity } from '../model/types.js';
import { VERSION } from '../version.js';
import type { AssessmentReport, ReportWriter, WriteOptions } from './report.js';
import { ocsfCloud } from '../model/cloud.js';

export const OCSF_VERSION = '1.1.0';
const COMPLIANCE_FINDING = 2003;
const ACTIVITY_CREATE = 1;

const SEVERITY_ID: Record<Severity, number> = { INFORMATIONAL: 1, LOW: 2, MEDIUM: 3, HIGH: 4, CRITICAL: 5 };
const SEVERITY_NAME: Record<Severity, string> = {
  INFORMATIONAL: 'Informational',
  LOW: 'Low',
  MEDIUM: 'Medium',
  HIGH: 'High',
  CRITICAL: 'Critical',
};
/** OCSF compliance.status_id: 1 Pass, 2 Warning, 3 Fail, 99 Other. */
const COMPLIANCE_STATUS: Record<ResultStatus, [number, string]> = {
  PASS: [1, 'Pass'],
  FAIL: [3, 'Fail'],
  NOT_APPLICABLE: [99, 'Not Applicable'],
  NOT_ASSESSED: [99, 'Not Assessed'],
  MANUAL: [2, 'Manual'],
};

/** One posture finding as an OCSF 1.1 Compliance Finding (class 2003). */
export function toOcsf(f: PostureFinding, lang: Lang): Record<string, unknown> {
  const rule = postureRules().get(f.ruleId);
  const time = Date.parse(f.observedAt);
  const [complianceStatusId, complianceStatus] = COMPLIANCE_STATUS[f.status];
  const requirements = (Object.entries(f.frameworks) as [FrameworkId, string[]][]).flatMap(([fw, ids]) =>
    ids.map((id) => `${FRAMEWORKS[fw].short} ${id}`),
  );
  const partition = f.resource.uid.startsWith('arn:') ? f.resource.uid.split(':')[1] : 'aws';
  return {
    activity_id: ACTIVITY_CREATE,
    activity_name: 'Create',
    category_uid: 2,
    category_name: 'Findings',
    class_uid: COMPLIANCE_FINDING,
    class_name: 'Compliance Finding',
    type_uid: COMPLIANCE_FINDING * 100 + ACTIVITY_CREATE,
    type_name: 'Compliance Finding: Create',
    time,
    time_dt: f.observedAt,
    severity_id: SEVERITY_ID[f.severity],
    severity: SEVERITY_NAME[f.severity],
    status_id: 1,
    status: 'New',
    status_code: f.status,
    status_detail: localize(f.reason, lang),
    message: `${localize(f.title, lang)}: ${localize(f.reason, lang)}`,
    metadata: {
      version: OCSF_VERSION,
      profiles: ['cloud', 'datetime'],
      product: { name: 'mamori', vendor_name: 'mamori', version: VERSION, feature: { uid: f.ruleId } },
      event_code: f.ruleId,
      uid: f.id,
    },
    finding_info: {
      uid: f.id,
      title: localize(f.title, lang),
      desc: rule ? rule.doc[lang].description : localize(f.title, lang),
      types: ['Software and Configuration Checks'],
      first_seen_time_dt: f.observedAt,
      last_seen_time_dt: f.observedAt,
    },
    compliance: {
      control: f.frameworks.fsbp?.[0] ?? f.frameworks['cis-aws-3.0']?.[0] ?? f.ruleId,
      requirements,
      standards: Object.keys(f.frameworks).map((fw) => FRAMEWORKS[fw as FrameworkId].name),
      status_id: complianceStatusId,
      status: complianceStatus,
    },
    cloud: ocsfCloud(f.provider, f.resource.account, f.resource.region),
    resources: [
      {
        uid: f.resource.uid,
        name: f.resource.name,
        type: f.resource.type,
        region: f.resource.region,
        cloud_partition: partition,
        owner: { account: { uid: f.resource.account } },
        labels: Object.entries(f.resource.tags).map(([k, v]) => `${k}=${v}`),
      },
    ],
    remediation: rule
      ? { desc: rule.doc[lang].recommendation, references: rule.references }
      : { desc: 'See the rule documentation: mamori rules show ' + f.ruleId },
    unmapped: f.evidence ? { evidence: f.evidence } : undefined,
  };
}

/** A JSON array of Compliance Findings, one per line. */
function* ocsfChunks(report: AssessmentReport, { lang }: WriteOptions): Iterable<string> {
  yield '[';
  for (let i = 0; i < report.findings.length; i++) yield (i ? ',\n' : '\n') + JSON.stringify(toOcsf(report.findings[i], lang));
  yield '\n]\n';
}

export const ocsfWriter: ReportWriter = {
  format: 'ocsf',
  extension: 'ocsf.json',
  chunks: ocsfChunks,
  write: (report, options) => [...ocsfChunks(report, options)].join(''),
};
