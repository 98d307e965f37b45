/**
 * What learned baselines need from a database: read the state of some principals, merge what a
 * run learned. Detection defines this port and the hub's store implements it
 * (src/hub/store/baselines.ts), so detection depends on no database library and no hub module.
 */

/** When a principal was first and last seen. */
export interface PrincipalRecord {
  principal: string;
  firstSeen: string;
  lastSeen: string;
}

/** One value of one dimension a principal used, and how often. */
export interface BaselineValueRecord {
  principal: string;
  /** api | region | network | user_agent */
  dimension: string;
  value: string;
  firstSeen: string;
  lastSeen: string;
  count: number;
}

export interface BaselineStore {
  /** Throws when the database has no baseline tables (a store older than their migration). */
  checkBaselines(): Promise<void>;
  /**
   * The stored state of these principals (unknown ones are simply absent); with `runId`, what that
   * run staged is merged in (a principal evicted from the run's cache and needed again).
   */
  readBaselines(principals: readonly string[], runId?: string): Promise<{ principals: PrincipalRecord[]; values: BaselineValueRecord[] }>;
  /**
   * Keeps what a run learned aside until the run commits (`RunBaselines.mergeStagedBaselines`):
   * a run that dies never teaches the baselines what its signals did not record.
   */
  stageBaselines(runId: string, principals: readonly PrincipalRecord[], values: readonly BaselineValueRecord[]): Promise<void>;
  /** Moves what the run staged into the baselines (same merge) and drops it from staging. */
  mergeStagedBaselines(runId: string): Promise<void>;
  /**
   * Merges in one transaction (all or nothing): the earliest first seen and the latest last seen
   * win, and `count` is added to the stored count, so two runs over the same principal add up.
   */
  mergeBaselines(principals: readonly PrincipalRecord[], values: readonly BaselineValueRecord[]): Promise<void>;
}

/** What a run's own transaction offers the baselines when the run commits (FindingStore.commitRun). */
export type RunBaselines = Pick<BaselineStore, 'mergeBaselines' | 'mergeStagedBaselines'>;
