// Language, appearance and currency; the calendar, keep in touch, backups and your data; and what this installation
// is (version, database file, counts).
import { COMMON_CURRENCIES } from '@shared/deals/money';
import { LANGUAGES, THEMES, type Language, type Theme } from '@shared/domain/settings';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { useSettings } from '../../app/settingsContext';
import { Select } from '../../components/Select';
import { systemLanguage } from '../../i18n/i18n';
import { useFormat } from '../../i18n/useFormat';
import { BackupsSection } from '../backups/BackupsSection';
import { KeepInTouchSettingsSection } from '../customers/KeepInTouchSettingsSection';
import { YourDataSection } from '../exports/YourDataSection';

const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  'zh-CN': '简体中文',
};

export function SettingsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { settings, update } = useSettings();
  const info = useApiQuery('app.info', () => api.app.info({}), ['contact', 'company', 'activity']);
  const currencyName = new Intl.DisplayNames([format.locale], {
    type: 'currency',
  });
  const currencies = COMMON_CURRENCIES.includes(settings.currency as (typeof COMMON_CURRENCIES)[number])
    ? COMMON_CURRENCIES
    : [...COMMON_CURRENCIES, settings.currency];

  return (
    <div className="page page-settings">
      <header className="page-header">
        <div className="page-title">
          <h1>{t('settings.title')}</h1>
        </div>
      </header>
      <section className="settings-section" aria-labelledby="settings-general">
        <h2 id="settings-general">{t('settings.general')}</h2>
        <Select
          label={t('settings.language')}
          value={settings.language ?? 'system'}
          options={[
            {
              value: 'system',
              label: t('settings.languageSystem', {
                language: LANGUAGE_NAMES[systemLanguage()],
              }),
            },
            ...LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] })),
          ]}
          onChange={(e) =>
            void update({
              language: e.target.value === 'system' ? null : (e.target.value as Language),
            })
          }
        />
        <fieldset className="field segmented-field">
          <legend className="field-label">{t('settings.theme')}</legend>
          <div className="segmented">
            {THEMES.map((theme: Theme) => (
              <label key={theme} className={settings.theme === theme ? 'is-checked' : undefined}>
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={settings.theme === theme}
                  onChange={() => void update({ theme })}
                />
                {t(`settings.theme${theme[0]!.toUpperCase()}${theme.slice(1)}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Select
          label={t('settings.currency')}
          hint={`${t('settings.currencyHint')} ${format.currency(1234.5, settings.currency)}`}
          value={settings.currency}
          options={currencies.map((c) => ({
            value: c,
            label: `${c} · ${currencyName.of(c) ?? c}`,
          }))}
          onChange={(e) => void update({ currency: e.target.value })}
        />
      </section>
      <section className="settings-section" aria-labelledby="settings-calendar">
        <h2 id="settings-calendar">{t('settings.calendarSection')}</h2>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.keepRunningInTray}
            onChange={(e) => void update({ keepRunningInTray: e.target.checked })}
          />
          {t('settings.keepRunningInTray')}
        </label>
        <p className="hint">{t('settings.keepRunningInTrayHint')}</p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.startAtLogin}
            onChange={(e) => void update({ startAtLogin: e.target.checked })}
          />
          {t('settings.startAtLogin')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.showBirthdays}
            onChange={(e) => void update({ showBirthdays: e.target.checked })}
          />
          {t('settings.showBirthdays')}
        </label>
      </section>
      <KeepInTouchSettingsSection />
      <BackupsSection />
      <YourDataSection />
      {info.data && (
        <section className="settings-section" aria-labelledby="settings-about">
          <h2 id="settings-about">{t('settings.about')}</h2>
          <dl className="about">
            <div>
              <dt>{t('settings.version')}</dt>
              <dd>{info.data.version}</dd>
            </div>
            <div>
              <dt>{t('settings.schema')}</dt>
              <dd>{info.data.schemaVersion}</dd>
            </div>
            <div>
              <dt>{t('settings.database')}</dt>
              <dd className="mono selectable">{info.data.dbPath}</dd>
            </div>
          </dl>
          <ul className="stats" aria-label={t('settings.stats')}>
            {(
              [
                ['statContacts', info.data.counts.contacts],
                ['statCompanies', info.data.counts.companies],
                ['statActivities', info.data.counts.activities],
                ['statTrash', info.data.counts.trash],
              ] as const
            ).map(([key, value]) => (
              <li key={key}>
                <span className="stat-value">{format.number(value)}</span>
                <span className="stat-label">{t(`settings.${key}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
