/**
 * Size limits of a config file, so a hostile or runaway file is refused in one line before it
 * costs minutes or gigabytes. 100,000 suppressions and automation rules are about 25 MB of YAML;
 * the defaults leave room for ten times that.
 */
import { MamoriError } from '../model/errors.js';

/** Largest config file read, in bytes: MAMORI_MAX_CONFIG_BYTES, default 64 MiB. */
export const MAX_CONFIG_BYTES_ENV = 'MAMORI_MAX_CONFIG_BYTES';
export const DEFAULT_MAX_CONFIG_BYTES = 64 * 1024 * 1024;

/** Most suppressions, and most automation rules, one config may hold. */
export const MAX_CONFIG_RULES = 1_000_000;

/** Longest glob or value in a matcher or criterion (rule ids, resource uids, tags, text operands). */
export const MAX_PATTERN_LENGTH = 4096;

/** A whole number of bytes above zero from MAMORI_MAX_CONFIG_BYTES, else the default (as the timeouts read theirs). */
export function maxConfigBytes(env: NodeJS.ProcessEnv = process.env): number {
  const v = env[MAX_CONFIG_BYTES_ENV];
  return v !== undefined && /^\d+$/.test(v) && Number(v) > 0 && Number.isSafeInteger(Number(v)) ? Number(v) : DEFAULT_MAX_CONFIG_BYTES;
}

/** `64 MiB`, `1 KiB`, `2,000 bytes`: how a size is named in a message (exact, never rounded). */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size && bytes % size === 0) return `${(bytes / size).toLocaleString('en')} ${unit}`;
  }
  return `${bytes.toLocaleString('en')} bytes`;
}

/** The problem with a pattern's length, if any. */
export function patternLengthProblem(value: string): string | undefined {
  return value.length > MAX_PATTERN_LENGTH ? `is ${value.length.toLocaleString('en')} characters long (at most ${MAX_PATTERN_LENGTH.toLocaleString('en')})` : undefined;
}

/** The one line for a config file over the size limit (`bytes` undefined: a stream that went past it). */
export function configTooLarge(file: string, bytes: number | undefined, limit: number): MamoriError {
  const size = bytes === undefined ? 'larger than' : `${bytes.toLocaleString('en')} bytes, more than`;
  return new MamoriError('CONFIG_TOO_LARGE', `config file ${file} is ${size} the ${formatBytes(limit)} limit (set ${MAX_CONFIG_BYTES_ENV} to allow more)`);
}
