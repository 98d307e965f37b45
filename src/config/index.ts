/**
 * The mamori config file (YAML): where it is and loading it. Every problem is a MamoriError with
 * one line: `file:line:col: setting.path: what is wrong`. Resolved environment variables
 * (`${env:NAME}`) never appear in error messages. Parsing lives in parse.ts (yaml, zod) and loads
 * only when there is a file to parse.
 */
import { open } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MamoriError } from '../model/errors.js';
import { defaultConfig } from './defaults.js';
import { configTooLarge, maxConfigBytes } from './limits.js';
import type { MamoriConfig } from './schema.js';

export type * from './schema.js';
export type { ConfigIssue } from './validate.js';
export { defaultConfig } from './defaults.js';


export interface LoadConfigOptions {
  /** Environment for MAMORI_CONFIG and `${env:NAME}` references; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Home directory for the default path; default os.homedir(). */
  homeDir?: string;
}

/** The default config file: ~/.mamori/config.yaml. */
export function defaultConfigPath(homeDir: string = homedir()): string {
  return join(homeDir, '.mamori', 'config.yaml');
}

export function expandHome(p: string, homeDir: string): string {
  return p === '~' ? homeDir : p.startsWith('~/') ? join(homeDir, p.slice(2)) : p;
}

/**
 * Loads the config: from `path`, else $MAMORI_CONFIG, else ~/.mamori/config.yaml. A missing
 * default file means defaults only; a missing explicit file is an error.
 */
export async function loadConfig(path?: string, options: LoadConfigOptions = {}): Promise<MamoriConfig> {
  const env = options.env ?? process.env;
  const homeDir = options.homeDir ?? homedir();
  const given = path || env.MAMORI_CONFIG || undefined;
  const file = given ? expandHome(given, homeDir) : defaultConfigPath(homeDir);
  let text: string;
  try {
    text = await readBounded(file, maxConfigBytes(env));
  } catch (err) {
    if (err instanceof MamoriError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !given) return defaultConfig();
    if (code === 'ENOENT') throw new MamoriError('CONFIG_NOT_FOUND', `config file not found: ${file}${path ? '' : ' (from MAMORI_CONFIG)'}`);
    if (code === 'EISDIR') throw new MamoriError('CONFIG_READ', `cannot read config file ${file}: it is a directory`);
    if (code === 'EACCES' || code === 'EPERM') throw new MamoriError('CONFIG_READ', `cannot read config file ${file}: permission denied`);
    throw new MamoriError('CONFIG_READ', `cannot read config file ${file}: ${code ?? (err as Error).message}`, { cause: err });
  }
  // The YAML parser and the schema (zod) load only now: most commands run without a config file.
  const { parseConfig } = await import('./parse.js');
  return parseConfig(text, { file, env, baseDir: dirname(resolve(file)), homeDir });
}


/**
 * The file's text, refused before it is read when it is larger than `limit` bytes. A pipe or a
 * file that grows meanwhile is read only to one byte past the limit.
 */
async function readBounded(file: string, limit: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (info.isFile() && info.size > limit) throw configTooLarge(file, info.size, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(limit + 1 - total, 1024 * 1024));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw configTooLarge(file, undefined, limit);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    await handle.close();
  }
}
