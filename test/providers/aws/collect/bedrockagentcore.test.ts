/**
 * Bedrock AgentCore collector against recorded-shape responses (Amazon Bedrock AgentCore Control
 * API Reference › ListCodeInterpreters / ListBrowsers (type CUSTOM), ListAgentRuntimes, GetCodeInterpreter,
 * GetBrowser, GetAgentRuntime). Execution roles and a runtime's inbound auth are kept (no
 * authorizer = IAM SigV4, AgentCore Developer Guide › Inbound Auth); environment values and
 * artifacts never reach the snapshot. A region where AgentCore does not exist records nothing.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import {
  BedrockAgentCoreControlClient,
  GetAgentRuntimeCommand,
  GetBrowserCommand,
  GetCodeInterpreterCommand,
  ListAgentRuntimesCommand,
  ListBrowsersCommand,
  ListCodeInterpretersCommand,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { mockClient } from 'aws-sdk-client-mock';
import { collector, notOfferedHere } from '../../../../src/providers/aws/collect/services/bedrockagentcore.js';
import { AGENT_RUNTIME_TYPE, BROWSER_TYPE, CODE_INTERPRETER_TYPE, type AgentCoreToolConfig, type AgentRuntimeConfig } from '../../../../src/providers/aws/model/bedrockagentcore.js';
import { awsError, runCollector } from './harness.js';

const ac = mockClient(BedrockAgentCoreControlClient);
const ACCOUNT = '111111111111';
const R = 'us-east-1';
const role = (n: string) => `arn:aws:iam::${ACCOUNT}:role/${n}`;
const ciArn = (id: string) => `arn:aws:bedrock-agentcore:${R}:${ACCOUNT}:code-interpreter-custom/${id}`;
const brArn = (id: string) => `arn:aws:bedrock-agentcore:${R}:${ACCOUNT}:browser-custom/${id}`;
const rtArn = (id: string) => `arn:aws:bedrock-agentcore:${R}:${ACCOUNT}:runtime/${id}`;
const at = new Date('2026-09-01T00:00:00Z');
const SECRET = 'sk-ant-EXAMPLEdoNotStore0123456789';

const dnsFailure = (host: string) => Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', errno: -3008, syscall: 'getaddrinfo', hostname: host });

function mockHappyRegion() {
  ac.on(ListCodeInterpretersCommand).resolvesOnce({ codeInterpreterSummaries: [{ codeInterpreterId: 'analysis_ci-a1B2c3D4e5', codeInterpreterArn: ciArn('analysis_ci-a1B2c3D4e5'), name: 'analysis_ci', status: 'READY', createdAt: at }], nextToken: 'c2' })
    .resolvesOnce({ codeInterpreterSummaries: [{ codeInterpreterId: 'old_ci-f6G7h8I9j0', codeInterpreterArn: ciArn('old_ci-f6G7h8I9j0'), name: 'old_ci', status: 'CREATE_FAILED', createdAt: at }] });
  ac.on(GetCodeInterpreterCommand, { codeInterpreterId: 'analysis_ci-a1B2c3D4e5' }).resolves({
    codeInterpreterId: 'analysis_ci-a1B2c3D4e5', codeInterpreterArn: ciArn('analysis_ci-a1B2c3D4e5'), name: 'analysis_ci', executionRoleArn: role('ci-exec'),
    networkConfiguration: { networkMode: 'VPC', vpcConfig: { securityGroups: ['sg-0ci'], subnets: ['subnet-0a', 'subnet-0b'] } }, status: 'READY', createdAt: at, lastUpdatedAt: at,
  });
  ac.on(GetCodeInterpreterCommand, { codeInterpreterId: 'old_ci-f6G7h8I9j0' }).resolves({
    codeInterpreterId: 'old_ci-f6G7h8I9j0', codeInterpreterArn: ciArn('old_ci-f6G7h8I9j0'), name: 'old_ci', networkConfiguration: { networkMode: 'SANDBOX' }, status: 'CREATE_FAILED', failureReason: 'role not assumable', createdAt: at, lastUpdatedAt: at,
  });
  ac.on(ListBrowsersCommand).resolves({ browserSummaries: [{ browserId: 'scraper-Zz9Yy8Xx7W', browserArn: brArn('scraper-Zz9Yy8Xx7W'), name: 'scraper', status: 'READY', createdAt: at }] });
  ac.on(GetBrowserCommand).resolves({ browserId: 'scraper-Zz9Yy8Xx7W', browserArn: brArn('scraper-Zz9Yy8Xx7W'), name: 'scraper', executionRoleArn: role('browser-exec'), networkConfiguration: { networkMode: 'PUBLIC' }, status: 'READY', createdAt: at, lastUpdatedAt: at });
  ac.on(ListAgentRuntimesCommand).resolves({
    agentRuntimes: [
      { agentRuntimeArn: rtArn('support_agent-Qw3Er4Ty5U'), agentRuntimeId: 'support_agent-Qw3Er4Ty5U', agentRuntimeVersion: '3', agentRuntimeName: 'support_agent', description: 'support', lastUpdatedAt: at, status: 'READY' },
      { agentRuntimeArn: rtArn('public_agent-Aa1Bb2Cc3D'), agentRuntimeId: 'public_agent-Aa1Bb2Cc3D', agentRuntimeVersion: '1', agentRuntimeName: 'public_agent', description: 'web', lastUpdatedAt: at, status: 'READY' },
    ],
  });
  const runtime = (id: string, name: string, roleName: string) => ({
    agentRuntimeArn: rtArn(id), agentRuntimeName: name, agentRuntimeId: id, agentRuntimeVersion: '3', createdAt: at, lastUpdatedAt: at, roleArn: role(roleName),
    networkConfiguration: { networkMode: 'PUBLIC' as const }, status: 'READY' as const, lifecycleConfiguration: { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 },
    agentRuntimeArtifact: { containerConfiguration: { containerUri: `${ACCOUNT}.dkr.ecr.${R}.amazonaws.com/agents:${name}` } },
    environmentVariables: { ANTHROPIC_API_KEY: SECRET },
  });
  ac.on(GetAgentRuntimeCommand, { agentRuntimeId: 'support_agent-Qw3Er4Ty5U' }).resolves(runtime('support_agent-Qw3Er4Ty5U', 'support_agent', 'agent-exec'));
  ac.on(GetAgentRuntimeCommand, { agentRuntimeId: 'public_agent-Aa1Bb2Cc3D' }).resolves({
    ...runtime('public_agent-Aa1Bb2Cc3D', 'public_agent', 'public-exec'),
    authorizerConfiguration: { customJWTAuthorizer: { discoveryUrl: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE/.well-known/openid-configuration', allowedClients: ['3n4b5urk1ft4fl3mg5e62d9ado'] } },
  });
}

describe('bedrock-agentcore collector', () => {
  beforeEach(() => ac.reset());

  it('lists custom code interpreters and browsers and every runtime, each with its execution role', async () => {
    mockHappyRegion();
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(ac.commandCalls(ListCodeInterpretersCommand)[0].args[0].input.type, 'CUSTOM');
    assert.equal(ac.commandCalls(ListCodeInterpretersCommand)[1].args[0].input.nextToken, 'c2');
    assert.equal(ac.commandCalls(ListBrowsersCommand)[0].args[0].input.type, 'CUSTOM');
    const by = new Map(resources.map((r) => [r.uid, r]));
    const ci = by.get(ciArn('analysis_ci-a1B2c3D4e5'))!;
    assert.equal(ci.type, CODE_INTERPRETER_TYPE);
    const cc = ci.config as unknown as AgentCoreToolConfig;
    assert.deepEqual([cc.name, cc.status, cc.executionRoleArn, cc.networkMode, cc.subnetIds], ['analysis_ci', 'READY', role('ci-exec'), 'VPC', ['subnet-0a', 'subnet-0b']]);
    assert.deepEqual(ci.relationships, [{ type: 'uses-role', target: role('ci-exec') }, { type: 'in-subnet', target: 'subnet-0a' }, { type: 'in-subnet', target: 'subnet-0b' }]);
    const failed = by.get(ciArn('old_ci-f6G7h8I9j0'))!.config as unknown as AgentCoreToolConfig;
    assert.deepEqual([failed.status, failed.executionRoleArn], ['CREATE_FAILED', null]);
    const br = by.get(brArn('scraper-Zz9Yy8Xx7W'))!;
    assert.equal(br.type, BROWSER_TYPE);
    assert.equal((br.config as unknown as AgentCoreToolConfig).executionRoleArn, role('browser-exec'));
    const support = by.get(rtArn('support_agent-Qw3Er4Ty5U'))!;
    assert.equal(support.type, AGENT_RUNTIME_TYPE);
    const sc = support.config as unknown as AgentRuntimeConfig;
    assert.deepEqual([sc.executionRoleArn, sc.inboundAuth, sc.status, sc.version], [role('agent-exec'), 'IAM', 'READY', '3']);
    assert.equal((by.get(rtArn('public_agent-Aa1Bb2Cc3D'))!.config as unknown as AgentRuntimeConfig).inboundAuth, 'JWT');
  });

  it('never stores a runtime\'s environment values or artifact', async () => {
    mockHappyRegion();
    const { resources } = await runCollector(collector);
    const text = JSON.stringify(resources);
    assert.equal(resources.length, 5);
    for (const leaked of [SECRET, 'ANTHROPIC_API_KEY', 'dkr.ecr', 'cognito-idp', '3n4b5urk1ft4fl3mg5e62d9ado']) assert.ok(!text.includes(leaked), leaked);
  });

  it('a region without AgentCore (its endpoint does not resolve) gives no resources and no error, and is asked only once', async () => {
    ac.on(ListCodeInterpretersCommand).rejects(dnsFailure('bedrock-agentcore-control.me-central-1.amazonaws.com'));
    ac.on(ListBrowsersCommand).rejects(dnsFailure('bedrock-agentcore-control.me-central-1.amazonaws.com'));
    ac.on(ListAgentRuntimesCommand).rejects(dnsFailure('bedrock-agentcore-control.me-central-1.amazonaws.com'));
    const { resources, errors } = await runCollector(collector, { region: 'me-central-1' });
    assert.deepEqual(resources, []);
    assert.deepEqual(errors, []);
    assert.equal(ac.commandCalls(ListBrowsersCommand).length + ac.commandCalls(ListAgentRuntimesCommand).length, 0);
  });

  it('an unreachable custom endpoint (an emulator) or a DNS server that is down stays an error', async () => {
    assert.equal(notOfferedHere(dnsFailure('localstack.internal')), false);
    assert.equal(notOfferedHere(Object.assign(new Error('getaddrinfo EAI_AGAIN bedrock-agentcore-control.us-east-1.amazonaws.com'), { code: 'EAI_AGAIN', hostname: 'bedrock-agentcore-control.us-east-1.amazonaws.com' })), false);
    assert.equal(notOfferedHere(dnsFailure('bedrock-agentcore-control.cn-north-1.amazonaws.com.cn')), true);
    ac.on(ListCodeInterpretersCommand).rejects(dnsFailure('localstack.internal'));
    ac.on(ListBrowsersCommand).resolves({ browserSummaries: [] });
    ac.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [] });
    const { errors } = await runCollector(collector);
    assert.deepEqual(errors.map((e) => [e.operation, e.code, e.resourceTypes]), [['ListCodeInterpreters', 'ServiceUnavailable', [CODE_INTERPRETER_TYPE]]]);
  });

  it('a denied Get* leaves the role unknown and is a listing error of the type; a denied List* is recorded', async () => {
    mockHappyRegion();
    ac.on(GetAgentRuntimeCommand, { agentRuntimeId: 'support_agent-Qw3Er4Ty5U' }).rejects(awsError('AccessDeniedException', 'not authorized to perform: bedrock-agentcore:GetAgentRuntime', 403));
    ac.on(ListBrowsersCommand).rejects(awsError('AccessDeniedException', 'not authorized to perform: bedrock-agentcore:ListBrowsers', 403));
    const { resources, errors } = await runCollector(collector);
    const support = resources.find((r) => r.uid === rtArn('support_agent-Qw3Er4Ty5U'))!;
    assert.deepEqual(support.errors, { executionRoleArn: 'AccessDenied', inboundAuth: 'AccessDenied', networkMode: 'AccessDenied' });
    assert.equal('executionRoleArn' in support.config, false, 'unknown, not "no role"');
    assert.equal(resources.filter((r) => r.type === BROWSER_TYPE).length, 0);
    assert.deepEqual(errors.map((e) => [e.operation, e.code, e.resourceTypes]).sort(), [['GetAgentRuntime', 'AccessDenied', [AGENT_RUNTIME_TYPE]], ['ListBrowsers', 'AccessDenied', [BROWSER_TYPE]]]);
  });
});
