/** Settings: the config as the server sees it (automation rules, suppressions, notification targets); secrets redacted there. */
import { useApi } from '../api';
import { Load, Section } from '../components/common';
import { useI18n } from '../i18n';

/** A config value as indented text: always text, never markup. */
function Value({ value }: { value: unknown }) {
  const { t } = useI18n();
  if (Array.isArray(value) && value.length === 0) return <p className="muted">{t('none')}</p>;
  return <pre className="config">{JSON.stringify(value, null, 2)}</pre>;
}

export function SettingsPage() {
  const { t } = useI18n();
  const state = useApi<{ automationRules: unknown; suppressions: unknown; notificationTargets: unknown }>('settings');
  return (
    <>
      <h1>{t('navSettings')}</h1>
      <p className="muted">{t('secretsHidden')}</p>
      <Load state={state}>
        {(d) => (
          <>
            <Section title={t('automationRules')}>
              <Value value={d.automationRules} />
            </Section>
            <Section title={t('suppressions')}>
              <Value value={d.suppressions} />
            </Section>
            <Section title={t('notificationTargets')}>
              <Value value={d.notificationTargets} />
            </Section>
          </>
        )}
      </Load>
    </>
  );
}
