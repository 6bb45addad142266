// The top of a person's page: who they are, where they work, their stage and tags, and the actions.
import type { Segment } from '@shared/customers/segments';
import type { Contact } from '@shared/domain/contact';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../components/Avatar';
import { Button } from '../../components/Button';
import { SegmentBadge } from '../customers/SegmentBadge';
import { LifecycleBadge } from './LifecycleBadge';

interface ContactHeaderProps {
  contact: Contact;
  /** Their customer segment (null: nothing bought yet). */
  segment?: Segment | null;
  onEdit: () => void;
  onDelete: () => void;
}

export function ContactHeader({ contact, segment, onEdit, onDelete }: ContactHeaderProps) {
  const { t } = useTranslation();
  const company = contact.companyId ? <Link to={`/companies/${contact.companyId}`}>{contact.companyName}</Link> : null;
  return (
    <header className="entity-header">
      <Avatar name={contact.displayName} id={contact.id} size="lg" />
      <div className="entity-heading">
        <h1>{contact.displayName}</h1>
        {(contact.title || company) && (
          <p className="entity-sub">
            {contact.title && company ? (
              <>
                {t('contact.at', { title: contact.title })} {company}
              </>
            ) : (
              contact.title || company
            )}
          </p>
        )}
        <div className="entity-badges">
          <LifecycleBadge stage={contact.lifecycle} />
          {segment && <SegmentBadge segment={segment} />}
          {contact.tags.map((tag) => (
            <span key={tag} className="chip chip-static">
              {tag}
            </span>
          ))}
        </div>
      </div>
      <div className="entity-actions">
        <Button icon="edit" onClick={onEdit}>
          {t('common.edit')}
        </Button>
        <Button icon="trash" variant="ghost" onClick={onDelete}>
          {t('common.delete')}
        </Button>
      </div>
    </header>
  );
}
