/** An attack path (evidence.paths[] of the aws-attack-paths-* rules) drawn as a chain of nodes. */
import { useI18n } from '../i18n';
import type { AttackPath } from '../types';
import { Badge } from './common';

const KIND_NAME: Record<string, { en: string; ja: string }> = {
  exposure: { en: 'Exposure', ja: '露出' },
  credentials: { en: 'Credentials', ja: '認証情報' },
  permission: { en: 'Permission', ja: '権限' },
  trigger: { en: 'Trigger', ja: '実行の契機' },
  impact: { en: 'Impact', ja: '影響' },
};

export function pathsOf(evidence: Record<string, unknown> | undefined): AttackPath[] {
  const paths = evidence?.paths;
  if (!Array.isArray(paths)) return [];
  return paths.filter((p): p is AttackPath => !!p && typeof p === 'object' && Array.isArray((p as AttackPath).steps));
}

export function AttackPathGraph({ path }: { path: AttackPath }) {
  const { t, l, lang } = useI18n();
  return (
    <figure className="attack-path" data-testid="attack-path">
      {path.summary && <figcaption>{l(path.summary)}</figcaption>}
      <ol className="path-nodes">
        {path.steps.map((s, i) => (
          <li key={i} className={`path-node node-${s.kind}`}>
            <div className="node-kind">
              {i + 1}. {KIND_NAME[s.kind]?.[lang] ?? s.kind}
            </div>
            <div className="node-text">{l(s.text)}</div>
            {s.subject && <div className="muted small wrap">{s.subject}</div>}
          </li>
        ))}
      </ol>
      <div className="path-meta small">
        {t('likelihood')} <Badge value={path.likelihood} /> × {t('impact')} <Badge value={path.impact} />
        {path.fix && (
          <span>
            {' '}
            · {t('cheapestFix')}: {l(path.fix.text)}
          </span>
        )}
      </div>
    </figure>
  );
}
