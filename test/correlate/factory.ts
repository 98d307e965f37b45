/** Hand-built correlation signals for the correlate tests: built-in rules' own severity and ATT&CK ids. */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { CorrelationSignal } from '../../src/correlate/entities.js';
import { guardDutyTactics } from '../../src/correlate/tactics.js';
import type { Severity } from '../../src/model/types.js';
import { loadDetectionRules } from '../../src/detect/rules/index.js';
import { repoUrl } from '../paths.js';

const { rules, issues } = await loadDetectionRules([fileURLToPath(repoUrl('rules/detection/aws/'))]);
assert.deepEqual(issues, [], 'the built-in detection rules load');
export const RULES = new Map(rules.map((r) => [r.name, r]));

export const ACCOUNT = '123456789012';
export const REGION = 'ap-northeast-1';
export const MIN = 60_000;
export const HOUR = 60 * MIN;

export type Actor = NonNullable<CorrelationSignal['actor']>;

export const WEB1 = 'i-0a1b2c3d4e5f60001';
export const WEB1_ARN = `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/${WEB1}`;
/** web-1's role session, stolen through IMDSv1. */
export const STOLEN: Actor = {
  type: 'AssumedRole',
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/web-server-role/${WEB1}`,
  accessKeyId: 'ASIAZDEMOWEBSRV7Q4K2',
  roleArn: `arn:aws:iam::${ACCOUNT}:role/web-server-role`,
};
/** CodePipeline's service role, calling CodeDeploy on the pipeline's behalf. */
export const PIPELINE: Actor = {
  type: 'AssumedRole',
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSCodePipelineServiceRole-ap-northeast-1-web-app-pipeline/1795096690431`,
  accessKeyId: 'ASIAZDEMOMF0CSOGI54Z',
  roleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/AWSCodePipelineServiceRole-ap-northeast-1-web-app-pipeline`,
  invokedBy: 'codepipeline.amazonaws.com',
};
export const CI_DEPLOYER: Actor = { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/ci-deployer`, accessKeyId: 'AKIAZDEMOCIDEPLOY001', userName: 'ci-deployer' };
export const OPS_ADMIN: Actor = { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/ops-admin`, accessKeyId: 'ASIAZDEMOOPSADMIN0C1', userName: 'ops-admin' };
export const ALICE: Actor = { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/alice`, accessKeyId: 'ASIAZDEMOALICE00C7F2', userName: 'alice' };

/** `sig(ruleId, at, actor, more)`: a signal of a built-in rule at t0 + `at`, numbered in creation order. */
export function signalFactory(t0: number) {
  let n = 0;
  /** One signal at t0 + `at`; the rest of its fields empty unless `more` gives them. */
  const signal = (head: Pick<CorrelationSignal, 'id' | 'source' | 'ruleId' | 'title' | 'severity' | 'tactics' | 'techniques'>, at: number, actor: Actor | undefined, more: Partial<CorrelationSignal>): CorrelationSignal => ({
    ...head,
    firstMs: t0 + at,
    lastMs: t0 + at,
    account: ACCOUNT,
    region: REGION,
    actor,
    sourceIps: [],
    resources: [],
    consumes: [],
    count: 1,
    ...more,
  });
  const sig = (ruleId: string, at: number, actor: Actor | undefined, more: Partial<CorrelationSignal> = {}): CorrelationSignal => {
    const rule = RULES.get(ruleId);
    if (!rule) throw new Error(`no built-in rule ${ruleId}`);
    const id = `mamori-sig-${String(++n).padStart(4, '0')}-${ruleId}`;
    return signal({ id, source: 'mamori', ruleId, title: rule.title, severity: rule.severity, tactics: rule.tactics, techniques: rule.techniques }, at, actor, more);
  };
  /** The next number, for other hand-built signals that share the numbering. */
  const next = () => ++n;
  /** An imported GuardDuty finding of the given type (tactics from the type, as fromHubFinding maps them). */
  const gd = (type: string, at: number, actor: Actor | undefined, severity: Severity, more: Partial<CorrelationSignal> = {}): CorrelationSignal =>
    signal({ id: `guardduty-${String(next()).padStart(4, '0')}`, source: 'guardduty', ruleId: type, title: type, severity, tactics: guardDutyTactics(type), techniques: [] }, at, actor, more);
  return { sig, gd, next };
}
