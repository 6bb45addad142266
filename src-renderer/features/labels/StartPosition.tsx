// The first free label of a partly used sheet, by keyboard: its row and column (the preview sets the same by click).
import type { SheetPosition } from '@shared/labels/geometry';
import { labelsBefore } from '@shared/labels/geometry';
import type { SheetGeometry } from '@shared/labels/sheets';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { NumberField } from '../../components/NumberField';

interface StartPositionProps {
  geometry: SheetGeometry;
  start: SheetPosition;
  onChange: (start: SheetPosition) => void;
}

export function StartPosition({ geometry, start, onChange }: StartPositionProps) {
  const { t } = useTranslation();
  const used = labelsBefore(geometry, start);
  return (
    <fieldset className="labels-start">
      <legend className="field-label">{t('mailingLabels.start.heading')}</legend>
      <NumberField
        label={t('mailingLabels.start.row')}
        value={start.row}
        min={1}
        max={geometry.rows}
        onChange={(row) => onChange({ ...start, row })}
      />
      <NumberField
        label={t('mailingLabels.start.column')}
        value={start.column}
        min={1}
        max={geometry.columns}
        onChange={(column) => onChange({ ...start, column })}
      />
      <Button size="sm" variant="ghost" disabled={used === 0} onClick={() => onChange({ row: 1, column: 1 })}>
        {t('mailingLabels.start.reset')}
      </Button>
      {used > 0 && <span className="muted small">{t('mailingLabels.start.used', { count: used })}</span>}
    </fieldset>
  );
}
