/**
 * Shared definition of the Cloud SQL database-flag rules (CIS GCP 6.1.x, 6.2.x, 6.3.x). Each flag rule
 * is its own folder with its own documents and fixtures; this module supplies the evaluation (engine
 * filter, "flag absent means the engine default"), the console steps and the gcloud / Terraform fix.
 */
import { GCP_TYPES, type SqlInstanceConfig } from '../../../../src/providers/gcp/model.js';
import {
  defineRule,
  fail,
  notApplicable,
  pass,
  type AutomatedRule,
  type FrameworkMappings,
  type ImprovementDoc,
  type Urgency,
} from '../../../../src/model/rule.js';
import type { LocalizedText, Severity } from '../../../../src/model/types.js';
import { ENGINE_NAMES, isOnPremisesInstance, sqlEngine, type SqlEngine } from './instance.js';

export interface FlagRequirement {
  engine: SqlEngine;
  /** Flag name exactly as Cloud SQL lists it (`log_connections`, `remote access`, `3625`). */
  flag: string;
  /** The value in effect when the flag is not set on the instance; undefined when "not set" is the state itself. */
  defaultValue?: string;
  /** Whether the effective value (lower-cased; the default when `set` is false) meets the requirement. */
  accepts(value: string | undefined, set: boolean): boolean;
  /** What the requirement expects, quoted in reasons (`on`, `ERROR or stricter`). */
  expected: LocalizedText;
  /** The value the fix sets; absent: the fix removes the flag from the instance. */
  fixValue?: string;
}

const ENGINE_DOC: Record<SqlEngine, string> = { MYSQL: 'mysql', POSTGRES: 'postgres', SQLSERVER: 'sqlserver' };
const EXAMPLE_VERSION: Record<SqlEngine, string> = { MYSQL: 'MYSQL_8_0', POSTGRES: 'POSTGRES_16', SQLSERVER: 'SQLSERVER_2022_STANDARD' };

/** Cloud SQL's page listing the supported flags of an engine. */
export const flagsDocUrl = (engine: SqlEngine) => `https://cloud.google.com/sql/docs/${ENGINE_DOC[engine]}/flags`;

function consoleSteps(req: FlagRequirement): { en: string[]; ja: string[] } {
  const { flag, fixValue } = req;
  return {
    en: [
      'In the Google Cloud console, open "Cloud SQL" > "Instances" and select the instance.',
      'Click "Edit" and open the "Flags" section.',
      fixValue === undefined
        ? `Delete the "${flag}" flag entry (the X next to it).`
        : `Click "Add a database flag" (or edit the existing entry), choose "${flag}" and set it to "${fixValue}".`,
      'Click "Save". Changing some flags restarts the instance: apply the change in a maintenance window.',
      'Check the value under "Database flags" on the instance\'s "Overview" page.',
    ],
    ja: [
      'Google Cloud コンソールで「Cloud SQL」>「インスタンス」を開き、対象のインスタンスを選択します。',
      '「編集」をクリックし、「フラグ」セクションを開きます。',
      fixValue === undefined
        ? `「${flag}」フラグの行を削除します（右側の × をクリック）。`
        : `「データベース フラグを追加」をクリックし（設定済みの場合は既存の行を編集し）、「${flag}」を選んで値を「${fixValue}」にします。`,
      '「保存」をクリックします。フラグによってはインスタンスが再起動されるため、メンテナンス時間帯に適用してください。',
      'インスタンスの「概要」ページの「データベース フラグ」で値が反映されていることを確認します。',
    ],
  };
}

function remediation(req: FlagRequirement): { cli: string; terraform: string } {
  const { flag, fixValue, engine } = req;
  const listFlags = 'gcloud sql instances describe INSTANCE_NAME --format="json(settings.databaseFlags)"';
  const cli =
    fixValue === undefined
      ? [
          `# --database-flags replaces the whole flag list: pass every flag you keep, without "${flag}".`,
          listFlags,
          'gcloud sql instances patch INSTANCE_NAME --database-flags="OTHER_FLAG=VALUE"',
          `# When "${flag}" is the only flag set on the instance:`,
          'gcloud sql instances patch INSTANCE_NAME --clear-database-flags',
        ].join('\n')
      : [
          '# --database-flags replaces the whole flag list: repeat every flag already set on the instance.',
          listFlags,
          `gcloud sql instances patch INSTANCE_NAME --database-flags="${flag}=${fixValue},OTHER_FLAG=VALUE"`,
        ].join('\n');
  const flagBlock =
    fixValue === undefined
      ? `    # Remove any database_flags block named "${flag}".`
      : `    database_flags {\n      name  = "${flag}"\n      value = "${fixValue}"\n    }`;
  const terraform = [
    'resource "google_sql_database_instance" "main" {',
    '  name             = "INSTANCE_NAME"',
    `  database_version = "${EXAMPLE_VERSION[engine]}"`,
    '  region           = "us-central1"',
    '',
    '  settings {',
    '    tier = "db-custom-2-7680"',
    '',
    flagBlock,
    '  }',
    '}',
  ].join('\n');
  return { cli, terraform };
}

type DocWithoutConsole = Omit<ImprovementDoc, 'console'>;

export interface FlagRuleDefinition {
  id: string;
  title: LocalizedText;
  severity: Severity;
  urgency: Urgency;
  frameworks: FrameworkMappings;
  doc: { en: DocWithoutConsole; ja: DocWithoutConsole };
  /** Extra references; the engine's flag list is always included. */
  references?: string[];
  requirement: FlagRequirement;
}

/** An automated rule checking one database flag of the Cloud SQL instances of one engine. */
export function defineFlagRule(def: FlagRuleDefinition): AutomatedRule<SqlInstanceConfig> {
  const req = def.requirement;
  const steps = consoleSteps(req);
  const engineName = ENGINE_NAMES[req.engine];
  return defineRule<SqlInstanceConfig>({
    id: def.id,
    services: ['sqladmin'],
    title: def.title,
    severity: def.severity,
    urgency: def.urgency,
    resourceTypes: [GCP_TYPES.sqlInstance],
    requires: ['databaseVersion', 'instanceType', 'settings'],
    frameworks: def.frameworks,
    doc: { en: { ...def.doc.en, console: steps.en }, ja: { ...def.doc.ja, console: steps.ja } },
    remediation: remediation(req),
    references: [flagsDocUrl(req.engine), ...(def.references ?? [])],
    evaluate(instance) {
      const config = instance.config;
      const engine = sqlEngine(config.databaseVersion);
      if (engine !== req.engine) {
        return notApplicable(
          {
            en: `${instance.name} runs ${config.databaseVersion}; the "${req.flag}" flag applies to ${engineName} instances only.`,
            ja: `${instance.name} は ${config.databaseVersion} のインスタンスです。「${req.flag}」フラグは ${engineName} インスタンスにのみ該当します。`,
          },
          { databaseVersion: config.databaseVersion },
        );
      }
      if (isOnPremisesInstance(config)) {
        return notApplicable({
          en: `Instance ${instance.name} represents an external primary server; its flags are not managed by Cloud SQL.`,
          ja: `インスタンス ${instance.name} は外部のプライマリサーバーを表すもので、フラグは Cloud SQL で管理されません。`,
        });
      }
      const entry = config.settings?.databaseFlags?.find((f) => f.name.toLowerCase() === req.flag.toLowerCase());
      const set = entry !== undefined;
      const effective = set ? entry.value : req.defaultValue;
      const ok = req.accepts(effective?.trim().toLowerCase(), set);
      const state = set
        ? { en: `is set to "${entry.value}"`, ja: `「${entry.value}」に設定されています` }
        : req.defaultValue !== undefined
          ? { en: `is not set, so the ${engineName} default "${req.defaultValue}" applies`, ja: `設定されていないため、${engineName} の既定値「${req.defaultValue}」が適用されています` }
          : { en: 'is not set', ja: '設定されていません' };
      const reason = {
        en: `Database flag "${req.flag}" of instance ${instance.name} ${state.en} (required: ${req.expected.en}).`,
        ja: `インスタンス ${instance.name} のデータベースフラグ「${req.flag}」は${state.ja}（求められる設定: ${req.expected.ja}）。`,
      };
      const evidence = { databaseVersion: config.databaseVersion, flag: req.flag, value: set ? entry.value : null, defaultValue: req.defaultValue ?? null };
      return ok ? pass(reason, evidence) : fail(reason, evidence);
    },
  });
}

/** `on`/`off` style flags: accepts exactly `wanted` (also `true`/`false`, `1`/`0` spellings of it). */
export function booleanFlag(wanted: 'on' | 'off'): (value: string | undefined) => boolean {
  const truthy = ['on', 'true', '1'];
  const falsy = ['off', 'false', '0'];
  return (value) => value !== undefined && (wanted === 'on' ? truthy : falsy).includes(value);
}
