/**
 * Launch templates of the ec2 collector against recorded-shape responses (Amazon EC2 API Reference
 * › DescribeLaunchTemplates, DescribeLaunchTemplateVersions: without a template id and with
 * Versions=[$Default] it answers the default version of every template). Only the instance profile
 * of the launch template data is kept: user data must never reach the snapshot.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { DescribeLaunchTemplatesCommand, DescribeLaunchTemplateVersionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { collectLaunchTemplates } from '../../../../src/providers/aws/collect/services/ec2-launch-templates.js';
import type { ServiceCollector } from '../../../../src/providers/aws/collect/types.js';
import { ec2Arn, LAUNCH_TEMPLATE_TYPE, type LaunchTemplateConfig } from '../../../../src/providers/aws/model/ec2.js';
import { awsError, runCollector } from './harness.js';

const ec2 = mockClient(EC2Client);
const ACCOUNT = '111111111111';
const USER_DATA = Buffer.from('#!/bin/bash\nexport DB_PASSWORD=hunter2-not-real\n').toString('base64');
const launchTemplates: ServiceCollector = {
  service: 'ec2',
  global: false,
  collect: (ctx) => collectLaunchTemplates(ctx, ctx.client(EC2Client), (t, id) => ec2Arn(ctx.partition, ctx.region, ctx.account, t, id)),
};
const template = (id: string, name: string) => ({
  LaunchTemplateId: id,
  LaunchTemplateName: name,
  CreateTime: new Date('2026-04-01T00:00:00Z'),
  CreatedBy: `arn:aws:iam::${ACCOUNT}:user/ops`,
  DefaultVersionNumber: 3,
  LatestVersionNumber: 4,
  Tags: [{ Key: 'app', Value: name }],
});

describe('ec2 collector: launch templates', () => {
  beforeEach(() => ec2.reset());

  it('keeps each template\'s default-version instance profile (by ARN or by name), never user data', async () => {
    ec2.on(DescribeLaunchTemplatesCommand).resolvesOnce({ LaunchTemplates: [template('lt-0web', 'web')], NextToken: 'p2' }).resolvesOnce({ LaunchTemplates: [template('lt-0batch', 'batch'), template('lt-0bare', 'bare')] });
    ec2.on(DescribeLaunchTemplateVersionsCommand).resolves({
      LaunchTemplateVersions: [
        { LaunchTemplateId: 'lt-0web', LaunchTemplateName: 'web', VersionNumber: 3, DefaultVersion: true, LaunchTemplateData: { ImageId: 'ami-0web', UserData: USER_DATA, IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/app/web` } } },
        { LaunchTemplateId: 'lt-0batch', LaunchTemplateName: 'batch', VersionNumber: 1, DefaultVersion: true, LaunchTemplateData: { IamInstanceProfile: { Name: 'batch-profile' }, UserData: USER_DATA } },
        { LaunchTemplateId: 'lt-0bare', LaunchTemplateName: 'bare', VersionNumber: 1, DefaultVersion: true, LaunchTemplateData: { ImageId: 'ami-0bare' } },
      ],
    });
    const { resources, errors } = await runCollector(launchTemplates);
    assert.deepEqual(errors, []);
    assert.equal(ec2.commandCalls(DescribeLaunchTemplatesCommand)[1].args[0].input.NextToken, 'p2');
    const asked = ec2.commandCalls(DescribeLaunchTemplateVersionsCommand).map((c) => c.args[0].input);
    assert.deepEqual(asked.map((i) => [i.Versions, i.LaunchTemplateId, i.LaunchTemplateName]), [[['$Default'], undefined, undefined]], 'one listing of every default version');
    assert.deepEqual(resources.map((r) => [r.type, r.uid]), ['lt-0web', 'lt-0batch', 'lt-0bare'].map((id) => [LAUNCH_TEMPLATE_TYPE, `arn:aws:ec2:us-east-1:${ACCOUNT}:launch-template/${id}`]));
    const [web, batch, bare] = resources.map((r) => r.config as unknown as LaunchTemplateConfig);
    assert.deepEqual(web.iamInstanceProfile, { arn: `arn:aws:iam::${ACCOUNT}:instance-profile/app/web` });
    assert.deepEqual(resources[0].relationships, [{ type: 'uses-instance-profile', target: `arn:aws:iam::${ACCOUNT}:instance-profile/app/web` }]);
    assert.deepEqual(batch.iamInstanceProfile, { name: 'batch-profile' });
    assert.equal(bare.iamInstanceProfile, null, 'no profile in the default version');
    assert.deepEqual([web.defaultVersionNumber, web.latestVersionNumber], [3, 4]);
    assert.ok(!JSON.stringify(resources).includes(USER_DATA) && !JSON.stringify(resources).includes('hunter2'), 'user data never reaches the snapshot');
  });

  it('a denied DescribeLaunchTemplateVersions leaves the profiles unknown (errors.iamInstanceProfile) and is a listing error of the type', async () => {
    ec2.on(DescribeLaunchTemplatesCommand).resolves({ LaunchTemplates: [template('lt-0web', 'web')] });
    ec2.on(DescribeLaunchTemplateVersionsCommand).rejects(awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403));
    const { resources, errors } = await runCollector(launchTemplates);
    assert.equal(resources.length, 1);
    assert.deepEqual(resources[0].errors, { iamInstanceProfile: 'AccessDenied' });
    assert.equal('iamInstanceProfile' in resources[0].config, false);
    assert.deepEqual(errors.map((e) => [e.operation, e.code, e.resourceTypes]), [['DescribeLaunchTemplateVersions', 'AccessDenied', [LAUNCH_TEMPLATE_TYPE]]]);
  });

  it('asks for no versions when there is no template, and records a denied DescribeLaunchTemplates', async () => {
    ec2.on(DescribeLaunchTemplatesCommand).resolves({ LaunchTemplates: [] });
    assert.deepEqual((await runCollector(launchTemplates)).resources, []);
    assert.equal(ec2.commandCalls(DescribeLaunchTemplateVersionsCommand).length, 0);
    ec2.reset();
    ec2.on(DescribeLaunchTemplatesCommand).rejects(awsError('UnauthorizedOperation', 'denied', 403));
    const { errors } = await runCollector(launchTemplates);
    assert.deepEqual(errors.map((e) => [e.operation, e.code]), [['DescribeLaunchTemplates', 'AccessDenied']]);
  });
});
