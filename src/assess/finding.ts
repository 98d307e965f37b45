/**
 * From an evaluation record to the one finding model: the rule's title, reason and improvement
 * document travel with the finding, so writers and the hub never look the rule up again.
 */
import type { FindingDocument, ObservedFinding, PostureFinding } from '../model/finding.js';
import type { PostureRule } from '../model/rule.js';
import { localize } from '../model/types.js';

// One document object per rule, shared by every finding of the rule (a million findings, one copy).
const documents = new WeakMap<PostureRule, FindingDocument>();

/** A rule's improvement document in the finding model's shape (en and ja). */
export function ruleDocument(rule: PostureRule): FindingDocument {
  let doc = documents.get(rule);
  if (!doc) {
    const { en, ja } = rule.doc;
    doc = {
      description: { en: en.description, ja: ja.description },
      risk: { en: en.risk, ja: ja.risk },
      urgency: { level: rule.urgency, text: { en: en.urgency, ja: ja.urgency } },
      remediation: { en: en.recommendation, ja: ja.recommendation },
      console: { en: en.console, ja: ja.console },
      ...(rule.remediation ? { code: rule.remediation } : {}),
      references: rule.references,
    };
    documents.set(rule, doc);
  }
  return doc;
}

// The localized text of a finding whose reason is plain English: one object per title, shared.
const titles = new WeakMap<object, { title: PostureFinding['title'] }>();
function titleOnly(title: PostureFinding['title']): { title: PostureFinding['title'] } {
  let t = titles.get(title);
  if (!t) titles.set(title, (t = { title }));
  return t;
}

/** A posture result as an observation (English title and reason; both languages in `localized`). */
export function postureToObserved(f: PostureFinding, rule?: PostureRule): ObservedFinding {
  return {
    id: f.id,
    kind: 'posture',
    source: 'mamori',
    ruleId: f.ruleId,
    title: f.title.en,
    localized: typeof f.reason === 'string' ? titleOnly(f.title) : { title: f.title, reason: f.reason },
    document: rule ? ruleDocument(rule) : undefined,
    severity: f.severity,
    complianceStatus: f.status,
    provider: f.provider,
    account: f.resource.account,
    region: f.resource.region,
    resourceUid: f.resource.uid,
    resourceType: f.resource.type,
    resourceName: f.resource.name,
    resourceTags: f.resource.tags,
    frameworks: f.frameworks,
    reason: localize(f.reason, 'en'),
    evidence: f.evidence,
    observedAt: f.observedAt,
  };
}
