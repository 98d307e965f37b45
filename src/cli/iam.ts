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
}
