// Today → Keep in touch: customers gone quiet for longer than usual, most value at risk first (main's order),
// ten at a time; or, when nobody is due, why not.
import type { KeepInTouchData } from '@shared/domain/customers';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { KeepInTouchEmpty } from './KeepInTouchEmpty';
import { KeepInTouchRow } from './KeepInTouchRow';
import './keepInTouch.css';

const SHOWN = 10;

export function KeepInTouchCard({ data }: { data: KeepInTouchData | undefined }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(SHOWN);
  const rows = data?.due.slice(0, shown) ?? [];
  const more = data ? data.dueCount - rows.length : 0;

  return (
    <Card title={t('keepInTouch.title')} icon="call" className="keep-in-touch-card">
      {!data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <KeepInTouchEmpty />
      ) : (
        <>
          <ul className="record-items" aria-label={t('keepInTouch.listLabel')}>
            {rows.map((item) => (
              <KeepInTouchRow
                key={`${item.entityType}:${item.id}`}
                item={item}
                currency={data.currency}
                today={data.date}
              />
            ))}
          </ul>
          {more > 0 && (
            <p className="keep-in-touch-more muted">
              {t('keepInTouch.more', { count: more })}
              {data.due.length > rows.length && (
                <>
                  {' · '}
                  <button type="button" className="link-button" onClick={() => setShown((n) => n + SHOWN)}>
                    {t('keepInTouch.showMore')}
                  </button>
                </>
              )}
            </p>
          )}
        </>
      )}
    </Card>
  );
}
