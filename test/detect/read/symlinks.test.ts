/** Every file once (issue 11): a symlink loop used to replay the same file 41 times (a root login counted 205 instead of 5). */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readEvents, type ReadIssue } from '../../../src/detect/read/index.js';

const record = (i: number) => ({ eventVersion: '1.09', eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', eventTime: `2026-11-20T03:0${i}:00Z`, eventID: `ev-${i}`, recipientAccountId: '111111111111', awsRegion: 'us-east-1', userIdentity: { type: 'Root', arn: 'arn:aws:iam::111111111111:root', accountId: '111111111111' } });

async function read(inputs: string[], followSymlinks?: boolean) {
  const issues: ReadIssue[] = [];
  const ids: string[] = [];
  for await (const e of readEvents(inputs, { followSymlinks, onIssue: (i) => issues.push(i) })) ids.push(e.id);
  return { ids, issues };
}

describe('walking input folders', () => {
  const root = mkdtempSync(join(tmpdir(), 'mamori-walk-'));
  const logs = join(root, 'logs');
  mkdirSync(join(logs, 'a'), { recursive: true });
  writeFileSync(join(logs, 'a', 'trail.json'), JSON.stringify({ Records: [0, 1, 2, 3, 4].map(record) }));
  symlinkSync(logs, join(logs, 'a', 'loop')); // a folder linking back to its ancestor
  symlinkSync(join(logs, 'a', 'trail.json'), join(logs, 'same-file.json')); // a second path to the same file
  const outside = join(root, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'other.json'), JSON.stringify({ Records: [record(9)] }));
  symlinkSync(outside, join(logs, 'linked'));

  it('does not follow symbolic links inside a folder unless asked', async () => {
    const { ids, issues } = await read([logs]);
    assert.deepEqual(ids, ['ev-0', 'ev-1', 'ev-2', 'ev-3', 'ev-4']);
    assert.deepEqual(issues, []);
  });

  it('follows them when asked, through a loop, reading every file once', async () => {
    const { ids, issues } = await read([logs], true);
    assert.deepEqual([...ids].sort(), ['ev-0', 'ev-1', 'ev-2', 'ev-3', 'ev-4', 'ev-9']);
    assert.deepEqual(issues, []);
  });

  it('reads a file named twice (directly and through its folder) once', async () => {
    const { ids } = await read([join(logs, 'a', 'trail.json'), logs, join(logs, 'same-file.json')]);
    assert.equal(ids.length, 5);
  });
});
