// The companies list: same shape as the contacts list (filters, saved views, virtualised, multi-select).
import type { CompanyListRow } from '@shared/domain/contact';
import type { SavedView } from '@shared/domain/views';
import { COMPANY_SORT_FIELDS, type CompanySort } from '@shared/validation/filters';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { usePagedRows } from '../../api/usePagedRows';
import { useCommands } from '../../app/commandsContext';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { VirtualTable } from '../../components/VirtualTable';
import { useFormat } from '../../i18n/useFormat';
import { FilterBar } from '../views/FilterBar';
import { ListPageHeader } from '../views/ListPageHeader';
import { cleanFilter, isFiltered } from '../views/listFilter';
import { SaveViewDialog } from '../views/SaveViewDialog';
import { SortSelect } from '../views/SortSelect';
import { useMoveToTrash } from '../views/useMoveToTrash';
import { useRowSelection } from '../views/useRowSelection';
import { nextSortFor, useListQuery } from '../views/useListQuery';
import { useCompanyColumns } from './useCompanyColumns';

const DEFAULT_SORT: CompanySort = { field: 'name', direction: 'asc' };
const DESCENDING_FIRST = new Set(['lastActivity', 'createdAt', 'people']);
const idOf = (row: CompanyListRow) => row.id;

export function CompaniesPage() {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  const navigate = useNavigate();
  const commands = useCommands();
  const moveToTrash = useMoveToTrash();
  const [savingView, setSavingView] = useState(false);
  const columns = useCompanyColumns();

  const {
    view,
    filter,
    sort,
    setFilter: changeFilter,
    setSort: changeSort,
    saveAsView,
  } = useListQuery<Extract<SavedView, { entity: 'company' }>>('company', 'companies', DEFAULT_SORT);
  const facets = useApiQuery('contacts.facets', () => api.contacts.facets({}), ['contact', 'company']);
  const query = { filter: cleanFilter(filter), sort, locale };
  const rows = usePagedRows(JSON.stringify(query), (offset, limit) => api.companies.list({ ...query, offset, limit }), [
    'contact',
    'company',
    'activity',
    // Segments (a filter) follow deals.
    'deal',
  ]);
  const selection = useRowSelection(rows.rowAt, idOf);
  const onSort = (field: string) => changeSort(nextSortFor(sort, field as CompanySort['field'], DESCENDING_FIRST));
  const loaded = rows.loadedRows();

  return (
    <div className="page page-list">
      <ListPageHeader
        title={view ? view.name : t('companies.title')}
        countText={
          rows.total === undefined
            ? undefined
            : t('companies.count', { count: rows.total, formattedCount: number(rows.total) })
        }
        selectedCount={selection.selected.size}
        onClearSelection={selection.clear}
        onMoveSelectionToTrash={() => void moveToTrash('company', [...selection.selected]).then(selection.clear)}
      >
        <SortSelect
          fields={COMPANY_SORT_FIELDS}
          labelOf={(f) => t(`companies.columns.${f}`)}
          sort={sort}
          onChange={changeSort}
        />
        <Button variant="primary" icon="plus" onClick={commands.newCompany}>
          {t('companies.new')}
        </Button>
      </ListPageHeader>
      <FilterBar
        filter={filter}
        onChange={(f) => {
          changeFilter(f);
          selection.clear();
        }}
        facets={facets.data}
        withStages={false}
        onSaveView={() => setSavingView(true)}
      />
      {rows.error ? (
        <ErrorNotice error={rows.error} onRetry={() => rows.ensureRange(0, 99)} />
      ) : rows.total === 0 ? (
        isFiltered(filter) ? (
          <EmptyState icon="filter" title={t('companies.empty')}>
            <Button onClick={() => changeFilter({})}>{t('filters.clear')}</Button>
          </EmptyState>
        ) : (
          <EmptyState icon="company" title={t('companies.noneYet')} body={t('companies.noneYetBody')}>
            <Button variant="primary" icon="plus" onClick={commands.newCompany}>
              {t('companies.new')}
            </Button>
          </EmptyState>
        )
      ) : (
        <VirtualTable
          label={t('companies.listLabel')}
          columns={columns}
          rowCount={rows.total ?? 0}
          rowAt={rows.rowAt}
          ensureRange={rows.ensureRange}
          rowKey={idOf}
          rowLabel={(r) => r.name}
          onOpen={(row) => void navigate(`/companies/${row.id}`)}
          sort={sort}
          onSort={onSort}
          {...selection.tableProps(loaded)}
        />
      )}
      {savingView && <SaveViewDialog onClose={() => setSavingView(false)} onSave={saveAsView} />}
    </div>
  );
}
