import { sql, type Kysely, type Migration } from 'kysely';

/** Row shapes. JSON columns are text in both dialects so one code path serves SQLite and PostgreSQL. */
export interface FindingsTable {
  id: string;
  kind: string;
  source: string;
  rule_id: string;
  title: string;
  description: string | null;
  severity: string;
  severity_rank: number;
  original_severity: string;
  compliance_status: string | null;
  workflow_status: string;
  provider: string;
  account: string;
  region: string;
  resource_uid: string;
  resource_type: string;
  resource_name: string;
  resource_tags: string;
  frameworks: string;
  reason: string;
  evidence: string | null;
  risk_level: string;
  risk_rank: number;
  likelihood: string;
  impact: string;
  risk_factors: string;
  first_seen: string;
  last_seen: string;
  times_seen: number;
  resolved_at: string | null;
  updated_at: string;
  user_fields: string;
  last_scan_id: string | null;
  /** JSON: the finding's text per language (HubFinding.localized); null when the source gives English only. */
  localized: string | null;
  /** The scope's place in its hierarchy (HubFinding.scopePath); null when unknown. */
  scope_path: string | null;
}

export interface HistoryTable {
  id: number | null;
  finding_id: string;
  at: string;
  actor: string;
  field: string;
  from_value: string | null;
  to_value: string | null;
  note: string | null;
}

export interface ScansTable {
  id: string;
  at: string;
  snapshot_id: string | null;
  scope: string;
  counts: string;
  /** What the scan could not collect (JSON array of ScanCollectionError); null before 0013. */
  errors: string | null;
}

export interface ScanScoresTable {
  scan_id: string;
  at: string;
  framework: string;
  score: number | null;
  passed: number;
  failed: number;
}

export interface ScanControlsTable {
  scan_id: string;
  at: string;
  scope: string;
  framework: string;
  control: string;
  /** PASS, FAIL, NOT_ASSESSED or MANUAL: the control's result in that scope at that scan. */
  status: string;
  /** Checks (rule × resource) that passed / failed. */
  passed: number;
  failed: number;
}

export interface OutboxTable {
  id: number | null;
  target: string;
  /** Finding id + the state notified (e.g. NEW@2026-…): one state → one notification. */
  state_key: string;
  finding_id: string;
  event: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** Learned behaviour (threat detection baselines): one row per principal, dimension and value seen. */
export interface BaselinesTable {
  principal: string;
  /** api | region | network | user_agent */
  dimension: string;
  value: string;
  first_seen: string;
  last_seen: string;
  /** bigint in PostgreSQL: read through Number(). */
  count: number | string;
}

export interface BaselinePrincipalsTable {
  principal: string;
  first_seen: string;
  last_seen: string;
}

/**
 * What the latest inventory snapshot of an account says about its workloads, for entity resolution
 * in correlation (instance addresses, Lambda roles, display names): one JSON document per account,
 * replaced by every assessment written to the hub.
 */
export interface InventoryEntitiesTable {
  account: string;
  collected_at: string;
  entities: string;
}

/**
 * What the latest snapshot of an account says for questions asked after the assessment, one JSON
 * document per account and kind, replaced by every newer assessment: `authorization` holds the
 * resources that decide who can do what (IAM principals and policies, Organizations policies and
 * tree, resource policies), which `mamori iam who-can / what-can` read.
 */
export interface InventoryDocumentsTable {
  account: string;
  kind: string;
  collected_at: string;
  document: string;
}

/**
 * Threat detection's state between runs, one JSON document per name: the aggregation windows still
 * open when the last `mamori detect` ended (src/detect/rules/ruleset.ts AggregationState).
 */
export interface DetectionStateTable {
  name: string;
  saved_at: string;
  state: string;
}

/**
 * Improvement documents, one per (source, rule): every finding of a rule carries the same one, so
 * the hub keeps it once and puts it back on the findings it reads (HubFinding.document).
 */
export interface FindingDocumentsTable {
  source: string;
  rule_id: string;
  /** JSON: FindingDocument. */
  document: string;
  updated_at: string;
}

/** What a detection run learned and had to write before it ended (LRU flushes), kept aside until the run commits. */
export interface BaselinesStagedTable extends BaselinesTable {
  run_id: string;
  staged_at: string;
}
export interface BaselinePrincipalsStagedTable extends BaselinePrincipalsTable {
  run_id: string;
  staged_at: string;
}

export interface HubDatabase {
  finding_documents: FindingDocumentsTable;
  baselines_staged: BaselinesStagedTable;
  baseline_principals_staged: BaselinePrincipalsStagedTable;
  findings: FindingsTable;
  finding_history: HistoryTable;
  scans: ScansTable;
  scan_scores: ScanScoresTable;
  scan_controls: ScanControlsTable;
  hub_version: { id: number; version: number | string };
  finding_counts: FindingCountsTable;
  control_counts: ControlCountsTable;
  inventory_resources: InventoryResourcesTable;
  resource_relationships: ResourceRelationshipsTable;
  latest_controls: LatestControlsTable;
  scope_posture: ScopePostureTable;
  control_rollup: ControlRollupTable;
  notification_outbox: OutboxTable;
  baselines: BaselinesTable;
  baseline_principals: BaselinePrincipalsTable;
  inventory_entities: InventoryEntitiesTable;
  inventory_documents: InventoryDocumentsTable;
  detection_state: DetectionStateTable;
  users: UsersTable;
  sessions: SessionsTable;
}

/**
 * Findings counted per scope and the fields the dashboard's counts group by (0014_posture_summaries),
 * moved in the same transaction by every write of findings (summaries.ts › countDeltas: per batch,
 * from the rows before and after; a trigger per row cost 50 µs, a third of an ingest).
 * compliance_status '' stands for null (a key column cannot be null).
 */
export interface FindingCountsTable {
  account: string;
  provider: string;
  kind: string;
  workflow_status: string;
  compliance_status: string;
  severity: string;
  risk_level: string;
  count: number | string;
}

/**
 * Findings counted per framework control (a finding counts once for each control it maps to), moved
 * with finding_counts: the insight "findings by CIS control" without expanding a million findings'
 * framework lists. No scope column: a filter by scope reads the findings through their index.
 */
export interface ControlCountsTable {
  framework: string;
  control: string;
  kind: string;
  workflow_status: string;
  compliance_status: string;
  severity: string;
  risk_level: string;
  count: number | string;
}

/** Every resource of the latest snapshot of each scope (the dashboard's inventory search), replaced per scope by a newer snapshot. */
export interface InventoryResourcesTable {
  uid: string;
  account: string;
  provider: string;
  region: string;
  type: string;
  name: string;
  /** JSON object. */
  tags: string;
  collected_at: string;
}

/** The snapshot's relationships between resources (uses-role, in-subnet, …), stored with the scope of their source. */
export interface ResourceRelationshipsTable {
  account: string;
  source_uid: string;
  type: string;
  target_uid: string;
}

/** Each scope's control results from the newest posture scan that assessed it (what scan_controls holds, latest only). */
export interface LatestControlsTable {
  scope: string;
  framework: string;
  control: string;
  status: string;
  passed: number;
  failed: number;
  at: string;
  scan_id: string;
}

/** latest_controls counted per scope, framework and status (the scopes page's posture without reading every control). */
export interface ScopePostureTable {
  scope: string;
  framework: string;
  status: string;
  controls: number | string;
}

/** latest_controls summed per control over every scope: how many scopes per status, checks passed and failed. */
export interface ControlRollupTable {
  framework: string;
  control: string;
  status: string;
  scopes: number | string;
  passed: number | string;
  failed: number | string;
}

/** A local user of `mamori serve` (team mode); the password only as an argon2id hash. */
export interface UsersTable {
  name: string;
  password_hash: string;
  role: string;
  created_at: string;
  /** 0 or 1. */
  disabled: number;
}

/** A signed-in session: only the SHA-256 of its id is kept, so a copy of the hub signs nobody in. */
export interface SessionsTable {
  id_hash: string;
  user_name: string;
  /** The role given at sign-in (OpenID Connect); a local user's role is read from users at each request. */
  role: string;
  source: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

/** Versioned migrations, applied in order by kysely's Migrator on both dialects. */
export function migrations(dialect: 'sqlite' | 'postgres'): Record<string, Migration> {
  const autoId = dialect === 'postgres' ? 'bigserial' : 'integer';
  return {
    '0001_findings': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('findings')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('rule_id', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('severity', 'text', (c) => c.notNull())
          .addColumn('severity_rank', 'integer', (c) => c.notNull())
          .addColumn('original_severity', 'text', (c) => c.notNull())
          .addColumn('compliance_status', 'text')
          .addColumn('workflow_status', 'text', (c) => c.notNull())
          .addColumn('provider', 'text', (c) => c.notNull())
          .addColumn('account', 'text', (c) => c.notNull())
          .addColumn('region', 'text', (c) => c.notNull())
          .addColumn('resource_uid', 'text', (c) => c.notNull())
          .addColumn('resource_type', 'text', (c) => c.notNull())
          .addColumn('resource_name', 'text', (c) => c.notNull())
          .addColumn('resource_tags', 'text', (c) => c.notNull())
          .addColumn('frameworks', 'text', (c) => c.notNull())
          .addColumn('reason', 'text', (c) => c.notNull())
          .addColumn('evidence', 'text')
          .addColumn('risk_level', 'text', (c) => c.notNull())
          .addColumn('risk_rank', 'integer', (c) => c.notNull())
          .addColumn('likelihood', 'text', (c) => c.notNull())
          .addColumn('impact', 'text', (c) => c.notNull())
          .addColumn('risk_factors', 'text', (c) => c.notNull())
          .addColumn('first_seen', 'text', (c) => c.notNull())
          .addColumn('last_seen', 'text', (c) => c.notNull())
          .addColumn('times_seen', 'integer', (c) => c.notNull())
          .addColumn('resolved_at', 'text')
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('user_fields', 'text', (c) => c.notNull())
          .addColumn('last_scan_id', 'text')
          .execute();
        for (const [name, cols] of [
          ['findings_status', ['workflow_status', 'risk_rank', 'severity_rank']],
          ['findings_account', ['account']],
          ['findings_rule', ['rule_id']],
          ['findings_last_seen', ['last_seen']],
          ['findings_scope', ['source', 'kind', 'account', 'region']],
          ['findings_order', ['risk_rank', 'severity_rank', 'last_seen', 'id']],
          ['findings_severity', ['severity']],
          ['findings_risk', ['risk_level']],
        ] as const) {
          await db.schema.createIndex(name).on('findings').columns([...cols]).execute();
        }
        await db.schema
          .createTable('finding_history')
          .addColumn('id', sql.raw(autoId), (c) => c.primaryKey().notNull())
          .addColumn('finding_id', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('field', 'text', (c) => c.notNull())
          .addColumn('from_value', 'text')
          .addColumn('to_value', 'text')
          .addColumn('note', 'text')
          .execute();
        await db.schema.createIndex('history_finding').on('finding_history').columns(['finding_id', 'at']).execute();
        await db.schema
          .createTable('scans')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('snapshot_id', 'text')
          .addColumn('scope', 'text', (c) => c.notNull())
          .addColumn('counts', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('scan_scores')
          .addColumn('scan_id', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('framework', 'text', (c) => c.notNull())
          .addColumn('score', 'real')
          .addColumn('passed', 'integer', (c) => c.notNull())
          .addColumn('failed', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('scan_scores_pk', ['scan_id', 'framework'])
          .execute();
        await db.schema
          .createTable('notification_outbox')
          .addColumn('id', sql.raw(autoId), (c) => c.primaryKey().notNull())
          .addColumn('target', 'text', (c) => c.notNull())
          .addColumn('state_key', 'text', (c) => c.notNull())
          .addColumn('finding_id', 'text', (c) => c.notNull())
          .addColumn('event', 'text', (c) => c.notNull())
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull())
          .addColumn('next_attempt_at', 'text', (c) => c.notNull())
          .addColumn('last_error', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('sent_at', 'text')
          .addUniqueConstraint('outbox_once', ['target', 'state_key'])
          .execute();
        await db.schema.createIndex('outbox_due').on('notification_outbox').columns(['status', 'next_attempt_at']).execute();
      },
    },
    '0002_baselines': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('baselines')
          .addColumn('principal', 'text', (c) => c.notNull())
          .addColumn('dimension', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('first_seen', 'text', (c) => c.notNull())
          .addColumn('last_seen', 'text', (c) => c.notNull())
          .addColumn('count', dialect === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('baselines_pk', ['principal', 'dimension', 'value'])
          .execute();
        await db.schema
          .createTable('baseline_principals')
          .addColumn('principal', 'text', (c) => c.primaryKey())
          .addColumn('first_seen', 'text', (c) => c.notNull())
          .addColumn('last_seen', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0003_inventory_entities': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('inventory_entities')
          .addColumn('account', 'text', (c) => c.primaryKey())
          .addColumn('collected_at', 'text', (c) => c.notNull())
          .addColumn('entities', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0004_detection_state': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('detection_state')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('saved_at', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0005_provider_of_imports': {
      // Before Google Cloud support every row was tagged AWS, imports of other clouds too (a
      // Prowler GCP scan): give those rows their provider, from the shape of their resource id.
      async up(db: Kysely<unknown>) {
        await sql`UPDATE findings SET provider = 'gcp' WHERE provider = 'aws' AND resource_uid NOT LIKE 'arn:%' AND (resource_uid LIKE '//%' OR resource_uid LIKE 'projects/%')`.execute(db);
        await sql`UPDATE findings SET provider = 'azure' WHERE provider = 'aws' AND resource_uid NOT LIKE 'arn:%' AND lower(resource_uid) LIKE '/subscriptions/%'`.execute(db);
        await db.schema.createIndex('findings_provider').on('findings').column('provider').execute();
      },
    },
    '0006_localized_text': {
      // Titles and reasons in every language the source gives, so views need no rule lookup.
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('findings').addColumn('localized', 'text').execute();
      },
    },
    '0007_documents_and_scope_path': {
      // The improvement document of each rule, kept once (not per finding), and the scope's place in
      // its organisation (folder / organisation / OU path), so findings filter by folder or organisation.
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('finding_documents')
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('rule_id', 'text', (c) => c.notNull())
          .addColumn('document', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('finding_documents_pk', ['source', 'rule_id'])
          .execute();
        await db.schema.alterTable('findings').addColumn('scope_path', 'text').execute();
      },
    },
    '0008_staged_baselines': {
      // A long detection run writes what it learned before it ends (its cache is bounded); kept
      // here per run until the run commits its signals with it, so a killed run teaches nothing.
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('baselines_staged')
          .addColumn('run_id', 'text', (c) => c.notNull())
          .addColumn('principal', 'text', (c) => c.notNull())
          .addColumn('dimension', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('first_seen', 'text', (c) => c.notNull())
          .addColumn('last_seen', 'text', (c) => c.notNull())
          .addColumn('count', dialect === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
          .addColumn('staged_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('baselines_staged_pk', ['run_id', 'principal', 'dimension', 'value'])
          .execute();
        await db.schema
          .createTable('baseline_principals_staged')
          .addColumn('run_id', 'text', (c) => c.notNull())
          .addColumn('principal', 'text', (c) => c.notNull())
          .addColumn('first_seen', 'text', (c) => c.notNull())
          .addColumn('last_seen', 'text', (c) => c.notNull())
          .addColumn('staged_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('baseline_principals_staged_pk', ['run_id', 'principal'])
          .execute();
      },
    },
    '0009_inventory_documents': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('inventory_documents')
          .addColumn('account', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('collected_at', 'text', (c) => c.notNull())
          .addColumn('document', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('inventory_documents_pk', ['account', 'kind'])
          .execute();
      },
    },
    '0010_users_sessions': {
      // Team mode of `mamori serve`: local users (argon2id hashes) and server-side sessions.
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('users')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createTable('sessions')
          .addColumn('id_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_name', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('csrf_token', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('last_seen_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sessions_user').on('sessions').column('user_name').execute();
        await db.schema.createIndex('sessions_expiry').on('sessions').column('expires_at').execute();
      },
    },
    '0011_scan_controls': {
      // Each assessment's result per scope, framework and control (passing checks included: the
      // findings table keeps only what failed), for scores per scope and control that respect triage.
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('scan_controls')
          .addColumn('scan_id', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('scope', 'text', (c) => c.notNull())
          .addColumn('framework', 'text', (c) => c.notNull())
          .addColumn('control', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('passed', 'integer', (c) => c.notNull())
          .addColumn('failed', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('scan_controls_pk', ['scan_id', 'scope', 'framework', 'control'])
          .execute();
        await db.schema.createIndex('scan_controls_scope').on('scan_controls').columns(['scope', 'at']).execute();
      },
    },
    '0012_hub_version': {
      // One counter every write transaction raises (connect.ts › writeTransaction): a long-running
      // reader (`mamori serve`) knows whether anything changed since it computed an aggregate,
      // whichever process wrote.
      async up(db: Kysely<unknown>) {
        await db.schema.createTable('hub_version').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('version', 'bigint', (c) => c.notNull()).execute();
        await sql`insert into hub_version (id, version) values (1, 0)`.execute(db);
      },
    },
    '0013_scan_errors': {
      // What each posture scan could not collect (AccessDenied on a service, throttling…), so the
      // dashboard says which scopes were assessed blind instead of showing their gaps as passes.
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('scans').addColumn('errors', 'text').execute();
      },
    },
    '0014_posture_summaries': {
      // Summaries kept up to date on write, so the dashboard's first request after a scan of a
      // million findings reads thousands of rows, not millions (issue #14, item 5): finding counts
      // moved by every write of findings, the latest control results and their rollups per scan
      // (summaries.ts). Backfilled from what the hub holds.
      async up(db: Kysely<unknown>) {
        const big = dialect === 'postgres' ? 'bigint' : 'integer';
        await db.schema
          .createTable('finding_counts')
          .addColumn('account', 'text', (c) => c.notNull())
          .addColumn('provider', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('workflow_status', 'text', (c) => c.notNull())
          .addColumn('compliance_status', 'text', (c) => c.notNull())
          .addColumn('severity', 'text', (c) => c.notNull())
          .addColumn('risk_level', 'text', (c) => c.notNull())
          .addColumn('count', big, (c) => c.notNull())
          .addPrimaryKeyConstraint('finding_counts_pk', ['account', 'provider', 'kind', 'workflow_status', 'compliance_status', 'severity', 'risk_level'])
          .execute();
        await sql`insert into finding_counts (account, provider, kind, workflow_status, compliance_status, severity, risk_level, count)
          select account, provider, kind, workflow_status, coalesce(compliance_status, ''), severity, risk_level, count(*) from findings
          group by account, provider, kind, workflow_status, coalesce(compliance_status, ''), severity, risk_level`.execute(db);

        await db.schema
          .createTable('control_counts')
          .addColumn('framework', 'text', (c) => c.notNull())
          .addColumn('control', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('workflow_status', 'text', (c) => c.notNull())
          .addColumn('compliance_status', 'text', (c) => c.notNull())
          .addColumn('severity', 'text', (c) => c.notNull())
          .addColumn('risk_level', 'text', (c) => c.notNull())
          .addColumn('count', big, (c) => c.notNull())
          .addPrimaryKeyConstraint('control_counts_pk', ['framework', 'control', 'kind', 'workflow_status', 'compliance_status', 'severity', 'risk_level'])
          .execute();
        await sql.raw(
          dialect === 'postgres'
            ? `insert into control_counts (framework, control, kind, workflow_status, compliance_status, severity, risk_level, count)
               select fw.key, c.key, f.kind, f.workflow_status, coalesce(f.compliance_status, ''), f.severity, f.risk_level, count(*)
               from findings f, jsonb_each(f.frameworks::jsonb) as fw(key, value), jsonb_array_elements_text(fw.value) as c(key)
               group by 1, 2, 3, 4, 5, 6, 7`
            : `insert into control_counts (framework, control, kind, workflow_status, compliance_status, severity, risk_level, count)
               select fw.key, c.value, f.kind, f.workflow_status, coalesce(f.compliance_status, ''), f.severity, f.risk_level, count(*)
               from findings f, json_each(f.frameworks) fw, json_each(fw.value) c
               group by 1, 2, 3, 4, 5, 6, 7`,
        ).execute(db);
        // Lists of one kind in risk order (the overview's attack sequences) walk this, not every finding.
        await db.schema.createIndex('findings_kind_order').on('findings').columns(['kind', 'risk_rank', 'severity_rank', 'last_seen', 'id']).execute();

        await db.schema
          .createTable('latest_controls')
          .addColumn('scope', 'text', (c) => c.notNull())
          .addColumn('framework', 'text', (c) => c.notNull())
          .addColumn('control', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('passed', 'integer', (c) => c.notNull())
          .addColumn('failed', 'integer', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('scan_id', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('latest_controls_pk', ['scope', 'framework', 'control'])
          .execute();
        await sql`insert into latest_controls (scope, framework, control, status, passed, failed, at, scan_id)
          select sc.scope, sc.framework, sc.control, sc.status, sc.passed, sc.failed, sc.at, sc.scan_id from scan_controls sc
          join (select scope, max(at) as last from scan_controls group by scope) l on l.scope = sc.scope and l.last = sc.at`.execute(db);
        await db.schema
          .createTable('scope_posture')
          .addColumn('scope', 'text', (c) => c.notNull())
          .addColumn('framework', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('controls', big, (c) => c.notNull())
          .addPrimaryKeyConstraint('scope_posture_pk', ['scope', 'framework', 'status'])
          .execute();
        await sql`insert into scope_posture (scope, framework, status, controls) select scope, framework, status, count(*) from latest_controls group by scope, framework, status`.execute(db);
        await db.schema
          .createTable('control_rollup')
          .addColumn('framework', 'text', (c) => c.notNull())
          .addColumn('control', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('scopes', big, (c) => c.notNull())
          .addColumn('passed', big, (c) => c.notNull())
          .addColumn('failed', big, (c) => c.notNull())
          .addPrimaryKeyConstraint('control_rollup_pk', ['framework', 'control', 'status'])
          .execute();
        // The overview's "changed since the latest scan" counts (FindingStore › changeCountsSince).
        await db.schema.createIndex('findings_first_seen').on('findings').column('first_seen').execute();
        await db.schema.createIndex('history_change').on('finding_history').columns(['field', 'to_value', 'at']).execute();
        await sql`insert into control_rollup (framework, control, status, scopes, passed, failed) select framework, control, status, count(*), sum(passed), sum(failed) from latest_controls group by framework, control, status`.execute(db);
      },
    },
    '0015_inventory_resources': {
      // The resources of each scope's latest snapshot and their relationships, so the dashboard
      // searches the inventory (not only resources with findings) and shows what a resource is tied to.
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('inventory_resources')
          .addColumn('uid', 'text', (c) => c.primaryKey())
          .addColumn('account', 'text', (c) => c.notNull())
          .addColumn('provider', 'text', (c) => c.notNull())
          .addColumn('region', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('tags', 'text', (c) => c.notNull())
          .addColumn('collected_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('inventory_resources_account').on('inventory_resources').columns(['account', 'type']).execute();
        await db.schema
          .createTable('resource_relationships')
          .addColumn('account', 'text', (c) => c.notNull())
          .addColumn('source_uid', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('target_uid', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('resource_relationships_pk', ['source_uid', 'type', 'target_uid'])
          .execute();
        await db.schema.createIndex('resource_relationships_target').on('resource_relationships').column('target_uid').execute();
        await db.schema.createIndex('resource_relationships_account').on('resource_relationships').column('account').execute();
      },
    },
    '0016_list_sorts': {
      // The list's other orders (store.ts › LIST_SORTS), each walked as an index so a page of a
      // million findings is never a sort. The id ends each key: SQLite's one-column indexes end in
      // the rowid, which is not the page token's tie-break. The (last_seen, id) and (first_seen, id)
      // indexes serve what the one-column ones did (`since`, the overview's new findings), which go;
      // so does rule_id's (findings_rule_order leads with it).
      async up(db: Kysely<unknown>) {
        await db.schema.createIndex('findings_severity_order').on('findings').columns(['severity_rank', 'risk_rank', 'last_seen', 'id']).execute();
        await db.schema.createIndex('findings_last_seen_order').on('findings').columns(['last_seen', 'id']).execute();
        await db.schema.createIndex('findings_first_seen_order').on('findings').columns(['first_seen', 'id']).execute();
        await db.schema.dropIndex('findings_last_seen').execute();
        await db.schema.dropIndex('findings_first_seen').execute();
        // One rule's findings in risk order (a group clicked on the findings page): filter and order
        // in one index. On PostgreSQL, rule_id alone let the planner walk the risk order for a rare rule.
        await db.schema.createIndex('findings_rule_order').on('findings').columns(['rule_id', 'risk_rank', 'severity_rank', 'last_seen', 'id']).execute();
        await db.schema.dropIndex('findings_rule').execute();
      },
    },
  };
}

