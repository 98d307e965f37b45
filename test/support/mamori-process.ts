/**
 * Runs the built CLI (bin/mamori.js → dist/) as a separate process, as a user or a CI job would,
 * against a hub and a HOME of the caller's choosing, and can kill it with SIGKILL (`kill -9`:
 * no handler, no cleanup, no flushed buffers) after a delay. Shared by the crash tests and
 * `npm run bench:chaos`.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from '../../src/detect/read/bench-helpers.js';

/** The repository root, whether this runs from test/ (tsx) or dist/test/ (compiled). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/dist\/$/, '/');
export const mamoriBin = join(repoRoot, 'bin', 'mamori.js');

export interface MamoriRun {
  code: number | null;
  /** 'SIGKILL' when the run was killed (by us or by its deadline). */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number;
  /** Milliseconds from spawn to the first output on stdout (undefined: none). */
  firstStdoutMs?: number;
  /** Whether our SIGKILL reached a process that was still running. */
  killed: boolean;
}

export interface MamoriRunOptions {
  /** MAMORI_DB: the hub file. */
  db: string;
  /** HOME and working directory (a temporary folder, never the user's). */
  home: string;
  /** MAMORI_CONFIG, when the run needs a config (notification targets). */
  config?: string;
  env?: Record<string, string>;
  /** SIGKILL the run this many milliseconds after it started. */
  killAfterMs?: number;
  /** SIGKILL the run when its stderr first matches (a point inside the run, such as "after the commit"). */
  killOnStderr?: RegExp;
  /** SIGKILL a run that has not ended after this long (a hang must not hang the test). */
  deadlineMs?: number;
}

export function runMamori(args: readonly string[], options: MamoriRunOptions): Promise<MamoriRun> {
  return new Promise((resolve, reject) => {
    // The bench runs without test/support/isolate.ts: the caller's own MAMORI_* settings (their
    // config, their hub) must not reach these runs either.
    const env: NodeJS.ProcessEnv = {};
    for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('MAMORI_')) env[name] = value;
    Object.assign(env, { NO_COLOR: '1', MAMORI_DB: options.db, HOME: options.home }, options.env);
    if (options.config) env.MAMORI_CONFIG = options.config;
    const started = performance.now();
    const child = spawn(process.execPath, [mamoriBin, ...args], { cwd: options.home, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let firstStdoutMs: number | undefined;
    let killed = false;
    const kill = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killed = child.kill('SIGKILL');
    };
    const timers = [options.killAfterMs, options.deadlineMs].filter((t): t is number => t !== undefined).map((t) => setTimeout(kill, t));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      firstStdoutMs ??= performance.now() - started;
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (options.killOnStderr?.test(stderr)) kill();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const t of timers) clearTimeout(t);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, firstStdoutMs, killed: killed && signal === 'SIGKILL' });
    });
  });
}

/** Copies a SQLite hub (its WAL and shared-memory files too, if a run left them) to a new path. */
export function copyHub(from: string, to: string): void {
  copyFileSync(from, to);
  for (const suffix of ['-wal', '-shm']) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
}

/** A small seeded generator (mulberry32): the same seed gives the same kill points on every machine. */
export const seededRandom = rng;

/**
 * `count` kill delays spread over a run of `durationMs`: one in each of `count` equal slices
 * of [from·duration, duration], at a random place inside its slice (stratified, so a few
 * delays still cover the start, the middle and the commit at the end).
 */
export function killDelays(durationMs: number, count: number, random: () => number, from = 0.2): number[] {
  const start = durationMs * from;
  const span = durationMs - start;
  return Array.from({ length: count }, (_, i) => Math.round(start + (span * (i + random())) / count));
}
