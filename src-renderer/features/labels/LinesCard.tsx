// What goes on each label besides the address: name, job title, company, 收 on Chinese addresses, and the
// sender's country (mail within it has no country line).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../app/settingsContext';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Select } from '../../components/Select';
import { useFormat } from '../../i18n/useFormat';
import { AddressLayoutsDialog } from './AddressLayoutsDialog';
import { SENDER_COUNTRIES, type RecipientOptions } from './labelOptions';

interface LinesCardProps {
  options: RecipientOptions;
  onOptionsChange: (change: Partial<RecipientOptions>) => void;
  /** Which output the page makes (the heading says "On each envelope"). */
  output?: 'labels' | 'envelopes';
}

export function LinesCard({ options, onOptionsChange, output = 'labels' }: LinesCardProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { settings } = useSettings();
  const ownLayouts = Object.keys(settings.addressLayouts).length;
  const [editingLayouts, setEditingLayouts] = useState(false);
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  const countries = SENDER_COUNTRIES.includes(options.senderCountry as (typeof SENDER_COUNTRIES)[number])
    ? SENDER_COUNTRIES
    : [...SENDER_COUNTRIES, options.senderCountry];
  const toggles = [
    ['includeName', 'mailingLabels.lines.name'],
    ['includeTitle', 'mailingLabels.lines.title'],
    ['includeCompany', 'mailingLabels.lines.company'],
  ] as const;
  return (
    <Card
      title={t(output === 'envelopes' ? 'mailingLabels.envelopes.lines.heading' : 'mailingLabels.lines.heading')}
      icon="note"
      className="labels-card"
    >
      <div className="labels-form">
        <div className="labels-checks">
          {toggles.map(([key, label]) => (
            <label key={key} className="checkbox">
              <input
                type="checkbox"
                checked={options[key]}
                onChange={(e) => onOptionsChange({ [key]: e.target.checked })}
              />
              {t(label)}
            </label>
          ))}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={options.shou} onChange={(e) => onOptionsChange({ shou: e.target.checked })} />
          {t('mailingLabels.lines.shou')}
        </label>
        <Select
          label={t('mailingLabels.lines.senderCountry')}
          hint={t('mailingLabels.lines.senderCountryHint')}
          value={options.senderCountry}
          options={countries.map((code) => ({ value: code, label: regionNames.of(code) ?? code }))}
          onChange={(e) => onOptionsChange({ senderCountry: e.target.value })}
        />
        <div className="labels-layouts-row">
          <p className="muted small">
            {ownLayouts === 0
              ? t('mailingLabels.layouts.summaryNone')
              : t('mailingLabels.layouts.summary', { count: ownLayouts })}
          </p>
          <Button size="sm" icon="edit" onClick={() => setEditingLayouts(true)}>
            {t('mailingLabels.layouts.open')}
          </Button>
        </div>
      </div>
      {editingLayouts && (
        <AddressLayoutsDialog senderCountry={options.senderCountry} onClose={() => setEditingLayouts(false)} />
      )}
    </Card>
  );
}
