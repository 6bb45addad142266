// Everything about one person at a glance: header, how to reach them, notes, and the activity history.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/api';
import { ApiError } from '../../api/ApiError';
import { useApiQuery } from '../../api/useApiQuery';
import { NotFound } from '../../app/NotFound';
import { Card } from '../../components/Card';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ActivitySection } from '../activities/ActivitySection';
import { RecordCalendar } from '../calendar/RecordCalendar';
import { useMoveToTrash } from '../views/useMoveToTrash';
import { ContactDetails } from './ContactDetails';
import { RecordDeals } from '../deals/RecordDeals';
import { ContactFormDialog } from './ContactFormDialog';
import { ContactHeader } from './ContactHeader';
import { CustomerValueCard } from '../customers/CustomerValueCard';
import { LifecycleSuggestion } from '../customers/LifecycleSuggestion';
import { useCustomerValue } from '../customers/useCustomerValue';

export function ContactPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const moveToTrash = useMoveToTrash();
  const id = Number(useParams().id);
  const [editing, setEditing] = useState(false);
  const query = useApiQuery(`contact:${id}`, () => api.contacts.get({ id }), ['contact', 'company', 'activity']);
  const contact = query.data;
  const value = useCustomerValue('contact', id);

  if (query.error instanceof ApiError && (query.error.code === 'not_found' || query.error.code === 'invalid_input')) {
    return <NotFound backTo="/contacts" />;
  }
  if (query.error) return <ErrorNotice error={query.error} onRetry={query.reload} />;
  if (!contact) return <div className="page" aria-busy="true" />;

  return (
    <div className="page page-detail">
      <ContactHeader
        contact={contact}
        segment={value.data?.segment ?? null}
        onEdit={() => setEditing(true)}
        onDelete={() => void moveToTrash('contact', [contact.id]).then(() => navigate('/contacts'))}
      />
      {value.data && <LifecycleSuggestion contactId={contact.id} value={value.data} />}
      <div className="detail-grid">
        <div className="detail-side">
          <ContactDetails contact={contact} />
          <CustomerValueCard query={value} />
          <RecordDeals
            entityType="contact"
            id={contact.id}
            name={contact.displayName}
            company={
              contact.companyId && contact.companyName ? { id: contact.companyId, name: contact.companyName } : null
            }
          />
          <Card title={t('contact.notes')} icon="note">
            {contact.notes ? <p className="notes">{contact.notes}</p> : <p className="muted">{t('contact.noNotes')}</p>}
          </Card>
        </div>
        <div className="detail-main">
          <RecordCalendar link={{ entityType: 'contact', entityId: contact.id, name: contact.displayName }} />
          <ActivitySection contactId={contact.id} />
        </div>
      </div>
      {editing && (
        <ContactFormDialog contact={contact} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      )}
    </div>
  );
}
