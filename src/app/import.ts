/**
 * Application layer for imports: other tools' findings files (Security Hub ASFF, GuardDuty,
 * Prowler OCSF, Trivy JSON) into the hub, with the format each was read as, what each changed,
 * and the notifications queued with each file's findings.
 */
import { readFindingsFile, type ImportFormat } from '../hub/import/index.js';
import type { EnqueueResult } from '../hub/notify/index.js';
import type { ObservedFinding } from '../hub/model.js';
import type { IngestCounts } from '../hub/store/store.js';
import { MamoriError } from '../model/errors.js';
import type { HubContext } from './context.js';
import { addQueued, queuedOn, queueRunChanges, type QueuedNotifications } from './notify.js';

export interface ImportRequest {
  files: string[];
  /** Read every file as this format (absent: detected per file). */
  format?: ImportFormat;
  /** Who imports, for the audit history (recorded as `import:<actor>`). */
  actor: string;
  /**
   * Import the files that could be read even when others could not (their errors are in the
   * result). Default false: one bad file stops the import before anything is written.
   */
  partial?: boolean;
  /** One-line notes as each file is stored (counts); the CLI writes them to stderr. */
  onNote?: (line: string) => void;
}

export interface ImportedFile {
  file: string;
  /** The format the file was read as; undefined when it held no findings. */
  format?: ImportFormat;
  findings: number;
  counts: IngestCounts;
}

export interface ImportFileError {
  file: string;
  code: string;
  message: string;
}

export interface ImportResult {
  files: ImportedFile[];
  /** Files that could not be read or mapped (only with `partial`; otherwise the first is thrown). */
  errors: ImportFileError[];
  totals: IngestCounts;
  /**
   * What the files changed, queued with each file's findings; `deliver()` sends them once, after
   * the last file (under the delivery deadline), through the hub the import was given.
   */
  notifications?: QueuedNotifications;
}

/** Files read and mapped, not yet stored. */
export interface PreparedImport {
  parsed: { file: string; format?: ImportFormat; observed: ObservedFinding[] }[];
  errors: ImportFileError[];
}

/**
 * Reads and maps every file (concurrently) before anything is stored, so a bad file can stop the
 * import before the hub is even opened. Without `partial`, the first bad file (in the order given,
 * so the message does not depend on timing) is thrown.
 */
export async function prepareImport(files: readonly string[], options: { format?: ImportFormat; partial?: boolean } = {}): Promise<PreparedImport> {
  const settled = await Promise.allSettled(files.map((file) => readFindingsFile(file, { format: options.format })));
  const prepared: PreparedImport = { parsed: [], errors: [] };
  for (const [i, s] of settled.entries()) {
    if (s.status === 'fulfilled') {
      prepared.parsed.push({ file: files[i], format: s.value.format, observed: s.value.findings });
      continue;
    }
    if (!options.partial) throw s.reason;
    const error = s.reason as unknown;
    prepared.errors.push({ file: files[i], code: error instanceof MamoriError ? error.code : 'IMPORT_READ', message: error instanceof Error ? error.message : String(error) });
  }
  return prepared;
}

/**
 * Stores prepared files one by one, each in one transaction with the notifications for what it
 * changed (a kill between files keeps the files stored and their notifications). Nothing is
 * delivered here: the caller calls `notifications.deliver()` once, so a receiver that never
 * answers costs one delivery deadline, not one per file.
 */
export async function storeImport(hub: HubContext, prepared: PreparedImport, options: Pick<ImportRequest, 'actor' | 'onNote'>): Promise<ImportResult> {
  const note = options.onNote ?? (() => {});
  const totals: IngestCounts = { new: 0, reopened: 0, resolved: 0, updated: 0, unchanged: 0, skipped: 0 };
  const files: ImportedFile[] = [];
  let queued: EnqueueResult | undefined;
  for (const { file, format, observed } of prepared.parsed) {
    const stored = await hub.store.commitRun(async (run) => {
      const counts = await run.ingest(observed, { actor: `import:${options.actor}`, policy: hub.policy, risk: hub.risk });
      return { counts, queued: await queueRunChanges(run, hub.config) };
    });
    const { counts } = stored;
    queued = addQueued(queued, stored.queued);
    note(`${file}: ${observed.length} findings — ${counts.new} new, ${counts.reopened} reopened, ${counts.resolved} resolved, ${counts.updated + counts.unchanged} seen again`);
    for (const k of Object.keys(totals) as (keyof IngestCounts)[]) totals[k] += counts[k];
    files.push({ file, format, findings: observed.length, counts });
  }
  return { files, errors: prepared.errors, totals, ...(queued ? { notifications: queuedOn(hub, queued) } : {}) };
}

/** Imports files into an open hub: prepareImport, then storeImport. */
export async function importFiles(hub: HubContext, request: ImportRequest): Promise<ImportResult> {
  return storeImport(hub, await prepareImport(request.files, request), request);
}
