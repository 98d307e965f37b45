/** Prowler JSON-OCSF output (v4/v5 Detection Finding 2004; Compliance Finding 2003 accepted too) → ObservedFinding. */
import type { FrameworkId } from '../../frameworks/index.js';
import type { FrameworkMappings } from '../../model/rule.js';
import type { Severity } from '../../model/types.js';
import { fromAsffType } from '../../report/asff-types.js';
import type { ComplianceStatus, ObservedFinding } from '../model.js';
import { prune } from './asff.js';
import { addFramework, at, importedDocument, importId, invalidFinding, isControlId, isObject, isoTime, nameFromUid, refineType, required, severityLabel, str } from './common.js';
import { providerOfUid } from '../../model/cloud.js';
import type { Provider } from '../../model/types.js';

const STATUS: Record<string, ComplianceStatus> = { PASS: 'PASS', FAIL: 'FAIL', MANUAL: 'MANUAL', MUTED: 'FAIL' };
/** OCSF severity_id → mamori severity (0 Unknown, 99 Other → INFORMATIONAL; 6 Fatal → CRITICAL). */
const SEVERITY_ID: Record<number, Severity> = { 1: 'INFORMATIONAL', 2: 'LOW', 3: 'MEDIUM', 4: 'HIGH', 5: 'CRITICAL', 6: 'CRITICAL' };

/** Prowler compliance keys that name a framework mamori tracks. Others are dropped. */
const PROWLER_FRAMEWORKS: Record<string, FrameworkId> = {
  'CIS-3.0': 'cis-aws-3.0',
  'NIST-800-53-Revision-5': 'nist-800-53-r5',
  'PCI-3.2.1': 'pci-dss-3.2.1',
  'PCI-4.0': 'pci-dss-4.0',
  'AWS-Foundational-Security-Best-Practices': 'fsbp',
  'AWS-Foundational-Security-Standard': 'fsbp',
};

/** Prowler writes NIST 800-53 ids as "ac_2_4" / "cm_6_a"; mamori (like Security Hub) as "AC-2(4)" / "CM-6". */
function nistId(id: string): string | undefined {
  const m = /^([a-z]{2})_(\d+)(?:_(\d+))?(?:_[a-z]+)*$/i.exec(id);
  return m ? `${m[1].toUpperCase()}-${m[2]}${m[3] ? `(${m[3]})` : ''}` : undefined;
}

function requirementIds(fw: FrameworkId, ids: string[]): string[] {
  if (fw === 'nist-800-53-r5') return ids.map(nistId).filter((x): x is string => !!x);
  if (fw === 'fsbp') return ids.filter(isControlId); // Prowler often lists the service ("s3") here
  return ids.filter((id) => /^\d+(\.\d+)*$/.test(id)); // CIS and PCI requirement numbers; drops service names
}

function frameworksOf(f: unknown): FrameworkMappings {
  const frameworks: FrameworkMappings = {};
  const add = (key: string, ids: unknown) => {
    const fw = PROWLER_FRAMEWORKS[key];
    if (fw && Array.isArray(ids)) {
      const mapped = requirementIds(fw, ids.map(String));
      if (mapped.length) addFramework(frameworks, fw, ...mapped);
    }
  };
  const unmapped = at(f, 'unmapped', 'compliance');
  if (isObject(unmapped)) for (const [key, ids] of Object.entries(unmapped)) add(key, ids);
  // Prowler 3: compliance.requirements = ["CIS-1.5: ['2.1.1']", ...]
  const requirements = at(f, 'compliance', 'requirements');
  if (Array.isArray(requirements)) {
    for (const r of requirements) {
      const m = /^([^:]+): \[(.*)\]$/.exec(String(r));
      if (m) add(m[1], [...m[2].matchAll(/'([^']*)'/g)].map((x) => x[1]));
    }
  }
  return frameworks;
}

/** Prowler labels: "key:value" / "key: value" strings (v4/v5) or {Key, Value} objects (v3). */
function tagsOf(labels: unknown): Record<string, string> {
  const tags: Record<string, string> = {};
  if (!Array.isArray(labels)) return tags;
  for (const l of labels) {
    if (isObject(l)) {
      const k = str(l.Key ?? l.key);
      if (k !== undefined) tags[k] = str(l.Value ?? l.value) ?? '';
      continue;
    }
    const s = String(l);
    // AWS reserved tags have colons in the key (aws:cloudformation:stack-name).
    const m = /^(aws:[^:]+:[^:]+):\s?(.*)$/s.exec(s) ?? /^([^:]*):\s?(.*)$/s.exec(s);
    if (m) tags[m[1]] = m[2];
  }
  return tags;
}

const PROWLER_PROVIDERS: Record<string, Provider> = { aws: 'aws', gcp: 'gcp', google: 'gcp', azure: 'azure', microsoft: 'azure' };

export function fromProwler(f: unknown, where: string, file: string): ObservedFinding {
  if (!isObject(f)) throw invalidFinding(file, where, 'not an OCSF finding object');
  const uid = required(f, where, file, 'finding_info', 'uid');
  const checkId = str(at(f, 'metadata', 'event_code')) ?? str(at(f, 'metadata', 'product', 'feature', 'uid'));
  if (!checkId) throw invalidFinding(file, where, 'missing metadata.event_code');
  const account = required(f, where, file, 'cloud', 'account', 'uid');
  const resource = at(f, 'resources', 0);
  if (!isObject(resource)) throw invalidFinding(file, where, 'missing resources');
  const resourceUid = required(resource, `${where}.resources[0]`, file, 'uid');
  // Prowler scans AWS, Google Cloud, Azure and more: the provider is the finding's own.
  const provider = PROWLER_PROVIDERS[(str(at(f, 'cloud', 'provider')) ?? '').toLowerCase()] ?? providerOfUid(resourceUid);
  if (!provider) throw invalidFinding(file, where, `cloud.provider ${JSON.stringify(at(f, 'cloud', 'provider'))} is not a cloud mamori knows (aws, gcp, azure)`);
  const statusCode = required(f, where, file, 'status_code').toUpperCase();
  const observedAt = isoTime(f.time_dt) ?? isoTime(f.time) ?? isoTime(at(f, 'finding_info', 'created_time_dt'));
  if (!observedAt) throw invalidFinding(file, where, 'missing time_dt');
  const title = str(at(f, 'finding_info', 'title')) || checkId;
  const severityId = Number(f.severity_id);
  const type = str(resource.type);
  return prune({
    id: importId('prowler', uid),
    kind: 'posture',
    source: 'prowler',
    ruleId: checkId,
    title,
    description: str(at(f, 'finding_info', 'desc')),
    // Prowler's remediation text and its references (the check's documentation, the provider's docs).
    document: importedDocument({
      description: str(at(f, 'finding_info', 'desc')),
      remediation: str(at(f, 'remediation', 'desc')),
      references: Array.isArray(at(f, 'remediation', 'references')) ? (at(f, 'remediation', 'references') as unknown[]).map(str) : [],
    }),
    severity: severityLabel(f.severity) ?? SEVERITY_ID[severityId] ?? 'INFORMATIONAL',
    complianceStatus: STATUS[statusCode] ?? 'NOT_ASSESSED',
    provider,
    account,
    region: str(resource.region) || str(at(f, 'cloud', 'region')) || 'global',
    resourceUid,
    resourceType: refineType(resourceUid, type ? fromAsffType(type) : 'Other'),
    resourceName: str(resource.name) || nameFromUid(resourceUid),
    resourceTags: tagsOf(resource.labels),
    frameworks: frameworksOf(f),
    reason: str(f.status_detail) ?? str(f.message) ?? title,
    observedAt,
    firstObservedAt: isoTime(at(f, 'finding_info', 'first_seen_time_dt')),
    sourceWorkflowStatus: str(f.status) === 'Suppressed' || f.status_id === 3 ? 'SUPPRESSED' : undefined,
  } satisfies ObservedFinding);
}
