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
  /** The stored state of these principals (unknown ones are simply absent). */
  readBaselines(principals: readonly string[]): Promise<{ principals: PrincipalRecord[]; values: BaselineValueRecord[] }>;
  /**
   * Merges in one transaction (all or nothing): the earliest first seen and the latest last seen
   * win, and `count` is added to the stored count, so two runs over the same principal add up.
   */
  mergeBaselines(principals: readonly PrincipalRecord[], values: readonly BaselineValueRecord[]): Promise<void>;
}
