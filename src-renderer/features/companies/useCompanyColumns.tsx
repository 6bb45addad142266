// The columns of the companies list.
import type { CompanyListRow } from '@shared/domain/contact';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../components/Avatar';
import type { Column } from '../../components/VirtualTable';
import { useFormat } from '../../i18n/useFormat';
import { SegmentBadge } from '../customers/SegmentBadge';

export function useCompanyColumns(): Column<CompanyListRow>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    {
      key: 'name',
      header: t('companies.columns.name'),
      width: 'minmax(0, 2.2fr)',
      sortField: 'name',
      render: (row) => (
        <span className="cell-person">
          <Avatar name={row.name} id={row.id} kind="company" />
          <span className="cell-stack">
            <a href={`#/companies/${row.id}`} className="row-link">
              {row.name}
            </a>
            {row.website && <span className="cell-sub">{row.website}</span>}
          </span>
        </span>
      ),
    },
    {
      key: 'industry',
      header: t('companies.columns.industry'),
      width: 'minmax(0, 1.3fr)',
      render: (row) => row.industry,
    },
    {
      key: 'city',
      header: t('companies.columns.city'),
      width: 'minmax(0, 1fr)',
      sortField: 'city',
      render: (row) => row.city ?? '',
    },
    {
      key: 'people',
      header: t('companies.columns.people'),
      width: '100px',
      sortField: 'people',
      className: 'numeric',
      render: (row) => <span className="tabular">{format.number(row.peopleCount)}</span>,
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
      header: t('companies.columns.lastActivity'),
      width: '140px',
      sortField: 'lastActivity',
      render: (row) => (
        <span className="muted">{row.lastActivityAt ? format.relative(row.lastActivityAt) : t('common.never')}</span>
      ),
    },
  ];
}
