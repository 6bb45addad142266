// How the text sits on each label: font, size, bold name, alignment, vertical centring and padding.
import type { LabelStyleInput } from '@shared/validation/labels';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Select } from '../../components/Select';
import { NumberField } from '../../components/NumberField';
import { useInstalledFonts } from './useInstalledFonts';

interface StyleCardProps {
  style: LabelStyleInput;
  onChange: (change: Partial<LabelStyleInput>) => void;
  /** Envelopes place the address where the post reads it: no alignment or vertical centring to choose. */
  output?: 'labels' | 'envelopes';
}

export function StyleCard({ style, onChange, output = 'labels' }: StyleCardProps) {
  const { t } = useTranslation();
  const placement = output === 'labels';
  const installed = useInstalledFonts();
  const fonts =
    style.fontFamily && !installed.includes(style.fontFamily)
      ? [{ value: style.fontFamily, label: t('mailingLabels.style.fontMissing', { font: style.fontFamily }) }]
      : [];
  return (
    <Card title={t('mailingLabels.style.heading')} icon="edit" className="labels-card">
      <div className="labels-form">
        <Select
          label={t('mailingLabels.style.font')}
          hint={t('mailingLabels.style.fontHint')}
          value={style.fontFamily ?? ''}
          onChange={(e) => onChange({ fontFamily: e.target.value || null })}
          options={[
            { value: '', label: t('mailingLabels.style.fontSystem') },
            ...fonts,
            ...installed.map((family) => ({ value: family, label: family })),
          ]}
        />
        <div className="labels-row">
          <NumberField
            label={t('mailingLabels.style.fontSize')}
            value={style.fontSizePt}
            min={5}
            max={24}
            step={0.5}
            onChange={(fontSizePt) => onChange({ fontSizePt })}
            fieldClassName="labels-narrow"
          />
          <NumberField
            label={t('mailingLabels.style.padding')}
            value={style.paddingMm}
            min={0}
            max={10}
            step={0.5}
            onChange={(paddingMm) => onChange({ paddingMm })}
            fieldClassName="labels-narrow"
          />
          {placement && (
            <fieldset className="field">
              <legend className="field-label">{t('mailingLabels.style.align')}</legend>
              <div className="segmented" role="radiogroup" aria-label={t('mailingLabels.style.align')}>
                {(['left', 'center'] as const).map((align) => (
                  <label key={align} className={style.align === align ? 'is-checked' : ''}>
                    <input
                      type="radio"
                      name="label-align"
                      checked={style.align === align}
                      onChange={() => onChange({ align })}
                    />
                    {t(`mailingLabels.style.${align}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
        </div>
        <div className="labels-checks">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={style.boldName}
              onChange={(e) => onChange({ boldName: e.target.checked })}
            />
            {t('mailingLabels.style.boldName')}
          </label>
          {placement && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={style.verticalCentre}
                onChange={(e) => onChange({ verticalCentre: e.target.checked })}
              />
              {t('mailingLabels.style.verticalCentre')}
            </label>
          )}
        </div>
      </div>
    </Card>
  );
}
