// One company: its details, its people, and the history of activities with it and its people.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/api';
import { ApiError } from '../../api/ApiError';
import { useApiQuery } from '../../api/useApiQuery';
import { NotFound } from '../../app/NotFound';
import { Avatar } from '../../components/Avatar';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFormat } from '../../i18n/useFormat';
import { ActivitySection } from '../activities/ActivitySection';
import { RecordCalendar } from '../calendar/RecordCalendar';
import { ContactDetails } from '../contacts/ContactDetails';
import { useMoveToTrash } from '../views/useMoveToTrash';
import { CompanyFormDialog } from './CompanyFormDialog';
import { CompanyPeople } from './CompanyPeople';
import { RecordDeals } from '../deals/RecordDeals';
import { CustomerValueCard } from '../customers/CustomerValueCard';
import { SegmentBadge } from '../customers/SegmentBadge';
import { useCustomerValue } from '../customers/useCustomerValue';

export function CompanyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const moveToTrash = useMoveToTrash();
  const id = Number(useParams().id);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const query = useApiQuery(`company:${id}`, () => api.companies.get({ id }), ['company', 'contact', 'activity']);
  const company = query.data;
  const value = useCustomerValue('company', id);

  if (query.error instanceof ApiError && (query.error.code === 'not_found' || query.error.code === 'invalid_input')) {
    return <NotFound backTo="/companies" />;
  }
  if (query.error) return <ErrorNotice error={query.error} onRetry={query.reload} />;
  if (!company) return <div className="page" aria-busy="true" />;

  return (
    <div className="page page-detail">
      <header className="entity-header">
        <Avatar name={company.name} id={company.id} size="lg" kind="company" />
        <div className="entity-heading">
          <h1>{company.name}</h1>
          <p className="entity-sub">
            {[company.industry, company.website, t('company.peopleCount', { count: company.peopleCount })]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <div className="entity-badges">
            {value.data && <SegmentBadge segment={value.data.segment} />}
            {company.tags.map((tag) => (
              <span key={tag} className="chip chip-static">
                {tag}
              </span>
            ))}
            {company.lastActivityAt && <span className="muted small">{format.relative(company.lastActivityAt)}</span>}
          </div>
        </div>
        <div className="entity-actions">
          <Button icon="edit" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
          <Button icon="trash" variant="ghost" onClick={() => setConfirmDelete(true)}>
            {t('common.delete')}
          </Button>
        </div>
      </header>
      <div className="detail-grid">
        <div className="detail-side">
          <CompanyPeople companyId={company.id} companyName={company.name} />
          <CustomerValueCard query={value} />
          <RecordDeals entityType="company" id={company.id} name={company.name} />
          <ContactDetails
            contact={{
              phones: company.phones,
              addresses: company.addresses,
              birthday: null,
            }}
          />
          <Card title={t('contact.notes')} icon="note">
            {company.notes ? <p className="notes">{company.notes}</p> : <p className="muted">{t('contact.noNotes')}</p>}
          </Card>
        </div>
        <div className="detail-main">
          <RecordCalendar link={{ entityType: 'company', entityId: company.id, name: company.name }} />
          <ActivitySection companyId={company.id} />
        </div>
      </div>
      {editing && (
        <CompanyFormDialog company={company} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={t('company.deleteConfirm', { name: company.name })}
          body={t('company.deleteBody')}
          confirmLabel={t('contacts.moveToTrash')}
          onClose={() => setConfirmDelete(false)}
          onConfirm={async () => {
            await moveToTrash('company', [company.id]);
            void navigate('/companies');
          }}
        />
      )}
    </div>
  );
}
