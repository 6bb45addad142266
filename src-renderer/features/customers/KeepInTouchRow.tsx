// One customer due a call: who (and what sets them apart from a namesake), their segment, how long it has been
// against how often you usually speak, what they are worth a year — and the two one-click actions.
import type { KeepInTouchItem } from '@shared/domain/customers';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSettings } from '../../app/settingsContext';
import { Button } from '../../components/Button';
import { useFormat } from '../../i18n/useFormat';
import { customerPath } from './customerPath';
import { FollowUpMenu } from './FollowUpMenu';
import { SegmentBadge } from './SegmentBadge';
import { useKeepInTouchActions } from './useKeepInTouchActions';

export function KeepInTouchRow({ item, currency, today }: { item: KeepInTouchItem; currency: string; today: string }) {
  const { t } = useTranslation();
  const { money, moneyShort } = useFormat();
  const { settings } = useSettings();
  const { logCall, followUp } = useKeepInTouchActions();
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };

  const segmentDays = settings.keepInTouchDays[item.segment];
  const usual =
    item.rhythmDays !== null
      ? t('keepInTouch.usually', { count: item.rhythmDays })
      : segmentDays !== null
        ? t('keepInTouch.segmentDays', { count: segmentDays })
        : '';
  const second = [item.detail, item.phone].filter(Boolean).join(' · ');

  return (
    <li className="keep-in-touch-row" aria-label={item.name}>
      <div className="keep-in-touch-who">
        <div className="keep-in-touch-name">
          <Link to={customerPath(item.entityType, item.id)} className="record-item-title">
            {item.name}
          </Link>
          <SegmentBadge segment={item.segment} />
        </div>
        {second && <div className="record-item-meta">{second}</div>}
        <div className="keep-in-touch-quiet">
          {t('keepInTouch.quietLine', { quiet: t('keepInTouch.quietFor', { count: item.daysQuiet }), why: usual })}
        </div>
      </div>
      <div
        className="keep-in-touch-value"
        title={`${t('keepInTouch.valueHint')}: ${money(item.yearlyValue, currency)}`}
      >
        {t('keepInTouch.perYear', { value: moneyShort(item.yearlyValue, currency) })}
      </div>
      <div className="keep-in-touch-actions">
        <Button
          size="sm"
          icon="call"
          disabled={busy}
          aria-label={t('keepInTouch.logCallFor', { name: item.name })}
          onClick={() => run(() => logCall(item))}
        >
          {t('keepInTouch.logCall')}
        </Button>
        <FollowUpMenu name={item.name} today={today} disabled={busy} onPick={(day) => run(() => followUp(item, day))} />
      </div>
    </li>
  );
}
