/**
 * The message each target type gets, built once at enqueue time and stored in the outbox, so a
 * retry sends exactly the bytes of the first attempt. Nothing here ever holds a target's secret
 * (webhook URLs, HMAC secrets): only the finding and the event.
 */
import { createHash } from 'node:crypto';
import type { HubFinding } from '../model.js';
import type { NotifyEvent, NotifyTarget } from './types.js';

/** Name of the HTTP header that carries the delivery id; receivers drop repeats by it. */
export const DELIVERY_HEADER = 'X-Mamori-Delivery';
export const SIGNATURE_HEADER = 'X-Mamori-Signature';
export const EVENT_HEADER = 'X-Mamori-Event';
export const EVENTBRIDGE_DETAIL_TYPE = 'mamori Finding';

/**
 * Delivery id of one notification: a hash of the target name and the state key, so it is the
 * same on every attempt, after a crash and even if the outbox row were written again.
 */
export function deliveryId(target: string, stateKey: string): string {
  return createHash('sha256').update(`${target}\n${stateKey}`).digest('hex').slice(0, 32);
}

const LABELS: Record<NotifyEvent, string> = {
  new: 'New finding',
  reopened: 'Reopened finding',
  resolved: 'Resolved finding',
  escalated: 'Escalated finding',
};
const SLACK_EMOJI: Record<NotifyEvent, string> = { new: ':rotating_light:', reopened: ':repeat:', resolved: ':white_check_mark:', escalated: ':arrow_double_up:' };

const truncate = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
/** Slack mrkdwn: &, < and > are control characters. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const where = (f: HubFinding) => `${f.account} / ${f.region}`;
const resource = (f: HubFinding) => (f.resourceName && f.resourceName !== f.resourceUid ? `${f.resourceName} (${f.resourceUid})` : f.resourceUid);

export function slackMessage(event: NotifyEvent, f: HubFinding): unknown {
  const field = (name: string, value: string) => ({ type: 'mrkdwn', text: truncate(`*${name}*\n${value}`, 2000) });
  return {
    text: truncate(`${LABELS[event]} [${f.risk.level} risk, ${f.severity}]: ${f.title} — ${f.account}/${f.region}`, 3000),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: truncate(`${LABELS[event]}: ${f.title}`, 150), emoji: true } },
      {
        type: 'section',
        fields: [
          field('Risk', `${SLACK_EMOJI[event]} ${f.risk.level} (likelihood ${f.risk.likelihood}, impact ${f.risk.impact})`),
          field('Severity', f.severity),
          field('Resource', `\`${esc(resource(f))}\``),
          field('Account / Region', esc(where(f))),
          field('Rule', `\`${esc(f.ruleId)}\``),
          field('Status', f.workflowStatus),
        ],
      },
      { type: 'section', text: { type: 'mrkdwn', text: truncate(`*Reason*\n${esc(f.reason)}`, 3000) } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(esc(`mamori · ${f.source} · ${f.resourceType} · finding ${f.id}`), 2000) }] },
    ],
  };
}

/** An Adaptive Card in a message envelope: accepted by Teams Workflows and by classic incoming webhooks. */
export function teamsMessage(event: NotifyEvent, f: HubFinding): unknown {
  const urgent = event !== 'resolved' && (f.risk.level === 'CRITICAL' || f.risk.level === 'HIGH');
  return {
    type: 'message',
    summary: truncate(`${LABELS[event]}: ${f.title}`, 200),
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', size: 'Medium', weight: 'Bolder', wrap: true, color: event === 'resolved' ? 'Good' : urgent ? 'Attention' : 'Default', text: `${LABELS[event]}: ${f.title}` },
            {
              type: 'FactSet',
              facts: [
                { title: 'Risk', value: `${f.risk.level} (likelihood ${f.risk.likelihood}, impact ${f.risk.impact})` },
                { title: 'Severity', value: f.severity },
                { title: 'Resource', value: resource(f) },
                { title: 'Account / Region', value: where(f) },
                { title: 'Rule', value: f.ruleId },
                { title: 'Status', value: f.workflowStatus },
              ],
            },
            { type: 'TextBlock', wrap: true, text: truncate(f.reason, 2000) },
            { type: 'TextBlock', wrap: true, isSubtle: true, size: 'Small', text: `mamori · ${f.source} · finding ${f.id}` },
          ],
        },
      },
    ],
  };
}

export function webhookMessage(event: NotifyEvent, f: HubFinding): unknown {
  return { event, finding: f };
}

/** SNS and EventBridge cap a message at 256 KB: leave out bulky parts of the finding, biggest first. */
function compact(f: HubFinding): Partial<HubFinding> {
  const { evidence: _evidence, ...rest } = f;
  let out: Partial<HubFinding> = rest;
  if (Buffer.byteLength(JSON.stringify(out)) > 200_000) {
    const { description: _d, frameworks: _fw, ...smaller } = out;
    out = { ...smaller, risk: { ...f.risk, factors: [] } };
  }
  return out;
}

/** SNS Subject: ASCII, no line breaks, under 100 characters. */
function snsSubject(s: string): string {
  return truncate(s.replace(/\s+/g, ' ').replace(/[^\x20-\x7e]/g, '?').trim(), 99);
}

export function snsMessage(event: NotifyEvent, f: HubFinding, id: string): unknown {
  const attr = (v: string) => ({ DataType: 'String', StringValue: v });
  return {
    Subject: snsSubject(`mamori ${LABELS[event]} [${f.risk.level}]: ${f.title}`),
    Message: JSON.stringify({ event, deliveryId: id, finding: compact(f) }),
    // For subscription filter policies.
    MessageAttributes: { event: attr(event), risk: attr(f.risk.level), severity: attr(f.severity), account: attr(f.account), deliveryId: attr(id) },
  };
}

export function eventBridgeMessage(event: NotifyEvent, f: HubFinding, id: string, source: string): unknown {
  return {
    Source: source,
    DetailType: EVENTBRIDGE_DETAIL_TYPE,
    Detail: JSON.stringify({ event, deliveryId: id, finding: compact(f) }),
    ...(f.resourceUid.startsWith('arn:') ? { Resources: [f.resourceUid] } : {}),
  };
}

/** The stored payload of one notification for one target. */
export function buildPayload(target: NotifyTarget, event: NotifyEvent, f: HubFinding, stateKey: string): string {
  const id = deliveryId(target.name, stateKey);
  switch (target.type) {
    case 'slack':
      return JSON.stringify(slackMessage(event, f));
    case 'teams':
      return JSON.stringify(teamsMessage(event, f));
    case 'webhook':
      return JSON.stringify(webhookMessage(event, f));
    case 'sns':
      return JSON.stringify(snsMessage(event, f, id));
    case 'eventbridge':
      return JSON.stringify(eventBridgeMessage(event, f, id, target.source || 'mamori'));
  }
}
