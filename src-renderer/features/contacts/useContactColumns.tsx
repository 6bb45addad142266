// The columns of the contacts list.
import type { ContactListRow } from '@shared/domain/contact';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../components/Avatar';
import type { Column } from '../../components/VirtualTable';
import { useFormat } from '../../i18n/useFormat';
import { SegmentBadge } from '../customers/SegmentBadge';
import { LifecycleBadge } from './LifecycleBadge';

export function useContactColumns(): Column<ContactListRow>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    {
      key: 'name',
      header: t('contacts.columns.name'),
      width: 'minmax(0, 2.2fr)',
      sortField: 'name',
      render: (row) => (
        <span className="cell-person">
          <Avatar name={row.displayName} id={row.id} />
          <span className="cell-stack">
            <a href={`#/contacts/${row.id}`} className="row-link">
              {row.displayName}
            </a>
            {row.title && <span className="cell-sub">{row.title}</span>}
          </span>
        </span>
      ),
    },
    {
      key: 'company',
      header: t('contacts.columns.company'),
      width: 'minmax(0, 1.4fr)',
      sortField: 'company',
      render: (row) => row.companyName ?? '',
    },
    {
      key: 'email',
      header: t('contacts.columns.email'),
      width: 'minmax(0, 1.6fr)',
      render: (row) => <span className="muted">{row.email ?? ''}</span>,
      optional: true,
    },
    {
      key: 'phone',
      header: t('contacts.columns.phone'),
      width: 'minmax(0, 1.1fr)',
      render: (row) => <span className="muted tabular">{row.phone ?? ''}</span>,
      optional: true,
    },
    {
      key: 'city',
      header: t('contacts.columns.city'),
      width: 'minmax(0, 1fr)',
      sortField: 'city',
      render: (row) => row.city ?? '',
    },
    {
      key: 'stage',
      header: t('contacts.columns.stage'),
      width: '140px',
      render: (row) => <LifecycleBadge stage={row.lifecycle} />,
    },
    {
      key: 'segment',
      header: t('segments.label'),
      width: '150px',
      render: (row) => (row.segment ? <SegmentBadge segment={row.segment} /> : null),
      optional: true,
    },
    {
      key: 'lastActivity',
      header: t('contacts.columns.lastActivity'),
      width: '136px',
      sortField: 'lastActivity',
      render: (row) => (
        <span className="muted">{row.lastActivityAt ? format.relative(row.lastActivityAt) : t('common.never')}</span>
      ),
    },
  ];
}
