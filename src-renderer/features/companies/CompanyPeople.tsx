// The people who work at a company, each a link to their page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { useCommands } from '../../app/commandsContext';
import { Avatar } from '../../components/Avatar';
import { Card } from '../../components/Card';
import { IconButton } from '../../components/IconButton';
import { LifecycleBadge } from '../contacts/LifecycleBadge';

export function CompanyPeople({ companyId, companyName }: { companyId: number; companyName: string }) {
  const { t } = useTranslation();
  const commands = useCommands();
  const people = useApiQuery(`company.people:${companyId}`, () => api.companies.people({ id: companyId }), ['contact']);
  return (
    <Card
      title={t('company.people')}
      icon="person"
      actions={
        <IconButton
          icon="plus"
          label={t('nav.newContact')}
          onClick={() => commands.newContact({ companyId, companyName })}
        />
      }
    >
      {people.data?.length === 0 ? (
        <p className="muted">{t('company.noPeople')}</p>
      ) : (
        <ul className="people-list">
          {people.data?.map((person) => (
            <li key={person.id}>
              <Avatar name={person.displayName} id={person.id} />
              <span className="cell-stack">
                <Link to={`/contacts/${person.id}`}>{person.displayName}</Link>
                <span className="cell-sub">{person.title || person.email || ''}</span>
              </span>
              <LifecycleBadge stage={person.lifecycle} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
