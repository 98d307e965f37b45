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
