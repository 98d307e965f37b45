import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { assess } from '../assess/engine.js';
import { selectRules } from '../assess/registry.js';
import { collectAws, validateRegionNames, type CollectOptions, type CollectProgress } from '../collect/aws/collector.js';
import { DEMO_INTEL, DEMO_LOGS_DIR, DEMO_TUNING_DIR, loadDemoSnapshot } from '../demo/index.js';
import { MamoriError } from '../model/errors.js';
import { readSnapshot, writeSnapshot, type Snapshot } from '../model/snapshot.js';
import { buildReport } from '../report/report.js';
import { VERSION } from '../version.js';
import { riskFromConfig } from '../hub/policy.js';
import { emitReport, failOnExitCode, failOnRiskExitCode, parseLang, parseList, parseRiskLevel, parseSeverity } from './output.js';
import { registerAutomationCommands } from './automation.js';
import { EXIT_FAIL_ON, registerDetectCommands, runDetection } from './detect.js';
import { registerSequencesCommand } from './sequences.js';
import { registerFindingsCommands } from './findings.js';
import { registerNotifyCommands } from './notify.js';
import { cliConfig, storeAssessment } from './hub.js';
import { registerRulesCommands } from './rules.js';

interface AssessFlags {
  db?: string;
  config?: string;
  store: boolean;
  framework?: string;
  rule?: string;
  output: string;
  out?: string;
  lang: string;
  failOn?: string;
  failOnRisk?: string;
}

function addAssessOptions(cmd: Command): Command {
  return cmd
    .option('--framework <ids>', 'only rules mapped to these frameworks (comma-separated: cis-aws-3.0, fsbp, nist-800-53-r5, pci-dss-3.2.1, pci-dss-4.0)')
    .option('--rule <ids>', 'only these rule ids (comma-separated)')
    .addOption(new Option('--output <format>', 'output format').choices(['table', 'json', 'ocsf', 'asff', 'csv', 'html']).default('table'))
    .option('--out <file>', 'write the output to a file ("-" for stdout)')
    .option('--lang <lang>', 'language of the report: en or ja', 'en')
    .option('--fail-on <severity>', 'exit with code 1 when a check of this severity or higher fails (critical, high, medium, low, informational)')
    .option('--fail-on-risk <level>', 'exit with code 1 when a failed check has this risk or higher (critical, high, medium, low; likelihood × impact with the config\'s risk settings)')
    .option('--db <path-or-url>', 'findings hub: SQLite file or postgres:// URL (default: MAMORI_DB, the config file, or ~/.mamori/mamori.db)')
    .option('--config <file>', 'mamori config file (default: MAMORI_CONFIG or ~/.mamori/config.yaml)')
    .option('--no-store', 'do not write the findings to the hub');
}

function addCollectOptions(cmd: Command): Command {
  return cmd
    .option('--profile <name>', 'shared config/credentials profile (default: the standard credential chain)')
    .option('--role-arn <arn>', 'assume this role before collecting')
    .option('--external-id <id>', 'external id for --role-arn')
    .option('--org-role <name>', 'walk every account of the AWS Organization, assuming this role name in each member account')
    .option('--regions <names>', 'only these regions (comma-separated; default: every enabled region)')
    .option('--services <names>', 'only these services (comma-separated)')
    .option('--concurrency <n>', 'concurrent collection jobs', (v) => Number.parseInt(v, 10), 8);
}

interface CollectFlags {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  orgRole?: string;
  regions?: string;
  services?: string;
  concurrency: number;
}

function collectOptions(flags: CollectFlags): CollectOptions {
  const regions = parseList(flags.regions);
  if (regions) validateRegionNames(regions);
  if (!Number.isInteger(flags.concurrency) || flags.concurrency < 1) {
    throw new MamoriError('BAD_OPTION', '--concurrency must be a positive integer');
  }
  return {
    profile: flags.profile,
    roleArn: flags.roleArn,
    externalId: flags.externalId,
    orgRole: flags.orgRole,
    regions,
    services: parseList(flags.services),
    concurrency: flags.concurrency,
    onProgress: progressPrinter(),
  };
}

/** A one-line live progress display on a terminal; silent when stderr is not a TTY (CI logs stay clean). */
function progressPrinter(): ((p: CollectProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (p) => {
    const line = `collecting ${p.done}/${p.total}  ${p.service} ${p.region} ${p.account}${p.errors ? `  (${p.errors} errors)` : ''}`;
    process.stderr.write(`\r\x1b[2K${line}`);
    if (p.done === p.total) process.stderr.write('\n');
  };
}

async function runAssessment(snapshot: Snapshot, flags: AssessFlags, defaultHtmlFile?: string): Promise<number> {
  const lang = parseLang(flags.lang);
  const failOn = flags.failOn ? parseSeverity(flags.failOn) : undefined;
  const failOnRisk = flags.failOnRisk ? parseRiskLevel(flags.failOnRisk) : undefined;
  const rules = selectRules({ ruleIds: parseList(flags.rule), frameworks: parseList(flags.framework) });
  const findings = assess(snapshot, { rules });
  const report = buildReport(snapshot, findings);
  await emitReport(report, { output: flags.output, out: flags.out, lang, defaultHtmlFile });
  if (flags.store) await storeAssessment(flags, snapshot, rules, findings);
  const riskSettings = failOnRisk ? riskFromConfig(await cliConfig(flags.config)) : undefined;
  return Math.max(failOnExitCode(report, failOn), riskSettings ? failOnRiskExitCode(report, failOnRisk!, riskSettings) : 0);
}

export function buildProgram(): Command {
  const program = new Command('mamori')
    .description('mamori (守り): cloud security posture, threat detection and findings — offline-first')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();

  addCollectOptions(
    program
      .command('collect')
      .description('collect an inventory snapshot from AWS through the official SDK')
      .option('-o, --snapshot <file>', 'snapshot file to write (.json.gz is gzip-compressed)', 'mamori-snapshot.json.gz'),
  ).action(async (flags: CollectFlags & { snapshot: string }) => {
    const snapshot = await collectAws(collectOptions(flags));
    await writeSnapshot(flags.snapshot, snapshot);
    process.stderr.write(
      `mamori: wrote ${flags.snapshot}: ${snapshot.resources.length} resources from ${snapshot.scope.accounts.length} account(s), ` +
        `${snapshot.scope.regions.length} region(s), ${snapshot.errors.length} collection error(s)\n`,
    );
  });

  addAssessOptions(program.command('assess').description('assess a saved snapshot with the posture rules').argument('<snapshot>', 'snapshot file (.json or .json.gz)')).action(
    async (file: string, flags: AssessFlags) => {
      process.exitCode = await runAssessment(await readSnapshot(file), flags);
    },
  );

  addAssessOptions(
    addCollectOptions(
      program
        .command('scan')
        .description('collect from AWS and assess in one go')
        .option('--snapshot-out <file>', 'also keep the collected snapshot in this file'),
    ),
  ).action(async (flags: CollectFlags & AssessFlags & { snapshotOut?: string }) => {
    // Validate assessment options before spending minutes on collection.
    parseLang(flags.lang);
    if (flags.failOn) parseSeverity(flags.failOn);
    if (flags.failOnRisk) parseRiskLevel(flags.failOnRisk);
    selectRules({ ruleIds: parseList(flags.rule), frameworks: parseList(flags.framework) });
    const snapshot = await collectAws(collectOptions(flags));
    if (flags.snapshotOut) await writeSnapshot(flags.snapshotOut, snapshot);
    process.exitCode = await runAssessment(snapshot, flags);
  });

  addAssessOptions(
    program
      .command('demo')
      .description('assess the bundled demo organisation and run threat detection on its bundled logs (no cloud account, no network); writes an HTML report'),
  )
    .option('--html <file>', 'where to write the HTML report', 'mamori-demo-report.html')
    .option('--no-detect', 'skip threat detection on the bundled logs')
    .option('--sequences-html <file>', 'where to write the attack-sequence timelines', 'mamori-demo-sequences.html')
    .action(async (flags: AssessFlags & { html: string; detect: boolean; sequencesHtml: string }) => {
      const snapshot = await loadDemoSnapshot();
      const lang = parseLang(flags.lang);
      const code = await runAssessment(snapshot, flags, flags.html);
      if (flags.output !== 'html') {
        const rules = selectRules({ ruleIds: parseList(flags.rule), frameworks: parseList(flags.framework) });
        const report = buildReport(snapshot, assess(snapshot, { rules }));
        await emitReport(report, { output: 'html', out: flags.html, lang });
      }
      if (flags.detect && flags.output === 'table') {
        // The demo organisation's day of CloudTrail, VPC Flow Logs and DNS logs, with the attack in it.
        const detectCode = await runDetection(['cloudtrail', 'vpcflow', 'dns'].map((d) => join(DEMO_LOGS_DIR, d)), {
          intel: [DEMO_INTEL],
          rules: [DEMO_TUNING_DIR],
          builtin: true,
          output: 'table',
          db: flags.db,
          config: flags.config,
          store: flags.store,
          baseline: false,
          carryWindows: false,
          failOn: flags.failOn,
          snapshot,
          lang: flags.lang,
          sequencesHtml: flags.sequencesHtml,
        });
        process.exitCode = Math.max(code, detectCode & EXIT_FAIL_ON);
        return;
      }
      process.exitCode = code;
    });

  registerRulesCommands(program);
  registerFindingsCommands(program);
  registerAutomationCommands(program);
  registerNotifyCommands(program);
  registerDetectCommands(program);
  registerSequencesCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  // `mamori … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander already printed the message (or help/version); keep its exit code.
      return err.exitCode;
    }
    if (err instanceof MamoriError) {
      process.stderr.write(`mamori: error: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`mamori: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.MAMORI_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 3;
  }
}
