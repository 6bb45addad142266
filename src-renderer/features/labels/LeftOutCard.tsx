// Who is chosen but gets no label, and why: what each one's address lacks, in the screen's language.
import type { MissingAddressPart } from '@shared/labels/addressBlock';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { useFormat } from '../../i18n/useFormat';

export interface LeftOutPerson {
  entityType: 'contact' | 'company';
  id: number;
  name: string;
  reason: string;
  missing: MissingAddressPart[];
}

export function LeftOutCard({ leftOut }: { leftOut: readonly LeftOutPerson[] }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const why = (p: LeftOutPerson) =>
    p.missing.includes('address')
      ? t('mailingLabels.leftOut.noAddress')
      : t('mailingLabels.leftOut.missing', {
          parts: list.format(p.missing.map((part) => t(`mailingLabels.leftOut.parts.${part}`))),
        });
  return (
    <Card
      title={t('mailingLabels.leftOut.heading', { count: leftOut.length })}
      icon="warning"
      className="labels-card labels-left-out"
    >
      {leftOut.length === 0 ? (
        <p className="muted small">{t('mailingLabels.leftOut.none')}</p>
      ) : (
        <ul className="labels-left-out-list">
          {leftOut.map((p) => (
            <li key={`${p.entityType}-${p.id}`}>
              <Link
                to={p.entityType === 'contact' ? `/contacts/${p.id}` : `/companies/${p.id}`}
                aria-label={t('mailingLabels.leftOut.open', { name: p.name })}
              >
                {p.name}
              </Link>
              <span className="muted small">{why(p)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
