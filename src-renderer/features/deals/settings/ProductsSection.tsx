// The product catalogue: a table of products (archived ones on request), add and edit in a dialog, archive
// and restore in one click (with Undo).
import type { Product } from '@shared/domain/deals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/ApiError';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useToast } from '../../../components/useToast';
import { useFormat } from '../../../i18n/useFormat';
import { ProductFormDialog } from './ProductFormDialog';

export function ProductsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const query = useApiQuery(
    `products.list:${showArchived}`,
    () => api.products.list({ includeArchived: showArchived }),
    ['product', 'deal'],
  );
  const products = query.data ?? [];

  const setArchived = async (product: Product, archived: boolean, offerUndo = true) => {
    try {
      await api.products.setArchived({ id: product.id, archived });
      toast.show({
        message: t(archived ? 'dealSettings.products.archived' : 'dealSettings.products.unarchived', {
          name: product.name,
        }),
        action: offerUndo
          ? { label: t('common.undo'), onClick: () => void setArchived(product, !archived, false) }
          : undefined,
      });
    } catch (error) {
      const issue = error instanceof ApiError ? error.issues[0]?.message : undefined;
      toast.show({
        message: issue ? `${product.name}: ${t(issue)}` : t('common.error', { message: (error as Error).message }),
        tone: 'error',
      });
    }
  };

  return (
    <section className="card settings-card" aria-labelledby="products-title">
      <header className="settings-card-header">
        <div>
          <h2 id="products-title">{t('dealSettings.products.title')}</h2>
          <p className="field-hint">{t('dealSettings.products.hint')}</p>
        </div>
        <div className="page-actions">
          <label className="checkbox small">
            <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
            {t('dealSettings.products.showArchived')}
          </label>
          <Button variant="primary" icon="plus" onClick={() => setEditing('new')}>
            {t('dealSettings.products.add')}
          </Button>
        </div>
      </header>
      {query.error ? (
        <ErrorNotice error={query.error} onRetry={query.reload} />
      ) : products.length === 0 ? (
        !query.loading && (
          <EmptyState
            icon="box"
            title={t('dealSettings.products.empty')}
            body={showArchived ? t('dealSettings.products.emptyArchived') : t('dealSettings.products.emptyBody')}
          >
            <Button icon="plus" onClick={() => setEditing('new')}>
              {t('dealSettings.products.add')}
            </Button>
          </EmptyState>
        )
      ) : (
        <table className="table products-table">
          <thead>
            <tr>
              <th>{t('dealSettings.products.columnName')}</th>
              <th>{t('dealSettings.products.columnSku')}</th>
              <th className="numeric">{t('dealSettings.products.columnPrice')}</th>
              <th>{t('dealSettings.products.columnUsed')}</th>
              <th>
                <span className="visually-hidden">{t('common.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {products.map((product) => (
              <tr key={product.id} className={product.archived ? 'is-archived' : undefined}>
                <td>
                  <span className="product-name">
                    {product.name}
                    {product.archived && <span className="badge">{t('dealSettings.products.archivedBadge')}</span>}
                  </span>
                </td>
                <td className="mono muted">{product.sku || t('common.none')}</td>
                <td className="numeric tabular">{format.money(product.unitPrice, product.currency)}</td>
                <td className={product.usedOnDeals === 0 ? 'muted' : undefined}>
                  {product.usedOnDeals === 0
                    ? t('dealSettings.products.notUsed')
                    : t('dealSettings.products.usedOn', { count: product.usedOnDeals })}
                </td>
                <td className="col-action">
                  <span className="row-actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      icon="edit"
                      aria-label={t('dealSettings.products.edit', { name: product.name })}
                      onClick={() => setEditing(product)}
                    >
                      {t('common.edit')}
                    </Button>
                    {product.archived ? (
                      <Button
                        size="sm"
                        variant="ghost"
                        icon="restore"
                        aria-label={t('dealSettings.products.unarchiveNamed', { name: product.name })}
                        onClick={() => void setArchived(product, false)}
                      >
                        {t('dealSettings.products.unarchive')}
                      </Button>
                    ) : (
                      <Button
                        size="sm"
                        variant="ghost"
                        icon="box"
                        aria-label={t('dealSettings.products.archiveNamed', { name: product.name })}
                        onClick={() => void setArchived(product, true)}
                      >
                        {t('dealSettings.products.archive')}
                      </Button>
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing !== null && (
        <ProductFormDialog
          product={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
    </section>
  );
}
