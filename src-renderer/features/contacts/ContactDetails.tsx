// The "how to reach them" card: phones, emails, addresses, birthday.
import type { Contact, PostalAddress } from '@shared/domain/contact';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { labelText } from '../../components/form/labelOptions';
import { formatCountry } from '../../i18n/format';
import { useFormat } from '../../i18n/useFormat';

/** Address lines in the order the country writes them: big to small in East Asia, small to big elsewhere. */
function addressLines(a: PostalAddress): string[] {
  if (['CN', 'TW', 'HK', 'MO', 'JP', 'KR'].includes(a.country)) {
    return [[a.region, a.city].filter(Boolean).join(' '), a.street, a.postalCode].filter(Boolean);
  }
  const cityLine = [a.city, [a.region, a.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [a.street, cityLine].filter(Boolean);
}

export function ContactDetails({
  contact,
}: {
  contact: Pick<Contact, 'phones' | 'addresses' | 'birthday'> & {
    emails?: Contact['emails'];
  };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const emails = contact.emails ?? [];
  const empty = contact.phones.length + emails.length + contact.addresses.length === 0 && !contact.birthday;
  return (
    <Card title={t('contact.details')} icon="info">
      {empty ? (
        <p className="muted">{t('contact.noDetails')}</p>
      ) : (
        <dl className="details">
          {contact.phones.map((p, i) => (
            <div key={`p${i}`} className="detail">
              <dt>{p.label ? labelText(p.label, t) : t('contact.phones')}</dt>
              <dd className="tabular">{p.value}</dd>
            </div>
          ))}
          {emails.map((e, i) => (
            <div key={`e${i}`} className="detail">
              <dt>{e.label ? labelText(e.label, t) : t('contact.emails')}</dt>
              <dd>
                <a href={`mailto:${e.value}`}>{e.value}</a>
              </dd>
            </div>
          ))}
          {contact.addresses.map((a, i) => (
            <div key={`a${i}`} className="detail">
              <dt>{a.label ? labelText(a.label, t) : t('contact.addresses')}</dt>
              <dd className="address">
                {addressLines(a).map((line) => (
                  <span key={line}>{line}</span>
                ))}
                {a.country && <span>{formatCountry(a.country, format.locale)}</span>}
              </dd>
            </div>
          ))}
          {contact.birthday && (
            <div className="detail">
              <dt>{t('contact.birthday')}</dt>
              <dd>{format.birthday(contact.birthday)}</dd>
            </div>
          )}
        </dl>
      )}
    </Card>
  );
}
