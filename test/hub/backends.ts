/**
 * The store backends every hub test runs on: the embedded SQLite store always, and a real
 * PostgreSQL server when MAMORI_TEST_PG_URL is set (.ci/run starts one and sets it).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { FindingStore } from '../../src/hub/store/store.js';

export interface Backend {
  name: string;
  /** Why the backend is not run, or undefined when it is. */
  skip?: string;
  fresh(): Promise<{ store: FindingStore; setting: string }>;
}

let counter = 0;
const pgUrl = process.env.MAMORI_TEST_PG_URL;

export const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    async fresh() {
      const setting = join(mkdtempSync(join(tmpdir(), 'mamori-hub-')), 'hub.db');
      return { store: await FindingStore.open(setting), setting };
    },
  },
  {
    name: 'postgres',
    // In CI the PostgreSQL run is mandatory: without the URL the tests fail instead of skipping.
    skip: pgUrl || process.env.CI ? undefined : 'MAMORI_TEST_PG_URL is not set (run through .ci/run, which starts PostgreSQL)',
    async fresh() {
      if (!pgUrl) throw new Error('MAMORI_TEST_PG_URL is required in CI (.ci/run starts PostgreSQL and sets it)');
      const name = `mamori_test_${process.pid}_${Date.now()}_${counter++}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(pgUrl!);
      url.pathname = `/${name}`;
      const setting = url.toString();
      return { store: await FindingStore.open(setting), setting };
    },
  },
];
