/** `mamori collect | assess | scan | demo`: argument parsing and printing over src/app/posture.ts. */
import { Option, type Command } from 'commander';
import { storedAssessmentNote } from '../app/hub.js';
import { validateRegions } from '../providers/collect.js';
import { loadDemos } from '../providers/demo.js';
import { joinQueued, notificationNote, type QueuedNotifications } from '../app/notify.js';
import { assessSnapshot, assessSnapshotSource, collect, collectToFolder, rulesFor, type AssessResult, type CollectProgress, type CollectRequest } from '../app/posture.js';
import { isDirectory, isShardedPath, openSnapshot } from '../snapshot/sharded.js';
import { cliConfig } from '../app/hub.js';
import { MamoriError, quoteForError } from '../model/errors.js';
import { readSnapshot, writeSnapshot, type Snapshot } from '../model/snapshot.js';
import { mergeReports, type AssessmentReport } from '../report/report.js';
import { intOption } from './parse.js';
import { safeLines, safeText } from '../report/terminal.js';
import { checkOutputPath, emitReport, failOnExitCode, failOnRiskExitCode, parseLang, parseList, parseRiskLevel, parseSeverity } from './output.js';

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

interface CollectFlags {
  provider: string;
  profile?: string;
  roleArn?: string;
  externalId?: string;
  orgRole?: string;
  regions?: string;
  services?: string;
  project?: string;
  folder?: string;
  organization?: string;
  impersonateServiceAccount?: string;
  subscription?: string;
  managementGroup?: string;
  tenant?: string;
  azureCloud?: string;
  concurrency: number;
}

function addAssessOptions(cmd: Command): Command {
  return cmd
    .option('--framework <ids>', 'only rules mapped to these frameworks (comma-separated: cis-aws-3.0, fsbp, cis-gcp-5.0, cis-azure-6.0, mcsb-1.0, nist-800-53-r5, pci-dss-3.2.1, pci-dss-4.0)')
    .option('--rule <ids>', 'only these rule ids (comma-separated)')
    .addOption(new Option('--output <format>', 'output format').choices(['table', 'json', 'ocsf', 'asff', 'csv', 'html']).default('table'))
    .option('--out <file>', 'write the output to a file ("-" for stdout)')
    .option('--lang <lang>', 'language of the report: en or ja', 'en')
    .option('--fail-on <severity>', 'exit with code 1 when a check of this severity or higher fails (critical, high, medium, low, informational)')
    .option('--fail-on-risk <level>', "exit with code 1 when a failed check has this risk or higher (critical, high, medium, low; likelihood × impact with the config's risk settings)")
    .option('--db <path-or-url>', 'findings hub: SQLite file or postgres:// URL (default: MAMORI_DB, the config file, or ~/.mamori/mamori.db)')
    .option('--config <file>', 'mamori config file (default: MAMORI_CONFIG or ~/.mamori/config.yaml)')
    .option('--no-store', 'do not write the findings to the hub');
}

function addCollectOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--provider <name>', 'cloud provider').choices(['aws', 'gcp', 'azure']).default('aws'))
    .option('--profile <name>', 'AWS: shared config/credentials profile (default: the standard credential chain)')
    .option('--role-arn <arn>', 'AWS: assume this role before collecting')
    .option('--external-id <id>', 'AWS: external id for --role-arn')
    .option('--org-role <name>', 'AWS: walk every account of the AWS Organization, assuming this role name in each member account')
    .option('--regions <names>', 'AWS: only these regions (comma-separated; default: every enabled region)')
    .option('--services <names>', 'AWS and Azure: only these services (comma-separated)')
    .option('--project <ids>', 'Google Cloud: these projects (comma-separated project ids)')
    .option('--folder <ids>', 'Google Cloud: every project below these folders (comma-separated folder ids)')
    .option('--organization <id>', 'Google Cloud: every project of the organisation (numeric id)')
    .option('--impersonate-service-account <email>', 'Google Cloud: collect as this service account (Application Default Credentials need roles/iam.serviceAccountTokenCreator on it)')
    .option('--subscription <ids>', 'Azure: these subscriptions (comma-separated subscription ids; default: every subscription the credentials can see)')
    .option('--management-group <names>', 'Azure: every subscription below these management groups (comma-separated names)')
    .option('--tenant <id>', 'Azure: the Microsoft Entra tenant to sign in to (default: the credentials\' home tenant)')
    .option('--azure-cloud <name>', `Azure: the cloud (${Object.keys(AZURE_CLOUDS).join(', ')}; default AzureCloud)`)
    .option('--concurrency <n>', `concurrent collection jobs (1-${MAX_CONCURRENCY})`, intOption('--concurrency', 1, MAX_CONCURRENCY), 8);
}

/** More parallel jobs than this only meets throttling (and file-descriptor limits), never speed. */
const MAX_CONCURRENCY = 256;

const AWS_OPTIONS = ['profile', 'roleArn', 'externalId', 'orgRole', 'regions', 'services'] as const;
const GCP_OPTIONS = ['project', 'folder', 'organization', 'impersonateServiceAccount'] as const;
const AZURE_OPTIONS = ['subscription', 'managementGroup', 'tenant', 'azureCloud', 'services'] as const;

/** The Azure clouds by the names `az cloud list` gives them: ARM, Microsoft Graph and the Entra authority. */
const AZURE_CLOUDS: Record<string, { arm: string; graph: string; authority: string }> = {
  AzureCloud: { arm: 'https://management.azure.com', graph: 'https://graph.microsoft.com', authority: 'https://login.microsoftonline.com' },
  AzureChinaCloud: { arm: 'https://management.chinacloudapi.cn', graph: 'https://microsoftgraph.chinacloudapi.cn', authority: 'https://login.chinacloudapi.cn' },
  AzureUSGovernment: { arm: 'https://management.usgovcloudapi.net', graph: 'https://graph.microsoft.us', authority: 'https://login.microsoftonline.us' },
};

/**
 * The endpoints of the Azure cloud asked for; MAMORI_AZURE_ENDPOINT (ARM) and MAMORI_AZURE_GRAPH_ENDPOINT
 * point the collector at an emulator or a test server, as MAMORI_GCP_ENDPOINT does for Google Cloud.
 */
function azureEndpoints(cloud: string | undefined): { arm?: string; graph?: string; authority?: string } | undefined {
  let endpoints: { arm?: string; graph?: string; authority?: string } | undefined;
  if (cloud !== undefined) {
    const name = Object.keys(AZURE_CLOUDS).find((k) => k.toLowerCase() === cloud.toLowerCase());
    if (!name) throw new MamoriError('BAD_OPTION', `--azure-cloud ${quoteForError(cloud)}: use ${Object.keys(AZURE_CLOUDS).join(', ')}`);
    endpoints = { ...AZURE_CLOUDS[name] };
  }
  const arm = process.env.MAMORI_AZURE_ENDPOINT;
  const graph = process.env.MAMORI_AZURE_GRAPH_ENDPOINT;
  if (arm || graph) endpoints = { ...endpoints, ...(arm ? { arm } : {}), ...(graph ? { graph } : {}) };
  return endpoints;
}
const ALL_PROVIDER_OPTIONS = [...new Set([...AWS_OPTIONS, ...GCP_OPTIONS, ...AZURE_OPTIONS])];
const PROVIDER_OPTIONS: Record<string, readonly string[]> = { aws: AWS_OPTIONS, gcp: GCP_OPTIONS, azure: AZURE_OPTIONS };

/** Turns the flags into a collection request, refusing flags of the other provider (a silent no-op would mislead). */
export async function collectRequest(flags: CollectFlags): Promise<CollectRequest> {
  if (!Number.isInteger(flags.concurrency) || flags.concurrency < 1 || flags.concurrency > MAX_CONCURRENCY) {
    throw new MamoriError('BAD_OPTION', `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}`);
  }
  const own = PROVIDER_OPTIONS[flags.provider] ?? AWS_OPTIONS;
  const wrong = ALL_PROVIDER_OPTIONS.filter((k) => !own.includes(k) && flags[k] !== undefined);
  if (wrong.length) {
    const names = wrong.map((k) => '--' + k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()));
    throw new MamoriError('BAD_OPTION', `${names.join(', ')} cannot be used with --provider ${flags.provider}`);
  }
  if (flags.provider === 'gcp') {
    const projects = parseList(flags.project);
    const folders = parseList(flags.folder);
    if (!projects && !folders && !flags.organization) {
      throw new MamoriError('BAD_OPTION', 'Google Cloud needs a scope: --project, --folder or --organization');
    }
    return {
      provider: 'gcp',
      gcp: { projects, folders, organization: flags.organization, impersonateServiceAccount: flags.impersonateServiceAccount, concurrency: flags.concurrency, onProgress: progressPrinter() },
    };
  }
  if (flags.provider === 'azure') {
    return {
      provider: 'azure',
      azure: {
        subscriptions: parseList(flags.subscription),
        managementGroups: parseList(flags.managementGroup),
        tenant: flags.tenant,
        endpoints: azureEndpoints(flags.azureCloud),
        services: parseList(flags.services),
        concurrency: flags.concurrency,
        onProgress: progressPrinter(),
      },
    };
  }
  const regions = parseList(flags.regions);
  if (regions) await validateRegions('aws', regions);
  return {
    provider: 'aws',
    aws: {
      profile: flags.profile,
      roleArn: flags.roleArn,
      externalId: flags.externalId,
      orgRole: flags.orgRole,
      regions,
      services: parseList(flags.services),
      concurrency: flags.concurrency,
      onProgress: progressPrinter(),
    },
  };
}

/** A one-line live progress display on a terminal; silent when stderr is not a TTY (CI logs stay clean). */
function progressPrinter(): ((p: CollectProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (p) => {
    const line = `collecting ${p.done}/${p.total}  ${safeText(p.service)} ${safeText(p.region)} ${safeText(p.account)}${p.errors ? `  (${p.errors} errors)` : ''}`;
    process.stderr.write(`\r\x1b[2K${line}`);
    if (p.done === p.total) process.stderr.write('\n');
  };
}

function selection(flags: AssessFlags) {
  return { ruleIds: parseList(flags.rule), frameworks: parseList(flags.framework) };
}

/** Assesses (an in-memory snapshot, or a snapshot file or folder), prints or writes the report, stores it; returns the exit code. */
export async function runAssessment(snapshot: Snapshot | string, flags: AssessFlags, defaultHtmlFile?: string): Promise<number> {
  validateAssessFlags(flags);
  // The report is written after the findings are stored: refuse an unwritable --out first.
  if (flags.out && flags.out !== '-') await checkOutputPath(flags.out);
  const store = flags.store ? flags : undefined;
  let result: AssessResult;
  if (typeof snapshot !== 'string') result = await assessSnapshot({ snapshot, selection: selection(flags), store, onNote: printNote });
  // A sharded folder is assessed scope by scope; a version 1 file is whole in memory anyway.
  else if (isDirectory(snapshot)) result = await assessSnapshotSource(await openSnapshot(snapshot), { selection: selection(flags), store, onNote: printNote });
  else result = await assessSnapshot({ snapshot: await readSnapshot(snapshot), selection: selection(flags), store, onNote: printNote });
  noteStored(result);
  const code = await finishAssessment(result.report, flags, defaultHtmlFile);
  await deliverNotifications(result.stored?.notifications);
  return code;
}

/** A warning of the assessment for the operator (stderr: stdout is for results). */
const printNote = (line: string) => void process.stderr.write(`mamori: ${safeLines(line)}\n`);

/** What storing an assessment did, for the operator (stderr: stdout is for results). */
function noteStored({ stored }: AssessResult): void {
  if (stored) printNote(storedAssessmentNote(stored));
}

/** Delivers what the stored assessment queued, once the report is out, and says how it went. */
async function deliverNotifications(queued: QueuedNotifications | undefined): Promise<void> {
  const done = await queued?.deliver();
  if (done) printNote(notificationNote(done));
}

/** Refuses bad report options before any work (and before anything is stored). */
function validateAssessFlags(flags: AssessFlags): void {
  parseLang(flags.lang);
  if (flags.failOn) parseSeverity(flags.failOn);
  if (flags.failOnRisk) parseRiskLevel(flags.failOnRisk);
}

/** Writes the report in the chosen format and returns the exit code --fail-on / --fail-on-risk ask for. */
async function finishAssessment(report: AssessmentReport, flags: AssessFlags, defaultHtmlFile?: string): Promise<number> {
  const lang = parseLang(flags.lang);
  const failOn = flags.failOn ? parseSeverity(flags.failOn) : undefined;
  const failOnRisk = flags.failOnRisk ? parseRiskLevel(flags.failOnRisk) : undefined;
  await emitReport(report, { output: flags.output, out: flags.out, lang, defaultHtmlFile });
  const riskSettings = failOnRisk ? (await import('../hub/policy.js')).riskFromConfig(await cliConfig(flags.config)) : undefined;
  return Math.max(failOnExitCode(report, failOn), riskSettings ? failOnRiskExitCode(report, failOnRisk!, riskSettings) : 0);
}

function describeSnapshot(path: string, scope: Snapshot['scope'], resources: number, errors: number): string {
  const scopes = scope.provider === 'gcp' ? 'project(s)' : scope.provider === 'azure' ? 'subscription(s)' : 'account(s)';
  return `mamori: wrote ${path}: ${resources} resources from ${scope.accounts.length} ${scopes}, ${scope.regions.length} region(s), ${errors} collection error(s)\n`;
}

export function register(program: Command): void {
  addCollectOptions(
    program
      .command('collect')
      .description('collect an inventory snapshot from AWS, Google Cloud or Azure through the official SDKs')
      .option('-o, --snapshot <path>', 'snapshot to write: a .json / .json.gz file (version 1), or a folder of shards (version 2, any other name)', 'mamori-snapshot.json.gz'),
  ).action(async (flags: CollectFlags & { snapshot: string }) => {
    const request = await collectRequest(flags);
    // A folder is written shard by shard as the jobs finish: the inventory is never whole in memory.
    if (isShardedPath(flags.snapshot)) {
      const { manifest, resources, errors } = await collectToFolder(request, flags.snapshot);
      process.stderr.write(describeSnapshot(flags.snapshot, manifest.scope, resources, errors));
      return;
    }
    const snapshot = await collect(request);
    await writeSnapshot(flags.snapshot, snapshot);
    process.stderr.write(describeSnapshot(flags.snapshot, snapshot.scope, snapshot.resources.length, snapshot.errors.length));
  });

  addAssessOptions(program.command('assess').description('assess a saved snapshot with the posture rules').argument('<snapshot>', 'snapshot file (.json or .json.gz) or sharded snapshot folder')).action(
    async (file: string, flags: AssessFlags) => {
      process.exitCode = await runAssessment(file, flags);
    },
  );

  addAssessOptions(
    addCollectOptions(
      program
        .command('scan')
        .description('collect from AWS, Google Cloud or Azure and assess in one go')
        .option('--snapshot-out <path>', 'also keep the collected snapshot: a .json / .json.gz file, or a folder of shards (collected and assessed without holding the inventory in memory)'),
    ),
  ).action(async (flags: CollectFlags & AssessFlags & { snapshotOut?: string }) => {
    // Validate assessment options before spending minutes on collection.
    validateAssessFlags(flags);
    const request = await collectRequest(flags);
    rulesFor(request.provider, selection(flags));
    // Into a folder: streamed shard by shard as jobs finish, then assessed one scope at a time, so
    // a large organisation is never whole in memory.
    if (flags.snapshotOut && isShardedPath(flags.snapshotOut)) {
      const { manifest, resources, errors } = await collectToFolder(request, flags.snapshotOut);
      process.stderr.write(describeSnapshot(flags.snapshotOut, manifest.scope, resources, errors));
      process.exitCode = await runAssessment(flags.snapshotOut, flags);
      return;
    }
    const snapshot = await collect(request);
    if (flags.snapshotOut) await writeSnapshot(flags.snapshotOut, snapshot);
    process.exitCode = await runAssessment(snapshot, flags);
  });

  addAssessOptions(
    program
      .command('demo')
      .description('assess the bundled demo organisations (AWS, Google Cloud and Azure) and run threat detection on their bundled logs (no cloud account, no network); writes one HTML report covering every cloud'),
  )
    .option('--html <file>', 'where to write the HTML report', 'mamori-demo-report.html')
    .option('--no-detect', 'skip threat detection on the bundled logs')
    .option('--sequences-html <file>', 'where to write the attack-sequence timelines', 'mamori-demo-sequences.html')
    .action(async (flags: AssessFlags & { html: string; detect: boolean; sequencesHtml: string }) => {
      validateAssessFlags(flags);
      const lang = parseLang(flags.lang);
      const demos = await loadDemos();
      const snapshots = demos.map((d) => d.snapshot);
      // A --framework or --rule of one cloud leaves the other cloud's demo out rather than failing.
      const applicable = snapshots.filter((s) => rulesFor(s.scope.provider, selection(flags), true).length);
      if (!applicable.length) rulesFor(snapshots[0].scope.provider, selection(flags));
      const reports = [];
      let queued: QueuedNotifications | undefined;
      for (const snapshot of applicable) {
        const result = await assessSnapshot({ snapshot, selection: selection(flags), store: flags.store ? flags : undefined, onNote: printNote });
        noteStored(result);
        reports.push(result.report);
        queued = joinQueued(queued, result.stored?.notifications);
      }
      const report = mergeReports(reports);
      const code = await finishAssessment(report, flags, flags.html);
      if (flags.output !== 'html') await emitReport(report, { output: 'html', out: flags.html, lang });
      await deliverNotifications(queued);
      if (flags.detect && flags.output === 'table') {
        const { EXIT_FAIL_ON, runDetection } = await import('./detect.js');
        // The demo organisations' day of logs with the attacks in them, every cloud's in one run.
        const detectCode = await runDetection(demos.flatMap((d) => d.logs), {
          intel: demos.flatMap((d) => d.intel),
          rules: demos.flatMap((d) => d.rules),
          builtin: true,
          output: 'table',
          db: flags.db,
          config: flags.config,
          store: flags.store,
          baseline: false,
          carryWindows: false,
          failOn: flags.failOn,
          snapshot: snapshots[0],
          lang: flags.lang,
          sequencesHtml: flags.sequencesHtml,
        });
        process.exitCode = Math.max(code, detectCode & EXIT_FAIL_ON);
        return;
      }
      process.exitCode = code;
    });
}
