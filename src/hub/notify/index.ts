/**
 * Notifications of the findings hub: targets (Slack, Teams, webhook, SNS, EventBridge) with
 * filters, delivered through a durable outbox in the findings store.
 *
 * Flow: inside the ingest's transaction, `enqueue(run, changedFindings, targets)` writes one outbox
 * row per target and finding state (committed with the findings, or not at all); once the run has
 * committed and reported, `deliver(store, targets)` sends due rows with retry and backoff, each
 * send under a timeout and the run under an optional overall deadline (what it leaves stays queued);
 * `retryFailed` (`mamori notify --retry`) re-arms failed and dead rows; `outboxStatus` counts.
 *
 * Idempotency, end to end:
 * 1. One state of a finding has one key (`<findingId>:NEW:<firstSeen>`, `<findingId>:NEW:<reopenedAt>`,
 *    `<findingId>:RESOLVED:<resolvedAt>`, `<findingId>:ESCALATED:<level>/<severity>:<episode start>`), and
 *    the outbox is UNIQUE (target, state_key) with ON CONFLICT DO NOTHING: enqueuing again adds nothing.
 * 2. Rows are claimed by a committed compare-and-set before sending; each claim sends at most once.
 * 3. A crash between sending and recording the outcome makes the row due again when its lease ends,
 *    so the receiver can see it twice. Every copy carries the same delivery id:
 *    HTTP header `X-Mamori-Delivery: <id>` (Slack, Teams, webhook), `deliveryId` in the SNS message,
 *    its message attribute and, on FIFO topics, the MessageDeduplicationId; `deliveryId` in the
 *    EventBridge detail. The id is a hash of target name and state key. Receivers that drop ids
 *    they have seen get each notification exactly once.
 *
 * Webhook signature: `X-Mamori-Signature: sha256=<hex HMAC-SHA256 of the raw body with the secret>`.
 * Verify it over the exact bytes received, with a constant-time comparison.
 */
export * from './types.js';
export { buildPayload, deliveryId, DELIVERY_HEADER, EVENT_HEADER, EVENTBRIDGE_DETAIL_TYPE, SIGNATURE_HEADER } from './payload.js';
export { enqueue, findingEvent, matchesFilter, checkTargets, type EnqueueOptions, type EnqueueResult, type FindingEvent, type PreviousState } from './enqueue.js';
export {
  deliver, retryFailed, outboxStatus, listOutbox, redact, redactUrl,
  type DeliverOptions, type DeliverResult, type DeliveryError, type RetryResult, type OutboxStatusReport, type OutboxEntry,
} from './deliver.js';
