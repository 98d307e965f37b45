/**
 * Shared by the guardrail family rules: the organisation's guardrail audit, computed ONCE per
 * assessment (memoised on the EvaluationContext), and the rule outcome of one family for one
 * account. Never PASS without evidence: unknown checks make the result NOT_ASSESSED unless some
 * guardrail of the family is shown to be missing.
 */
import type { AccountConfig } from '../../../../src/providers/aws/model/account.js';
import {
  MEMBERSHIP_TYPE,
  ORGANIZATION_TYPE,
  ORG_POLICY_TYPE,
  ORG_ROOT_TYPE,
  ORG_UNIT_TYPE,
} from '../../../../src/providers/aws/model/organizations.js';
import { auditGuardrails, familyPolicy, type GuardrailAudit, type GuardrailFamily } from '../../../../src/providers/aws/guardrails/index.js';
import { fail, notApplicable, notAssessed, pass, type EvaluationContext, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';

/** What the audit reads; the organisation's resources live in the management account's scope. */
export const GUARDRAIL_READS = [ORGANIZATION_TYPE, ORG_POLICY_TYPE, ORG_ROOT_TYPE, ORG_UNIT_TYPE, MEMBERSHIP_TYPE];
export const GUARDRAIL_READS_ACROSS_SCOPES = [ORGANIZATION_TYPE, ORG_POLICY_TYPE, ORG_ROOT_TYPE, ORG_UNIT_TYPE];

const audits = new WeakMap<EvaluationContext, GuardrailAudit>();

export function guardrailAudit(ctx: EvaluationContext): GuardrailAudit {
  let a = audits.get(ctx);
  if (!a) {
    a = auditGuardrails(GUARDRAIL_READS.flatMap((t) => ctx.resources(t)));
    audits.set(ctx, a);
  }
  return a;
}

export function evaluateFamily(family: GuardrailFamily, account: Resource<AccountConfig>, ctx: EvaluationContext): RuleOutcome {
  const audited = guardrailAudit(ctx).account(account.account);
  const checks = audited.checks.filter((c) => c.family === family);
  const evidence = { checks: checks.map((c) => ({ id: c.id, status: c.status, providedBy: c.providedBy })) };
  const line = (c: (typeof checks)[number], lang: 'en' | 'ja') => `${c.id}: ${c.reason[lang]}`;
  const failing = checks.filter((c) => c.status === 'missing' || c.status === 'partial');
  if (failing.length) {
    return fail(
      {
        en: `${failing.length} of ${checks.length} guardrails missing or partial. ${failing.map((c) => line(c, 'en')).join(' ')}`,
        ja: `${checks.length} 件中 ${failing.length} 件のガードレールが未適用または一部のみ適用です。${failing.map((c) => line(c, 'ja')).join(' ')}`,
      },
      evidence,
    );
  }
  const unknown = checks.filter((c) => c.status === 'unknown');
  if (unknown.length) {
    return notAssessed({ en: unknown.map((c) => line(c, 'en')).join(' '), ja: unknown.map((c) => line(c, 'ja')).join(' ') }, evidence);
  }
  if (checks.every((c) => c.status === 'not-applicable')) {
    return notApplicable({ en: checks[0]?.reason.en ?? 'Not applicable.', ja: checks[0]?.reason.ja ?? '対象外です。' }, evidence);
  }
  return pass(
    {
      en: `All ${checks.length} guardrails in place. ${checks.map((c) => line(c, 'en')).join(' ')}`,
      ja: `${checks.length} 件のガードレールがすべて適用済みです。${checks.map((c) => line(c, 'ja')).join(' ')}`,
    },
    evidence,
  );
}

const indent = (s: string, by: string) => s.split('\n').map((l) => by + l).join('\n');

/** Ready-to-apply remediation code: create the family's policy and attach it to the root. */
export function familyRemediation(family: 'scp' | 'rcp' | 'declarative-ec2', name: string, description: string) {
  const type = family === 'scp' ? 'SERVICE_CONTROL_POLICY' : family === 'rcp' ? 'RESOURCE_CONTROL_POLICY' : 'DECLARATIVE_POLICY_EC2';
  const json = JSON.stringify(familyPolicy(family), null, 2);
  const note = family === 'declarative-ec2' ? '' : `# Replace the placeholders (o-exampleorgid, Regions, exempt role ARNs) before attaching; test on a sandbox OU first.\n`;
  return {
    cli: [
      note + `cat > ${name}.json <<'EOF'`,
      json,
      'EOF',
      ...(family === 'scp' ? [] : [`aws organizations enable-policy-type --root-id <root-id> --policy-type ${type}   # once per organisation`]),
      `aws organizations create-policy --type ${type} --name ${name} --description "${description}" --content file://${name}.json`,
      'aws organizations attach-policy --policy-id <policy-id> --target-id <root-or-ou-id>',
    ].join('\n'),
    terraform: [
      `resource "aws_organizations_policy" "${name.replace(/[^A-Za-z0-9]/g, '_').toLowerCase()}" {`,
      `  name        = "${name}"`,
      `  type        = "${type}"`,
      `  description = "${description}"`,
      '  content     = <<-EOT',
      indent(json, '    '),
      '  EOT',
      '}',
      '',
      `resource "aws_organizations_policy_attachment" "${name.replace(/[^A-Za-z0-9]/g, '_').toLowerCase()}_root" {`,
      `  policy_id = aws_organizations_policy.${name.replace(/[^A-Za-z0-9]/g, '_').toLowerCase()}.id`,
      '  target_id = "<root-or-ou-id>"',
      '}',
    ].join('\n'),
    cloudformation: [
      `${name}:`,
      '  Type: AWS::Organizations::Policy',
      '  Properties:',
      `    Name: ${name}`,
      `    Type: ${type}`,
      `    Description: ${description}`,
      '    TargetIds:',
      '      - <root-or-ou-id>',
      '    Content:',
      indent(json, '      '),
    ].join('\n'),
  };
}
