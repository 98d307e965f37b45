/**
 * CodeBuild collector against recorded-shape responses (AWS CodeBuild API Reference › ListProjects
 * (nextToken pagination), BatchGetProjects (at most 100 names per call; projectsNotFound)). The
 * buildspec text, environment variable values and credentials in a source URL must never reach
 * the snapshot.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { BatchGetProjectsCommand, CodeBuildClient, ListProjectsCommand, type Project } from '@aws-sdk/client-codebuild';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/codebuild.js';
import { CODEBUILD_PROJECT_TYPE, withoutUserInfo, type CodeBuildProjectConfig } from '../../../../src/providers/aws/model/codebuild.js';
import { awsError, runCollector } from './harness.js';

const cb = mockClient(CodeBuildClient);
const ACCOUNT = '111111111111';
const projectArn = (name: string) => `arn:aws:codebuild:us-east-1:${ACCOUNT}:project/${name}`;
const TOKEN = 'ghp_R3alLookingT0kenValue0123456789abcd';
const BUILDSPEC = 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo $NPM_TOKEN > .npmrc';

const project = (name: string, extra: Partial<Project> = {}): Project => ({
  name,
  arn: projectArn(name),
  source: { type: 'GITHUB', location: `https://github.com/example/${name}.git`, buildspec: BUILDSPEC, gitCloneDepth: 1 },
  artifacts: { type: 'NO_ARTIFACTS' },
  environment: {
    type: 'LINUX_CONTAINER',
    image: 'aws/codebuild/amazonlinux2-x86_64-standard:5.0',
    computeType: 'BUILD_GENERAL1_SMALL',
    privilegedMode: false,
    environmentVariables: [
      { name: 'NPM_TOKEN', value: TOKEN, type: 'PLAINTEXT' },
      { name: 'DB_PASSWORD', value: '/prod/db/password', type: 'PARAMETER_STORE' },
    ],
  },
  serviceRole: `arn:aws:iam::${ACCOUNT}:role/service-role/codebuild-${name}-service-role`,
  timeoutInMinutes: 60,
  created: new Date('2026-01-10T00:00:00Z'),
  lastModified: new Date('2026-04-10T00:00:00Z'),
  tags: [{ key: 'team', value: 'ci' }],
  ...extra,
});

describe('codebuild collector', () => {
  beforeEach(() => cb.reset());

  it('lists projects (paginated), describes them 100 at a time, keeps role, source and variable names/types only', async () => {
    const names = Array.from({ length: 101 }, (_, i) => `svc-${String(i).padStart(3, '0')}`);
    cb.on(ListProjectsCommand).resolvesOnce({ projects: names.slice(0, 60), nextToken: 'n2' }).resolvesOnce({ projects: names.slice(60) });
    cb.on(BatchGetProjectsCommand).callsFake(async (input: { names: string[] }) => ({
      projects: input.names
        .filter((n) => n !== 'svc-050')
        .map((n) => (n === 'svc-000' ? project(n, { source: { type: 'GITHUB', location: `https://x-access-token:${TOKEN}@github.com/example/svc-000.git`, buildspec: BUILDSPEC } }) : project(n))),
      projectsNotFound: input.names.includes('svc-050') ? ['svc-050'] : [],
    }));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    const batches = cb.commandCalls(BatchGetProjectsCommand).map((c) => c.args[0].input.names?.length);
    assert.deepEqual(batches, [100, 1], 'at most 100 names per BatchGetProjects');
    assert.equal(resources.length, 100, 'a project deleted between the calls (projectsNotFound) is gone');
    assert.ok(resources.every((r) => r.type === CODEBUILD_PROJECT_TYPE));
    const first = resources[0].config as unknown as CodeBuildProjectConfig;
    assert.equal(resources[0].uid, projectArn('svc-000'));
    assert.equal(first.serviceRole, `arn:aws:iam::${ACCOUNT}:role/service-role/codebuild-svc-000-service-role`);
    assert.equal(first.sourceType, 'GITHUB');
    assert.equal(first.sourceLocation, 'https://github.com/example/svc-000.git', 'credentials in the URL are dropped');
    assert.deepEqual(first.environmentVariables, [{ name: 'NPM_TOKEN', type: 'PLAINTEXT' }, { name: 'DB_PASSWORD', type: 'PARAMETER_STORE' }]);
    assert.deepEqual(resources[0].relationships, [{ type: 'uses-role', target: first.serviceRole }]);
    const text = JSON.stringify(resources);
    assert.ok(!text.includes(TOKEN), 'no environment variable value or URL credential in the snapshot');
    assert.ok(!text.includes('/prod/db/password') && !text.includes('phases'), 'no parameter name value, no buildspec');
  });

  it('records AccessDenied on BatchGetProjects for the type and carries on with the next batch', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `p${i}`);
    cb.on(ListProjectsCommand).resolves({ projects: names });
    cb.on(BatchGetProjectsCommand).rejectsOnce(awsError('AccessDeniedException', 'not authorized to perform: codebuild:BatchGetProjects', 400)).callsFake(async (input: { names: string[] }) => ({ projects: input.names.map((n) => project(n)) }));
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 50);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].code, 'AccessDenied');
    assert.deepEqual(errors[0].resourceTypes, [CODEBUILD_PROJECT_TYPE]);
  });

  it('records a denied ListProjects', async () => {
    cb.on(ListProjectsCommand).rejects(awsError('AccessDeniedException', 'denied', 400));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(resources, []);
    assert.equal(errors[0].operation, 'ListProjects');
    assert.equal(cb.commandCalls(BatchGetProjectsCommand).length, 0);
  });

  it('drops the user-info part of a URL only', () => {
    assert.equal(withoutUserInfo('https://user:pw@git.example.com/a.git'), 'https://git.example.com/a.git');
    assert.equal(withoutUserInfo('my-bucket/source.zip'), 'my-bucket/source.zip');
    assert.equal(withoutUserInfo('https://github.com/a/b@v1'), 'https://github.com/a/b@v1');
  });
});
