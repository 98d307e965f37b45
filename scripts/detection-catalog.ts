/**
 * Writes the generated parts of docs/detection-rules-catalog.md from the built-in rules: the counts,
 * one table per log (rule, level, ATT&CK, title in English and Japanese) and the comparable
 * GuardDuty finding each rule names in its first line. The prose between the markers' sections is
 * kept as written. `--check` exits 1 when the file is not up to date (the tests run it), so the
 * catalogue cannot drift from the rules.
 *
 *   node dist/scripts/detection-catalog.js [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RULES_DIR } from '../src/detect/pipeline.js';
import { loadDetectionRules, type DetectionRule } from '../src/detect/rules/index.js';
import { tacticInfo } from '../src/correlate/tactics.js';
import { packageRoot } from '../src/version.js';

export const CATALOG_PATH = join(packageRoot(), 'docs', 'detection-rules-catalog.md');

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function guardDutyOf(rule: DetectionRule): string {
  const first = readFileSync(rule.file, 'utf8').split('\n', 1)[0];
  const m = /Comparable GuardDuty finding:\s*(.+)$/.exec(first);
  return m ? m[1].trim() : 'none comparable';
}

function row(r: DetectionRule): string {
  const marks = [r.aggregation || r.correlation ? '(burst)' : '', r.status === 'experimental' ? '*exp.*' : ''].filter(Boolean).join(' ');
  const tactics = r.tactics.map((t) => tacticInfo(t)?.name.en ?? t).join(', ');
  return `| \`${r.name}\`${marks ? ` ${marks}` : ''} | ${r.level} | ${cell(tactics)}<br>${r.techniques.join(', ')} | ${cell(r.title)} | ${cell(r.title_ja ?? '')} |`;
}

const TABLE_HEAD = '| Rule | Level | ATT&CK | Detects | 検知内容 |\n| --- | --- | --- | --- | --- |';

export async function renderCatalog(current: string): Promise<string> {
  const { rules } = await loadDetectionRules([BUILTIN_RULES_DIR]);
  const sorted = [...rules].sort((a, b) => a.name.localeCompare(b.name));
  const of = (service: string) => sorted.filter((r) => r.logsource.service === service);
  const ct = of('cloudtrail');
  const flow = of('vpcflow');
  const dns = of('dns');
  const gcp = of('gcpaudit');
  const azure = of('azureactivity');
  const aws = ct.length + flow.length + dns.length;
  const cases = (rs: DetectionRule[]) => rs.reduce((n, r) => n + r.tests.length, 0);
  const benign = (rs: DetectionRule[]) => rs.reduce((n, r) => n + r.tests.filter((t) => t.benign).length, 0);
  const parts: Record<string, string> = {
    counts: [
      `mamori ships ${aws} detection rules for AWS in \`rules/detection/aws/\`: ${ct.length} for CloudTrail, ${flow.length} for VPC Flow Logs and ${dns.length} for Route 53 Resolver query logs,`,
      `and ${gcp.length} for Google Cloud Audit Logs in \`rules/detection/gcp/audit/\`, besides ${azure.length} for the Azure Activity Log in \`rules/detection/azure/activity/\`. The format is described in`,
      `[detection-rules.md](detection-rules.md); every rule carries its own test events (${cases([...ct, ...flow, ...dns])} cases for AWS, ${cases(gcp)} for Google Cloud, ${cases(azure)} for Azure, of them`,
      `${benign(sorted)} benign look-alikes that no rule may fire on), which \`mamori rules test\` runs. Each rule's file has the full description (English and Japanese),`,
      `its false-positive situations (both languages) and references.`,
      '',
      `mamori には AWS 向けの検知ルールが ${aws} 個組み込まれています（\`rules/detection/aws/\`）。CloudTrail 用 ${ct.length} 個、VPC フローログ用 ${flow.length} 個、Route 53 Resolver クエリログ用 ${dns.length} 個です。`,
      `Google Cloud の監査ログ（Cloud Audit Logs）用に ${gcp.length} 個（\`rules/detection/gcp/audit/\`）、Azure のアクティビティログ用に ${azure.length} 個（\`rules/detection/azure/activity/\`）あります。形式は`,
      `[detection-rules.md](detection-rules.md) を参照してください。各ルールは自身のテストイベントを持ち（AWS ${cases([...ct, ...flow, ...dns])} ケース、Google Cloud ${cases(gcp)} ケース、Azure ${cases(azure)} ケース。うち ${benign(sorted)} ケースはどのルールも反応してはならない良性の類似例）、`,
      '`mamori rules test` で実行されます。詳しい説明（英語・日本語）、誤検知となりうる状況（英語・日本語）、参考資料は各ルールのファイルにあります。',
    ].join('\n'),
    cloudtrail: [TABLE_HEAD, ...ct.map(row)].join('\n'),
    vpcflow: [TABLE_HEAD, ...flow.map(row)].join('\n'),
    dns: [TABLE_HEAD, ...dns.map(row)].join('\n'),
    gcpaudit: [TABLE_HEAD, ...gcp.map(row)].join('\n'),
    azureactivity: [TABLE_HEAD, ...azure.map(row)].join('\n'),
    guardduty: ['| Rule | Level | Comparable GuardDuty finding / 類似する GuardDuty の検出 |', '| --- | --- | --- |', ...[...ct, ...flow, ...dns].map((r) => `| \`${r.name}\` | ${r.level} | ${cell(guardDutyOf(r))} |`)].join(
      '\n',
    ),
  };
  return current.replace(/(<!-- generated: ([a-z]+) -->\n)[\s\S]*?(\n<!-- end generated -->)/g, (whole, open: string, name: string, close: string) => {
    const body = parts[name];
    if (body === undefined) throw new Error(`unknown generated section "${name}" in ${CATALOG_PATH}`);
    return `${open}${body}${close}`;
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const current = readFileSync(CATALOG_PATH, 'utf8');
  const next = await renderCatalog(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(`${CATALOG_PATH} is out of date: run node dist/scripts/detection-catalog.js`);
      process.exit(1);
    }
  } else {
    writeFileSync(CATALOG_PATH, next);
    console.log(`wrote ${CATALOG_PATH}`);
  }
}
