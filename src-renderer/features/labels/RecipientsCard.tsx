// Who gets a label (the selection, view or tag the address passed in, or everyone), one per person or company,
// copies, order, and whether people without a complete address are printed anyway.
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Select } from '../../components/Select';
import { useFormat } from '../../i18n/useFormat';
import type { RecipientOptions } from './labelOptions';
import type { ScopeFromUrl, ScopeKind } from './labelScope';
import { scopeKinds } from './labelScope';
import { NumberField } from '../../components/NumberField';

interface RecipientsCardProps {
  url: ScopeFromUrl;
  viewName: string | undefined;
  scope: ScopeKind;
  onScopeChange: (scope: ScopeKind) => void;
  options: RecipientOptions;
  onOptionsChange: (change: Partial<RecipientOptions>) => void;
  summary: string | undefined;
  /** Which output the page makes: the wording says "envelope" rather than "label". */
  output?: 'labels' | 'envelopes';
}

export function RecipientsCard({
  url,
  viewName,
  scope,
  onScopeChange,
  options,
  onOptionsChange,
  summary,
  output = 'labels',
}: RecipientsCardProps) {
  const { t } = useTranslation();
  const words = output === 'envelopes' ? 'mailingLabels.envelopes.who' : 'mailingLabels.who';
  const { number } = useFormat();
  const scopeLabel = (kind: ScopeKind): string => {
    switch (kind) {
      case 'selection': {
        const count = url.ids?.length ?? 0;
        return t('mailingLabels.who.selection', { count, formatted: number(count) });
      }
      case 'view':
        return viewName ? t('mailingLabels.who.view', { name: viewName }) : t('mailingLabels.who.viewUnknown');
      case 'tag':
        return t('mailingLabels.who.tag', { tag: url.tag });
      case 'everyone':
        return t('mailingLabels.who.everyone');
    }
  };
  return (
    <Card
      title={t('mailingLabels.who.heading')}
      icon="person"
      actions={summary && <span className="muted small">{summary}</span>}
      className="labels-card"
    >
      <div className="labels-form">
        <fieldset className="policy-choices labels-scope">
          <legend className="field-label">{t(`${words}.legend`)}</legend>
          {scopeKinds(url).map((kind) => (
            <label key={kind} className={`policy-choice ${scope === kind ? 'is-checked' : ''}`}>
              <input type="radio" name="label-scope" checked={scope === kind} onChange={() => onScopeChange(kind)} />
              <span>
                <strong>{scopeLabel(kind)}</strong>
                {kind === 'everyone' && <span className="muted small">{t('mailingLabels.who.everyoneHint')}</span>}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="labels-row">
          <fieldset className="field">
            <legend className="field-label">{t(`${words}.per`)}</legend>
            <div className="segmented" role="radiogroup" aria-label={t(`${words}.per`)}>
              {(['person', 'company'] as const).map((per) => (
                <label key={per} className={options.per === per ? 'is-checked' : ''}>
                  <input
                    type="radio"
                    name="label-per"
                    checked={options.per === per}
                    onChange={() => onOptionsChange({ per })}
                  />
                  {t(per === 'person' ? 'mailingLabels.who.perPerson' : 'mailingLabels.who.perCompany')}
                </label>
              ))}
            </div>
          </fieldset>
          <NumberField
            label={t('mailingLabels.who.copies')}
            value={options.copies}
            min={1}
            max={100}
            onChange={(copies) => onOptionsChange({ copies })}
            fieldClassName="labels-narrow"
          />
          <Select
            label={t('mailingLabels.who.sort')}
            value={options.sort}
            options={[
              { value: 'name', label: t('mailingLabels.who.sortName') },
              { value: 'postalCode', label: t('mailingLabels.who.sortPostalCode') },
            ]}
            onChange={(e) => onOptionsChange({ sort: e.target.value as RecipientOptions['sort'] })}
          />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.includeIncomplete}
            onChange={(e) => onOptionsChange({ includeIncomplete: e.target.checked })}
          />
          {t('mailingLabels.who.includeIncomplete')}
        </label>
      </div>
    </Card>
  );
}
