/**
 * Streamed AWS collection into a snapshot folder (collectToFolder): each job's results go to their
 * shards as the job finishes. Reading the folder back gives exactly what collecting into memory and
 * writing the folder afterwards gives. STS and EC2 are stubbed with aws-sdk-client-mock; the service
 * collectors are small fakes that emit across regions, record errors and fail.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { collectToFolder } from '../../../../src/app/posture.js';
import { collectAws, type CollectJobResult, type CollectOptions } from '../../../../src/providers/aws/collect/collector.js';
import type { ServiceCollector } from '../../../../src/providers/aws/collect/types.js';
import { ACCOUNT_TYPE, REGION_TYPE } from '../../../../src/model/pseudo.js';
import { MANIFEST_FILE, openSnapshot, writeShardedSnapshot } from '../../../../src/snapshot/sharded.js';
import { awsError } from './harness.js';
import { readBack } from './folder.js';

const ACCOUNT = '123456789012';
const dir = mkdtempSync(join(tmpdir(), 'mamori-aws-stream-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const sts = mockClient(STSClient);
const ec2 = mockClient(EC2Client);
beforeEach(() => {
  sts.reset();
  ec2.reset();
  sts.on(GetCallerIdentityCommand).resolves({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDAEXAMPLE' });
  ec2.on(DescribeRegionsCommand).resolves({
    Regions: [
      { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
      { RegionName: 'ap-northeast-1', OptInStatus: 'opt-in-not-required' },
      { RegionName: 'me-south-1', OptInStatus: 'not-opted-in' },
    ],
  });
});
afterEach(() => {
  sts.reset();
  ec2.reset();
});

const iam: ServiceCollector = {
  service: 'iam',
  global: true,
  async collect(ctx) {
    ctx.emit({ uid: `arn:aws:iam::${ctx.account}:root`, account: ctx.account, region: 'global', type: 'AWS::IAM::RootUser', name: 'root', tags: {}, config: {} });
    await ctx.list('ListUsers', ['AWS::IAM::User'], () => Promise.reject(awsError('AccessDenied', 'not authorized to perform iam:ListUsers', 403)));
  },
};

/** A global job whose resources live in several regions: its results span several shards. */
const s3: ServiceCollector = {
  service: 's3',
  global: true,
  async collect(ctx) {
    for (const [name, region] of [['logs', 'us-east-1'], ['assets', 'ap-northeast-1']]) {
      const uid = `arn:aws:s3:::${name}`;
      const errors: Record<string, string> = {};
      await ctx.detail(errors, uid, 'policy', 'GetBucketPolicy', () => (name === 'assets' ? Promise.reject(awsError('AccessDenied', 'denied', 403)) : Promise.resolve({})));
      ctx.emit({ uid, account: ctx.account, region, type: 'AWS::S3::Bucket', name, tags: {}, config: {}, ...(Object.keys(errors).length ? { errors } : {}) });
    }
  },
};

/** A regional job that fails outright in one region. */
const ec2Instances: ServiceCollector = {
  service: 'ec2',
  global: false,
  async collect(ctx) {
    if (ctx.region === 'ap-northeast-1') throw awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403);
    for (let i = 0; i < 3; i++) {
      const id = `i-00000000000000${i}`;
      ctx.emit({ uid: `arn:aws:ec2:${ctx.region}:${ctx.account}:instance/${id}`, account: ctx.account, region: ctx.region, type: 'AWS::EC2::Instance', name: id, tags: {}, config: {} });
    }
  },
};

const options = (): CollectOptions => ({
  collectors: [iam, s3, ec2Instances],
  regions: ['us-east-1', 'ap-northeast-1', 'me-south-1'],
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-real-secret' },
  homeRegion: 'us-east-1',
  concurrency: 2,
});

describe('streamed AWS collection into a snapshot folder', () => {
  it('reads back to the same resources, errors and shards as collecting into memory and writing afterwards', async () => {
    const inMemory = await collectAws(options());
    assert.ok(inMemory.errors.some((e) => e.code === 'RegionDisabled'), 'an error that belongs to no job');
    assert.ok(inMemory.errors.some((e) => e.operation === 'collect'), 'a job-wide failure');
    const posthoc = join(dir, 'posthoc');
    await writeShardedSnapshot(posthoc, inMemory);

    const streamed = join(dir, 'streamed');
    const result = await collectToFolder({ provider: 'aws', aws: options() }, streamed);
    assert.equal(result.resources, inMemory.resources.length);
    assert.equal(result.errors, inMemory.errors.length);

    const expected = await readBack(await openSnapshot(posthoc));
    const actual = await readBack(await openSnapshot(streamed));
    assert.equal(expected.resources.length, inMemory.resources.length);
    assert.deepEqual(actual.header, expected.header);
    assert.deepEqual(actual.resources, expected.resources);
    assert.deepEqual(actual.errors, expected.errors);
    assert.deepEqual(actual.shards, expected.shards);
    // The global S3 job wrote its buckets to their own regions' shards.
    assert.deepEqual(actual.shards[`aws|${ACCOUNT}|ap-northeast-1|s3`]?.types, { 'AWS::S3::Bucket': 1 });
  });

  it('rewriting a finished folder: it has no manifest (readers refuse it) until the new run is done', async () => {
    const folder = join(dir, 'rewritten');
    await collectToFolder({ provider: 'aws', aws: options() }, folder);
    const first = (await openSnapshot(folder)).manifest.id;
    const seen: boolean[] = [];
    const probe: ServiceCollector = { service: 'sns', global: false, async collect() { seen.push(existsSync(join(folder, MANIFEST_FILE))); } };
    await collectToFolder({ provider: 'aws', aws: { ...options(), collectors: [iam, probe], concurrency: 1 } }, folder);
    assert.deepEqual(seen, [false, false], 'no manifest while the jobs after the first shard ran');
    assert.notEqual((await openSnapshot(folder)).manifest.id, first);
  });

  it('refused up front (no such region): no folder is left behind', async () => {
    const folder = join(dir, 'refused');
    await assert.rejects(collectToFolder({ provider: 'aws', aws: { ...options(), regions: ['eu-nowhere-9'] } }, folder), /unknown region "eu-nowhere-9"/);
    assert.equal(existsSync(folder), false);
  });

  it('with keepJobResults false, the collector hands each job on and keeps only what belongs to no job', async () => {
    const handed: { job: string; result: CollectJobResult }[] = [];
    const snapshot = await collectAws({ ...options(), keepJobResults: false, onJobResult: (job, result) => void handed.push({ job: `${job.service} ${job.region}`, result }) });
    assert.deepEqual(handed.map((h) => h.job).sort(), ['ec2 ap-northeast-1', 'ec2 us-east-1', 'iam global', 's3 global']);
    assert.deepEqual([...new Set(snapshot.resources.map((r) => r.type))].sort(), [ACCOUNT_TYPE, REGION_TYPE].sort(), 'only the pseudo resources of the core');
    assert.deepEqual(snapshot.errors.map((e) => e.code), ['RegionDisabled']);
    assert.equal(handed.find((h) => h.job === 'ec2 ap-northeast-1')?.result.errors[0]?.code, 'AccessDenied');
    assert.equal(handed.find((h) => h.job === 'ec2 us-east-1')?.result.resources.length, 3);
  });

  it('keeps job results in the snapshot by default, and still reports each job', async () => {
    const handed: string[] = [];
    const snapshot = await collectAws({ ...options(), onJobResult: (job) => void handed.push(job.service) });
    assert.equal(handed.length, 4);
    assert.equal(snapshot.resources.filter((r) => r.type === 'AWS::EC2::Instance').length, 3);
  });

  it('waits for onJobResult before a lane takes its next job (a slow writer holds collection back)', async () => {
    let writing = false;
    let overlapped = false;
    await collectAws({
      ...options(),
      concurrency: 1,
      keepJobResults: false,
      onJobResult: async () => {
        if (writing) overlapped = true;
        writing = true;
        await new Promise((r) => setTimeout(r, 5));
        writing = false;
      },
    });
    assert.equal(overlapped, false);
  });
});
