// Past imports, newest first: when, which file, what they did, and Undo (after confirming) for those still in
// effect. Refetched whenever people change, so an undo from anywhere shows here.
import type { ImportHistoryItem } from '@shared/import/importSession';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFormat } from '../../i18n/useFormat';
import { UndoImportDialog } from './UndoImportDialog';

export function ImportHistory() {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useApiQuery('imports.history', () => api.imports.history({}), ['contact', 'company']);
  const [undoing, setUndoing] = useState<ImportHistoryItem | null>(null);
  const items = history.data ?? [];

  return (
    <section className="import-history" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t('imports.history.title')}</h2>
      {history.error ? (
        <ErrorNotice error={history.error} onRetry={history.reload} />
      ) : items.length === 0 ? (
        !history.loading && <p className="muted">{t('imports.history.empty')}</p>
      ) : (
        <table className="table history-table" aria-labelledby="import-history-title">
          <thead>
            <tr>
              <th scope="col">{t('imports.history.date')}</th>
              <th scope="col">{t('imports.history.file')}</th>
              <th scope="col" className="numeric">
                {t('imports.history.created')}
              </th>
              <th scope="col" className="numeric">
                {t('imports.history.updated')}
              </th>
              <th scope="col" className="numeric">
                {t('imports.history.skipped')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('imports.history.status')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className={item.undoneAt ? 'is-undone' : undefined}>
                <td className="muted">{format.dateTime(item.createdAt)}</td>
                <td className="history-file">{item.fileName}</td>
                <td className="numeric tabular">{format.number(item.created)}</td>
                <td className="numeric tabular">{format.number(item.updated)}</td>
                <td className="numeric tabular">{format.number(item.skipped + item.rejected)}</td>
                <td className="col-action">
                  {item.undoneAt ? (
                    <span className="badge" title={format.dateTime(item.undoneAt)}>
                      {t('imports.history.undone')}
                    </span>
                  ) : (
                    <Button
                      size="sm"
                      variant="ghost"
                      icon="restore"
                      onClick={() => setUndoing(item)}
                      aria-label={t('imports.history.undoNamed', { file: item.fileName })}
                    >
                      {t('common.undo')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {undoing && (
        <UndoImportDialog
          batchId={undoing.id}
          fileName={undoing.fileName}
          created={undoing.created}
          updated={undoing.updated}
          onClose={() => setUndoing(null)}
        />
      )}
    </section>
  );
}
