import type { ResultStatus } from '../model/rule.js';
import type { Lang, Severity } from '../model/types.js';

/** Fixed user-facing labels of the reports, in every language. */
const LABELS = {
  en: {
    report: 'mamori posture report',
    scope: 'Scope',
    accounts: 'Accounts',
    regions: 'Regions',
    resources: 'Resources',
    collectedAt: 'Collected at',
    generatedAt: 'Generated at',
    results: 'Results',
    failedBySeverity: 'Failed checks by severity',
    frameworks: 'Compliance by framework',
    framework: 'Framework',
    controls: 'Controls',
    score: 'Score',
    passed: 'Passed',
    failed: 'Failed',
    notAssessed: 'Not assessed',
    manual: 'Manual',
    worstRules: 'Worst rules',
    attackPaths: 'Attack paths (toxic combinations)',
    cheapestFix: 'cheapest fix',
    rule: 'Rule',
    severity: 'Severity',
    failing: 'Failing',
    collectionErrors: 'Collection errors',
    noCollectionErrors: 'No collection errors.',
    findings: 'Findings',
    resource: 'Resource',
    account: 'Account',
    region: 'Region',
    status: 'Status',
    reason: 'Reason',
    urgency: 'Urgency',
    risk: 'Risk',
    recommendation: 'Recommended action',
    console: 'Console',
    references: 'References',
    filter: 'Filter findings…',
    showPassed: 'Show passed and other results',
    service: 'Service',
    operation: 'Operation',
    error: 'Error',
    nothingFailed: 'No failed checks.',
    detection: 'mamori detection',
    events: 'events',
    rules: 'rules',
    signals: 'signals',
    actor: 'actor',
    sourceIps: 'source IPs',
    count: 'count',
    firstSeenUtc: 'first seen (UTC)',
    moreSignals: 'more (use --output json)',
  },
  ja: {
    report: 'mamori ポスチャレポート',
    scope: '対象範囲',
    accounts: 'アカウント',
    regions: 'リージョン',
    resources: 'リソース数',
    collectedAt: '収集日時',
    generatedAt: '作成日時',
    results: '評価結果',
    failedBySeverity: '重大度別の不合格数',
    frameworks: 'フレームワーク別の準拠状況',
    framework: 'フレームワーク',
    controls: 'コントロール',
    score: 'スコア',
    passed: '合格',
    failed: '不合格',
    notAssessed: '未評価',
    manual: '手動確認',
    worstRules: '対応優先度の高いルール',
    attackPaths: '攻撃パス（危険な組み合わせ）',
    cheapestFix: '最小の修正',
    rule: 'ルール',
    severity: '重大度',
    failing: '不合格数',
    collectionErrors: '収集エラー',
    noCollectionErrors: '収集エラーはありません。',
    findings: '検出結果',
    resource: 'リソース',
    account: 'アカウント',
    region: 'リージョン',
    status: 'ステータス',
    reason: '理由',
    urgency: '緊急度',
    risk: 'リスク',
    recommendation: '推奨対応',
    console: 'コンソール手順',
    references: '参考URL',
    filter: '検出結果を絞り込み…',
    showPassed: '合格などの結果も表示',
    service: 'サービス',
    operation: 'オペレーション',
    error: 'エラー',
    nothingFailed: '不合格のチェックはありません。',
    detection: 'mamori 脅威検知',
    events: 'イベント',
    rules: 'ルール',
    signals: 'シグナル',
    actor: '主体',
    sourceIps: '送信元 IP',
    count: '件数',
    firstSeenUtc: '初回検知 (UTC)',
    moreSignals: '件は省略（--output json で全件表示）',
  },
} as const;

export type LabelKey = keyof (typeof LABELS)['en'];
export const label = (lang: Lang, key: LabelKey): string => LABELS[lang][key];

const STATUS: Record<Lang, Record<ResultStatus, string>> = {
  en: { PASS: 'PASS', FAIL: 'FAIL', NOT_APPLICABLE: 'N/A', NOT_ASSESSED: 'NOT ASSESSED', MANUAL: 'MANUAL' },
  ja: { PASS: '合格', FAIL: '不合格', NOT_APPLICABLE: '対象外', NOT_ASSESSED: '未評価', MANUAL: '手動確認' },
};
export const statusLabel = (lang: Lang, s: ResultStatus) => STATUS[lang][s];

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  en: { CRITICAL: 'Critical', HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low', INFORMATIONAL: 'Informational' },
  ja: { CRITICAL: '緊急', HIGH: '高', MEDIUM: '中', LOW: '低', INFORMATIONAL: '情報' },
};
export const severityLabel = (lang: Lang, s: Severity) => SEVERITY[lang][s];

const URGENCY: Record<Lang, Record<string, string>> = {
  en: { immediate: 'Immediate (within 24 hours)', high: 'High (within 7 days)', medium: 'Medium (within 30 days)', low: 'Low (plan it)' },
  ja: { immediate: '即時（24時間以内）', high: '高（7日以内）', medium: '中（30日以内）', low: '低（計画的に対応）' },
};
export const urgencyLabel = (lang: Lang, u: string) => URGENCY[lang][u] ?? u;

/** Labels of the attack-sequence text output (`mamori sequences`, `mamori detect`). */
const SEQUENCE_LABELS = {
  en: {
    none: 'No attack sequences.',
    count: '{n} attack sequence(s)',
    open: 'open',
    type: 'type',
    tactics: 'tactics',
    principals: 'principals',
    addresses: 'addresses',
    userAgents: 'user agents',
    compromise: 'evidence of compromise',
    more: '… {n} more',
    moreSignals: '… {n} more signal(s) (use --output json)',
    time: 'time (UTC)',
    tactic: 'tactic',
    signal: 'signal',
    actor: 'actor',
    sourceIp: 'source IP',
    actorSource: 'actor / source IP',
    step: 'step',
    wrote: 'wrote {file}',
    correlated: 'correlated {signals} threat finding(s): {sequences} sequence(s), {new} new',
    merged: '{n} merged',
    kept: '{n} stored kept (richer)',
  },
  ja: {
    none: '攻撃シーケンスはありません。',
    count: '攻撃シーケンス: {n} 件',
    open: '継続中',
    type: '種類',
    tactics: '戦術',
    principals: 'プリンシパル',
    addresses: '送信元アドレス',
    userAgents: 'ユーザーエージェント',
    compromise: '侵害の根拠',
    more: '… ほか {n} 件',
    moreSignals: '… ほか {n} 件のシグナルは省略（--output json で全件表示）',
    time: '時刻 (UTC)',
    tactic: '戦術',
    signal: 'シグナル',
    actor: '主体',
    sourceIp: '送信元 IP',
    actorSource: '主体 / 送信元 IP',
    step: 'ステップ',
    wrote: '{file} に書き出しました',
    correlated: '脅威の検出結果 {signals} 件を相関分析: シーケンス {sequences} 件（新規 {new} 件）',
    merged: '統合 {n} 件',
    kept: 'より詳しい保存済みシーケンスを維持 {n} 件',
  },
} as const;

export type SequenceLabelKey = keyof (typeof SEQUENCE_LABELS)['en'];
/** A sequence output label, `{name}` placeholders filled in. */
export const sequenceLabel = (lang: Lang, key: SequenceLabelKey, values: Record<string, string | number> = {}): string =>
  SEQUENCE_LABELS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));

const WORKFLOW: Record<Lang, Record<string, string>> = {
  en: { NEW: 'NEW', NOTIFIED: 'NOTIFIED', RESOLVED: 'RESOLVED', SUPPRESSED: 'SUPPRESSED' },
  ja: { NEW: '新規', NOTIFIED: '通知済み', RESOLVED: '解決済み', SUPPRESSED: '抑制中' },
};
/** A finding's workflow status (NEW, NOTIFIED…) in a language; an unknown one as it is. */
export const workflowLabel = (lang: Lang, s: string) => WORKFLOW[lang][s] ?? s;

/** Why an attack sequence stands: the kinds of compromise evidence (src/correlate/templates.ts `CompromiseKind`). */
const COMPROMISE: Record<Lang, Record<string, string>> = {
  en: {
    'credential-theft': 'credentials in the wrong hands',
    'suspicious-source': 'suspicious source',
    'initial-access': 'initial access',
    'workload-probing': 'workload credentials probing',
    'defence-impairment': 'defences impaired',
    exfiltration: 'data exfiltration',
    'external-finding': "another detector's finding",
  },
  ja: {
    'credential-theft': '認証情報の不正利用',
    'suspicious-source': '不審な送信元',
    'initial-access': '初期アクセス',
    'workload-probing': 'ワークロード認証情報による探索',
    'defence-impairment': '防御の無効化',
    exfiltration: 'データの持ち出し',
    'external-finding': '他の検知サービス（GuardDuty など）の検出結果',
  },
};
export const compromiseLabel = (lang: Lang, kind: string) => COMPROMISE[lang][kind] ?? kind;
