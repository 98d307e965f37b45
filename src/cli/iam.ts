/**
 * `mamori iam`: AWS's policy evaluation logic offline. `simulate` decides requests given with their
 * policies. The engine lives with the AWS provider (src/providers/aws/iam); this shell only reads
 * input and prints.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { MamoriError, quoteForError } from '../model/errors.js';
import { safeText } from '../report/terminal.js';
import { intOption, parseLang } from './parse.js';

interface SimulateFlags {
  input: string;
  output: string;
}

/** Input documents one by one: a JSON array, JSON lines, or one (pretty-printed) JSON document. */
async function* documents(path: string): AsyncGenerator<{ doc?: unknown; error?: string; where: string }> {
  if (path !== '-') {
    const s = await stat(path).catch(() => undefined);
    if (!s) throw new MamoriError('INPUT_NOT_FOUND', `${quoteForError(path)}: no such file`);
    if (s.isDirectory()) throw new MamoriError('INPUT_NOT_FOUND', `${quoteForError(path)} is a folder; give a JSON or JSON-lines file`);
  }
  const source = path === '-' ? process.stdin : createReadStream(path, 'utf8');
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  let mode: 'lines' | 'whole' | undefined;
  const whole: string[] = [];
  let n = 0;
  let first = 0;
  for await (const line of lines) {
    n++;
    if (mode === 'whole') {
      whole.push(line);
      continue;
    }
    const t = line.trim();
    if (t === '') continue;
    if (mode === undefined) {
      // An array, or a document spread over lines, is read whole; one object per line is streamed.
      if (t.startsWith('[')) mode = 'whole';
      else {
        try {
          const doc = JSON.parse(t);
          mode = 'lines';
          yield { doc, where: `line ${n}` };
          continue;
        } catch {
          mode = 'whole';
        }
      }
      first = n;
      whole.push(line);
      continue;
    }
    try {
      yield { doc: JSON.parse(t), where: `line ${n}` };
    } catch (err) {
      yield { error: `not JSON (${(err as Error).message})`, where: `line ${n}` };
    }
  }
  if (mode !== 'whole') {
    if (mode === undefined) throw new MamoriError('INPUT_EMPTY', `${path === '-' ? 'standard input' : quoteForError(path)} holds no request`);
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(whole.join('\n'));
  } catch (err) {
    throw new MamoriError('INPUT_INVALID', `${path === '-' ? 'standard input' : quoteForError(path)} (from line ${first}): not JSON, JSON lines or a JSON array (${(err as Error).message})`);
  }
  if (Array.isArray(parsed)) {
    for (let i = 0; i < parsed.length; i++) yield { doc: parsed[i], where: `[${i}]` };
  } else yield { doc: parsed, where: `line ${first}` };
}

async function runSimulate(flags: SimulateFlags): Promise<void> {
  if (flags.output !== 'text' && flags.output !== 'json') throw new MamoriError('BAD_OPTION', `--output ${JSON.stringify(flags.output)}: use text or json`);
  const { simulate, SimulationInputError, PolicyError } = await import('../providers/aws/iam/simulate.js');
  const out: string[] = [];
  const flush = async () => {
    if (!out.length) return;
    const chunk = out.join('\n') + '\n';
    out.length = 0;
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  };
  let index = 0;
  let failed = 0;
  for await (const item of documents(flags.input)) {
    index++;
    let problem = item.error;
    if (!problem) {
      try {
        const result = simulate(item.doc);
        out.push(flags.output === 'json' ? JSON.stringify(result) : result.decision);
      } catch (err) {
        if (!(err instanceof SimulationInputError) && !(err instanceof PolicyError)) throw err;
        problem = err.message;
      }
    }
    if (problem) {
      // The line stays in its place so that answers line up with requests; the reason goes to stderr.
      failed++;
      out.push(flags.output === 'json' ? JSON.stringify({ error: problem, request: index }) : 'Error');
      process.stderr.write(`mamori: request ${index} (${item.where}): ${safeText(quoteForError(problem, 500))}\n`);
    }
    if (out.length >= 1000) await flush();
  }
  await flush();
  if (failed) process.exitCode = 2;
}

interface AccessFlags {
  snapshot?: string;
  db?: string;
  config?: string;
  output: string;
  lang: string;
  service?: string;
}

function checkOutput(output: string): void {
  if (output !== 'text' && output !== 'json') throw new MamoriError('BAD_OPTION', `--output ${JSON.stringify(output)}: use text or json`);
}

const via = (deciding: { layer: string; policy: string; statement: string }[]) => deciding.map((d) => `${d.layer}:${d.policy}#${d.statement}`).join(', ');

async function runWhoCanCommand(action: string, resource: string, flags: AccessFlags): Promise<void> {
  checkOutput(flags.output);
  const lang = parseLang(flags.lang);
  const { runWhoCan } = await import('../app/iam.js');
  const { result, from } = await runWhoCan({ snapshot: flags.snapshot, store: { db: flags.db, config: flags.config } }, action, resource);
  if (flags.output === 'json') {
    process.stdout.write(JSON.stringify({ from, ...result }, null, 2) + '\n');
    return;
  }
  process.stderr.write(`mamori: from ${safeText(from)}; ${result.evaluated} principal(s) evaluated\n`);
  const lines: string[] = [];
  const ja = lang === 'ja';
  lines.push(ja ? `${safeText(action)} を ${safeText(resource)} に実行できる主体: ${result.allowed.length}` : `${result.allowed.length} principal(s) can ${safeText(action)} on ${safeText(resource)}`);
  for (const g of result.allowed) {
    const cond = g.conditions.length ? (ja ? `  条件: ${g.conditions.join(', ')}` : `  only if: ${g.conditions.join(', ')}`) : '';
    lines.push(`  ${safeText(g.principal)}  (${g.kind}, ${g.account})  ${ja ? '根拠' : 'via'} ${safeText(via(g.deciding))}${safeText(cond)}`);
    if (g.requires) {
      const keys = Object.entries(g.requires).map(([k, v]) => `${k}=${String(v)}`).join(', ');
      lines.push(`    ${ja ? `リクエストで ${safeText(keys)} を指定すれば可能（指定しない場合は Deny が適用される）` : `when the request sets ${safeText(keys)} (a Deny applies to requests that do not)`}`);
    }
    if (g.incomplete.length) lines.push(`    ${ja ? '未収集の入力あり' : 'incomplete inputs'}: ${g.incomplete.map((i) => safeText(i.message[lang])).join('; ')}`);
  }
  if (result.undetermined.length) {
    lines.push(ja ? `判定できない主体（拒否と評価されたが入力が未収集）: ${result.undetermined.length}` : `${result.undetermined.length} principal(s) undetermined (denied on what was collected, but inputs are missing):`);
    for (const u of result.undetermined) lines.push(`  ${safeText(u.principal)}: ${u.incomplete.map((i) => safeText(i.message[lang])).join('; ')}`);
  }
  for (const i of result.incomplete) lines.push(`${ja ? '注意' : 'note'}: ${safeText(i.message[lang])}`);
  process.stdout.write(lines.join('\n') + '\n');
}

async function runWhatCanCommand(principal: string, flags: AccessFlags): Promise<void> {
  checkOutput(flags.output);
  const lang = parseLang(flags.lang);
  const { runWhatCan } = await import('../app/iam.js');
  const { result, from } = await runWhatCan({ snapshot: flags.snapshot, store: { db: flags.db, config: flags.config } }, principal, flags.service);
  if (flags.output === 'json') {
    process.stdout.write(JSON.stringify({ from, ...result }, null, 2) + '\n');
    return;
  }
  process.stderr.write(`mamori: from ${safeText(from)}\n`);
  const ja = lang === 'ja';
  const lines = [ja ? `${safeText(result.principal)} が実行できるアクション: ${result.actions.length}` : `${safeText(result.principal)} can perform ${result.actions.length} action(s)`];
  for (const a of result.actions) {
    const on = [...new Set(a.resources.map((g) => g.resource))];
    const conditional = a.resources.some((g) => g.conditions.length) ? (ja ? '（条件付き）' : ' (conditional)') : '';
    lines.push(`  ${safeText(a.action)}${conditional}  ${safeText(on.slice(0, 5).join(', '))}${on.length > 5 ? ` … +${on.length - 5}` : ''}`);
  }
  if (result.unknownServices.length) lines.push(`${ja ? 'カタログにないサービス（展開せず）' : 'services not in the action catalogue (not expanded)'}: ${result.unknownServices.map(safeText).join(', ')}`);
  for (const i of result.incomplete) lines.push(`${ja ? '注意' : 'note'}: ${safeText(i.message[lang])}`);
  process.stdout.write(lines.join('\n') + '\n');
}

async function runLeastPrivilegeCommand(principal: string, flags: AccessFlags & { logs?: string[]; days?: number }): Promise<void> {
  checkOutput(flags.output);
  const lang = parseLang(flags.lang);
  const { runLeastPrivilege } = await import('../app/iam.js');
  const { suggestion: s, from, cloudTrailCalls } = await runLeastPrivilege({
    source: { snapshot: flags.snapshot, store: { db: flags.db, config: flags.config } },
    principal,
    logs: flags.logs,
    days: flags.days,
    onNote: (line) => process.stderr.write(`mamori: ${safeText(line)}\n`),
  });
  if (flags.output === 'json') {
    process.stdout.write(JSON.stringify({ from, cloudTrailCalls, ...s }, null, 2) + '\n');
    return;
  }
  const ja = lang === 'ja';
  process.stderr.write(`mamori: from ${safeText(from)}${cloudTrailCalls !== undefined ? `; ${cloudTrailCalls} CloudTrail call(s) by the principal` : ''}\n`);
  const lines: string[] = [];
  lines.push(ja ? `${safeText(s.principal)} の最小権限の提案（${s.since.slice(0, 10)} 以降の利用に基づく）` : `Least privilege for ${safeText(s.principal)} (from use since ${s.since.slice(0, 10)})`);
  lines.push(ja ? `付与されるアクション: ${s.counts.before} → ${s.counts.after}` : `actions granted: ${s.counts.before} → ${s.counts.after}`);
  if (s.removed.services.length) {
    lines.push(ja ? `削除するサービス（${s.removed.services.length}）:` : `services it removes (${s.removed.services.length}):`);
    const names = s.removed.services.map((r) => r.service);
    lines.push(`  ${names.slice(0, 30).join(', ')}${names.length > 30 ? ` … +${names.length - 30} (--output json)` : ''}`);
  }
  if (s.removed.actions.length) {
    lines.push(ja ? `削除するアクション（${s.removed.actions.length}）:` : `actions it removes (${s.removed.actions.length}):`);
    for (const a of s.removed.actions.slice(0, 20)) lines.push(`  ${safeText(a.action)}`);
    if (s.removed.actions.length > 20) lines.push(`  … ${s.removed.actions.length - 20} more (--output json)`);
  }
  for (const c of s.caveats) lines.push(`${ja ? '注意' : 'caveat'}: ${safeText(c.message[lang])}`);
  for (const i of s.incomplete) lines.push(`${ja ? '注意' : 'note'}: ${safeText(i.message[lang])}`);
  lines.push(ja ? '提案するポリシー:' : 'suggested policy:', s.json);
  process.stdout.write(lines.join('\n') + '\n');
}

const GUARDRAIL_MARK: Record<string, string> = { 'in-place': '✓', partial: '~', missing: '✗', unknown: '?', 'not-applicable': '-' };
const BASELINE_MARK: Record<string, string> = { pass: '✓', fail: '✗', 'not-assessed': '?', manual: '…', 'not-applicable': '-', 'not-run': '?', 'not-collected': '?' };

async function runGuardrailsCommand(flags: AccessFlags & { account?: string; policy?: string }): Promise<void> {
  checkOutput(flags.output);
  const lang = parseLang(flags.lang);
  const ja = lang === 'ja';
  const { runGuardrails } = await import('../app/iam.js');
  const accounts = flags.account ? flags.account.split(',').map((a) => a.trim()).filter(Boolean) : undefined;
  const result = await runGuardrails({ source: { snapshot: flags.snapshot, store: { db: flags.db, config: flags.config } }, accounts });
  if (flags.policy) {
    // The ready-to-apply policy of one guardrail, rendered with the (first) account's organisation id.
    const { policyJson } = await import('../providers/aws/guardrails/catalogue.js');
    const g = result.guardrails.find((x) => x.id === flags.policy);
    if (!g) throw new MamoriError('UNKNOWN_GUARDRAIL', `unknown guardrail ${quoteForError(flags.policy)} (known: ${result.guardrails.map((x) => x.id).join(', ')})`);
    if (g.kind === 'root-access') throw new MamoriError('NO_POLICY', `${g.id} is turned on with the AWS CLI, not with a policy: see docs/guardrails.md`);
    process.stdout.write(policyJson(g, result.accounts[0]?.guardrails.params) + '\n');
    return;
  }
  if (flags.output === 'json') {
    process.stdout.write(JSON.stringify({ from: result.from, accounts: result.accounts, units: result.units }, null, 2) + '\n');
    return;
  }
  process.stderr.write(`mamori: from ${safeText(result.from)}\n`);
  const title = new Map(result.guardrails.map((g) => [g.id, g.title[lang]]));
  const lines: string[] = [];
  for (const a of result.accounts) {
    const g = a.guardrails;
    const role = g.isManagement ? (ja ? '管理アカウント' : 'management account') : g.organizationId ? (ja ? `組織 ${g.organizationId} のメンバー` : `member of ${g.organizationId}`) : ja ? '組織外' : 'not in an organisation';
    lines.push(`${ja ? 'アカウント' : 'Account'} ${a.account} (${role})`);
    lines.push(`  ${ja ? 'ガードレール' : 'Guardrails'}`);
    for (const c of g.checks) {
      const by = c.providedBy.length ? `  ← ${c.providedBy.map((p) => `${p.policy} @ ${p.targetName ?? p.target}`).join(', ')}` : '';
      lines.push(`    ${GUARDRAIL_MARK[c.status] ?? '?'} ${c.status.padEnd(14)} ${safeText(title.get(c.id) ?? c.id)}  [${c.id}]${safeText(by)}`);
      if (c.status !== 'in-place' && c.status !== 'not-applicable') lines.push(`        ${safeText(c.reason[lang])}`);
    }
    lines.push(`  ${ja ? 'セキュリティベースライン' : 'Security baseline'}`);
    for (const item of a.baseline.items) lines.push(`    ${BASELINE_MARK[item.status] ?? '?'} ${item.status.padEnd(14)} ${safeText(item.title[lang])}${item.ruleId ? `  [${item.ruleId}]` : ''}`);
    lines.push('');
  }
  if (result.units.length) {
    lines.push(ja ? '組織単位（ルート・OU）ごと: 適用済み / 対象アカウント' : 'By organisational unit (root or OU): in place / accounts');
    for (const u of result.units) {
      // Accounts a guardrail cannot apply to (the management account for SCPs and RCPs) are not counted.
      const summary = u.guardrails
        .map((g) => ({ id: g.id, of: u.accounts.length - (g.counts['not-applicable'] ?? 0), in: g.counts['in-place'] ?? 0 }))
        .filter((g) => g.of > 0)
        .map((g) => `${g.id} ${g.in}/${g.of}`)
        .join(', ');
      lines.push(`  ${safeText(u.name)} [${u.id}] (${u.accounts.length}): ${summary}`);
    }
    lines.push('');
  }
  lines.push(ja ? '適用できるポリシー JSON: mamori iam guardrails --policy <ID>（詳細は docs/guardrails.md）' : 'Ready-to-apply policy JSON: mamori iam guardrails --policy <ID> (see docs/guardrails.md)');
  process.stdout.write(lines.join('\n') + '\n');
}

const accessOptions = (c: Command) =>
  c
    .option('--snapshot <file>', 'answer from this snapshot (default: what the last assessments stored in the hub)')
    .option('--db <path-or-url>', 'findings hub')
    .option('--config <file>', 'mamori config file')
    .option('--output <format>', 'text or json', 'text')
    .option('--lang <lang>', 'en or ja', 'en');

export function register(program: Command): void {
  const iam = program.command('iam').description('AWS IAM: evaluate policies offline as AWS does');
  iam
    .command('simulate')
    .description('decide requests with AWS policy evaluation logic: Allow, ExplicitDeny or ImplicitDeny, one line per request')
    .requiredOption('--input <file>', 'a request document, a JSON array of them, or JSON lines ("-": standard input)')
    .option('--output <format>', 'text (the decision) or json (decision, deciding statements, each layer and why)', 'text')
    .addHelpText(
      'after',
      `
A request document:
  { "request": { "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
                 "resource": "arn:aws:s3:::bucket/key", "resourceAccount": "111122223333", "context": { "aws:SecureTransport": true } },
    "policies": { "identity": [{ "name": "p", "policy": { "Version": "2012-10-17", "Statement": [ … ] } }],
                  "resource": { "name": "bucket-policy", "policy": { … } }, "boundary": …, "session": [ … ],
                  "scps": [{ "target": "r-abcd", "policies": [ … ] }, …], "rcps": [ … ] },
    "org": { "principalAccountIsManagement": false, "resourceAccountIsManagement": false, "principalIsServiceLinkedRole": false } }
The context is complete as given; RCPFullAWSAccess is implicit at every RCP level.
A request that cannot be evaluated prints "Error" in its place, the reason on stderr, and the exit code is 2.`,
    )
    .action(runSimulate);
  accessOptions(
    iam
      .command('who-can')
      .description('which IAM users and roles can perform ACTION on RESOURCE (ARN), with the statements that allow it')
      .argument('<action>', 'one action, e.g. s3:PutObject')
      .argument('<resource>', 'the resource ARN, e.g. arn:aws:s3:::bucket/key'),
  ).action(runWhoCanCommand);
  accessOptions(
    iam
      .command('what-can')
      .description('what an IAM user or role (ARN or name) can do, action by action, with the resources')
      .argument('<principal>', 'user or role ARN, or its name')
      .option('--service <prefix>', 'only this service, e.g. s3'),
  ).action(runWhatCanCommand);
  accessOptions(
    iam
      .command('least-privilege')
      .description("a tightened policy for an IAM user or role from its last-accessed data (and the calls it made in CloudTrail), and what it would remove")
      .argument('<principal>', 'user or role ARN, or its name')
      .option('--logs <paths...>', 'CloudTrail logs (files, folders, s3://bucket/prefix) whose calls by the principal narrow service-level grants')
      .option('--days <n>', 'use older than this many days counts as unused (default 90)', intOption('--days', 1, 400)),
  ).action(runLeastPrivilegeCommand);
  accessOptions(
    iam
      .command('guardrails')
      .description('per account: which recommended SCP, RCP and declarative-policy guardrails are in place, and the account security baseline checklist')
      .option('--account <ids>', 'only these accounts (comma-separated)')
      .option('--policy <id>', 'print the ready-to-apply policy JSON of one guardrail'),
  ).action(runGuardrailsCommand);
}
