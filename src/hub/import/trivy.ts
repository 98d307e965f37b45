/** Trivy JSON reports (image, filesystem, config scans; SchemaVersion 2) → ObservedFinding. */
import type { ObservedFinding } from '../model.js';
import { prune } from './asff.js';
import { at, compact, importId, invalidFinding, isObject, isoTime, severityLabel, str, type Json } from './common.js';

export interface TrivyDefaults {
  /** Time to use when the report has no CreatedAt (older Trivy): the file's modification time. */
  now: string;
}

interface Artifact {
  account: string;
  region: string;
  uid: string;
  type: string;
  name: string;
}

/** The scanned artifact; an ECR image becomes its repository/digest ARN as Inspector names it. */
function artifactOf(report: Json): Artifact {
  const name = str(report.ArtifactName) ?? 'unknown';
  const artifactType = str(report.ArtifactType);
  const ecr = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)/.exec(name);
  if (ecr && artifactType === 'container_image') {
    const [, account, region, repo] = ecr;
    const digests = Array.isArray(at(report, 'Metadata', 'RepoDigests')) ? (at(report, 'Metadata', 'RepoDigests') as unknown[]).map(String) : [];
    const digest = digests.map((d) => /@(sha256:[0-9a-f]{64})$/.exec(d)?.[1]).find(Boolean) ?? /@(sha256:[0-9a-f]{64})$/.exec(name)?.[1];
    const partition = name.includes('.amazonaws.com.cn/') ? 'aws-cn' : 'aws';
    return {
      account,
      region,
      uid: `arn:${partition}:ecr:${region}:${account}:repository/${repo}${digest ? `/${digest}` : ''}`,
      type: 'AwsEcrContainerImage',
      name: name.slice(name.indexOf('/') + 1),
    };
  }
  return { account: 'unknown', region: 'global', uid: name, type: artifactType === 'container_image' ? 'Container' : 'Other', name };
}

export function fromTrivy(report: unknown, where: string, file: string, defaults: TrivyDefaults): ObservedFinding[] {
  if (!isObject(report)) throw invalidFinding(file, where, 'not a Trivy report object');
  if (report.Results !== undefined && !Array.isArray(report.Results)) throw invalidFinding(file, where, 'Results is not an array');
  const artifact = artifactOf(report);
  const observedAt = isoTime(report.CreatedAt) ?? defaults.now;
  const out: ObservedFinding[] = [];
  const results = (report.Results ?? []) as unknown[];
  results.forEach((result, r) => {
    const target = str(at(result, 'Target')) ?? artifact.name;
    const vulns = at(result, 'Vulnerabilities');
    if (Array.isArray(vulns)) {
      vulns.forEach((v, i) => {
        const at_ = `${where}Results[${r}].Vulnerabilities[${i}]`;
        if (!isObject(v)) throw invalidFinding(file, at_, 'not an object');
        const vulnId = str(v.VulnerabilityID);
        if (!vulnId) throw invalidFinding(file, at_, 'missing VulnerabilityID');
        const pkg = str(v.PkgName);
        if (!pkg) throw invalidFinding(file, at_, 'missing PkgName');
        const installed = str(v.InstalledVersion);
        const fixed = str(v.FixedVersion);
        // Language packages can appear once per path (two jars with the same library): the path tells them apart.
        const pkgId = [str(v.PkgID) ?? (installed ? `${pkg}@${installed}` : pkg), str(v.PkgPath)].filter(Boolean).join(' ');
        const cvss = Object.values(isObject(v.CVSS) ? v.CVSS : {})
          .map((c) => at(c, 'V3Score'))
          .find((s) => typeof s === 'number');
        out.push(
          prune({
            id: importId('trivy', [target, pkgId, vulnId, artifact.uid].join('\0')),
            kind: 'vulnerability',
            source: 'trivy',
            ruleId: vulnId,
            title: `${vulnId} - ${pkg}`,
            description: str(v.Description) ?? str(v.Title),
            severity: severityLabel(v.Severity) ?? 'INFORMATIONAL',
            complianceStatus: null,
            provider: 'aws',
            account: artifact.account,
            region: artifact.region,
            resourceUid: artifact.uid,
            resourceType: artifact.type,
            resourceName: artifact.name,
            resourceTags: {},
            frameworks: {},
            reason: fixed
              ? `${pkg} ${installed ?? ''} in ${target} is affected; fixed in ${fixed}.`.replace('  ', ' ')
              : `${pkg} ${installed ?? ''} in ${target} is affected; no fixed version yet.`.replace('  ', ' '),
            evidence: compact({
              target,
              package: pkg,
              installedVersion: installed,
              fixedVersion: fixed,
              status: str(v.Status),
              cvssScore: cvss as number | undefined,
              primaryUrl: str(v.PrimaryURL),
            }),
            observedAt,
          } satisfies ObservedFinding),
        );
      });
    }
    const misconfigs = at(result, 'Misconfigurations');
    if (Array.isArray(misconfigs)) {
      misconfigs.forEach((m, i) => {
        const at_ = `${where}Results[${r}].Misconfigurations[${i}]`;
        if (!isObject(m)) throw invalidFinding(file, at_, 'not an object');
        const checkId = str(m.AVDID) ?? str(m.ID);
        if (!checkId) throw invalidFinding(file, at_, 'missing ID');
        const status = str(m.Status);
        const causeResource = str(at(m, 'CauseMetadata', 'Resource'));
        const title = str(m.Title) ?? checkId;
        out.push(
          prune({
            id: importId('trivy', [target, '', checkId, causeResource ?? artifact.uid].join('\0')),
            kind: 'posture',
            source: 'trivy',
            ruleId: checkId,
            title,
            description: str(m.Description),
            severity: severityLabel(m.Severity) ?? 'INFORMATIONAL',
            complianceStatus: status === 'PASS' ? 'PASS' : status === 'FAIL' ? 'FAIL' : 'NOT_ASSESSED',
            provider: 'aws',
            account: artifact.account,
            region: artifact.region,
            resourceUid: causeResource ? `${target}#${causeResource}` : target,
            resourceType: 'Other',
            resourceName: causeResource ?? target,
            resourceTags: {},
            frameworks: {},
            reason: str(m.Message) ?? title,
            evidence: compact({ target, resolution: str(m.Resolution), primaryUrl: str(m.PrimaryURL) }),
            observedAt,
          } satisfies ObservedFinding),
        );
      });
    }
  });
  return out;
}

