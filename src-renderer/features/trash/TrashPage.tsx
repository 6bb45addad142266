// What was deleted: restore some, or empty the Trash for good (after confirming).
import type { TrashItem } from '@shared/domain/trash';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Avatar } from '../../components/Avatar';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToast } from '../../components/useToast';
import { useFormat } from '../../i18n/useFormat';

const keyOf = (item: TrashItem) => `${item.entityType}:${item.id}`;

export function TrashPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const query = useApiQuery('trash', () => api.trash.list({}), ['contact', 'company', 'deal']);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const items = query.data ?? [];
  const chosen = items.filter((item) => selected.has(keyOf(item)));
  const allSelected = items.length > 0 && chosen.length === items.length;

  const toggle = (item: TrashItem) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(keyOf(item))) next.delete(keyOf(item));
      else next.add(keyOf(item));
      return next;
    });

  const restore = async (list: TrashItem[]) => {
    const { count } = await api.trash.restore({
      items: list.map(({ entityType, id }) => ({ entityType, id })),
    });
    setSelected(new Set());
    toast.show({ message: t('trash.restored', { count }) });
  };

  return (
    <div className="page">
      <header className="page-header">
        <div className="page-title">
          <h1>{t('trash.title')}</h1>
        </div>
        {items.length > 0 && (
          <div className="page-actions">
            <Button icon="restore" disabled={chosen.length === 0} onClick={() => void restore(chosen)}>
              {chosen.length > 0 ? t('trash.restoreCount', { count: chosen.length }) : t('trash.restore')}
            </Button>
            <Button variant="danger" icon="trash" onClick={() => setConfirming(true)}>
              {t('trash.emptyTrash')}
            </Button>
          </div>
        )}
      </header>
      {query.error ? (
        <ErrorNotice error={query.error} onRetry={query.reload} />
      ) : items.length === 0 ? (
        !query.loading && <EmptyState icon="trash" title={t('trash.empty')} body={t('trash.emptyBody')} />
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th className="col-check">
                <input
                  type="checkbox"
                  aria-label={t('common.selectAll')}
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(items.map(keyOf)))}
                />
              </th>
              <th>{t('trash.name')}</th>
              <th>{t('trash.kind')}</th>
              <th>{t('trash.deletedAt')}</th>
              <th>
                <span className="visually-hidden">{t('trash.restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={keyOf(item)} className={selected.has(keyOf(item)) ? 'is-selected' : undefined}>
                <td className="col-check">
                  <input
                    type="checkbox"
                    aria-label={t('common.selectRow', {
                      name: item.displayName,
                    })}
                    checked={selected.has(keyOf(item))}
                    onChange={() => toggle(item)}
                  />
                </td>
                <td>
                  <span className="cell-person">
                    <Avatar
                      name={item.displayName}
                      id={item.id}
                      kind={item.entityType === 'contact' ? 'person' : item.entityType}
                    />
                    {item.displayName}
                  </span>
                </td>
                <td className="muted">
                  {item.entityType === 'contact'
                    ? t('search.person')
                    : item.entityType === 'company'
                      ? t('search.company')
                      : t('trash.deal')}
                </td>
                <td className="muted">{format.dateTime(item.deletedAt)}</td>
                <td className="col-action">
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => void restore([item])}
                    aria-label={`${t('trash.restore')} ${item.displayName}`}
                  >
                    {t('trash.restore')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('trash.emptyConfirmTitle', { count: items.length })}
          body={t('trash.emptyConfirmBody')}
          confirmLabel={t('trash.emptyTrash')}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await api.trash.empty({});
            setSelected(new Set());
            toast.show({ message: t('trash.emptied') });
          }}
        />
      )}
    </div>
  );
}
