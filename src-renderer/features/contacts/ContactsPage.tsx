// The contacts list: filters, saved views, a virtualised table of every person, multi-select to Trash, and
// Export… (the selection, else the open saved view, else everyone).
import type { ContactListRow } from '@shared/domain/contact';
import type { SavedView } from '@shared/domain/views';
import { CONTACT_SORT_FIELDS, type ContactSort } from '@shared/validation/filters';
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
import { ExportDialog, type ExportScope } from '../exports/ExportDialog';
import { FilterBar } from '../views/FilterBar';
import { ListPageHeader } from '../views/ListPageHeader';
import { cleanFilter, isFiltered } from '../views/listFilter';
import { SaveViewDialog } from '../views/SaveViewDialog';
import { SortSelect } from '../views/SortSelect';
import { useMoveToTrash } from '../views/useMoveToTrash';
import { useRowSelection } from '../views/useRowSelection';
import { nextSortFor, useListQuery } from '../views/useListQuery';
import { WelcomeEmptyState } from '../welcome/WelcomeEmptyState';
import { useContactColumns } from './useContactColumns';

const DEFAULT_SORT: ContactSort = { field: 'name', direction: 'asc' };
const DESCENDING_FIRST = new Set(['lastActivity', 'createdAt']);
const idOf = (row: ContactListRow) => row.id;

export function ContactsPage() {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  const navigate = useNavigate();
  const commands = useCommands();
  const moveToTrash = useMoveToTrash();
  const [savingView, setSavingView] = useState(false);
  const [exportScope, setExportScope] = useState<ExportScope | null>(null);
  const columns = useContactColumns();

  const {
    view,
    filter,
    sort,
    setFilter: changeFilter,
    setSort: changeSort,
    saveAsView,
  } = useListQuery<Extract<SavedView, { entity: 'contact' }>>('contact', 'contacts', DEFAULT_SORT);
  const info = useApiQuery('app.info', () => api.app.info({}), ['contact', 'company', 'activity']);
  const facets = useApiQuery('contacts.facets', () => api.contacts.facets({}), ['contact', 'company']);

  const query = { filter: cleanFilter(filter), sort, locale };
  const rows = usePagedRows(JSON.stringify(query), (offset, limit) => api.contacts.list({ ...query, offset, limit }), [
    'contact',
    'company',
    'activity',
    // Segments (a filter) follow deals.
    'deal',
  ]);
  const selection = useRowSelection(rows.rowAt, idOf);

  const onSort = (field: string) => changeSort(nextSortFor(sort, field as ContactSort['field'], DESCENDING_FIRST));

  const counts = info.data?.counts;
  if (!info.data && !info.error) return <div className="page" aria-busy="true" />;
  if (counts && counts.contacts + counts.companies + counts.activities + counts.trash === 0) {
    return <WelcomeEmptyState onAddContact={() => commands.newContact()} />;
  }

  const loaded = rows.loadedRows();
  // Rows the user picked are what they mean to export; without a selection, the saved view they are looking at.
  const openExport = () =>
    setExportScope(
      selection.selected.size > 0
        ? {
            ids: [...selection.selected],
            description: t('exports.who.selected', { count: selection.selected.size }),
          }
        : view
          ? { viewId: view.id, description: t('exports.who.view', { name: view.name }) }
          : isFiltered(filter)
            ? {
                filter: cleanFilter(filter),
                sort,
                description: t('exports.who.filtered', {
                  count: rows.total ?? 0,
                  formattedCount: number(rows.total ?? 0),
                }),
              }
            : { description: t('exports.who.everyone') },
    );

  // Labels for the same people: the selection, else the open saved view, else the tag filtered on, else everyone.
  const openLabels = () => {
    const query =
      selection.selected.size > 0
        ? `?ids=${[...selection.selected].join(',')}`
        : view
          ? `?viewId=${view.id}`
          : filter.tags?.[0]
            ? `?tag=${encodeURIComponent(filter.tags[0])}`
            : '';
    void navigate(`/labels${query}`);
  };

  return (
    <div className="page page-list">
      <ListPageHeader
        title={view ? view.name : t('contacts.title')}
        countText={
          rows.total === undefined
            ? undefined
            : t('contacts.count', { count: rows.total, formattedCount: number(rows.total) })
        }
        selectedCount={selection.selected.size}
        onClearSelection={selection.clear}
        onMoveSelectionToTrash={() => void moveToTrash('contact', [...selection.selected]).then(selection.clear)}
        selectionActions={
          <>
            <Button icon="tag" onClick={openLabels}>
              {t('contacts.printLabels')}
            </Button>
            <Button icon="upload" onClick={openExport}>
              {t('contacts.export')}
            </Button>
          </>
        }
      >
        <SortSelect
          fields={CONTACT_SORT_FIELDS}
          labelOf={(f) => t(`contacts.columns.${f}`)}
          sort={sort}
          onChange={changeSort}
        />
        <Button icon="tag" onClick={openLabels}>
          {t('contacts.printLabels')}
        </Button>
        <Button icon="upload" onClick={openExport}>
          {t('contacts.export')}
        </Button>
        <Button variant="primary" icon="plus" onClick={() => commands.newContact()}>
          {t('contacts.new')}
        </Button>
      </ListPageHeader>
      <FilterBar
        filter={filter}
        onChange={(f) => {
          changeFilter(f);
          selection.clear();
        }}
        facets={facets.data}
        withStages
        onSaveView={() => setSavingView(true)}
      />
      {rows.error ? (
        <ErrorNotice error={rows.error} onRetry={() => rows.ensureRange(0, 99)} />
      ) : rows.total === 0 ? (
        isFiltered(filter) ? (
          <EmptyState icon="filter" title={t('contacts.empty')} body={t('contacts.emptyBody')}>
            <Button onClick={() => changeFilter({})}>{t('filters.clear')}</Button>
          </EmptyState>
        ) : (
          <EmptyState icon="person" title={t('contacts.noneYet')} body={t('contacts.noneYetBody')}>
            <Button variant="primary" icon="plus" onClick={() => commands.newContact()}>
              {t('contacts.new')}
            </Button>
          </EmptyState>
        )
      ) : (
        <VirtualTable
          label={t('contacts.listLabel')}
          columns={columns}
          rowCount={rows.total ?? 0}
          rowAt={rows.rowAt}
          ensureRange={rows.ensureRange}
          rowKey={idOf}
          rowLabel={(r) => r.displayName}
          onOpen={(row) => void navigate(`/contacts/${row.id}`)}
          sort={sort}
          onSort={onSort}
          {...selection.tableProps(loaded)}
        />
      )}
      {exportScope && <ExportDialog scope={exportScope} onClose={() => setExportScope(null)} />}
      {savingView && <SaveViewDialog onClose={() => setSavingView(false)} onSave={saveAsView} />}
    </div>
  );
}
