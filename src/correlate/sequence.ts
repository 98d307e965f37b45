/** An attack sequence as a hub finding (kind `sequence`) and back, with its timeline. */
import type { HubFinding, ObservedFinding } from '../hub/model.js';
import type { Severity } from '../model/types.js';
import type { AttackSequence } from './engine.js';
import { sortTactics } from './tactics.js';
import { SEQUENCE_TYPES, TEMPLATES, type CompromiseKind, type SequenceType } from './templates.js';
import { providerOfUid } from '../model/cloud.js';

/** One row of a sequence's timeline: one member signal. */
export interface TimelineEntry {
  time: string;
  lastTime: string;
  tactics: string[];
  techniques: string[];
  /** The template step this signal stands for, when it matched one. */
  step?: string;
  signalId: string;
  ruleId: string;
  title: string;
  severity: Severity;
  source: string;
  actor?: string;
  accessKeyId?: string;
  sourceIps: string[];
  userAgents: string[];
  resources: string[];
  count: number;
}

/** What a sequence finding's evidence holds (also the JSON output of `mamori sequences`). */
export interface SequenceEvidence {
  template: string;
  /** The kind of attack (the template's type; `multi-stage` without one). Absent in sequences stored before types. */
  type?: SequenceType;
  /** The members showing the actor compromised or the data at risk, and how. */
  compromise?: { signalId: string; kind: CompromiseKind }[];
  open: boolean;
  firstSeen: string;
  lastSeen: string;
  tactics: string[];
  techniques: string[];
  entities: string[];
  principals: string[];
  accessKeyIds: string[];
  sourceIps: string[];
  userAgents: string[];
  resources: string[];
  members: string[];
  truncated: number;
  steps: { step: string; signalId: string }[];
  timeline: TimelineEntry[];
}

export const SEQUENCE_RULE_PREFIX = 'mamori-sequence-';

const iso = (ms: number) => new Date(ms).toISOString();

export function timelineOf(seq: AttackSequence): TimelineEntry[] {
  const stepOf = new Map(seq.steps.map((s) => [s.signalId, s.step]));
  return seq.members.map((m) => ({
    time: iso(m.firstMs),
    lastTime: iso(m.lastMs),
    tactics: sortTactics(m.tactics),
    techniques: m.techniques,
    step: stepOf.get(m.id),
    signalId: m.id,
    ruleId: m.ruleId,
    title: m.title,
    severity: m.severity,
    source: m.source,
    actor: m.actor?.arn,
    accessKeyId: m.actor?.accessKeyId,
    sourceIps: m.sourceIps.slice(0, 5),
    userAgents: (m.userAgents ?? []).slice(0, 3),
    resources: m.resources.slice(0, 5),
    count: m.count,
  }));
}

/** A sequence type's name, e.g. "CI/CD supply chain" (an unknown or missing type: the template id). */
export function sequenceTypeName(type: string | undefined, lang: 'en' | 'ja' = 'en', template?: string): string {
  const known = type ? SEQUENCE_TYPES[type as SequenceType] : undefined;
  if (known) return known[lang];
  const t = TEMPLATES.find((x) => x.id === template);
  return t ? SEQUENCE_TYPES[t.type][lang] : (type ?? template ?? '-');
}

export function sequenceTitle(seq: Pick<AttackSequence, 'template' | 'primary'>, lang: 'en' | 'ja' = 'en'): string {
  const t = TEMPLATES.find((x) => x.id === seq.template);
  return `${t ? t.title[lang] : lang === 'ja' ? '多段階の攻撃活動' : 'Multi-stage attack activity'} — ${seq.primary.name}`;
}

function resourceType(key: string): string {
  if (key.startsWith('host:')) return 'AWS::EC2::Instance';
  if (key.startsWith('fn:')) return 'AWS::Lambda::Function';
  if (key.startsWith('user:')) return 'AWS::IAM::User';
  if (key.startsWith('root:')) return 'AWS::IAM::RootUser';
  if (key.startsWith('session:')) return 'AWS::IAM::Role';
  if (key.startsWith('akid:')) return 'AWS::IAM::AccessKey';
  if (key.startsWith('bucket:')) return 'AWS::S3::Bucket';
  return 'Other';
}

export function sequenceToObserved(seq: AttackSequence): ObservedFinding {
  const template = TEMPLATES.find((t) => t.id === seq.template);
  const timeline = timelineOf(seq);
  const evidence: SequenceEvidence = {
    template: seq.template,
    type: seq.type,
    compromise: seq.compromise,
    open: seq.open,
    firstSeen: iso(seq.firstMs),
    lastSeen: iso(seq.lastMs),
    tactics: seq.tactics,
    techniques: seq.techniques,
    entities: seq.entities,
    principals: seq.principals,
    accessKeyIds: seq.accessKeyIds,
    sourceIps: seq.sourceIps,
    userAgents: seq.userAgents,
    resources: seq.resources.slice(0, 50),
    members: seq.members.map((m) => m.id),
    truncated: seq.truncated,
    steps: seq.steps,
    timeline,
  };
  const tacticsText = seq.tactics.length ? ` across ${seq.tactics.length} ATT&CK tactics` : '';
  return {
    id: seq.id,
    kind: 'sequence',
    source: 'mamori',
    ruleId: SEQUENCE_RULE_PREFIX + seq.template,
    title: sequenceTitle(seq),
    description: template?.description.en ?? 'Signals of one actor or workload climb several stages of an intrusion in time order.',
    localized: { title: { en: sequenceTitle(seq), ja: sequenceTitle(seq, 'ja') } },
    document: {
      description: template?.description ?? {
        en: 'Signals of one actor or workload climb several stages of an intrusion in time order.',
        ja: '一つの主体またはワークロードのシグナルが、侵入の複数の段階を時系列に沿って進んでいます。',
      },
    },
    severity: seq.severity,
    complianceStatus: null,
    // AWS accounts are twelve digits; a Google Cloud project id never is.
    provider: providerOfUid(seq.primary.uid) ?? (/^\d{12}$/.test(seq.account) ? 'aws' : 'gcp'),
    account: seq.account,
    region: seq.region,
    resourceUid: seq.primary.uid,
    resourceType: resourceType(seq.primary.key),
    resourceName: seq.primary.name,
    resourceTags: {},
    frameworks: {},
    reason:
      `${seq.members.length + seq.truncated} signal(s)${tacticsText} between ${evidence.firstSeen} and ${evidence.lastSeen}` +
      (seq.principals.length ? `; principals ${seq.principals.slice(0, 3).join(', ')}` : '') +
      (seq.sourceIps.length ? `; addresses ${seq.sourceIps.slice(0, 5).join(', ')}` : '') +
      '.',
    evidence: evidence as unknown as Record<string, unknown>,
    observedAt: evidence.lastSeen,
    firstObservedAt: evidence.firstSeen,
  };
}

/** A stored sequence finding's evidence, checked enough to draw it. */
export function sequenceEvidence(f: HubFinding): SequenceEvidence | undefined {
  const e = f.evidence as Partial<SequenceEvidence> | undefined;
  if (f.kind !== 'sequence' || !e || !Array.isArray(e.timeline) || !Array.isArray(e.members)) return undefined;
  return e as SequenceEvidence;
}
