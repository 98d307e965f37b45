/** The evaluation shared by the attack-path rules (kept out of rule folders: not a rule). */
import { fail, notAssessed, pass, type EvaluationContext, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { attackPathAnalysis, pathsOf, type AttackPath, type TargetClass } from '../../../../src/providers/aws/attack-paths/index.js';
import { INSTANCE_TYPE } from '../../../../src/providers/aws/model/ec2.js';
import { ECS_SERVICE_TYPE } from '../../../../src/providers/aws/model/ecs.js';
import { EKS_CLUSTER_TYPE } from '../../../../src/providers/aws/model/eks.js';

/** The configuration each kind of entry point needs for its exposure. */
function exposureInputsCollected(resource: Resource): boolean {
  const c = resource.config as Record<string, unknown>;
  if (resource.type === INSTANCE_TYPE) return typeof c.state === 'string' && Array.isArray(c.securityGroupIds);
  if (resource.type === ECS_SERVICE_TYPE) return Array.isArray(c.loadBalancers) && c.networkConfiguration !== undefined;
  // The OIDC issuer and Pod Identity associations matter only once a workload is exposed: the analysis says "unknown" then.
  if (resource.type === EKS_CLUSTER_TYPE) return typeof c.name === 'string' && typeof c.resourcesVpcConfig === 'object' && c.resourcesVpcConfig !== null;
  return Array.isArray(c.functionUrls);
}

function evidenceOf(p: AttackPath) {
  return {
    summary: p.summary,
    role: p.role,
    target: p.target,
    likelihood: p.likelihood,
    impact: p.impact,
    factors: p.factors,
    steps: p.steps,
    fix: p.fix,
    alternatives: p.alternatives,
  };
}

/** FAIL with every path of `cls` from this compute resource; PASS / NOT_ASSESSED with the reason otherwise. */
export function evaluateAttackPaths(resource: Resource, ctx: EvaluationContext, cls: TargetClass): RuleOutcome {
  if (!exposureInputsCollected(resource)) {
    return notAssessed({ en: `The configuration of ${resource.name} needed for its internet exposure was not collected.`, ja: `${resource.name} のインターネット公開の判定に必要な設定を取得できませんでした。` });
  }
  const entry = attackPathAnalysis(ctx).entries.get(resource.uid);
  if (!entry) return notAssessed({ en: `${resource.name} was not analysed.`, ja: `${resource.name} は分析されていません。` });
  const paths = pathsOf(entry, cls);
  const exposure = { status: entry.entry.exposure.status, ports: entry.entry.exposure.ports, factors: entry.entry.exposure.factors, ...(entry.entry.eks ? { namespaces: entry.entry.eks.namespaces } : {}) };
  if (paths.length) {
    const main = paths[0];
    const more = paths.length - 1;
    return fail(
      {
        en: `${main.summary.en}${more ? ` (${more} more path(s) in the evidence)` : ''}`,
        ja: `${main.summary.ja}${more ? `（他 ${more} 件の経路は証跡を参照）` : ''}`,
      },
      { paths: paths.map(evidenceOf), exposure },
    );
  }
  if (entry.status === 'unknown') return notAssessed(entry.reason, { exposure });
  if (entry.status === 'paths') {
    return pass({ en: `No ${cls === 'code-execution' ? 'code-execution' : 'sensitive-data'} path from ${resource.name}; other paths are reported by the other attack-path rule.`, ja: `${resource.name} から${cls === 'code-execution' ? 'コード実行' : '機密データ'}への経路はありません（他の経路はもう一方の攻撃経路ルールで報告します）。` }, { exposure });
  }
  return pass(entry.reason, { exposure });
}
